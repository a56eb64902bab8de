"""The admin of a model with medical text, shared by guides and FAQ entries.

Its change form edits the working copy: saving a signed-off text makes a new revision
and leaves what readers see alone. The sign-off pages come from SignOffPages
(articles/admin/signoff_pages.py), the snooze of review reminders from
ReviewSnoozePage (articles/admin/review_snooze.py); the database refuses the rest
(articles/sql/signoff.sql).
"""

from django.contrib import admin
from django.db import models
from django.utils import timezone

from articles.admin.review_snooze import ReviewSnoozePage
from articles.admin.signoff_pages import SignOffPages
from articles.models import Article, Reference, ShareComment, WorkflowEvent
from articles.reviews_due import may_snooze, snooze_of
from articles.sanitize import clean_html
from articles.workflow import (
    RICH_TEXT,
    approved_revision_to_publish,
    latest_revision,
    review_state,
    revision_record,
)


class ReferenceInline(admin.StackedInline):
    """The sources of a guide or an answer: medical, like its text."""

    model = Reference
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = ["citation", ("url", "doi", "pmid"), "order"]
    extra = 0
    verbose_name_plural = (
        "Sources (medical: a change needs a sign-off before readers see it)"
    )


class SignedTextAdmin(ReviewSnoozePage, SignOffPages, admin.ModelAdmin):
    """Admin of a model with medical text that readers see only once signed off."""

    change_form_template = "admin/articles/signed_text/change_form.html"
    change_list_template = "admin/articles/signed_text/change_list.html"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in RICH_TEXT:
            # CKEditor sends the HTML back re-serialized (spacing, entities): what
            # counts as a change is what would be stored, so the log names only the
            # fields an editor really changed.
            field.has_changed = lambda initial, data: (
                clean_html(initial or "") != clean_html(data or "")
            )
        return field

    def get_object(self, request, object_id, from_field=None):
        subject = super().get_object(request, object_id, from_field)
        latest = subject and latest_revision(subject)
        if latest is not None:
            # The form shows the newest revision, not necessarily what readers see.
            for field in subject.MEDICAL_FIELDS:
                setattr(subject, field, latest.content[field])
        return subject

    def save_model(self, request, obj, form, change) -> None:
        form.working_copy = {field: getattr(obj, field) for field in obj.MEDICAL_FIELDS}
        if obj.pk and obj.sign_off_id:
            # Readers keep the signed text: the edit waits in a new revision.
            public = type(obj).objects.values(*obj.MEDICAL_FIELDS).get(pk=obj.pk)
            for field, value in public.items():
                setattr(obj, field, value)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        subject = form.instance
        content = {**subject.medical_content(), **form.working_copy}
        revision_record(subject=subject, user=request.user, content=content)

    def has_delete_permission(self, request, obj=None) -> bool:
        # Once submitted, a text has a workflow record: withdraw it instead.
        if obj is not None and WorkflowEvent.objects.of(obj).exists():
            return False
        return super().has_delete_permission(request, obj)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "awaiting_review": self.awaiting_review().count(),
        }
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            **self._sign_off_context(request, object_id),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def _sign_off_context(self, request, object_id) -> dict:
        subject = self.model.objects.filter(pk=object_id).first()
        if subject is None:
            return {}
        latest = latest_revision(subject)
        return {
            "subject": subject,
            "latest_revision": latest,
            "latest_state": latest and review_state(latest),
            "live_sign_off": subject.sign_off,
            "to_publish": approved_revision_to_publish(subject),
            "review_snooze": snooze_of(subject, now=timezone.now()),
            "can_snooze": may_snooze(request.user, subject),
            # What outside reviewers said through share links (guides only).
            "draft_comments": ShareComment.objects.filter(
                link__revision__article=subject
            ).select_related("link__revision")[:10]
            if isinstance(subject, Article)
            else [],
        }

    @admin.display(description="medical sign-off")
    def sign_off_summary(self, subject) -> str:
        if not subject.sign_off_id:
            return "Not signed off"
        event = subject.sign_off
        return (
            f"Revision {event.revision.number}, approved by {event.reviewer_name}, "
            f"{event.reviewer_credentials}, on {event.reviewed_on:%B %-d, %Y}"
        )
