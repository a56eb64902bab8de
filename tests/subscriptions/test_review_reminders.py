"""The reminder mails of reviews coming due, sent to a real SMTP server."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import ReviewReminder
from articles.reviews_due import reminder_week, review_snooze
from subscriptions.delivery import TemporaryDeliveryError
from subscriptions.review_reminders import review_reminders_run
from tests import waiting
from tests.articles.review_reminders import (
    editor_with_email,
    faq_entry_due_in,
    guide_due_in,
    reminder_moment,
    reviewer_with_email,
)
from tests.factories import sign_off_as_is
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)

SITE = "https://guides.example.org"


@pytest.fixture(autouse=True)
def site_url(settings, smtp_email_url):
    settings.SITE_URL = SITE


def admin_url(subject, page: str) -> str:
    model = subject._meta.model_name
    return SITE + reverse(f"admin:articles_{model}_{page}", args=[subject.pk])


@pytest.mark.django_db
def test_a_reviewer_gets_one_mail_listing_their_texts_with_links(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide = guide_due_in(20, sam, title="Pleurodesis & you")
    entry = faq_entry_due_in(-3, sam)
    now = reminder_moment()

    assert review_reminders_run(now=now) == 1
    assert review_reminders_run(now=now) == 0

    [mail] = smtp_server.mails
    assert mail.envelope_to == ("sam@example.org",)
    assert mail.subject == "Medical reviews due: 2 texts to review"
    reminder = ReviewReminder.objects.get()
    assert mail.header("Message-ID") == (
        f"<review-reminder-{reminder.pk}@guides.example.org>"
    )
    due = timezone.localdate() + timedelta(days=20)
    assert "Pleurodesis & you (guide)" in mail.text
    assert f"Due {due:%B} {due.day}, {due.year}." in mail.text
    assert "Overdue by 3 days" in mail.text
    assert mail.text.index(entry.question) < mail.text.index("Pleurodesis")
    for body in (mail.text, mail.html):
        for subject in (guide, entry):
            assert admin_url(subject, "change") in body
            assert admin_url(subject, "snooze") in body
    assert "Pleurodesis &amp; you" in mail.html
    assert reminder.status == ReviewReminder.Status.SENT
    assert reminder.sent_at is not None


@pytest.mark.django_db
def test_editors_get_one_mail_per_review_30_days_overdue(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide = guide_due_in(-31, sam)
    editor_with_email("editor@example.org")
    now = reminder_moment()

    review_reminders_run(now=now)
    review_reminders_run(now=now + timedelta(days=7))

    [escalation] = smtp_server.mails_to("editor@example.org")
    assert escalation.subject == f"Review overdue by 31 days: {guide.title}"
    assert admin_url(guide, "change") in escalation.text
    assert admin_url(guide, "change") in escalation.html
    assert sam.name in escalation.text
    # The reviewer's weekly list: one each week.
    assert len(smtp_server.mails_to("sam@example.org")) == 2


@pytest.mark.django_db
def test_nothing_is_recorded_before_the_weeks_reminder_time(smtp_server, settings):
    sam = reviewer_with_email("sam@example.org")
    guide_due_in(20, sam)
    _, send_from = reminder_week(timezone.now())

    assert review_reminders_run(now=send_from - timedelta(minutes=1)) == 0

    assert not ReviewReminder.objects.exists()
    assert review_reminders_run(now=send_from) == 1


@pytest.mark.django_db
def test_a_reminder_with_nothing_left_to_say_is_not_sent(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide = guide_due_in(20, sam)
    now = reminder_moment()
    week, _ = reminder_week(now)
    ReviewReminder.objects.create(
        kind=ReviewReminder.Kind.WEEKLY, recipient=sam.user, week=week
    )
    # Reviewed again before the mail went: due in a year.
    sign_off_as_is(guide, reviewer=sam)

    assert review_reminders_run(now=now) == 0

    assert smtp_server.mails == []
    assert ReviewReminder.objects.get().status == ReviewReminder.Status.SKIPPED


@pytest.mark.django_db
def test_an_earlier_weeks_list_that_never_went_is_dropped(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide_due_in(20, sam)
    now = reminder_moment()
    week, _ = reminder_week(now)
    stale = ReviewReminder.objects.create(
        kind=ReviewReminder.Kind.WEEKLY, recipient=sam.user, week=week - timedelta(7)
    )

    assert review_reminders_run(now=now) == 1

    stale.refresh_from_db()
    assert stale.status == ReviewReminder.Status.SKIPPED
    assert len(smtp_server.mails) == 1


@pytest.mark.django_db
def test_a_temporary_refusal_keeps_it_pending_for_the_next_run(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide_due_in(20, sam)
    smtp_server.refuse_once("sam@example.org", 451)
    now = reminder_moment()

    with pytest.raises(TemporaryDeliveryError):
        review_reminders_run(now=now)
    reminder = ReviewReminder.objects.get()
    assert reminder.status == ReviewReminder.Status.PENDING
    assert reminder.last_error.startswith("451")

    assert review_reminders_run(now=now) == 1
    assert len(smtp_server.mails) == 1


@pytest.mark.django_db
def test_a_permanent_refusal_fails_it_for_good(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide_due_in(20, sam)
    smtp_server.refuse_always("sam@example.org", 550)
    now = reminder_moment()

    assert review_reminders_run(now=now) == 0
    assert review_reminders_run(now=now) == 0

    reminder = ReviewReminder.objects.get()
    assert reminder.status == ReviewReminder.Status.FAILED
    assert len(smtp_server.rcpt_attempts("sam@example.org")) == 1


@pytest.mark.django_db
def test_a_snoozed_text_is_left_out_of_the_list(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    kept = guide_due_in(20, sam, title="Kept in the list")
    snoozed = guide_due_in(10, sam, title="Snoozed for now")
    review_snooze(subject=snoozed, user=sam.user, days=30, reason="Trial reads out.")

    review_reminders_run(now=reminder_moment())

    [mail] = smtp_server.mails
    assert kept.title in mail.text
    assert snoozed.title not in mail.text


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_the_weeks_mail_once(smtp_server):
    sam = reviewer_with_email("sam@example.org")
    guide_due_in(20, sam)
    now = reminder_moment()
    # The first run sends the whole message, then waits for the server's answer,
    # holding its lock on the reminder.
    smtp_server.hold_after(0)
    errors = []

    def first_run():
        try:
            review_reminders_run(now=now)
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connection.close()

    first = threading.Thread(target=first_run)
    first.start()
    try:
        waiting.wait_until(
            lambda: smtp_server.held, timeout=30, what="the first run's mail"
        )
        # The second run records nothing new and skips the row the first one holds.
        assert review_reminders_run(now=now) == 0
    finally:
        smtp_server.release()
        first.join(timeout=waiting.scaled(30))

    assert errors == []
    assert len(smtp_server.mails) == 1
    reminder = ReviewReminder.objects.get()
    assert reminder.status == ReviewReminder.Status.SENT
