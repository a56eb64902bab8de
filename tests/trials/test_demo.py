"""The demo lists the trials behind the first-line immunotherapy approvals, once."""

import io

import pytest
from django.core.management import call_command
from procrastinate.contrib.django.models import ProcrastinateJob

from trials.models import GuideTrial

pytestmark = pytest.mark.django_db


def test_the_demo_lists_its_trials_once_and_asks_the_registry_for_them(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
        again = io.StringIO()
        call_command("load_demo", stdout=again)

    listed = GuideTrial.objects.values_list("article__slug", "trial__nct_id")
    assert sorted(listed) == [
        ("immunotherapy-checkpoint-inhibitors", "NCT02784171"),
        ("immunotherapy-checkpoint-inhibitors", "NCT02899299"),
        ("nivolumab-ipilimumab-first-line", "NCT02899299"),
    ]
    assert (
        ProcrastinateJob.objects.filter(
            task_name="trials.tasks.refresh_new_trials"
        ).count()
        == 1
    )
    assert "nothing changed" in again.getvalue()
