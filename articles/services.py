"""Writes with side effects. Publishing is the one way medical text reaches readers:
it copies an approved revision into the public columns, and announces a guide the
first time it goes live, exactly once. A search that found nothing is counted for
editors."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from articles.models import Article, FaqEntry, UnansweredSearch, WorkflowEvent
from articles.models.signed_text import SignedText
from articles.signals import article_published, article_updated
from articles.workflow import approved_revision_to_publish


def signed_text_publish(
    *,
    sign_off: WorkflowEvent,
    user=None,
    at: datetime | None = None,
    notify_followers: bool = False,
) -> SignedText:
    """Publish the approved revision of `sign_off` now, or at `at`.

    A guide that is not live yet goes live at `at`. A live guide stays as it is until
    `at`, when publish_due_guides applies the update: a date never takes it offline.
    `notify_followers` emails followers about an update of a live guide, quoting its
    "What changed" line (a new guide is announced by itself, once).
    """
    subject = sign_off.subject
    now = timezone.now()
    if at is not None and at <= now:
        at = None
    if at is not None and isinstance(subject, FaqEntry):
        raise ValidationError("FAQ answers are published at once, not scheduled.")
    with transaction.atomic():
        subject = type(subject).objects.select_for_update().get(pk=subject.pk)
        if sign_off.kind != WorkflowEvent.Kind.APPROVED or sign_off.subject != subject:
            raise ValidationError("Only an approved revision can be published.")
        if approved_revision_to_publish(subject) != sign_off:
            raise ValidationError(
                "This is not the newest approved revision, or it is live already."
            )
        if notify_followers:
            _check_update_mail(subject, sign_off)
        if at is not None and subject.is_live():
            subject.scheduled_update = sign_off
            subject.scheduled_update_at = at
            subject.scheduled_update_notifies = notify_followers
            subject.save(update_fields=Article.SCHEDULED_UPDATE_FIELDS)
            _record(WorkflowEvent.Kind.SCHEDULED, subject, user, sign_off, at=at)
            return subject
        _show_signed_text(subject, sign_off)
        if isinstance(subject, Article):
            if not subject.is_live():
                subject.status = Article.Status.PUBLISHED
                subject.publish_at = at or now
            subject.clear_scheduled_update()
            subject.withdrawal_reason = ""
        else:
            subject.is_published = True
        subject.save()
        kind = WorkflowEvent.Kind.SCHEDULED if at else WorkflowEvent.Kind.PUBLISHED
        note = "Followers were emailed about this update." if notify_followers else ""
        _record(kind, subject, user, sign_off, at=at, note=note)
        if isinstance(subject, Article):
            _announce_if_live(article_id=subject.pk)
            if notify_followers:
                article_updated.send(sender=Article, article=subject, update=sign_off)
    subject.refresh_from_db()
    return subject


def _check_update_mail(subject: SignedText, sign_off: WorkflowEvent) -> None:
    if not (isinstance(subject, Article) and subject.is_live()):
        raise ValidationError(
            "Only an update of a live guide is emailed: followers hear of a new "
            "guide when it first goes live."
        )
    if not sign_off.what_changed:
        raise ValidationError(
            "An update email says what changed, and this approval has no “What "
            "changed” line: publish without emailing, or submit the text again "
            "with one."
        )


def signed_text_withdraw(
    *, subject: SignedText, reason: str, user=None, at: datetime | None = None
) -> SignedText:
    """Take a guide or FAQ entry off the site now, or at `at`, saying why."""
    if not reason.strip():
        raise ValidationError("Give the reason for the withdrawal.")
    if at is not None and at <= timezone.now():
        at = None
    with transaction.atomic():
        subject = type(subject).objects.select_for_update().get(pk=subject.pk)
        if isinstance(subject, FaqEntry):
            if at is not None:
                raise ValidationError("FAQ answers are withdrawn at once.")
            subject.is_published = False
        elif at is not None:
            subject.withdraw_at = at
            subject.withdrawal_reason = reason
        else:
            # A guide readers have seen answers 410 Gone; one they never saw is a
            # draft again.
            ever_live = subject.first_published_at is not None
            subject.status = (
                Article.Status.WITHDRAWN if ever_live else Article.Status.DRAFT
            )
            subject.withdrawal_reason = reason
            subject.withdraw_at = None
            subject.clear_scheduled_update()
        subject.save()
        kind = (
            WorkflowEvent.Kind.WITHDRAWAL_SCHEDULED
            if at
            else WorkflowEvent.Kind.WITHDRAWN
        )
        _record(kind, subject, user, None, at=at, note=reason)
    return subject


def articles_publish_due() -> list[Article]:
    """Apply what is due: scheduled updates and withdrawals, and announce scheduled
    guides whose go-live time has come (returned)."""
    now = timezone.now()
    for guide in Article.objects.filter(scheduled_update_at__lte=now).select_related(
        "scheduled_update__revision"
    ):
        try:
            signed_text_publish(
                sign_off=guide.scheduled_update,
                notify_followers=guide.scheduled_update_notifies,
            )
        except ValidationError as error:  # a newer revision was approved since
            _scheduled_update_cancel(guide, note=" ".join(error.messages))
    for guide in Article.objects.filter(withdraw_at__lte=now):
        signed_text_withdraw(subject=guide, reason=guide.withdrawal_reason)
    due = Article.objects.published().filter(first_published_at__isnull=True)
    return [
        article
        for article_id in due.values_list("pk", flat=True)
        if (article := _announce_if_live(article_id=article_id)) is not None
    ]


def _scheduled_update_cancel(guide: Article, *, note: str, user=None) -> None:
    with transaction.atomic():
        sign_off = guide.scheduled_update
        guide.clear_scheduled_update()
        guide.save(update_fields=Article.SCHEDULED_UPDATE_FIELDS)
        _record(WorkflowEvent.Kind.SCHEDULE_CANCELLED, guide, user, sign_off, note=note)


def _show_signed_text(subject: SignedText, sign_off: WorkflowEvent) -> None:
    """Copy the signed revision and its review into the public columns."""
    for field in subject.MEDICAL_FIELDS:
        setattr(subject, field, sign_off.revision.content[field])
    subject.sign_off = sign_off
    subject.medical_reviewer_id = sign_off.reviewer_id
    subject.last_reviewed_on = sign_off.reviewed_on
    subject.next_review_due = sign_off.next_review_due


def _record(kind, subject, user, sign_off, *, at=None, note="") -> WorkflowEvent:
    return WorkflowEvent.objects.create(
        kind=kind,
        **{subject.SUBJECT_FIELD: subject},
        revision=sign_off.revision if sign_off else None,
        actor=user,
        effective_at=at,
        note=note,
    )


def _announce_if_live(*, article_id: int) -> Article | None:
    """Stamp first_published_at and send article_published, once per guide."""
    with transaction.atomic():
        # The row lock makes an editor's publish and the scheduler agree on who
        # announces.
        article = (
            Article.objects.select_for_update()
            .published()
            .filter(pk=article_id, first_published_at__isnull=True)
            .first()
        )
        if article is None:
            return None
        article.first_published_at = article.publish_at
        article.save(update_fields=["first_published_at"])
        article_published.send(sender=Article, article=article)
        return article


def unanswered_search_record(*, query: str) -> None:
    """Count a search that found nothing: normalized words only, nothing personal."""
    normalized = " ".join(query.lower().split())[
        : UnansweredSearch._meta.get_field("query").max_length
    ]
    entry, _ = UnansweredSearch.objects.get_or_create(query=normalized)
    UnansweredSearch.objects.filter(pk=entry.pk).update(count=F("count") + 1)
