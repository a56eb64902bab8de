"""The medical review workflow: save a revision, submit it, sign it off, restore one.

draft → submitted (to a named reviewer or any) → changes requested or approved →
published (articles/services.py). Every step is a WorkflowEvent, and the database
keeps revisions and events append-only (articles/sql/signoff.sql).
"""

import calendar
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from articles import readability
from articles.models import Article, Person, Revision, WorkflowEvent
from articles.models.signed_text import SignedText
from articles.models.signoff import DEFAULT_REVIEW_MONTHS
from articles.sanitize import clean_html

# The rich-text fields among the medical fields: stored cleaned, as the public columns.
RICH_TEXT = ("body", "answer")


def normalized(content: dict) -> dict:
    return {
        field: clean_html(value) if field in RICH_TEXT else value
        for field, value in content.items()
    }


def latest_revision(subject: SignedText) -> Revision | None:
    return Revision.objects.of(subject).order_by("-number").first()


def revision_record(
    *, subject: SignedText, user, content: dict | None = None
) -> Revision:
    """Save the working copy as a new revision, unless it equals the latest one."""
    content = normalized(content if content is not None else subject.medical_content())
    with transaction.atomic():
        _lock(subject)  # numbers are per subject: two saves never take the same one
        latest = latest_revision(subject)
        if latest is not None and normalized(latest.content) == content:
            return latest
        revision = Revision.objects.create(
            **{subject.SUBJECT_FIELD: subject},
            number=(latest.number + 1) if latest else 1,
            content=content,
            created_by=user,
        )
        if isinstance(subject, Article):
            # The guide list's grade is of the text editors work on: for a
            # signed-off guide, that is not its row's body but this revision.
            subject.reading_grade = readability.reading_grade(content["body"])
            Article.objects.filter(pk=subject.pk).update(
                reading_grade=subject.reading_grade
            )
    revision.refresh_from_db(fields=["content_hash"])  # computed by the database
    return revision


def reviewer_of(user) -> Person | None:
    """The medical reviewer this signed-in account belongs to, if any."""
    if not (user.is_active and user.has_perm("articles.review_article")):
        return None
    return Person.objects.filter(user=user, is_medical_reviewer=True).first()


def review_state(revision: Revision) -> str | None:
    """The kind of the revision's newest submission or sign-off (None: a draft)."""
    event = (
        revision.events.filter(kind__in=WorkflowEvent.REVIEW_KINDS)
        .order_by("-at", "-pk")
        .first()
    )
    return event.kind if event else None


def revision_submit(
    *,
    revision: Revision,
    user,
    to: Person | None = None,
    what_changed: str = "",
    note: str = "",
) -> WorkflowEvent:
    """Ask for a medical review of `revision`, from `to` or from any reviewer."""
    if to is not None and not to.is_medical_reviewer:
        raise ValidationError(f"{to.name} is not a medical reviewer.")
    subject = revision.subject
    with transaction.atomic():
        _lock(subject)  # a double click submits once
        if revision != latest_revision(subject):
            raise ValidationError(
                "A newer revision exists: submit the latest text, not an older one."
            )
        state = review_state(revision)
        if state == WorkflowEvent.Kind.SUBMITTED:
            raise ValidationError(
                f"Revision {revision.number} is already awaiting review."
            )
        if state == WorkflowEvent.Kind.APPROVED:
            raise ValidationError(f"Revision {revision.number} is already approved.")
        return WorkflowEvent.objects.create(
            kind=WorkflowEvent.Kind.SUBMITTED,
            revision=revision,
            **{subject.SUBJECT_FIELD: subject},
            actor=user,
            submitted_to=to,
            what_changed=what_changed,
            note=note,
        )


@dataclass(frozen=True)
class SignOffDecision:
    approve: bool
    note: str = ""
    content_hash: str = ""  # of the text the reviewer read: it must still be the same
    review_months: int = DEFAULT_REVIEW_MONTHS
    is_correction: bool = False
    what_changed: str = ""


def revision_sign_off(
    *,
    revision: Revision,
    user,
    decision: SignOffDecision,
    reviewed_on: date | None = None,
) -> WorkflowEvent:
    """Approve a submitted revision, or request changes, as the signed-in reviewer.

    `reviewed_on` (default today) lets an import or the demo record a review that
    took place earlier; the record's own time is always now.
    """
    reviewer = reviewer_of(user)
    if reviewer is None:
        raise PermissionDenied(
            "Only a signed-in medical reviewer (an account linked to a person who is "
            "a medical reviewer) can sign off medical text."
        )
    subject = revision.subject
    wrote_it = revision.created_by_id == user.pk or (
        subject.SUBJECT_FIELD == "article" and subject.author_id == reviewer.pk
    )
    if wrote_it:
        raise PermissionDenied(
            "You wrote this text: another medical reviewer must sign it off."
        )
    with transaction.atomic():
        # Two reviewers deciding at once: the second reads the first's decision.
        _lock(subject)
        if review_state(revision) != WorkflowEvent.Kind.SUBMITTED:
            raise ValidationError("This revision is not awaiting a medical review.")
        if Revision.objects.filter(pk=revision.pk).superseded().exists():
            raise ValidationError(
                "A newer revision of this text was submitted since: review that one."
            )
        if decision.content_hash != revision.content_hash:
            raise ValidationError(
                "The text changed since you opened it: reload and read it again."
            )
        if not decision.approve and not decision.note.strip():
            raise ValidationError("Say what needs to change in the note.")
        if not 1 <= decision.review_months <= 36:
            raise ValidationError("The next review must be 1 to 36 months away.")
        today = timezone.localdate()
        if reviewed_on is not None:
            if reviewed_on > today:
                raise ValidationError("A review cannot take place in the future.")
            today = reviewed_on
        approved = decision.approve
        return WorkflowEvent.objects.create(
            kind=WorkflowEvent.Kind.APPROVED
            if approved
            else WorkflowEvent.Kind.CHANGES_REQUESTED,
            revision=revision,
            **{subject.SUBJECT_FIELD: subject},
            actor=user,
            note=decision.note,
            reviewer=reviewer,
            reviewer_name=reviewer.name,
            reviewer_credentials=reviewer.credentials,
            content_hash=revision.content_hash,
            reviewed_on=today if approved else None,
            next_review_due=_months_after(today, decision.review_months)
            if approved
            else None,
            is_correction=approved and decision.is_correction,
            what_changed=decision.what_changed if approved else "",
        )


def revision_restore(*, revision: Revision, user) -> Revision:
    """Start a new draft from an earlier revision; readers see nothing new until it
    is signed off and published."""
    subject = revision.subject
    with transaction.atomic():
        latest = latest_revision(subject)
        restored = Revision.objects.create(
            **{subject.SUBJECT_FIELD: subject},
            number=latest.number + 1,
            content=revision.content,
            created_by=user,
            restored_from=revision,
        )
        WorkflowEvent.objects.create(
            kind=WorkflowEvent.Kind.RESTORED,
            revision=restored,
            **{subject.SUBJECT_FIELD: subject},
            actor=user,
            note=f"From revision {revision.number}.",
        )
        if subject.sign_off_id is None:
            # Never signed off: the public columns are the working copy (unseen).
            for field in subject.MEDICAL_FIELDS:
                setattr(subject, field, revision.content[field])
        elif isinstance(subject, Article):  # its grade: of the newest revision
            subject.reading_grade = readability.reading_grade(revision.content["body"])
        # Saved either way: updated_at moves, so a form opened before is stale.
        subject.save()
    restored.refresh_from_db(fields=["content_hash"])
    return restored


def approved_revision_to_publish(subject: SignedText) -> WorkflowEvent | None:
    """The approval of the newest approved revision newer than the live one."""
    newest_number = (
        Revision.objects.of(subject)
        .filter(events__kind=WorkflowEvent.Kind.APPROVED)
        .aggregate(Max("number"))["number__max"]
    )
    if newest_number is None:
        return None
    live = subject.sign_off.revision if subject.sign_off_id else None
    if live is not None and live.number >= newest_number and subject.is_live():
        return None
    return (
        WorkflowEvent.objects.filter(
            kind=WorkflowEvent.Kind.APPROVED,
            revision__number=newest_number,
            **{f"revision__{subject.SUBJECT_FIELD}": subject},
        )
        .order_by("-at")
        .first()
    )


def _lock(subject: SignedText) -> None:
    """Serialize the workflow steps of one guide or FAQ entry (until commit)."""
    type(subject).objects.select_for_update().filter(pk=subject.pk).first()


def _months_after(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
