"""Sending over SMTP: the deliveries of a fan-out, and confirmation mails."""

import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from subscriptions import emails
from subscriptions.models import Delivery, Subscriber
from subscriptions.tokens import confirmation_token

# Permanent failures (5xx) after which an address counts as bounced.
BOUNCE_AFTER_FAILURES = 3


class TemporaryDeliveryError(Exception):
    """Not the reader's fault: a 4xx, or a server unreachable or refusing us. Retry."""


@dataclass(frozen=True)
class Refusal:
    """The mail server refused one mail: its reply, and whether it named the address."""

    code: int
    text: str
    address_refused: bool  # at RCPT TO; otherwise the message itself, at DATA

    @property
    def permanent(self) -> bool:
        return self.code >= 500

    def __str__(self) -> str:
        return f"{self.code} {self.text}"


def deliveries_send(*, delivery_ids: list[int], last_attempt: bool = False) -> int:
    """Send pending deliveries over one SMTP connection; return how many were sent.

    Each delivery is locked, sent and marked in its own short transaction, so a crash
    resends at most the one mail in flight, and two workers never send the same row.
    Raises TemporaryDeliveryError when the server said "later" (4xx), went away or
    refused us rather than a reader, or when another worker still holds a row, so the
    job is retried; what was sent stays sent. On the last attempt, 4xx counts as
    failed.
    """
    # What the mails say is read once for the batch; each row is then only locked.
    batch = Delivery.objects.pending().filter(pk__in=delivery_ids).for_sending()
    sent = deferred = held = 0
    with smtp_connection() as connection:
        for delivery in batch:
            outcome = _send_one(delivery, connection, last_attempt)
            sent += outcome == "sent"
            deferred += outcome == "deferred"
            held += outcome == "held"
    if deferred or held:
        raise TemporaryDeliveryError(
            f"{deferred} deliveries deferred by the mail server, "
            f"{held} held by another worker"
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
            # Sent already, or another worker holds the row. A holder may be a worker
            # that died with its connection still open, so a row still pending is
            # tried again later, not taken as sent.
            if Delivery.objects.pending().filter(pk=delivery.pk).exists():
                return "held"
            return "skipped"
        if subscriber_status != Subscriber.Status.CONFIRMED:
            _mark(delivery, Delivery.Status.FAILED, "No longer subscribed.")
            return "skipped"
        refusal = smtp_send(emails.delivery_message(delivery, connection=connection))
        if refusal is None:
            _mark(delivery, Delivery.Status.SENT, "")
            return "sent"
        if not refusal.permanent and not last_attempt:
            _mark(delivery, Delivery.Status.PENDING, str(refusal))
            return "deferred"
        _mark(delivery, Delivery.Status.FAILED, str(refusal))
        # Only a refused recipient says the address is bad; a refused message does not.
        if refusal.permanent and refusal.address_refused:
            _count_permanent_failure(delivery.subscriber)
        return "failed"


def confirmation_send(*, subscriber_id: int) -> bool:
    """Mail the confirmation link to a pending subscriber; return whether it went."""
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, status=Subscriber.Status.PENDING
    ).first()
    if subscriber is None:
        return False  # confirmed, unsubscribed or erased meanwhile
    token = confirmation_token(subscriber)
    with smtp_connection() as connection:
        refusal = smtp_send(
            emails.confirmation_message(subscriber, token, connection=connection)
        )
    if refusal is None:
        return True
    if refusal.permanent:
        return False  # refused for good: retrying would not help
    raise TemporaryDeliveryError(str(refusal))


@contextmanager
def smtp_connection() -> Iterator[BaseEmailBackend]:
    """An open connection to the mail server, for smtp_send.

    Failing to connect, greet, log in or close is never the reader's fault: it raises
    TemporaryDeliveryError. (Opening it here, not in message.send(), also closes the
    socket of a login that failed.)
    """
    try:
        with get_connection() as connection:
            yield connection
    except OSError as error:
        raise TemporaryDeliveryError(_described(error)) from error


def smtp_send(message: EmailMessage) -> Refusal | None:
    """Send one mail; return the server's refusal of it, None when it was accepted.

    Only a refused recipient or message is about this mail. Anything else is the
    server's problem or ours, never the reader's, and raises TemporaryDeliveryError
    (retry, blame nobody): our sender or greeting refused, a server that went away, a
    socket error.
    """
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as error:
        code, text = next(iter(error.recipients.values()))  # one recipient a mail
        return Refusal(int(code), _decoded(text), address_refused=True)
    except smtplib.SMTPDataError as error:
        return Refusal(
            error.smtp_code, _decoded(error.smtp_error), address_refused=False
        )
    except OSError as error:
        # Every smtplib error is an OSError, as socket and TLS errors are.
        # SMTPSenderRefused, SMTPConnectError, SMTPHeloError and SMTPAuthenticationError
        # carry a reply code too, but they refuse us, not this mail.
        raise TemporaryDeliveryError(_described(error)) from error
    return None


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


def _described(error: OSError) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{type(error).__name__}: {error.smtp_code} {_decoded(error.smtp_error)}"
    return f"{type(error).__name__}: {error}"


def _decoded(reply: bytes | str) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else reply
