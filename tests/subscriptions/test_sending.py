"""Sending over a real SMTP server (aiosmtpd), in the test process: who gets blamed."""

import pytest

from subscriptions import services
from subscriptions.models import Delivery, Subscriber
from tests.factories import ArticleFactory, SubscriberFactory
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def batch():
    article = ArticleFactory()
    SubscriberFactory.create_batch(2)
    return services.article_fan_out(article_id=article.pk)[0]


def test_mails_arrive_with_one_click_unsubscribe(smtp_server, smtp_email_url, batch):
    assert services.deliveries_send(delivery_ids=batch) == 2

    mail = smtp_server.mails[0]
    assert mail.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    assert mail.text and mail.html


def test_a_refused_recipient_fails_that_delivery_and_counts_against_the_address(
    smtp_server, smtp_email_url, batch
):
    bad = Subscriber.objects.order_by("pk").first()
    smtp_server.refuse_always(bad.email, 550)

    services.deliveries_send(delivery_ids=batch)

    bad.refresh_from_db()
    assert bad.permanent_failures == 1
    assert Delivery.objects.get(subscriber=bad).status == Delivery.Status.FAILED
    assert Delivery.objects.exclude(subscriber=bad).get().status == Delivery.Status.SENT


def test_a_refused_sender_blames_nobody_and_is_retried(
    smtp_server, smtp_email_url, batch
):
    smtp_server.refuse_sender(550)

    with pytest.raises(services.TemporaryDeliveryError):
        services.deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"pending"}
    assert set(Subscriber.objects.values_list("permanent_failures", flat=True)) == {0}


def test_a_refused_message_fails_without_counting_against_the_address(
    smtp_server, smtp_email_url, batch
):
    smtp_server.refuse_data(554)

    services.deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"failed"}
    assert set(Subscriber.objects.values_list("permanent_failures", flat=True)) == {0}


def test_an_unreachable_server_is_a_temporary_error(smtp_server, smtp_email_url, batch):
    smtp_server.stop()

    with pytest.raises(services.TemporaryDeliveryError):
        services.deliveries_send(delivery_ids=batch)

    assert set(Delivery.objects.values_list("status", flat=True)) == {"pending"}
