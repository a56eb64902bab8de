"""Medical reviews coming due: which texts, whose, snoozes, and the reminders to send.

A live guide or FAQ entry's next review is due on `next_review_due`, set by its
current sign-off; "its reviewer" is the medical reviewer that sign-off names (the
database keeps `medical_reviewer` equal to it: articles/sql/signoff.sql). Each week
the reviewer gets one mail listing their texts due within REMIND_DAYS_AHEAD or
overdue; once a review is ESCALATE_AFTER_DAYS overdue, every editor gets one mail
about it. The reviewer may snooze both for a text, with a reason, up to
MAX_SNOOZE_DAYS: a snooze is a workflow event (the audit trail) on the signed
revision, so a new sign-off ends it.
"""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from articles.models import Article, FaqEntry, Person, ReviewReminder, WorkflowEvent
from articles.models.signed_text import SignedText
from articles.staff_groups import EDITORS
from articles.workflow import reviewer_of

REMIND_DAYS_AHEAD = 30
ESCALATE_AFTER_DAYS = 30
MAX_SNOOZE_DAYS = 90
SIGNED_TEXT_MODELS = (Article, FaqEntry)


def live(model: type[SignedText]) -> QuerySet:
    """The texts readers see (or will, once scheduled): the ones with reviews due."""
    if model is Article:
        return Article.objects.filter(status=Article.Status.PUBLISHED)
    return FaqEntry.objects.filter(is_published=True)


def snoozed_until() -> Subquery:
    """The end of the newest snooze of the signed revision, for a query of texts."""
    newest = WorkflowEvent.objects.filter(
        kind=WorkflowEvent.Kind.REVIEW_SNOOZED, revision=OuterRef("sign_off__revision")
    ).order_by("-at", "-pk")
    return Subquery(newest.values("effective_at")[:1])


def not_snoozed(queryset: QuerySet, *, now: datetime) -> QuerySet:
    return queryset.annotate(snoozed_until=snoozed_until()).filter(
        Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=now)
    )


def due_for_review(model: type[SignedText], *, today: date, now: datetime):
    """Live texts due within REMIND_DAYS_AHEAD or overdue, unless snoozed."""
    due = live(model).filter(
        next_review_due__lte=today + timedelta(days=REMIND_DAYS_AHEAD)
    )
    return not_snoozed(due, now=now)


def reviews_due_for(person: Person, *, today: date, now: datetime) -> list:
    """The guides and FAQ entries whose review `person` is reminded of, soonest
    first (one query each)."""
    due = []
    for model in SIGNED_TEXT_MODELS:
        due += (
            due_for_review(model, today=today, now=now)
            .filter(medical_reviewer=person)
            .only("pk", model.MEDICAL_FIELDS[0], "next_review_due")
            .order_by("next_review_due", "pk")
        )
    return sorted(due, key=lambda subject: subject.next_review_due)


def reviewers_to_remind(*, today: date, now: datetime) -> QuerySet:
    """The accounts of medical reviewers with a review due, that can get mail."""
    due_to = Q()
    for model in SIGNED_TEXT_MODELS:
        reviewers = due_for_review(model, today=today, now=now).values(
            "medical_reviewer"
        )
        due_to |= Q(person__in=reviewers)
    return _mailable().filter(person__is_medical_reviewer=True).filter(due_to)


def overdue_to_escalate(*, today: date, now: datetime) -> QuerySet:
    """The sign-offs of live texts ESCALATE_AFTER_DAYS or more overdue, unless
    snoozed: one overdue episode each (a new sign-off starts another)."""
    overdue_since = today - timedelta(days=ESCALATE_AFTER_DAYS)
    in_episode = Q()
    for model in SIGNED_TEXT_MODELS:
        overdue = live(model).filter(next_review_due__lte=overdue_since)
        in_episode |= Q(pk__in=not_snoozed(overdue, now=now).values("sign_off"))
    return WorkflowEvent.objects.filter(in_episode)


def editors_to_alert() -> QuerySet:
    return _mailable().filter(groups__name=EDITORS)


def _mailable() -> QuerySet:
    return get_user_model().objects.filter(is_active=True).exclude(email="")


def review_reminders_record(*, today: date, week: date, now: datetime) -> None:
    """Record the week's reminders and the escalations due.

    Idempotent: a reminder already recorded (by this run, an earlier one or another
    worker at the same moment) is left alone by the database's unique constraints.
    """
    weekly = [
        ReviewReminder(kind=ReviewReminder.Kind.WEEKLY, recipient=user, week=week)
        for user in reviewers_to_remind(today=today, now=now).only("pk")
    ]
    sign_off_ids = list(
        overdue_to_escalate(today=today, now=now).values_list("pk", flat=True)
    )
    escalations = [
        ReviewReminder(
            kind=ReviewReminder.Kind.ESCALATION, recipient=editor, sign_off_id=pk
        )
        for editor in (editors_to_alert().only("pk") if sign_off_ids else [])
        for pk in sign_off_ids
    ]
    # ON CONFLICT DO NOTHING: the rows a unique constraint refuses are not made.
    ReviewReminder.objects.bulk_create([*weekly, *escalations], ignore_conflicts=True)


def reminder_week(now: datetime) -> tuple[date, datetime]:
    """The Monday of `now`'s week in the site's time zone, and when its reminders
    go out (REVIEW_REMINDER_WEEKDAY at REVIEW_REMINDER_TIME, local)."""
    today = timezone.localtime(now).date()
    week = today - timedelta(days=today.weekday())
    send_day = week + timedelta(days=settings.REVIEW_REMINDER_WEEKDAY)
    return week, timezone.make_aware(
        datetime.combine(send_day, settings.REVIEW_REMINDER_TIME)
    )


def snooze_of(subject: SignedText, *, now: datetime) -> WorkflowEvent | None:
    """The snooze in force on the subject's review reminders, if any."""
    if not subject.sign_off_id:
        return None
    snooze = (
        WorkflowEvent.objects.filter(
            kind=WorkflowEvent.Kind.REVIEW_SNOOZED,
            revision__events=subject.sign_off_id,
        )
        .select_related("actor")
        .order_by("-at", "-pk")
        .first()
    )
    return snooze if snooze and snooze.effective_at > now else None


def may_snooze(user, subject: SignedText) -> bool:
    """Only the medical reviewer named by the subject's sign-off may snooze it."""
    reviewer = reviewer_of(user)
    return (
        reviewer is not None
        and subject.sign_off_id is not None
        and subject.medical_reviewer_id == reviewer.pk
    )


def review_snooze(
    *, subject: SignedText, user, days: int, reason: str
) -> WorkflowEvent:
    """Hold the reminders and escalations of the subject's review for `days` (from
    the start of today, local), with the reviewer's reason, in the audit trail."""
    if not 1 <= days <= MAX_SNOOZE_DAYS:
        raise ValidationError(f"Snooze for 1 to {MAX_SNOOZE_DAYS} days.")
    if not reason.strip():
        raise ValidationError("Say why the review can wait.")
    with transaction.atomic():
        # The sign-off as it is now: a snooze holds the review of the signed revision.
        subject = type(subject).objects.select_for_update().get(pk=subject.pk)
        if not may_snooze(user, subject):
            raise PermissionDenied(
                "Only the medical reviewer who signed off this text may snooze the "
                "reminders of its next review."
            )
        until = timezone.localdate() + timedelta(days=days)
        return WorkflowEvent.objects.create(
            kind=WorkflowEvent.Kind.REVIEW_SNOOZED,
            **{subject.SUBJECT_FIELD: subject},
            revision_id=subject.sign_off.revision_id,
            actor=user,
            note=reason.strip(),
            effective_at=timezone.make_aware(datetime.combine(until, time.min)),
        )
