"""Reviews coming due: which texts, whose, snoozes, and the reminders recorded."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, ReviewReminder, WorkflowEvent
from articles.reviews_due import (
    MAX_SNOOZE_DAYS,
    due_for_review,
    overdue_to_escalate,
    reminder_week,
    review_reminders_record,
    review_snooze,
    reviewers_to_remind,
    reviews_due_for,
    snooze_of,
)
from tests.articles.review_reminders import (
    editor_with_email,
    faq_entry_due_in,
    guide_due_in,
    reminder_moment,
    reviewer_with_email,
)
from tests.factories import StaffUserFactory, sign_off_as_is

pytestmark = pytest.mark.django_db


@pytest.fixture
def now():
    return reminder_moment()


@pytest.fixture
def today(now):
    return timezone.localtime(now).date()


@pytest.fixture
def sam():
    return reviewer_with_email("sam@example.org")


def test_lists_the_reviewers_texts_due_within_30_days_or_overdue_soonest_first(
    sam, now, today, django_assert_num_queries
):
    in_20_days = guide_due_in(20, sam)
    overdue = guide_due_in(-40, sam)
    faq = faq_entry_due_in(5, sam)
    guide_due_in(31, sam)
    guide_due_in(10, reviewer_with_email("lena@example.org"))
    guide_due_in(3, sam, withdrawn=True)
    Article.objects.filter(pk=guide_due_in(3, sam).pk).update(
        status=Article.Status.DRAFT
    )

    with django_assert_num_queries(2):  # guides, FAQ entries
        due = reviews_due_for(sam, today=today, now=now)

    assert due == [overdue, faq, in_20_days]
    assert [text.next_review_due for text in due] == [
        today - timedelta(days=40),
        today + timedelta(days=5),
        today + timedelta(days=20),
    ]


def test_a_snooze_holds_the_text_until_it_ends(sam, now, today):
    guide = guide_due_in(20, sam)
    review_snooze(subject=guide, user=sam.user, days=7, reason="Guideline due soon.")

    assert reviews_due_for(sam, today=today, now=now) == []
    assert reviews_due_for(sam, today=today, now=now + timedelta(days=8)) == [guide]


def test_a_new_sign_off_ends_the_snooze(sam, now, today):
    guide = guide_due_in(20, sam)
    review_snooze(subject=guide, user=sam.user, days=90, reason="Waiting for a trial.")

    # Signed off again, its next review still close: the old snooze no longer holds.
    sign_off_as_is(guide, reviewer=sam, reviewed_on=guide.last_reviewed_on)

    assert snooze_of(guide, now=now) is None
    assert reviews_due_for(sam, today=today, now=now) == [guide]


def test_the_newest_snooze_counts(sam, now):
    guide = guide_due_in(20, sam)
    review_snooze(subject=guide, user=sam.user, days=60, reason="Long wait.")
    shorter = review_snooze(subject=guide, user=sam.user, days=2, reason="Sooner.")

    assert snooze_of(guide, now=now) == shorter
    assert due_for_review(Article, today=timezone.localdate(), now=now).count() == 0
    later = now + timedelta(days=3)
    assert due_for_review(Article, today=timezone.localdate(), now=later).count() == 1


def test_reminds_only_reviewers_with_something_due_and_an_address(
    sam, now, today, django_assert_num_queries
):
    guide_due_in(20, sam)
    no_address = reviewer_with_email("")
    guide_due_in(20, no_address)
    inactive = reviewer_with_email("gone@example.org")
    inactive.user.is_active = False
    inactive.user.save(update_fields=["is_active"])
    guide_due_in(20, inactive)
    reviewer_with_email("idle@example.org")
    faq_only = reviewer_with_email("faq@example.org")
    faq_entry_due_in(1, faq_only)

    with django_assert_num_queries(1):
        reminded = list(reviewers_to_remind(today=today, now=now))

    assert sorted(user.email for user in reminded) == [
        "faq@example.org",
        "sam@example.org",
    ]


def test_escalates_reviews_30_days_overdue_or_more_and_not_snoozed(sam, now, today):
    overdue_30 = guide_due_in(-30, sam)
    guide_due_in(-29, sam)
    faq_overdue = faq_entry_due_in(-45, sam)
    snoozed = guide_due_in(-60, sam)
    review_snooze(subject=snoozed, user=sam.user, days=10, reason="Re-review booked.")

    escalated = set(overdue_to_escalate(today=today, now=now))

    assert escalated == {overdue_30.sign_off, faq_overdue.sign_off}


def test_records_each_weekly_reminder_and_escalation_once(
    sam, now, today, django_assert_num_queries
):
    guide_due_in(20, sam)
    overdue = guide_due_in(-31, sam)
    editors = [editor_with_email(f"editor{n}@example.org") for n in range(2)]
    StaffUserFactory(email="")  # an editor without an address
    week, _ = reminder_week(now)

    # Reviewers, overdue reviews, editors, one INSERT ... ON CONFLICT DO NOTHING.
    with django_assert_num_queries(4):
        review_reminders_record(today=today, week=week, now=now)
    review_reminders_record(today=today, week=week, now=now)

    weekly = ReviewReminder.objects.filter(kind=ReviewReminder.Kind.WEEKLY)
    assert [(r.recipient, r.week) for r in weekly] == [(sam.user, week)]
    escalations = ReviewReminder.objects.filter(kind=ReviewReminder.Kind.ESCALATION)
    assert {(r.recipient, r.sign_off) for r in escalations} == {
        (editor, overdue.sign_off) for editor in editors
    }
    # Next week: a new list, but the same overdue review escalates no more.
    next_week = week + timedelta(days=7)
    review_reminders_record(
        today=today + timedelta(days=7), week=next_week, now=now + timedelta(days=7)
    )
    assert weekly.all().count() == 2
    assert escalations.all().count() == 2


def test_the_database_refuses_a_second_reminder_of_a_week(sam, now):
    week, _ = reminder_week(now)
    ReviewReminder.objects.create(
        kind=ReviewReminder.Kind.WEEKLY, recipient=sam.user, week=week
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewReminder.objects.create(
            kind=ReviewReminder.Kind.WEEKLY, recipient=sam.user, week=week
        )


def test_the_database_refuses_a_second_escalation_of_an_overdue_review(sam):
    guide = guide_due_in(-40, sam)
    editor = editor_with_email("editor@example.org")
    ReviewReminder.objects.create(
        kind=ReviewReminder.Kind.ESCALATION, recipient=editor, sign_off=guide.sign_off
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewReminder.objects.create(
            kind=ReviewReminder.Kind.ESCALATION,
            recipient=editor,
            sign_off=guide.sign_off,
        )


class TestSnooze:
    def test_is_recorded_in_the_workflow_record(self, sam):
        guide = guide_due_in(20, sam)

        snooze = review_snooze(
            subject=guide, user=sam.user, days=14, reason="  New guideline in May. "
        )

        snooze.refresh_from_db()
        assert snooze.kind == WorkflowEvent.Kind.REVIEW_SNOOZED
        assert snooze.article == guide
        assert snooze.revision == guide.sign_off.revision
        assert snooze.actor == sam.user
        assert snooze.note == "New guideline in May."
        until = timezone.localtime(snooze.effective_at)
        assert until.date() == timezone.localdate() + timedelta(days=14)
        assert (until.hour, until.minute) == (0, 0)
        assert list(WorkflowEvent.objects.of(guide).for_trail())[0] == snooze

    def test_of_an_faq_entry(self, sam):
        entry = faq_entry_due_in(10, sam)

        snooze = review_snooze(subject=entry, user=sam.user, days=1, reason="Soon.")

        assert snooze.faq_entry == entry

    @pytest.mark.parametrize("days", [0, -1, MAX_SNOOZE_DAYS + 1])
    def test_refuses_a_period_out_of_range(self, sam, days):
        guide = guide_due_in(20, sam)

        with pytest.raises(ValidationError):
            review_snooze(subject=guide, user=sam.user, days=days, reason="Why not.")
        assert not WorkflowEvent.objects.filter(kind="review_snoozed").exists()

    def test_needs_a_reason(self, sam):
        guide = guide_due_in(20, sam)

        with pytest.raises(ValidationError):
            review_snooze(subject=guide, user=sam.user, days=5, reason="   ")

    def test_only_by_the_reviewer_who_signed_it_off(self, sam):
        guide = guide_due_in(20, sam)
        other_reviewer = reviewer_with_email("lena@example.org")
        editor = StaffUserFactory()

        for user in (other_reviewer.user, editor):
            with pytest.raises(PermissionDenied):
                review_snooze(subject=guide, user=user, days=5, reason="Not mine.")
        assert not WorkflowEvent.objects.filter(kind="review_snoozed").exists()

    def test_the_database_refuses_a_snooze_without_an_end_or_reason(self, sam):
        guide = guide_due_in(20, sam)

        for missing in ({"effective_at": None}, {"note": ""}):
            fields = {
                "kind": WorkflowEvent.Kind.REVIEW_SNOOZED,
                "article": guide,
                "revision": guide.sign_off.revision,
                "actor": sam.user,
                "note": "A reason.",
                "effective_at": timezone.now() + timedelta(days=3),
                **missing,
            }
            with pytest.raises(IntegrityError), transaction.atomic():
                WorkflowEvent.objects.create(**fields)
