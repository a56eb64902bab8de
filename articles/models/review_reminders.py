"""Reminder mails about medical reviews coming due, recorded before they are sent."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class ReviewReminderQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ReviewReminder.Status.PENDING)


class ReviewReminder(models.Model):
    """One mail to one staff member: a medical reviewer's list of the week, or an
    editor's escalation of one review long overdue (articles/reviews_due.py).

    A row is written first and the mail sent after (subscriptions/
    review_reminders.py); the unique constraints make a second mail of the same
    week, or a second escalation of the same overdue review, impossible, whoever
    races.
    """

    class Kind(models.TextChoices):
        WEEKLY = "weekly", "Reviews due this week"
        ESCALATION = "escalation", "Overdue review escalated"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Not sent: nothing left to remind of"

    kind = models.CharField(max_length=20, choices=Kind)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    week = models.DateField(
        null=True, blank=True, help_text="A weekly list: the Monday its week starts."
    )
    sign_off = models.ForeignKey(
        "articles.WorkflowEvent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="An escalation: the approval whose next review is overdue.",
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = ReviewReminderQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "week"],
                condition=Q(kind="weekly"),
                name="one_review_reminder_per_week",
            ),
            models.UniqueConstraint(
                fields=["recipient", "sign_off"],
                condition=Q(kind="escalation"),
                name="one_escalation_per_overdue_review",
            ),
            models.CheckConstraint(
                condition=Q(kind="weekly", week__isnull=False, sign_off__isnull=True)
                | Q(kind="escalation", week__isnull=True, sign_off__isnull=False),
                name="review_reminder_names_its_week_or_review",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.recipient}"
