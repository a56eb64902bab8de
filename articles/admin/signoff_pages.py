"""The sign-off pages of a guide or FAQ entry in the admin: submit for review, the
reviewer's screen (text, diff, decision), the review queue, publish (now or later),
withdraw, and history (revisions, the workflow record, a diff of any two, restore as
a new draft). Every write goes through articles.workflow or articles.services.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from articles import diffs
from articles.admin.pages import admin_page
from articles.admin.signoff_forms import (
    PublishForm,
    SignOffForm,
    SubmitForm,
    WithdrawForm,
)
from articles.models import Revision, WorkflowEvent
from articles.services import signed_text_publish, signed_text_withdraw
from articles.workflow import (
    approved_revision_to_publish,
    latest_revision,
    reviewer_of,
    revision_restore,
    revision_sign_off,
    revision_submit,
)


class SignOffPages:
    """The pages, for a ModelAdmin of a model with medical text (SignedTextAdmin)."""

    diff_fields = diffs.GUIDE_FIELDS

    def get_urls(self):
        def view(function, name):
            return admin_page(self, f"<path:object_id>/{name}/", function, name)

        return [
            admin_page(self, "reviews/", self.reviews_view, "reviews"),
            view(self.submit_view, "submit"),
            view(self.review_view, "review"),
            view(self.publish_view, "publish"),
            view(self.withdraw_view, "withdraw"),
            view(self.compare_view, "compare"),
            view(self.restore_view, "restore"),
            *super().get_urls(),
        ]

    def awaiting_review(self):
        """The revisions of this model's texts awaiting medical review."""
        return Revision.objects.filter(
            **{f"{self.model.SUBJECT_FIELD}__isnull": False}
        ).awaiting_review()

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
            audience=self.publish_audience(subject) if sign_off else "",
        )

    def publish_audience(self, subject) -> str:
        """Who is emailed when this goes live, for the publish page. Followers are
        subscriptions/'s: its admin of guides says (articles/ never imports it)."""
        return ""

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


def _posted(request: HttpRequest):
    """The submitted data, even when empty: an empty POST is still a submission."""
    return request.POST if request.method == "POST" else None
