"""Sending: the mails themselves, then over a real SMTP server (aiosmtpd) in the test
process, who gets blamed when the server refuses."""

import psycopg
import pytest

from subscriptions import services
from subscriptions.delivery import (
    TemporaryDeliveryError,
    confirmation_send,
    deliveries_send,
)
from subscriptions.fanout import article_fan_out
from subscriptions.models import Delivery, Subscriber
from tests.database import database_url
from tests.factories import ArticleFactory, SubscriberFactory
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)

pytestmark = pytest.mark.django_db


class TestSending:
    def test_sends_each_pending_delivery_once_with_unsubscribe_headers(
        self, mailoutbox
    ):
        article = ArticleFactory(title="Radiation therapy")
        subscribers = SubscriberFactory.create_batch(3)
        batch = article_fan_out(article_id=article.pk)[0]

        assert deliveries_send(delivery_ids=batch) == 3
        assert deliveries_send(delivery_ids=batch) == 0

        assert sorted(m.to[0] for m in mailoutbox) == sorted(
            s.email for s in subscribers
        )
        message = mailoutbox[0]
        assert message.subject == "New guide: Radiation therapy"
        assert (
            message.extra_headers["List-Unsubscribe-Post"]
            == "List-Unsubscribe=One-Click"
        )
        assert "/follow/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
        assert "mailto:" in message.extra_headers["List-Unsubscribe"]
        assert message.alternatives[0].mimetype == "text/html"
        assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}

    def test_a_title_with_a_newline_cannot_inject_headers(self, mailoutbox):
        article = ArticleFactory(title="Line one\nBcc: attacker@example.org")
        SubscriberFactory()

        deliveries_send(delivery_ids=article_fan_out(article_id=article.pk)[0])

        assert mailoutbox[0].subject == "New guide: Line one Bcc: attacker@example.org"
        assert mailoutbox[0].bcc == []

    def test_skips_someone_who_unsubscribed_after_the_fan_out(self, mailoutbox):
        article = ArticleFactory()
        subscriber = SubscriberFactory()
        batch = article_fan_out(article_id=article.pk)[0]
        services.subscriber_unsubscribe(subscriber=subscriber, source="test", ip="")

        deliveries_send(delivery_ids=batch)

        assert mailoutbox == []
        assert Delivery.objects.get().status == Delivery.Status.FAILED


@pytest.fixture
def batch():
    article = ArticleFactory()
    SubscriberFactory.create_batch(2)
    return article_fan_out(article_id=article.pk)[0]


def test_mails_arrive_with_one_click_unsubscribe(smtp_server, smtp_email_url, batch):
    assert deliveries_send(delivery_ids=batch) == 2

    mail = smtp_server.mails[0]
    assert mail.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    assert mail.text and mail.html


def test_a_refused_recipient_fails_that_delivery_and_counts_against_the_address(
    smtp_server, smtp_email_url, batch
):
    bad = Subscriber.objects.order_by("pk").first()
    smtp_server.refuse_always(bad.email, 550)

    deliveries_send(delivery_ids=batch)

    bad.refresh_from_db()
    assert bad.permanent_failures == 1
    assert Delivery.objects.get(subscriber=bad).status == Delivery.Status.FAILED
    assert Delivery.objects.exclude(subscriber=bad).get().status == Delivery.Status.SENT


def test_a_refused_sender_blames_nobody_and_is_retried(
    smtp_server, smtp_email_url, batch
):
    smtp_server.refuse_sender(550)

    with pytest.raises(TemporaryDeliveryError):
        deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"pending"}
    assert set(Subscriber.objects.values_list("permanent_failures", flat=True)) == {0}


def test_a_refused_message_fails_without_counting_against_the_address(
    smtp_server, smtp_email_url, batch
):
    smtp_server.refuse_data(554)

    deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"failed"}
    assert set(Subscriber.objects.values_list("permanent_failures", flat=True)) == {0}


def test_an_unreachable_server_is_a_temporary_error(smtp_server, smtp_email_url, batch):
    smtp_server.stop()

    with pytest.raises(TemporaryDeliveryError):
        deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"pending"}


def refuse_us(how: str, smtp_server, settings) -> None:
    """Make the server refuse us, not a reader: our sender, greeting or login."""
    if how == "sender":
        smtp_server.refuse_sender(550)
    elif how == "greeting":
        smtp_server.refuse_greeting(554)
    elif how == "login":
        settings.EMAIL_HOST_USER = "portal"
        settings.EMAIL_HOST_PASSWORD = "not the password"


@pytest.mark.parametrize("how", ["greeting", "login"])
def test_a_refused_greeting_or_login_blames_nobody_and_is_retried(
    smtp_server, smtp_email_url, settings, batch, how
):
    refuse_us(how, smtp_server, settings)

    with pytest.raises(TemporaryDeliveryError):
        deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"pending"}
    assert set(Subscriber.objects.values_list("permanent_failures", flat=True)) == {0}


class TestConfirmationMail:
    @pytest.fixture
    def pending(self):
        return SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)

    def test_is_sent(self, smtp_server, smtp_email_url, pending):
        assert confirmation_send(subscriber_id=pending.pk) is True

        [mail] = smtp_server.mails_to(pending.email)
        assert "/follow/confirm/" in mail.text

    def test_to_a_refused_address_is_given_up(
        self, smtp_server, smtp_email_url, pending
    ):
        smtp_server.refuse_always(pending.email, 550)

        assert confirmation_send(subscriber_id=pending.pk) is False

    def test_to_a_busy_address_is_retried(self, smtp_server, smtp_email_url, pending):
        smtp_server.refuse_once(pending.email, 451)

        with pytest.raises(TemporaryDeliveryError):
            confirmation_send(subscriber_id=pending.pk)

    def test_is_retried_when_the_server_is_unreachable(
        self, smtp_server, smtp_email_url, pending
    ):
        smtp_server.stop()

        with pytest.raises(TemporaryDeliveryError):
            confirmation_send(subscriber_id=pending.pk)

    @pytest.mark.parametrize("how", ["sender", "greeting", "login"])
    def test_is_retried_when_the_server_refuses_us(
        self, smtp_server, smtp_email_url, settings, pending, how
    ):
        refuse_us(how, smtp_server, settings)

        with pytest.raises(TemporaryDeliveryError):
            confirmation_send(subscriber_id=pending.pk)

        assert smtp_server.mails == []


@pytest.mark.django_db(transaction=True)
def test_a_delivery_another_worker_holds_is_retried_not_taken_as_sent(mailoutbox):
    article = ArticleFactory()
    SubscriberFactory.create_batch(2)
    batch = article_fan_out(article_id=article.pk)[0]
    held_id = batch[0]

    # Another worker's connection, in the middle of sending that mail (or dead with
    # its connection still open): it holds the row's lock.
    with psycopg.connect(database_url()) as other_worker:
        other_worker.execute(
            "SELECT id FROM subscriptions_delivery WHERE id = %s FOR UPDATE", [held_id]
        )
        with pytest.raises(TemporaryDeliveryError, match="1 held by another worker"):
            deliveries_send(delivery_ids=batch)
        assert len(mailoutbox) == 1
        assert Delivery.objects.get(pk=held_id).status == Delivery.Status.PENDING

    assert deliveries_send(delivery_ids=batch) == 1  # the retry, once released
    assert len(mailoutbox) == 2
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
