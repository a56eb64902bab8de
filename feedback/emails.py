"""The weekly mail to a guide's author with readers' new comments."""

from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from articles.models import Person
from feedback.models import Feedback


def author_digest_message(author: Person, comments: list[Feedback]) -> EmailMessage:
    """Plain text only: readers' words are shown as they typed them, and there is no
    HTML part for them to break out of."""
    site = settings.SITE_URL.rstrip("/")
    guides = [
        {
            "title": article.title,
            "report_url": site
            + reverse("admin:feedback_feedback_page_report", args=[article.pk]),
            "comments": list(group),
        }
        for article, group in groupby(comments, key=lambda comment: comment.article)
    ]
    context = {"author": author, "guides": guides, "count": len(comments)}
    folder = "feedback/email/author_digest"
    # One line, whatever it holds: a newline would be header injection.
    subject = " ".join(render_to_string(f"{folder}/subject.txt", context).split())
    return EmailMessage(
        subject=subject,
        body=render_to_string(f"{folder}/body.txt", context),
        to=[author.user.email],
    )
