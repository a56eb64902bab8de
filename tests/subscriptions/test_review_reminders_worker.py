"""Review reminders with the real parts: the periodic job in a `manage.py worker`
process, sending to a real SMTP server (tests/subscriptions/worker_process.py)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from procrastinate.exceptions import AlreadyEnqueued

from articles.reviews_due import review_snooze
from subscriptions.tasks import send_review_reminders
from tests.articles.review_reminders import (
    editor_with_email,
    guide_due_in,
    reminder_moment,
    reviewer_with_email,
)
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)
from tests.subscriptions.worker_process import (  # noqa: F401 (fixture)
    MAIL_SECONDS,
    SITE,
    workers_fixture,
)

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

REVIEWER = "sam@example.org"
EDITORS = ["editor1@example.org", "editor2@example.org"]


def run_the_job(workers, *, days_later: int = 0) -> None:
    """Queue the periodic job for a moment it acts on, as its hourly schedule would,
    and wait until the worker has done it."""
    workers.wait_idle()
    moment = reminder_moment() + timedelta(days=days_later)
    try:
        send_review_reminders.defer(timestamp=int(moment.timestamp()))
    except AlreadyEnqueued:  # the worker's own schedule queued it: same outcome
        pass
    workers.wait_idle()


def test_a_guide_due_in_20_days_puts_one_reminder_in_the_inbox_that_week(
    workers, smtp_server
):
    sam = reviewer_with_email(REVIEWER)
    guide = guide_due_in(20, sam, title="Pleurodesis")
    for address in EDITORS:
        editor_with_email(address)
    workers.start()

    run_the_job(workers)
    [mail] = workers.wait_until(
        lambda: smtp_server.mails_to(REVIEWER),
        timeout=MAIL_SECONDS,
        what="the reminder",
    )
    run_the_job(workers)

    assert smtp_server.mails_to(REVIEWER) == [mail]
    assert smtp_server.mails == [mail]  # nothing overdue: no escalation
    assert mail.subject == "Medical reviews due: 1 text to review"
    assert "Pleurodesis" in mail.text
    assert SITE + reverse("admin:articles_article_change", args=[guide.pk]) in mail.text


def test_a_review_30_days_overdue_escalates_to_the_editors_once(workers, smtp_server):
    sam = reviewer_with_email(REVIEWER)
    guide = guide_due_in(-35, sam, title="Radiation therapy")
    for address in EDITORS:
        editor_with_email(address)
    workers.start()

    run_the_job(workers)
    workers.wait_until(
        lambda: all(smtp_server.mails_to(address) for address in EDITORS),
        timeout=MAIL_SECONDS,
        what="the escalations",
    )
    run_the_job(workers)
    run_the_job(workers, days_later=7)  # next week: still overdue

    for address in EDITORS:
        [escalation] = smtp_server.mails_to(address)
        assert escalation.subject == "Review overdue by 35 days: Radiation therapy"
        assert (
            SITE + reverse("admin:articles_article_change", args=[guide.pk])
            in escalation.text
        )
    # The reviewer's list comes each week.
    assert len(smtp_server.mails_to(REVIEWER)) == 2


def test_a_snoozed_guide_is_left_out_of_reminders_and_escalations(workers, smtp_server):
    sam = reviewer_with_email(REVIEWER)
    guide_due_in(15, sam, title="Kept in the list")
    snoozed_soon = guide_due_in(10, sam, title="Snoozed, due soon")
    snoozed_overdue = guide_due_in(-40, sam, title="Snoozed, overdue")
    for guide in (snoozed_soon, snoozed_overdue):
        review_snooze(subject=guide, user=sam.user, days=60, reason="Trial reads out.")
    for address in EDITORS:
        editor_with_email(address)
    workers.start()

    run_the_job(workers)
    [mail] = workers.wait_until(
        lambda: smtp_server.mails_to(REVIEWER),
        timeout=MAIL_SECONDS,
        what="the reminder",
    )

    assert "Kept in the list" in mail.text
    assert "Snoozed" not in mail.text
    assert smtp_server.mails == [mail]  # no escalation of the snoozed overdue one
