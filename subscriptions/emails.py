"""The mails followers get: plain text and HTML, with one-click unsubscribe headers;
and the staff's reminders of reviews coming due."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from articles.models import ReviewReminder
from subscriptions.digests import digest_articles
from subscriptions.models import Delivery, Subscriber


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def confirmation_message(
    subscriber: Subscriber, token: str, *, connection=None
) -> EmailMultiAlternatives:
    context = {
        "confirm_url": absolute(reverse("subscriptions:confirm", args=[token])),
        "subscriber": subscriber,
    }
    return _message("confirm", context, subscriber, headers={}, connection=connection)


def delivery_message(delivery: Delivery, *, connection=None) -> EmailMultiAlternatives:
    """The mail for one delivery: a new guide, an update of one, or a week's digest."""
    subscriber = delivery.subscriber
    context = {"subscriber": subscriber, "manage_url": manage_url(subscriber)}
    if delivery.article_id:
        article = delivery.article
        context.update(
            article=article,
            article_url=absolute(article.get_absolute_url()),
            update=delivery.update,
        )
        kind = "guide"
    else:
        guides = list(digest_articles(delivery.digest_week, subscriber))
        context.update(
            guides=[(guide, absolute(guide.get_absolute_url())) for guide in guides],
            send_day=delivery.digest_week,
        )
        kind = "digest"
    headers = {
        **unsubscribe_headers(subscriber),
        # The same id on every retry, so a receiving server can drop a duplicate.
        "Message-ID": f"<delivery-{delivery.pk}@{_mail_domain()}>",
    }
    return _message(kind, context, subscriber, headers, connection=connection)


def manage_url(subscriber: Subscriber) -> str:
    return absolute(reverse("subscriptions:manage", args=[subscriber.manage_token]))


def unsubscribe_headers(subscriber: Subscriber) -> dict[str, str]:
    """RFC 2369 and RFC 8058: an HTTPS one-click link and a mailto."""
    url = absolute(reverse("subscriptions:one_click", args=[subscriber.manage_token]))
    subject = f"unsubscribe-{subscriber.manage_token}"
    mailto = f"mailto:{settings.UNSUBSCRIBE_MAILTO}?subject={subject}"
    return {
        "List-Unsubscribe": f"<{url}>, <{mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def review_reminder_message(
    reminder: ReviewReminder, kind: str, context: dict, *, connection=None
) -> EmailMultiAlternatives:
    """A staff mail about reviews coming due (subscriptions/review_reminders.py)."""
    # The same id on a resend, so a receiving server can drop the duplicate.
    headers = {"Message-ID": f"<review-reminder-{reminder.pk}@{_mail_domain()}>"}
    return _message(kind, context, reminder.recipient, headers, connection=connection)


def _message(
    kind, context, recipient, headers, connection=None
) -> EmailMultiAlternatives:
    folder = f"subscriptions/email/{kind}"
    # Plain text: subject.txt turns autoescaping off, as body.txt does (a title's "&"
    # stays "&", not "&amp;"). One line, whatever a title holds: a newline would be
    # header injection.
    subject = " ".join(render_to_string(f"{folder}/subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{folder}/body.txt", context),
        to=[recipient.email],
        headers=headers,
        connection=connection,
    )
    message.attach_alternative(
        render_to_string(f"{folder}/body.html", context), "text/html"
    )
    return message


def _mail_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"
