import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from articles.services import signed_text_publish
from subscriptions import services
from subscriptions.delivery import deliveries_send
from subscriptions.fanout import article_fan_out, update_fan_out
from subscriptions.models import ConsentRecord, Subscriber
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    StaffUserFactory,
    SubscriberFactory,
    approved,
)
from tests.signing_in import sign_in_staff

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


def publish_url(guide) -> str:
    return reverse("admin:articles_article_publish", args=[guide.pk])


def followers_of(topic, other):
    """Confirmed followers of `topic`: 2 at once (one of them of every topic) and 1
    weekly; and some the counts must leave out."""
    SubscriberFactory(topics=[topic])
    SubscriberFactory()  # every topic
    SubscriberFactory(topics=[topic, other], frequency="weekly")
    SubscriberFactory(topics=[topic], status="pending")
    SubscriberFactory(topics=[topic], status="unsubscribed")
    SubscriberFactory(topics=[other])


def test_the_publish_page_says_how_many_followers_a_new_guide_will_email():
    surgery, radiation = CategoryFactory(name="Surgery"), CategoryFactory()
    followers_of(surgery, radiation)
    draft = ArticleFactory(draft=True, category=surgery)
    quiet = ArticleFactory(draft=True, category=surgery, notify_subscribers=False)
    approved(draft)
    approved(quiet)
    client = sign_in_staff(Client(), StaffUserFactory())

    page = client.get(publish_url(draft)).content.decode()
    quiet_page = client.get(publish_url(quiet)).content.decode()

    assert (
        "When this guide goes live, 2 followers of “Surgery” (or of every topic) "
        "are emailed at once, and 1 follower of the weekly digest will find it"
    ) in page
    assert "Nobody is emailed when this guide goes live" in quiet_page
    assert len(article_fan_out(article_id=draft.pk)) == 0  # not live: nothing yet


def test_the_publish_page_of_an_update_counts_who_could_be_emailed():
    surgery, radiation = CategoryFactory(name="Surgery"), CategoryFactory()
    followers_of(surgery, radiation)
    guide = ArticleFactory(category=surgery)
    approved(guide, what_changed="Clearer.", summary="A clearer summary.")
    client = sign_in_staff(Client(), StaffUserFactory())

    page = client.get(publish_url(guide)).content.decode()

    assert "2 followers of “Surgery” (or of every topic) get each new guide" in page
    assert 'name="notify_followers" value="yes"' in page
    assert 'name="notify_followers" value="no"' in page


def test_every_member_of_staff_sees_the_followers_by_topic(django_assert_num_queries):
    surgery, radiation = CategoryFactory(name="Surgery"), CategoryFactory(name="Rad")
    followers_of(surgery, radiation)
    client = sign_in_staff(Client(), StaffUserFactory())  # no follower permissions

    start_page = client.get(reverse("admin:index")).content.decode()
    with django_assert_num_queries(2):
        rows = Subscriber.objects.counts_by_topic()

    assert rows[0] == {"name": "All topics (chose none)", "at_once": 1, "weekly": 0}
    assert {row["name"]: (row["at_once"], row["weekly"]) for row in rows[1:]} == {
        "Surgery": (1, 1),
        "Rad": (1, 1),
    }
    assert "Followers by topic" in start_page
    assert '<th scope="row">Surgery</th><td>1</td><td>1</td>' in start_page
    assert "reader" not in start_page  # counts, never addresses
