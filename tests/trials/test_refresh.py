"""Refreshing the trials' details: kept as the registry says, a failure keeps the
last good copy and says why, and one run changes readers' pages once."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from articles.models import ContentGeneration
from trials.models import ClinicalTrial
from trials.tasks import REFRESH_EVERY, refresh_trials, trials_refresh

pytestmark = pytest.mark.django_db


def test_a_refresh_keeps_what_the_registry_says(registry):
    trial = ClinicalTrial.objects.create(nct_id="NCT09990001")

    assert trials_refresh() == {"refreshed": 1, "failed": 0}

    trial.refresh_from_db()
    assert trial.title.startswith("Drug A Added to Chemotherapy")
    assert (trial.phases, trial.status) == (["PHASE2", "PHASE3"], "RECRUITING")
    assert trial.countries[:2] == ["Australia", "Canada"]
    assert trial.registry_updated_on == date(2026, 11, 20)
    assert trial.fetched_at == trial.tried_at
    assert trial.error == ""


def test_a_failed_refresh_keeps_the_last_good_copy_and_says_why(registry):
    trial = ClinicalTrial.objects.create(nct_id="NCT09990001")
    trials_refresh()
    trial.refresh_from_db()
    good_copy = (trial.title, trial.status, trial.countries, trial.fetched_at)
    later = timezone.now() + REFRESH_EVERY

    ClinicalTrial.objects.filter(pk=trial.pk).update(nct_id="NCT09990500")
    assert trials_refresh(now=later) == {"refreshed": 0, "failed": 1}

    trial.refresh_from_db()
    assert (trial.title, trial.status, trial.countries, trial.fetched_at) == good_copy
    assert trial.tried_at == later
    assert trial.error == "The registry answered 500."
    assert trial.is_stale(now=later + timedelta(days=7))
    assert not trial.is_stale(now=later)


def test_only_trials_due_are_asked_for(registry):
    fresh = ClinicalTrial.objects.create(
        nct_id="NCT09990001", tried_at=timezone.now() - timedelta(hours=1)
    )
    ClinicalTrial.objects.create(nct_id="NCT09990002")

    trials_refresh()

    assert registry.requests == ["/api/v2/studies/NCT09990002"]
    fresh.refresh_from_db()
    assert fresh.fetched_at is None


def test_the_daily_job_refreshes_every_trial_tried_over_20_hours_ago(registry):
    ClinicalTrial.objects.create(
        nct_id="NCT09990001", tried_at=timezone.now() - timedelta(hours=21)
    )

    refresh_trials(timestamp=int(timezone.now().timestamp()))

    assert registry.requests == ["/api/v2/studies/NCT09990001"]


@pytest.mark.django_db(transaction=True)
def test_one_run_changes_readers_pages_once(registry):
    for nct_id in ("NCT09990001", "NCT09990002", "NCT09990404"):
        ClinicalTrial.objects.create(nct_id=nct_id)
    before = ContentGeneration.objects.get().generation

    trials_refresh()

    # Three rows written in one transaction: the generation rises once, at commit.
    assert ContentGeneration.objects.get().generation == before + 1
