"""Follow by email: subscribe, confirm, change, leave and deliver."""

import smtplib
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from articles.models import Article, Category
from subscriptions import emails
from subscriptions.models import (
    ConsentRecord,
    Delivery,
    SubscribeAttempt,
    Subscriber,
    fingerprint,
)

# Bump when the sentence readers agree to changes; consent records keep the version.
CONSENT_WORDING_VERSION = "2026-11-1"
CONFIRM_SALT = "subscriptions.confirm"
CONFIRM_MAX_AGE = timedelta(days=7)
CONFIRMATION_COOL_DOWN = timedelta(hours=24)
# Subscribe requests one IP address may make per hour.
SUBSCRIBE_LIMIT_PER_IP = 10
# Permanent failures (5xx) after which an address counts as bounced.
BOUNCE_AFTER_FAILURES = 3


class TooManyRequests(Exception):
    """This IP address asked too often; answer 429."""


class TemporaryDeliveryError(Exception):
    """The mail server said "try later" (4xx) or could not be reached."""


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
            from subscriptions.tasks import send_confirmation

            send_confirmation.defer(subscriber_id=subscriber.pk)


def _claim_confirmation_slot(subscriber: Subscriber) -> bool:
    """Take the address's one confirmation mail per cool-down; atomic under races."""
    now = timezone.now()
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(last_confirmation_sent_at__gt=now - CONFIRMATION_COOL_DOWN)
        .update(last_confirmation_sent_at=now)
    )


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.dumps(
        {"id": subscriber.pk, "email": fingerprint(subscriber.email)}, salt=CONFIRM_SALT
    )


def subscriber_from_confirmation(token: str) -> Subscriber:
    """The subscriber a confirmation link names; raises signing.BadSignature.

    signing.SignatureExpired (a BadSignature) means the link is too old.
    """
    data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    subscriber = Subscriber.objects.filter(pk=data.get("id")).first()
    if subscriber is None or fingerprint(subscriber.email) != data.get("email"):
        raise signing.BadSignature("No such subscriber.")
    return subscriber


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


# Delivery -----------------------------------------------------------------------------

DELIVERY_BATCH_SIZE = 200


def article_fan_out(*, article_id: int) -> list[list[int]]:
    """Create one delivery per matching subscriber; return the pending ids in batches.

    Idempotent: a rerun creates nothing new (one delivery per subscriber and guide).
    """
    article = Article.objects.published().filter(pk=article_id).first()
    if article is None or not article.notify_subscribers:
        return []
    subscribers = (
        Subscriber.objects.confirmed().immediate().following([article.category_id])
    )
    Delivery.objects.bulk_create(
        (
            Delivery(subscriber_id=pk, article_id=article.pk)
            for pk in subscribers.values_list("pk", flat=True).iterator()
        ),
        batch_size=2000,
        ignore_conflicts=True,
    )
    return _batches(Delivery.objects.pending().filter(article=article))


def digest_window(send_day: date) -> tuple[datetime, datetime]:
    """The week a digest sent on send_day covers: up to that day's send time."""
    end = timezone.make_aware(datetime.combine(send_day, settings.DIGEST_SEND_TIME))
    return end - timedelta(days=7), end


def digest_articles(send_day: date, subscriber: Subscriber):
    start, end = digest_window(send_day)
    guides = Article.objects.published().first_published_between(start, end)
    topics = list(subscriber.topics.all())
    return (guides.filter(category__in=topics) if topics else guides).for_listing()


def digests_fan_out(*, send_day: date) -> list[list[int]]:
    """Create digest deliveries for weekly subscribers who have new guides to read."""
    start, end = digest_window(send_day)
    topics = set(
        Article.objects.published()
        .first_published_between(start, end)
        .values_list("category", flat=True)
    )
    if not topics:
        return []
    subscribers = Subscriber.objects.confirmed().weekly().following(topics)
    Delivery.objects.bulk_create(
        (
            Delivery(subscriber_id=pk, digest_week=send_day)
            for pk in subscribers.values_list("pk", flat=True).iterator()
        ),
        batch_size=2000,
        ignore_conflicts=True,
    )
    return _batches(Delivery.objects.pending().filter(digest_week=send_day))


def _batches(deliveries) -> list[list[int]]:
    ids = list(deliveries.order_by("pk").values_list("pk", flat=True))
    return [
        ids[i : i + DELIVERY_BATCH_SIZE]
        for i in range(0, len(ids), DELIVERY_BATCH_SIZE)
    ]


def deliveries_send(*, delivery_ids: list[int], last_attempt: bool = False) -> int:
    """Send pending deliveries over one SMTP connection; return how many were sent.

    Each delivery is locked, sent and marked in its own short transaction, so a crash
    resends at most the one mail in flight, and two workers never send the same row.
    Raises TemporaryDeliveryError when the server said "later" (4xx) or went away, so
    the job is retried; what was sent stays sent. On the last attempt, 4xx counts as
    failed.
    """
    # What the mails say is read once for the batch; each row is then only locked.
    batch = Delivery.objects.pending().filter(pk__in=delivery_ids).for_sending()
    sent = deferred = 0
    try:
        with get_connection() as connection:
            for delivery in batch:
                outcome = _send_one(delivery, connection, last_attempt)
                sent += outcome == "sent"
                deferred += outcome == "deferred"
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as error:
        raise TemporaryDeliveryError(str(error)) from error
    if deferred:
        raise TemporaryDeliveryError(
            f"{deferred} deliveries deferred by the mail server"
        )
    return sent


def _send_one(delivery: Delivery, connection, last_attempt: bool) -> str:
    with transaction.atomic():
        subscriber_status = (
            Delivery.objects.pending()
            .select_for_update(skip_locked=True, of=("self",))
            .filter(pk=delivery.pk)
            .values_list("subscriber__status", flat=True)
            .first()
        )
        if subscriber_status is None:
            return "skipped"  # sent already, or another worker holds it
        if subscriber_status != Subscriber.Status.CONFIRMED:
            _mark(delivery, Delivery.Status.FAILED, "No longer subscribed.")
            return "skipped"
        try:
            emails.delivery_message(delivery, connection=connection).send()
        except smtplib.SMTPSenderRefused as error:
            # Our own sender was refused: a server or configuration problem, not the
            # reader's. Nothing is marked; the job is retried.
            code, text = _smtp_reply(error)
            raise TemporaryDeliveryError(f"sender refused: {code} {text}") from error
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
            code, text = _smtp_reply(error)
            if code < 500 and not last_attempt:
                _mark(delivery, Delivery.Status.PENDING, f"{code} {text}")
                return "deferred"
            _mark(delivery, Delivery.Status.FAILED, f"{code} {text}")
            # Only a refused recipient says the address is bad; a refused message
            # (DATA) does not.
            if code >= 500 and isinstance(error, smtplib.SMTPRecipientsRefused):
                _count_permanent_failure(delivery.subscriber)
            return "failed"
        _mark(delivery, Delivery.Status.SENT, "")
        return "sent"


def _mark(delivery: Delivery, status: str, error: str) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        attempts=F("attempts") + 1,
        last_error=error[:500],
        sent_at=timezone.now() if status == Delivery.Status.SENT else None,
    )


def _count_permanent_failure(subscriber: Subscriber) -> None:
    Subscriber.objects.filter(pk=subscriber.pk).update(
        permanent_failures=F("permanent_failures") + 1
    )
    Subscriber.objects.filter(
        pk=subscriber.pk, permanent_failures__gte=BOUNCE_AFTER_FAILURES
    ).update(status=Subscriber.Status.BOUNCED)


def _smtp_reply(error: Exception) -> tuple[int, str]:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, message = next(iter(error.recipients.values()))
    else:
        code, message = error.smtp_code, error.smtp_error
    if isinstance(message, bytes):
        message = message.decode(errors="replace")
    return int(code), str(message)


def confirmation_send(*, subscriber_id: int) -> bool:
    """Mail the confirmation link to a pending subscriber; return whether it went."""
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, status=Subscriber.Status.PENDING
    ).first()
    if subscriber is None:
        return False  # confirmed, unsubscribed or erased meanwhile
    message = emails.confirmation_message(subscriber, confirmation_token(subscriber))
    try:
        message.send()
    except smtplib.SMTPSenderRefused as error:
        code, text = _smtp_reply(error)
        raise TemporaryDeliveryError(f"sender refused: {code} {text}") from error
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
        code, text = _smtp_reply(error)
        if code >= 500:
            return False  # refused for good: retrying would not help
        raise TemporaryDeliveryError(f"{code} {text}") from error
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as error:
        raise TemporaryDeliveryError(str(error)) from error
    return True
