"""The reminder mails of reviews coming due (articles/reviews_due.py says which and
to whom): recorded first, then sent, once each.

The approach of deliveries (delivery.py): a ReviewReminder row is committed before
its mail goes; each row is then locked (skipping rows another worker holds), sent
and marked sent in one short transaction. A worker that dies after recording leaves
the row pending, and the next run sends it; one that dies in the middle of a mail
resends at most that mail, with the same Message-ID so a server can drop it.
"""

from datetime import date, datetime

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from articles.models import ReviewReminder
from articles.models.signed_text import SignedText
from articles.reviews_due import (
    overdue_to_escalate,
    reminder_week,
    review_reminders_record,
    reviews_due_for,
)
from subscriptions.delivery import TemporaryDeliveryError, smtp_connection, smtp_send
from subscriptions.emails import absolute, review_reminder_message


def review_reminders_run(*, now: datetime) -> int:
    """Record what is due from this week's reminder time on, and send what is
    pending; return how many mails went. Safe to run any number of times."""
    week, send_from = reminder_week(now)
    today = timezone.localtime(now).date()
    # A list of an earlier week that never went is stale: this week's replaces it.
    ReviewReminder.objects.pending().filter(
        kind=ReviewReminder.Kind.WEEKLY, week__lt=week
    ).update(status=ReviewReminder.Status.SKIPPED, last_error="A newer week's list.")
    if now >= send_from:
        review_reminders_record(today=today, week=week, now=now)
    return review_reminders_send(today=today, now=now)


def review_reminders_send(*, today: date, now: datetime) -> int:
    """Send the pending reminders over one SMTP connection; return how many went.

    Raises TemporaryDeliveryError when the server said "later" or went away, so the
    job is retried; what was sent stays sent.
    """
    pending = list(ReviewReminder.objects.pending().order_by("pk").values_list("pk"))
    if not pending:
        return 0
    outcomes = []
    with smtp_connection() as connection:
        for (pk,) in pending:
            outcomes.append(_send_one(pk, connection, today=today, now=now))
    if "deferred" in outcomes:
        raise TemporaryDeliveryError(
            f"{outcomes.count('deferred')} review reminders deferred by the server"
        )
    return outcomes.count("sent")


def _send_one(pk: int, connection, *, today: date, now: datetime) -> str:
    with transaction.atomic():
        reminder = (
            ReviewReminder.objects.pending()
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("recipient", "sign_off__article", "sign_off__faq_entry")
            .filter(pk=pk)
            .first()
        )
        if reminder is None:
            return "held"  # sent meanwhile, or another worker is sending it
        message = reminder_message(reminder, connection, today=today, now=now)
        if message is None:
            _mark(reminder, ReviewReminder.Status.SKIPPED, "Nothing is due any more.")
            return "skipped"
        refusal = smtp_send(message)
        if refusal is None:
            _mark(reminder, ReviewReminder.Status.SENT, "")
            return "sent"
        if refusal.permanent:
            _mark(reminder, ReviewReminder.Status.FAILED, str(refusal))
            return "failed"
        _mark(reminder, ReviewReminder.Status.PENDING, str(refusal))
        return "deferred"


def reminder_message(
    reminder: ReviewReminder, connection=None, *, today: date, now: datetime
) -> EmailMultiAlternatives | None:
    """The mail of a reminder as things stand now; None if nothing is left to say."""
    if reminder.kind == ReviewReminder.Kind.WEEKLY:
        person = getattr(reminder.recipient, "person", None)
        due = reviews_due_for(person, today=today, now=now) if person else []
        if not due:
            return None
        context = {"items": [_item(subject, today) for subject in due]}
        kind = "review_reminder"
    else:
        still_overdue = overdue_to_escalate(today=today, now=now).filter(
            pk=reminder.sign_off_id
        )
        if not still_overdue.exists():
            return None  # reviewed, snoozed or withdrawn since it was recorded
        sign_off = reminder.sign_off
        context = {
            "item": _item(sign_off.subject, today),
            "reviewer_name": sign_off.reviewer_name,
        }
        kind = "review_escalation"
    return review_reminder_message(reminder, kind, context, connection=connection)


def _item(subject: SignedText, today: date) -> dict:
    opts = subject._meta
    admin = f"admin:{opts.app_label}_{opts.model_name}"
    return {
        "title": str(subject),
        "kind": opts.verbose_name,
        "due": subject.next_review_due,
        "days_overdue": (today - subject.next_review_due).days,
        "url": absolute(reverse(f"{admin}_change", args=[subject.pk])),
        "snooze_url": absolute(reverse(f"{admin}_snooze", args=[subject.pk])),
    }


def _mark(reminder: ReviewReminder, status: str, error: str) -> None:
    ReviewReminder.objects.filter(pk=reminder.pk).update(
        status=status,
        attempts=F("attempts") + 1,
        last_error=error[:500],
        sent_at=timezone.now() if status == ReviewReminder.Status.SENT else None,
    )
