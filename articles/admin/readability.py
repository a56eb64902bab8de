"""The plain-language score in the guide admin: the grade column of the guide list,
and the score under the body in the change form, kept current as the editor types.

The form's script (static/js/admin-readability.js) posts the editor's text to
`readability_view`, a staff-only admin view behind the admin's CSRF check, and shows
the answer in a live region. Scoring is articles.readability.
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.urls import reverse
from django.utils.html import format_html

from articles.admin.pages import admin_page
from articles.readability import reading_score

# Characters of HTML scored as the editor types: over 40 times the longest demo guide,
# scored in well under a second. Longer text is refused (413), and still graded when
# the guide is saved.
LIVE_SCORE_MAX_CHARS = 200_000


def target_grade() -> int:
    return settings.READABILITY_TARGET_GRADE


class PlainLanguageScore:
    """For the ModelAdmin of guides: put "plain_language" under the body in the
    fieldsets and in readonly_fields, "reading_grade_label" in list_display, and
    js/admin-readability.js and css/admin-editor.css in its Media."""

    def get_urls(self):
        return [
            admin_page(self, "readability/", self.readability_view, "readability"),
            *super().get_urls(),
        ]

    @admin.display(description="reading grade", ordering="reading_grade")
    def reading_grade_label(self, guide) -> str | None:
        if guide.reading_grade is None:  # no words: the admin's empty-value dash
            return None
        if guide.reading_grade > target_grade():
            return format_html(
                '<span class="grade-above-target">{} <span>(above {})</span></span>',
                f"{guide.reading_grade:.1f}",
                target_grade(),
            )
        return f"{guide.reading_grade:.1f}"

    @admin.display(description="Plain language")
    def plain_language(self, guide) -> str:
        """Where the script shows the score of the body as it is typed."""
        url = reverse(
            f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}"
            "_readability"
        )
        return format_html(
            '<div id="readability" class="readability" data-url="{}" '
            'data-source="id_body">'
            '<p class="readability-summary" role="status">'
            "The reading grade of the body shows here as you type "
            "(target: grade {} or lower).</p></div>",
            url,
            target_grade(),
        )

    def readability_view(self, request: HttpRequest) -> HttpResponse:
        """Score the posted text (HTML): for the form's script."""
        if not (
            self.has_add_permission(request) or self.has_change_permission(request)
        ):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return _score(request.POST.get("text"))


def _score(text: str | None) -> JsonResponse:
    if text is None:
        return JsonResponse({"error": "Send the text to score as `text`."}, status=400)
    if len(text) > LIVE_SCORE_MAX_CHARS:
        return JsonResponse(
            {
                "error": f"This text is too long to score as you type (over "
                f"{LIVE_SCORE_MAX_CHARS:,} characters of HTML). Saving the guide "
                "still grades it."
            },
            status=413,
        )
    score = reading_score(text)
    return JsonResponse(
        {
            **score.as_dict(),
            "target": target_grade(),
            "above_target": score.grade is not None and score.grade > target_grade(),
        }
    )
