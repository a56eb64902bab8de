"""The readers' feedback panel of the editor's desk (templates/admin/index.html)."""

from django import template
from django.urls import reverse

from feedback.models import Feedback

register = template.Library()

SHOWN = 5


def report_url(answer: Feedback) -> str:
    if answer.article_id is None:
        return reverse("admin:feedback_feedback_faq_report")
    return reverse("admin:feedback_feedback_page_report", args=[answer.article_id])


@register.inclusion_tag("admin/feedback/recent_feedback.html")
def recent_feedback(user) -> dict:
    """The newest comments readers left, each linked to its page's report."""
    if not user.has_perm("feedback.view_feedback"):
        return {"items": []}
    comments = Feedback.objects.with_comment().select_related("article")[:SHOWN]
    return {
        "items": [(answer, report_url(answer)) for answer in comments],
        "all_url": reverse("admin:feedback_feedback_report"),
    }
