import csv
import io

import pytest
from django.urls import reverse

from articles.services import signed_text_publish
from subscriptions import services
from subscriptions.delivery import deliveries_send
from subscriptions.fanout import article_fan_out, update_fan_out
from subscriptions.models import ConsentRecord
from tests.factories import ArticleFactory, CategoryFactory, SubscriberFactory, approved

pytestmark = pytest.mark.django_db


def test_subscribers_export_as_csv_safe_for_spreadsheets(admin_client):
    topic = CategoryFactory(name="Surgery")
    SubscriberFactory(email="reader@example.org", topics=[topic])
    SubscriberFactory(email="=cmd@example.org")

    response = admin_client.post(
        reverse("admin:subscriptions_subscriber_changelist"),
        {"action": "export_csv", "select_across": "1", "_selected_action": ["0"]},
    )

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert response["Content-Type"] == "text/csv"
    assert rows[0] == ["email", "status", "frequency", "topics", "created", "confirmed"]
    emails = {row[0]: row for row in rows[1:]}
    assert emails["reader@example.org"][3] == "Surgery"
    assert "'=cmd@example.org" in emails


def test_subscribers_can_be_searched_and_filtered(admin_client):
    SubscriberFactory(email="anna@example.org")
    SubscriberFactory(email="ben@example.org", status="pending")

    url = reverse("admin:subscriptions_subscriber_changelist")
    found = admin_client.get(url, {"q": "anna"}).context["cl"].result_list
    pending = (
        admin_client.get(url, {"status__exact": "pending"}).context["cl"].result_list
    )

    assert [s.email for s in found] == ["anna@example.org"]
    assert [s.email for s in pending] == ["ben@example.org"]


def test_consent_records_are_read_only(admin_client):
    subscriber = SubscriberFactory()
    services.subscriber_unsubscribe(subscriber=subscriber, source="test", ip="")
    record = ConsentRecord.objects.get()

    change = admin_client.post(
        reverse("admin:subscriptions_consentrecord_change", args=[record.pk]),
        {"action": "confirm"},
    )
    delete = admin_client.post(
        reverse("admin:subscriptions_consentrecord_delete", args=[record.pk]),
        {"post": "yes"},
    )

    assert (
        admin_client.get(reverse("admin:subscriptions_consentrecord_add")).status_code
        == 403
    )
    assert change.status_code == 403
    assert delete.status_code == 403
    assert ConsentRecord.objects.get().action == "unsubscribe"


def test_guide_admin_shows_how_many_followers_were_emailed(admin_client, mailoutbox):
    article = ArticleFactory()
    SubscriberFactory.create_batch(2)
    deliveries_send(delivery_ids=article_fan_out(article_id=article.pk)[0])
    update = approved(article, what_changed="Clearer.", summary="Clearer.")
    signed_text_publish(sign_off=update, notify_followers=True)
    deliveries_send(delivery_ids=update_fan_out(update_id=update.pk)[0])

    content = admin_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()

    assert "New guide: 2 sent, 0 waiting, 0 failed; update emails sent: 2" in content


def test_background_jobs_are_listed_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:index")).content.count(b"Procrastinate") >= 1
