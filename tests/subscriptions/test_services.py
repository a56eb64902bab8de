import re
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from articles.services import signed_text_publish
from subscriptions import services
from subscriptions.consent import CONSENT_WORDING_VERSION
from subscriptions.follow_requests import follow_request_handle
from subscriptions.models import (
    ConsentRecord,
    Delivery,
    FollowRequest,
    Subscriber,
    fingerprint,
)
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    SubscriberFactory,
    approved,
)

pytestmark = pytest.mark.django_db


def request(
    email="Reader@Example.org", ip="203.0.113.5", topics=(), frequency="immediate"
):
    services.subscriber_request(
        email=email, topics=topics, frequency=frequency, source="/guides/x/", ip=ip
    )


def handle_requests() -> None:
    """Act on every follow request, as the worker's handle_follow_request jobs do."""
    for request_id in FollowRequest.objects.order_by("pk").values_list("pk", flat=True):
        follow_request_handle(request_id=request_id)


def jobs(task: str) -> list[dict]:
    return list(
        ProcrastinateJob.objects.filter(
            task_name=f"subscriptions.tasks.{task}"
        ).values_list("args", flat=True)
    )


class TestFollowForm:
    def test_records_the_request_and_its_job_and_decides_nothing(self):
        topic = CategoryFactory(slug="surgery")

        request(topics=[topic])

        follow = FollowRequest.objects.get()
        assert follow.email == "reader@example.org"
        assert follow.topic_ids == [topic.pk]
        assert follow.source == "/guides/x/"
        assert follow.ip_hash == fingerprint("203.0.113.5") != "203.0.113.5"
        assert jobs("handle_follow_request") == [{"request_id": follow.pk}]
        assert not Subscriber.objects.exists()
        assert not ConsentRecord.objects.exists()

    def test_does_the_same_database_work_for_any_address(self):
        SubscriberFactory(email="confirmed@example.org")
        SubscriberFactory(email="pending@example.org", status="pending")
        SubscriberFactory(email="left@example.org", status="unsubscribed")

        statements = {}
        for email in [
            "confirmed@example.org",
            "pending@example.org",
            "left@example.org",
            "new@example.org",
        ]:
            with CaptureQueriesContext(connection) as queries:
                request(email=email)
            # The same statements; only the values differ (address, ids, times).
            statements[email] = [
                re.sub(r"'[^']*'|\d+", "?", query["sql"]) for query in queries
            ]

        assert len({tuple(sql) for sql in statements.values()}) == 1

    def test_a_request_no_worker_acted_on_for_a_day_is_dropped(self):
        request(email="old@example.org")
        FollowRequest.objects.update(
            created_at=timezone.now() - timedelta(days=1, seconds=1)
        )

        request(email="new@example.org")

        assert list(FollowRequest.objects.values_list("email", flat=True)) == [
            "new@example.org"
        ]

    def test_limits_requests_per_ip_address(self):
        for n in range(services.SUBSCRIBE_LIMIT_PER_IP):
            request(email=f"r{n}@example.org", ip="198.51.100.7")

        with pytest.raises(services.TooManyRequests):
            request(email="another@example.org", ip="198.51.100.7")
        assert not FollowRequest.objects.filter(email="another@example.org").exists()
        request(email="another@example.org", ip="198.51.100.8")
        assert FollowRequest.objects.filter(email="another@example.org").exists()


class TestHandleFollowRequest:
    """What the worker does with a request (subscriptions/follow_requests.py)."""

    def test_a_new_address_becomes_pending_with_consent_and_gets_a_link(
        self, mailoutbox
    ):
        topic = CategoryFactory(slug="surgery")
        request(topics=[topic])
        asked_at = FollowRequest.objects.get().created_at

        handle_requests()

        subscriber = Subscriber.objects.get()
        assert subscriber.email == "reader@example.org"
        assert subscriber.status == Subscriber.Status.PENDING
        assert list(subscriber.topics.all()) == [topic]
        record = ConsentRecord.objects.get()
        assert record.action == ConsentRecord.Action.SUBSCRIBE
        assert record.wording_version == CONSENT_WORDING_VERSION
        assert record.source == "/guides/x/"
        assert record.details == {"frequency": "immediate", "topics": ["surgery"]}
        assert record.ip_hash == fingerprint("203.0.113.5")
        assert record.created_at == asked_at  # when the reader asked
        [mail] = mailoutbox
        assert mail.to == ["reader@example.org"]
        assert "/follow/confirm/" in mail.body
        assert not FollowRequest.objects.exists()

    def test_sends_at_most_one_confirmation_a_day_per_address(self, mailoutbox):
        request(email="reader@example.org", ip="203.0.113.1")
        request(email="READER@example.org", ip="203.0.113.2")
        handle_requests()
        assert len(mailoutbox) == 1

        Subscriber.objects.update(
            last_confirmation_sent_at=timezone.now() - timedelta(days=2)
        )
        request(ip="203.0.113.3")
        handle_requests()

        assert len(mailoutbox) == 2
        assert Subscriber.objects.count() == 1

    def test_a_confirmed_address_is_left_as_it_is(self, mailoutbox):
        subscriber = SubscriberFactory(email="reader@example.org", frequency="weekly")

        request(frequency="immediate")
        handle_requests()

        subscriber.refresh_from_db()
        assert subscriber.status == Subscriber.Status.CONFIRMED
        assert subscriber.frequency == "weekly"
        assert mailoutbox == []
        assert not ConsentRecord.objects.exists()
        assert not FollowRequest.objects.exists()

    def test_an_address_that_left_must_confirm_again_and_gets_a_new_link(
        self, mailoutbox
    ):
        request()
        handle_requests()
        subscriber = Subscriber.objects.get()
        services.subscriber_confirm(subscriber=subscriber, source="link", ip="")
        services.subscriber_unsubscribe(subscriber=subscriber, source="test", ip="")

        request()  # the same day
        handle_requests()

        subscriber.refresh_from_db()
        assert subscriber.status == Subscriber.Status.PENDING
        assert [mail.to for mail in mailoutbox] == [["reader@example.org"]] * 2
        assert [record.action for record in subscriber.consents.order_by("pk")] == [
            "subscribe",
            "confirm",
            "unsubscribe",
            "subscribe",
        ]

    def test_a_request_is_acted_on_once(self, mailoutbox):
        request()
        request_id = FollowRequest.objects.get().pk

        follow_request_handle(request_id=request_id)
        follow_request_handle(request_id=request_id)

        assert ConsentRecord.objects.count() == 1
        assert len(mailoutbox) == 1


def test_confirm_records_consent_once():
    subscriber = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)

    services.subscriber_confirm(subscriber=subscriber, source="link", ip="203.0.113.5")
    services.subscriber_confirm(subscriber=subscriber, source="link", ip="203.0.113.5")

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert ConsentRecord.objects.filter(action="confirm").count() == 1


@pytest.mark.parametrize(
    "status", [Subscriber.Status.UNSUBSCRIBED, Subscriber.Status.BOUNCED]
)
def test_confirm_does_not_bring_back_an_address_that_left(status):
    subscriber = SubscriberFactory(status=status)

    with pytest.raises(services.NotFollowing):
        services.subscriber_confirm(subscriber=subscriber, source="link", ip="")

    subscriber.refresh_from_db()
    assert subscriber.status == status
    assert not ConsentRecord.objects.filter(action="confirm").exists()


def test_confirm_does_not_bring_back_an_erased_address():
    subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)
    services.subscriber_erase(subscriber=subscriber, source="test", ip="")

    with pytest.raises(services.NotFollowing):
        services.subscriber_confirm(subscriber=subscriber, source="link", ip="")

    assert not Subscriber.objects.exists()


def test_unsubscribe_is_idempotent():
    subscriber = SubscriberFactory()

    services.subscriber_unsubscribe(subscriber=subscriber, source="one-click", ip="")
    services.subscriber_unsubscribe(subscriber=subscriber, source="one-click", ip="")

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert ConsentRecord.objects.filter(action="unsubscribe").count() == 1


def test_erase_deletes_the_address_and_keeps_a_hashed_consent_trail():
    subscriber = SubscriberFactory(email="gone@example.org")
    services.subscriber_confirm(subscriber=subscriber, source="link", ip="")

    services.subscriber_erase(subscriber=subscriber, source="manage page", ip="")

    assert not Subscriber.objects.exists()
    trail = ConsentRecord.objects.order_by("created_at")
    assert [record.action for record in trail] == ["erase"]
    assert trail.get().subscriber is None
    assert trail.get().email_hash == fingerprint("gone@example.org")
    assert "gone@example.org" not in str(list(trail.values()))


def test_my_data_lists_settings_consents_and_mails():
    topic = CategoryFactory(name="Surgery")
    subscriber = SubscriberFactory(topics=[topic])
    services.subscriber_update(
        subscriber=subscriber,
        topics=[topic],
        frequency="weekly",
        source="manage",
        ip="",
    )

    data = services.subscriber_data(subscriber)

    assert data["email"] == subscriber.email
    assert data["topics"] == ["Surgery"]
    assert data["frequency"] == "weekly"
    assert [record["action"] for record in data["consent_records"]] == ["change"]


class TestPublishingQueuesTheAnnouncement:
    def test_in_the_publishing_transaction(self):
        article = ArticleFactory(draft=True)

        signed_text_publish(sign_off=approved(article))

        assert jobs("fan_out_article") == [{"article_id": article.pk}]

    def test_not_when_the_publishing_transaction_rolls_back(self):
        sign_off = approved(ArticleFactory(draft=True))

        with pytest.raises(RuntimeError), transaction.atomic():
            signed_text_publish(sign_off=sign_off)
            raise RuntimeError("the editor's save failed")

        assert jobs("fan_out_article") == []

    def test_not_when_a_published_guide_is_edited(self):
        article = ArticleFactory(draft=True)
        signed_text_publish(sign_off=approved(article))

        article.title = "A better title"
        signed_text_publish(sign_off=approved(article))

        assert len(jobs("fan_out_article")) == 1


@pytest.mark.parametrize(
    ("local_time", "digests"),
    [("2026-11-16 08:00", 1), ("2026-11-16 09:00", 0), ("2026-11-17 08:00", 0)],
    ids=["monday-8am", "monday-9am", "tuesday-8am"],
)
def test_weekly_digests_go_out_on_monday_at_eight_local_time(local_time, digests):
    from datetime import datetime

    from subscriptions.tasks import send_weekly_digests

    moment = timezone.make_aware(datetime.fromisoformat(local_time))
    ArticleFactory(publish_at=moment - timedelta(days=2))
    SubscriberFactory(frequency="weekly")

    send_weekly_digests(timestamp=int(moment.timestamp()))

    assert Delivery.objects.filter(digest_week__isnull=False).count() == digests
    assert len(jobs("send_deliveries")) == digests
