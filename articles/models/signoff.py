"""Medical sign-off: the revisions of medical text, and the record of who did what.

Readers only ever see a revision a medical reviewer approved. A guide's or FAQ entry's
public columns hold the text of the approved revision its `sign_off` points to, and
the database checks that at every commit (articles/sql/signoff.sql). Revisions and
workflow events are append-only: the database refuses to change or delete them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.utils import timezone

from articles.models.subjects import one_subject

# How long a medical review stays current unless the reviewer sets another interval.
DEFAULT_REVIEW_MONTHS = 12


class RevisionQuerySet(models.QuerySet):
    def of(self, subject):
        return self.filter(**{subject.SUBJECT_FIELD: subject})

    def with_review_state(self):
        """Annotate the kind of each revision's newest submission or sign-off."""
        newest = WorkflowEvent.objects.filter(
            revision=OuterRef("pk"), kind__in=WorkflowEvent.REVIEW_KINDS
        ).order_by("-at", "-pk")
        return self.annotate(review_state=Subquery(newest.values("kind")[:1]))

    def superseded(self):
        """Revisions of a text of which a newer revision was submitted for review."""
        newer_submitted = Revision.objects.filter(
            Q(article=OuterRef("article")) | Q(faq_entry=OuterRef("faq_entry")),
            number__gt=OuterRef("number"),
            events__kind=WorkflowEvent.Kind.SUBMITTED,
        )
        return self.filter(Exists(newer_submitted))

    def awaiting_review(self):
        """Submitted and not yet decided, unless a newer revision was submitted."""
        return (
            self.with_review_state()
            .filter(review_state=WorkflowEvent.Kind.SUBMITTED)
            .exclude(pk__in=self.superseded().values("pk"))
            .select_related("article", "faq_entry", "created_by")
            .order_by("created_at")
        )

    def awaiting_review_by(self, reviewer):
        """Awaiting review and submitted to this medical reviewer or to any reviewer,
        but not text the reviewer saved or a guide they wrote (they may not decide)."""
        newest_submission = WorkflowEvent.objects.filter(
            revision=OuterRef("pk"), kind=WorkflowEvent.Kind.SUBMITTED
        ).order_by("-at", "-pk")
        return (
            self.awaiting_review()
            .annotate(
                submitted_to_id=Subquery(newest_submission.values("submitted_to")[:1])
            )
            .filter(Q(submitted_to_id=reviewer.pk) | Q(submitted_to_id=None))
            .exclude(created_by=reviewer.user_id)
            .exclude(article__author=reviewer)
        )

    def changes_requested_of(self, user):
        """The revisions this account saved on which a reviewer asked for changes,
        unless a newer revision was submitted since."""
        return (
            self.with_review_state()
            .filter(review_state=WorkflowEvent.Kind.CHANGES_REQUESTED, created_by=user)
            .exclude(pk__in=self.superseded().values("pk"))
            .select_related("article", "faq_entry")
            .order_by("created_at")
        )


class Revision(models.Model):
    """One saved version of a guide's or FAQ entry's medical text. Never changed.

    `content` holds the medical fields (a guide: title, summary, body, sources; an
    FAQ entry: question, answer). The database computes `content_hash` from it.
    """

    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="revisions",
    )
    faq_entry = models.ForeignKey(
        "articles.FaqEntry",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="revisions",
    )
    number = models.PositiveIntegerField()
    content = models.JSONField()
    content_hash = models.CharField(max_length=64, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    restored_from = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.CheckConstraint(condition=one_subject(), name="revision_of_one"),
            models.UniqueConstraint(
                fields=["article", "number"], name="revision_number_per_guide"
            ),
            models.UniqueConstraint(
                fields=["faq_entry", "number"], name="revision_number_per_faq_entry"
            ),
        ]

    def __str__(self) -> str:
        return f"Revision {self.number} of “{self.subject}”"

    @property
    def subject(self):
        return self.article or self.faq_entry

    @property
    def title(self) -> str:
        return self.content.get("title") or self.content.get("question", "")

    @property
    def summary(self) -> str:
        return self.content.get("summary", "")

    @property
    def rich_text(self) -> str:
        """The body of a guide or the answer of an FAQ entry, cleaned HTML."""
        return self.content.get("body") or self.content.get("answer", "")

    def sources(self) -> list:
        """The text's sources as unsaved Reference objects (for their links)."""
        return sources_as_references(self.content.get("sources", []))


def sources_as_references(sources: list[dict]) -> list:
    """Sources as a revision holds them, as unsaved Reference objects."""
    from articles.models.guide_links import Reference

    return [Reference(**source) for source in sources]


class WorkflowEventQuerySet(models.QuerySet):
    def of(self, subject):
        return self.filter(**{subject.SUBJECT_FIELD: subject})

    def sign_offs(self):
        return self.filter(kind__in=WorkflowEvent.SIGN_OFF_KINDS)

    def corrections_published(self):
        """Approvals marked as corrections whose revision went live."""
        went_live = WorkflowEvent.objects.filter(
            revision=OuterRef("revision"), kind=WorkflowEvent.Kind.PUBLISHED
        )
        return self.filter(kind=WorkflowEvent.Kind.APPROVED, is_correction=True).filter(
            Exists(went_live)
        )

    def for_trail(self):
        return self.select_related(
            "actor", "revision", "article", "faq_entry", "submitted_to"
        ).order_by("-at", "-pk")


class WorkflowEvent(models.Model):
    """One step of the medical workflow, append-only.

    Submissions name a reviewer (`submitted_to`) or leave it to any reviewer. Sign-offs
    (approved, changes requested) record the reviewer, their name and credentials at
    the time, the hash of the revision they read, and for an approval the review date,
    the next review due and whether the update is a correction. Scheduled steps carry
    `effective_at`, as a snooze of review reminders carries its end.
    """

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", "Submitted for medical review"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        APPROVED = "approved", "Approved (signed off)"
        PUBLISHED = "published", "Published"
        SCHEDULED = "scheduled", "Publication scheduled"
        SCHEDULE_CANCELLED = "schedule_cancelled", "Scheduled publication cancelled"
        WITHDRAWAL_SCHEDULED = "withdrawal_scheduled", "Withdrawal scheduled"
        WITHDRAWN = "withdrawn", "Withdrawn"
        RESTORED = "restored", "Earlier revision restored as a new draft"
        # Reminders of the next review of the signed revision wait until effective_at
        # (articles/reviews_due.py); note holds the reviewer's reason.
        REVIEW_SNOOZED = "review_snoozed", "Review reminders snoozed"

    SIGN_OFF_KINDS = (Kind.APPROVED, Kind.CHANGES_REQUESTED)
    REVIEW_KINDS = (Kind.SUBMITTED, *SIGN_OFF_KINDS)

    kind = models.CharField(max_length=30, choices=Kind)
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workflow_events",
    )
    faq_entry = models.ForeignKey(
        "articles.FaqEntry",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workflow_events",
    )
    revision = models.ForeignKey(
        Revision,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: the scheduler.",
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True)
    effective_at = models.DateTimeField(null=True, blank=True)
    submitted_to = models.ForeignKey(
        "articles.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: any medical reviewer.",
    )
    reviewer = models.ForeignKey(
        "articles.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sign_offs",
    )
    reviewer_name = models.CharField(max_length=120, blank=True)
    reviewer_credentials = models.CharField(max_length=160, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    reviewed_on = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    is_correction = models.BooleanField(default=False)
    what_changed = models.CharField(max_length=300, blank=True)

    objects = WorkflowEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "workflow record"
        constraints = [
            models.CheckConstraint(
                condition=one_subject(), name="workflow_event_of_one"
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=["approved", "changes_requested"])
                | (
                    Q(reviewer__isnull=False, revision__isnull=False)
                    & ~Q(content_hash="")
                ),
                name="sign_off_names_reviewer_and_revision",
            ),
            models.CheckConstraint(
                condition=~Q(kind="approved")
                | Q(reviewed_on__isnull=False, next_review_due__gt=F("reviewed_on")),
                name="approval_has_review_dates",
            ),
            models.CheckConstraint(
                condition=~Q(kind="review_snoozed")
                | (Q(effective_at__isnull=False, revision__isnull=False) & ~Q(note="")),
                name="snooze_names_revision_end_and_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"

    @property
    def subject(self):
        return self.article or self.faq_entry
