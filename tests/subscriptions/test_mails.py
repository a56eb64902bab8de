"""Every mail the site sends, through a real SMTP server (aiosmtpd in the test
process): subjects are plain text, whatever a guide's title holds."""

import html
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from articles.services import signed_text_publish
from subscriptions.delivery import confirmation_send, deliveries_send
from subscriptions.digests import digest_window
from subscriptions.fanout import article_fan_out, digests_fan_out, update_fan_out
from tests.factories import ArticleFactory, SubscriberFactory, approved
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)

pytestmark = pytest.mark.django_db

# Everything HTML escapes, in a title editors might well write.
TITLE = 'What\'s new & next: <surgery> "today"'


def new_guide() -> str:
    article = ArticleFactory(title=TITLE)
    SubscriberFactory()
    deliveries_send(delivery_ids=article_fan_out(article_id=article.pk)[0])
    return f"New guide: {TITLE}"


def updated_guide() -> str:
    article = ArticleFactory(title=TITLE)
    SubscriberFactory()
    update = approved(article, what_changed="Dates & doses.", summary="Updated.")
    signed_text_publish(sign_off=update, notify_followers=True)
    deliveries_send(delivery_ids=update_fan_out(update_id=update.pk)[0])
    return f"Updated guide: {TITLE}"


def weekly_digest() -> str:
    send_day = timezone.localdate()
    start, _ = digest_window(send_day)
    article = ArticleFactory(title=TITLE)
    Article.objects.filter(pk=article.pk).update(
        first_published_at=start + timedelta(days=1)
    )
    SubscriberFactory(frequency="weekly")
    deliveries_send(delivery_ids=digests_fan_out(send_day=send_day)[0])
    return "This week's new guides: 1 to read"


def confirmation() -> str:
    confirmation_send(subscriber_id=SubscriberFactory(status="pending").pk)
    return "Please confirm: new guides from Mesothelioma Treatment Guides"


@pytest.mark.parametrize(
    "send", [new_guide, updated_guide, weekly_digest, confirmation]
)
def test_every_mail_has_a_plain_text_subject(smtp_server, smtp_email_url, send):
    subject = send()

    [mail] = smtp_server.mails
    assert mail.subject == subject
    if send is not confirmation:
        # The text part is plain too; the HTML part escapes, as HTML must.
        assert TITLE in mail.text
        assert html.escape(TITLE) in mail.html
        assert TITLE not in mail.html
