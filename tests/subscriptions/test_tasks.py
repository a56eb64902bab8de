"""The jobs' retry rules, as procrastinate's worker applies them to a failed job."""

import pytest
from django.db import InterfaceError, OperationalError

from subscriptions import tasks
from subscriptions.delivery import TemporaryDeliveryError

JOBS = [
    tasks.handle_follow_request,
    tasks.fan_out_article,
    tasks.fan_out_update,
    tasks.send_deliveries,
    tasks.send_weekly_digests,
]


@pytest.mark.parametrize("task", JOBS, ids=lambda task: task.name.split(".")[-1])
@pytest.mark.parametrize(
    "error",
    [
        OperationalError("server closed the connection unexpectedly"),
        InterfaceError("connection already closed"),
    ],
    ids=["operational", "interface"],
)
def test_a_job_the_database_cut_short_is_retried(task, error):
    job = task.configure().job  # what the worker fetched, on its first attempt

    assert task.get_retry_exception(exception=error, job=job) is not None


def test_a_mail_server_saying_later_is_retried_and_a_bug_is_not():
    job = tasks.send_deliveries.configure().job

    assert tasks.send_deliveries.get_retry_exception(
        exception=TemporaryDeliveryError("451"), job=job
    )
    assert not tasks.send_deliveries.get_retry_exception(
        exception=KeyError("bug"), job=job
    )
