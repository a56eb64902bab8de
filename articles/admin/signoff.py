"""The sign-off workflow in the admin, shared by guides and FAQ entries.

Editing a signed-off text saves a new revision and leaves what readers see alone.
Pages per object: submit for review, the reviewer's screen (text, diff, decision),
publish (now or later), withdraw, history (revisions, the workflow record, a diff of
any two, restore as a new draft). Every write goes through articles.workflow or
articles.services; the database refuses the rest (articles/sql/signoff.sql).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from articles import diffs
from articles.models import Person, Revision, WorkflowEvent
from articles.models.signoff import DEFAULT_REVIEW_MONTHS
from articles.sanitize import clean_html
from articles.services import signed_text_publish, signed_text_withdraw
from articles.workflow import (
    RICH_TEXT,
    SignOffDecision,
    approved_revision_to_publish,
    latest_revision,
    review_state,
    reviewer_of,
    revision_record,
    revision_restore,
    revision_sign_off,
    revision_submit,
)


class SubmitForm(forms.Form):
    reviewer = forms.ModelChoiceField(
        Person.objects.filter(is_medical_reviewer=True),
        required=False,
        empty_label="Any medical reviewer",
        help_text="Who should review it; any reviewer may if you leave it open.",
    )
    what_changed = forms.CharField(
        max_length=300,
        required=False,
        label="What changed",
        help_text="One line for readers (and followers) when an update goes live.",
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


class SignOffForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("changes", "Request changes")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Required when you request changes.",
    )
    review_months = forms.IntegerField(
        min_value=1,
        max_value=36,
        initial=DEFAULT_REVIEW_MONTHS,
        label="Next review in (months)",
    )
    is_correction = forms.BooleanField(
        required=False,
        label="This update corrects an error",
        help_text="Readers see a dated correction note on the guide.",
    )
    what_changed = forms.CharField(max_length=300, required=False)
    content_hash = forms.CharField(widget=forms.HiddenInput)

    def decision_made(self) -> SignOffDecision:
        data = self.cleaned_data
        return SignOffDecision(
            approve=data["decision"] == "approve",
            note=data["note"],
            content_hash=data["content_hash"],
            review_months=data["review_months"],
            is_correction=data["is_correction"],
            what_changed=data["what_changed"],
        )


class PublishForm(forms.Form):
    at = forms.DateTimeField(
        required=False,
        label="Publish at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty to publish now. A live guide keeps its current text "
        "until then.",
    )
    notify_followers = forms.BooleanField(
        required=False, label="Email followers about this update"
    )

    def __init__(self, *args, sign_off=None, is_update=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_update or sign_off is None:
            del self.fields["notify_followers"]  # a new guide is announced anyway
        elif sign_off.what_changed:
            self.fields["notify_followers"].help_text = (
                "Followers who get guides at once receive the update with its line "
                f"“{sign_off.what_changed}” (weekly digests list new guides only)."
            )
        else:
            self.fields[
                "notify_followers"
            ].help_text = (
                "Not possible: the approval has no “What changed” line to send."
            )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown to readers who open the guide's address.",
    )
    at = forms.DateTimeField(
        required=False,
        label="Withdraw at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty to withdraw now.",
    )


class SignedTextAdmin(admin.ModelAdmin):
    """Admin of a model with medical text that readers see only once signed off."""

    change_form_template = "admin/articles/signed_text/change_form.html"
    change_list_template = "admin/articles/signed_text/change_list.html"
    diff_fields = diffs.GUIDE_FIELDS

    # --- the change form edits the working copy -------------------------------------

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

    def awaiting_review(self):
        """The revisions of this model's texts awaiting medical review."""
        return Revision.objects.filter(
            **{f"{self.model.SUBJECT_FIELD}__isnull": False}
        ).awaiting_review()

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "awaiting_review": self.awaiting_review().count(),
        }
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), **self._sign_off_context(object_id)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _sign_off_context(self, object_id) -> dict:
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
            "awaiting": Revision.objects.of(subject).awaiting_review(),
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

    # --- pages ------------------------------------------------------------------------

    def get_urls(self):
        def view(function, name):
            return path(
                f"<path:object_id>/{name}/",
                self.admin_site.admin_view(function),
                name=f"{self.opts.app_label}_{self.opts.model_name}_{name}",
            )

        return [
            path(
                "reviews/",
                self.admin_site.admin_view(self.reviews_view),
                name=f"{self.opts.app_label}_{self.opts.model_name}_reviews",
            ),
            view(self.submit_view, "submit"),
            view(self.review_view, "review"),
            view(self.publish_view, "publish"),
            view(self.withdraw_view, "withdraw"),
            view(self.compare_view, "compare"),
            view(self.restore_view, "restore"),
            *super().get_urls(),
        ]

    def _subject(self, request, object_id, *, change: bool):
        subject = get_object_or_404(self.model, pk=object_id)
        allowed = (
            self.has_change_permission(request, subject)
            if change
            else self.has_view_permission(request, subject)
        )
        if not allowed:
            raise PermissionDenied
        return subject

    def _render(self, request, template, subject, **context):
        return TemplateResponse(
            request,
            f"admin/articles/signed_text/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "subject": subject,
                "title": f"{context.pop('heading')}: {subject}",
                **context,
            },
        )

    def _back(self, subject) -> HttpResponseRedirect:
        return HttpResponseRedirect(
            reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                args=[subject.pk],
            )
        )

    def submit_view(self, request: HttpRequest, object_id):
        subject = self._subject(request, object_id, change=True)
        revision = latest_revision(subject)
        if revision is None:
            raise PermissionDenied  # a saved object always has one
        form = SubmitForm(_posted(request))
        if request.method == "POST" and form.is_valid():
            try:
                revision_submit(
                    revision=revision,
                    user=request.user,
                    to=form.cleaned_data["reviewer"],
                    what_changed=form.cleaned_data["what_changed"],
                    note=form.cleaned_data["note"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    f"Revision {revision.number} is awaiting medical review.",
                    messages.SUCCESS,
                )
                return self._back(subject)
        return self._render(
            request,
            "submit.html",
            subject,
            heading="Submit for medical review",
            form=form,
            revision=revision,
            changes=diffs.compare(
                _last_signed_content(subject), revision.content, self.diff_fields
            ),
        )

    def review_view(self, request: HttpRequest, object_id):
        """The reviewer's screen for the revision awaiting review."""
        subject = self._subject(request, object_id, change=False)
        if reviewer_of(request.user) is None:
            raise PermissionDenied(
                "Only medical reviewers linked to their person record sign off."
            )
        revision = get_object_or_404(
            Revision.objects.of(subject).awaiting_review(),
            number=request.GET.get("revision") or request.POST.get("revision"),
        )
        submission = revision.events.filter(kind=WorkflowEvent.Kind.SUBMITTED).first()
        form = SignOffForm(
            _posted(request),
            initial={
                "content_hash": revision.content_hash,
                "what_changed": submission.what_changed,
            },
        )
        if request.method == "POST" and form.is_valid():
            try:
                event = revision_sign_off(
                    revision=revision, user=request.user, decision=form.decision_made()
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    f"{event.get_kind_display()}: revision {revision.number} of "
                    f"“{subject}”.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse(
                        f"admin:{self.opts.app_label}_{self.opts.model_name}_reviews"
                    )
                )
        return self._render(
            request,
            "review.html",
            subject,
            heading=f"Medical review of revision {revision.number}",
            form=form,
            revision=revision,
            submission=submission,
            changes=diffs.compare(
                _last_signed_content(subject), revision.content, self.diff_fields
            ),
        )

    def reviews_view(self, request: HttpRequest):
        if not self.has_view_permission(request):
            raise PermissionDenied
        reviewer = reviewer_of(request.user)
        return TemplateResponse(
            request,
            "admin/articles/signed_text/reviews.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": f"{self.opts.verbose_name_plural.capitalize()} awaiting "
                "medical review",
                "awaiting": self.awaiting_review(),
                "reviewer": reviewer,
                "trail": WorkflowEvent.objects.filter(
                    **{f"{self.model.SUBJECT_FIELD}__isnull": False}
                ).for_trail()[:50],
            },
        )

    def publish_view(self, request: HttpRequest, object_id):
        subject = self._subject(request, object_id, change=True)
        sign_off = approved_revision_to_publish(subject)
        form = PublishForm(
            _posted(request),
            sign_off=sign_off,
            is_update=subject.SUBJECT_FIELD == "article" and subject.is_live(),
        )
        if request.method == "POST" and form.is_valid():
            if sign_off is None:
                form.add_error(None, "There is no approved revision to publish.")
            else:
                try:
                    signed_text_publish(
                        sign_off=sign_off,
                        user=request.user,
                        at=form.cleaned_data["at"],
                        notify_followers=form.cleaned_data.get(
                            "notify_followers", False
                        ),
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    self.message_user(
                        request,
                        f"Revision {sign_off.revision.number} of “{subject}” is "
                        + (
                            "scheduled."
                            if form.cleaned_data["at"]
                            and form.cleaned_data["at"] > timezone.now()
                            else "published."
                        ),
                        messages.SUCCESS,
                    )
                    return self._back(subject)
        return self._render(
            request,
            "publish.html",
            subject,
            heading="Publish",
            form=form,
            sign_off=sign_off,
            can_schedule=subject.SUBJECT_FIELD == "article",
        )

    def withdraw_view(self, request: HttpRequest, object_id):
        subject = self._subject(request, object_id, change=True)
        form = WithdrawForm(_posted(request))
        if request.method == "POST" and form.is_valid():
            try:
                signed_text_withdraw(
                    subject=subject,
                    reason=form.cleaned_data["reason"],
                    user=request.user,
                    at=form.cleaned_data["at"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(request, f"“{subject}”: withdrawal recorded.")
                return self._back(subject)
        return self._render(
            request, "withdraw.html", subject, heading="Withdraw", form=form
        )

    def history_view(self, request, object_id, extra_context=None):
        subject = self._subject(request, object_id, change=False)
        return self._render(
            request,
            "history.html",
            subject,
            heading="History",
            revisions=Revision.objects.of(subject)
            .with_review_state()
            .select_related("created_by"),
            trail=WorkflowEvent.objects.of(subject).for_trail(),
            can_restore=self.has_change_permission(request, subject),
            log=super().history_view(request, object_id).context_data["action_list"],
        )

    def compare_view(self, request: HttpRequest, object_id):
        subject = self._subject(request, object_id, change=False)
        revisions = Revision.objects.of(subject)
        try:
            old = revisions.get(number=int(request.GET.get("old", "")))
            new = revisions.get(number=int(request.GET.get("new", "")))
        except (ValueError, Revision.DoesNotExist):
            self.message_user(
                request, "Choose two revisions of this text to compare.", messages.ERROR
            )
            return HttpResponseRedirect(
                reverse(
                    f"admin:{self.opts.app_label}_{self.opts.model_name}_history",
                    args=[subject.pk],
                )
            )
        return self._render(
            request,
            "compare.html",
            subject,
            heading=f"Revision {old.number} → {new.number}",
            old=old,
            new=new,
            changes=diffs.compare(old.content, new.content, self.diff_fields),
        )

    def restore_view(self, request: HttpRequest, object_id):
        subject = self._subject(request, object_id, change=True)
        if request.method != "POST":
            raise PermissionDenied
        revision = get_object_or_404(
            Revision.objects.of(subject), number=request.POST.get("revision")
        )
        with transaction.atomic():
            restored = revision_restore(revision=revision, user=request.user)
        self.message_user(
            request,
            f"Revision {revision.number} restored as revision {restored.number}, a "
            "draft: readers see nothing new until it is signed off and published.",
            messages.SUCCESS,
        )
        return self._back(subject)


def _last_signed_content(subject) -> dict | None:
    """What the reviewer compares against: the text readers see, if signed off."""
    return subject.sign_off.revision.content if subject.sign_off_id else None


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(admin.ModelAdmin):
    """The site-wide workflow record: readable by staff, changed by nobody."""

    list_display = ["at", "kind", "subject", "revision_number", "who", "note"]
    list_filter = ["kind", "at"]
    list_select_related = ["article", "faq_entry", "revision", "actor"]
    search_fields = ["article__title", "faq_entry__question", "reviewer_name", "note"]
    date_hierarchy = "at"

    @admin.display(description="revision")
    def revision_number(self, event: WorkflowEvent):
        return event.revision.number if event.revision else ""

    @admin.display(description="who")
    def who(self, event: WorkflowEvent) -> str:
        if event.reviewer_name:
            return f"{event.reviewer_name}, {event.reviewer_credentials}"
        return event.actor.get_username() if event.actor else "the scheduler"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


def _posted(request: HttpRequest):
    """The submitted data, even when empty: an empty POST is still a submission."""
    return request.POST if request.method == "POST" else None
