"""Sending over SMTP: the deliveries of a fan-out, and confirmation mails."""

import smtplib

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from subscriptions import emails
from subscriptions.models import Delivery, Subscriber
from subscriptions.tokens import confirmation_token

# Permanent failures (5xx) after which an address counts as bounced.
BOUNCE_AFTER_FAILURES = 3


class TemporaryDeliveryError(Exception):
    """The mail server said "try later" (4xx) or could not be reached."""


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
