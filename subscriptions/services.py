"""Follow by email: subscribe, confirm, change, leave, erase; the consent trail."""

from collections.abc import Iterable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from articles.models import Category
from subscriptions.models import (
    ConsentRecord,
    Delivery,
    SubscribeAttempt,
    Subscriber,
    fingerprint,
)
from subscriptions.tasks import send_confirmation

# Bump when the sentence readers agree to changes; consent records keep the version.
CONSENT_WORDING_VERSION = "2026-11-1"
CONFIRMATION_COOL_DOWN = timedelta(hours=24)
# Subscribe requests one IP address may make per hour.
SUBSCRIBE_LIMIT_PER_IP = 10


class TooManyRequests(Exception):
    """This IP address asked too often; answer 429."""


def subscriber_request(
    *, email: str, topics: Iterable[Category], frequency: str, source: str, ip: str
) -> None:
    """Ask to follow: a confirmation mail at most once a day per address.

    The caller answers the same whatever happens here, so nobody learns who follows.
    """
    ip_hash = fingerprint(ip)
    since = timezone.now() - timedelta(hours=1)
    with transaction.atomic():
        SubscribeAttempt.objects.filter(created_at__lt=since).delete()
        if (
            SubscribeAttempt.objects.filter(
                ip_hash=ip_hash, created_at__gte=since
            ).count()
            >= SUBSCRIBE_LIMIT_PER_IP
        ):
            raise TooManyRequests
        SubscribeAttempt.objects.create(ip_hash=ip_hash)

    email = email.strip().lower()
    topics = list(topics)
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"frequency": frequency}
        )
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return  # already following; changes go through the manage link
        if created or subscriber.status != Subscriber.Status.PENDING:
            subscriber.status = Subscriber.Status.PENDING
            subscriber.frequency = frequency
            subscriber.save(update_fields=["status", "frequency"])
            subscriber.topics.set(topics)
        _record(
            subscriber, ConsentRecord.Action.SUBSCRIBE, source, ip_hash, topics=topics
        )
        if _claim_confirmation_slot(subscriber):
            send_confirmation.defer(subscriber_id=subscriber.pk)


def _claim_confirmation_slot(subscriber: Subscriber) -> bool:
    """Take the address's one confirmation mail per cool-down; atomic under races."""
    now = timezone.now()
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(last_confirmation_sent_at__gt=now - CONFIRMATION_COOL_DOWN)
        .update(last_confirmation_sent_at=now)
    )


def subscriber_confirm(*, subscriber: Subscriber, source: str, ip: str) -> Subscriber:
    """Confirm the address (idempotent for a confirmed one)."""
    with transaction.atomic():
        if subscriber.status != Subscriber.Status.CONFIRMED:
            subscriber.status = Subscriber.Status.CONFIRMED
            subscriber.confirmed_at = timezone.now()
            subscriber.unsubscribed_at = None
            subscriber.permanent_failures = 0
            subscriber.save(
                update_fields=[
                    "status",
                    "confirmed_at",
                    "unsubscribed_at",
                    "permanent_failures",
                ]
            )
            _record(subscriber, ConsentRecord.Action.CONFIRM, source, fingerprint(ip))
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
        _record(
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
            _record(
                subscriber, ConsentRecord.Action.UNSUBSCRIBE, source, fingerprint(ip)
            )
    return subscriber


def subscriber_erase(*, subscriber: Subscriber, source: str, ip: str) -> None:
    """Unsubscribe and delete the address; the consent trail keeps only its hash."""
    with transaction.atomic():
        _record(subscriber, ConsentRecord.Action.ERASE, source, fingerprint(ip))
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


def _record(
    subscriber: Subscriber, action: str, source: str, ip_hash: str, topics=None
) -> None:
    details = {"frequency": subscriber.frequency}
    if topics is not None:
        details["topics"] = [topic.slug for topic in topics] or ["all"]
    ConsentRecord.objects.create(
        subscriber=subscriber,
        email_hash=fingerprint(subscriber.email),
        action=action,
        wording_version=CONSENT_WORDING_VERSION,
        source=source[:200],
        ip_hash=ip_hash,
        details=details,
    )
