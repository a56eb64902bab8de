"""Follow by email: subscribe, confirm, change, leave, erase; the consent trail."""

from collections.abc import Iterable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from articles.models import Category
from subscriptions.consent import consent_record
from subscriptions.models import (
    ConsentRecord,
    Delivery,
    FollowRequest,
    SubscribeAttempt,
    Subscriber,
    fingerprint,
)
from subscriptions.tasks import handle_follow_request

# Subscribe requests one IP address may make per hour.
SUBSCRIBE_LIMIT_PER_IP = 10
# A follow request the worker could not act on in this time (its job kept failing, or
# no worker ran) is dropped, so that no address stays in that table: ask again.
FOLLOW_REQUEST_KEPT = timedelta(days=1)


class TooManyRequests(Exception):
    """This IP address asked too often; answer 429."""


class NotFollowing(Exception):
    """The address left the list (unsubscribed, bounced or erased) after the link was
    sent: following again takes a new request."""


def subscriber_request(
    *, email: str, topics: Iterable[Category], frequency: str, source: str, ip: str
) -> None:
    """Ask to follow: record the request for the worker (handle_follow_request).

    The same database work for every address, known or not, and the caller answers
    the same: neither the answer nor its timing tells anyone who follows. The worker
    decides what the request means and sends at most one link a day per address.
    """
    ip_hash = fingerprint(ip)
    now = timezone.now()
    since = now - timedelta(hours=1)
    with transaction.atomic():
        SubscribeAttempt.objects.filter(created_at__lt=since).delete()
        FollowRequest.objects.filter(created_at__lt=now - FOLLOW_REQUEST_KEPT).delete()
        if (
            SubscribeAttempt.objects.filter(
                ip_hash=ip_hash, created_at__gte=since
            ).count()
            >= SUBSCRIBE_LIMIT_PER_IP
        ):
            raise TooManyRequests
        SubscribeAttempt.objects.create(ip_hash=ip_hash)
        request = FollowRequest.objects.create(
            email=email.strip().lower(),
            topic_ids=[topic.pk for topic in topics],
            frequency=frequency,
            source=source[:200],
            ip_hash=ip_hash,
        )
        handle_follow_request.defer(request_id=request.pk)


def subscriber_confirm(*, subscriber: Subscriber, source: str, ip: str) -> Subscriber:
    """Confirm a pending address (idempotent for a confirmed one).

    Raises NotFollowing for an address that unsubscribed, bounced or was erased
    since: a confirmation link (valid for a week) must not bring it back, or the
    consent trail would show a confirmation nobody asked for after they left.
    """
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(pk=subscriber.pk).first()
        )
        if subscriber is None or subscriber.has_left():
            raise NotFollowing
        if subscriber.status == Subscriber.Status.PENDING:
            subscriber.status = Subscriber.Status.CONFIRMED
            subscriber.confirmed_at = timezone.now()
            subscriber.unsubscribed_at = None
            subscriber.permanent_failures = 0
            # The link has done its job: if the reader leaves and comes back, the
            # new request gets a new link at once, not after the day's limit.
            subscriber.last_confirmation_sent_at = None
            subscriber.save(
                update_fields=[
                    "status",
                    "confirmed_at",
                    "unsubscribed_at",
                    "permanent_failures",
                    "last_confirmation_sent_at",
                ]
            )
            consent_record(
                subscriber, ConsentRecord.Action.CONFIRM, source, fingerprint(ip)
            )
    return subscriber


def subscriber_update(
    *,
    subscriber: Subscriber,
    topics: Iterable[Category],
    frequency: str,
    source: str,
    ip: str,
) -> Subscriber:
    topics = list(topics)
    with transaction.atomic():
        subscriber.frequency = frequency
        subscriber.save(update_fields=["frequency"])
        subscriber.topics.set(topics)
        consent_record(
            subscriber,
            ConsentRecord.Action.CHANGE,
            source,
            fingerprint(ip),
            topics=topics,
        )
    return subscriber


def subscriber_unsubscribe(
    *, subscriber: Subscriber, source: str, ip: str
) -> Subscriber:
    """Stop all mail to this address (idempotent)."""
    with transaction.atomic():
        if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = timezone.now()
            subscriber.save(update_fields=["status", "unsubscribed_at"])
            consent_record(
                subscriber, ConsentRecord.Action.UNSUBSCRIBE, source, fingerprint(ip)
            )
    return subscriber


def subscriber_erase(*, subscriber: Subscriber, source: str, ip: str) -> None:
    """Unsubscribe and delete the address; the consent trail keeps only its hash."""
    with transaction.atomic():
        consent_record(subscriber, ConsentRecord.Action.ERASE, source, fingerprint(ip))
        subscriber.delete()


def subscriber_data(subscriber: Subscriber) -> dict:
    """Everything we hold about a subscriber, for "download my data"."""
    return {
        "email": subscriber.email,
        "status": subscriber.status,
        "frequency": subscriber.frequency,
        "topics": [topic.name for topic in subscriber.topics.all()] or ["All topics"],
        "subscribed_at": subscriber.created_at.isoformat(),
        "confirmed_at": subscriber.confirmed_at and subscriber.confirmed_at.isoformat(),
        "consent_records": [
            {
                "action": record.action,
                "at": record.created_at.isoformat(),
                "wording_version": record.wording_version,
                "source": record.source,
            }
            for record in subscriber.consents.all()
        ],
        "emails_sent": [
            {
                "guide": delivery.article.title if delivery.article else None,
                "digest_week": delivery.digest_week
                and delivery.digest_week.isoformat(),
                "sent_at": delivery.sent_at and delivery.sent_at.isoformat(),
            }
            for delivery in subscriber.deliveries.filter(status=Delivery.Status.SENT)
            .select_related("article")
            .order_by("sent_at")
        ],
    }
