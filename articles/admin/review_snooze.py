"""The snooze page of a guide's or FAQ entry's review reminders, in the admin.

Only the medical reviewer named by the text's sign-off may snooze: the reminders are
theirs, and postponing a medical review is a medical judgement. Editors may not, so
that nobody silences the escalation that comes to them (docs/design.md).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils import timezone

from articles.admin.pages import admin_page
from articles.admin.signoff_forms import SnoozeForm
from articles.reviews_due import may_snooze, review_snooze, snooze_of


class ReviewSnoozePage:
    """The page, for a ModelAdmin that has SignOffPages after it."""

    def get_urls(self):
        return [
            admin_page(self, "<path:object_id>/snooze/", self.snooze_view, "snooze"),
            *super().get_urls(),
        ]

    def snooze_view(self, request: HttpRequest, object_id):
        subject = self._subject(request, object_id, change=False)
        if not may_snooze(request.user, subject):
            raise PermissionDenied(
                "Only the medical reviewer who signed off this text may snooze the "
                "reminders of its review."
            )
        form = SnoozeForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            try:
                snooze = review_snooze(
                    subject=subject,
                    user=request.user,
                    days=form.cleaned_data["days"],
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    f"Reminders of the review of “{subject}” are snoozed until "
                    f"{timezone.localtime(snooze.effective_at):%B %-d, %Y}.",
                    messages.SUCCESS,
                )
                return self._back(subject)
        return self._render(
            request,
            "snooze.html",
            subject,
            heading="Snooze review reminders",
            form=form,
            snooze=snooze_of(subject, now=timezone.now()),
        )
