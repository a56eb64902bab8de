"""Follow requests, acted on by the worker: who becomes a pending follower, who gets a
confirmation link. The form only records the request (services.subscriber_request),
so that its answer and its timing are the same whether or not an address is known.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from articles.models import Category
from subscriptions.consent import consent_record
from subscriptions.delivery import TemporaryDeliveryError, confirmation_send
from subscriptions.models import ConsentRecord, FollowRequest, Subscriber

# At most one confirmation mail per address in this time, however often it is asked.
CONFIRMATION_COOL_DOWN = timedelta(hours=24)


def follow_request_handle(*, request_id: int, last_attempt: bool = False) -> None:
    """Act on a follow request, mail a confirmation link if one is due, delete it.

    A new address becomes a pending follower; a pending, unsubscribed or bounced one
    is pending again with the choices just made. Both get a consent record dated when
    the form was sent, and a link at most once a day per address. An address that
    already follows is left as it is (changes go through its manage link): no mail.

    One transaction with the mail: a mail server that says "later" rolls it back and
    the job is retried (TemporaryDeliveryError); on the last attempt the request is
    acted on without the mail. Idempotent: a request acted on is gone.
    """
    with transaction.atomic():
        request = (
            FollowRequest.objects.select_for_update().filter(pk=request_id).first()
        )
        if request is None:
            return
        subscriber = _pending_subscriber(request)
        if subscriber is not None:
            _send_link(subscriber, last_attempt=last_attempt)
        request.delete()


def _pending_subscriber(request: FollowRequest) -> Subscriber | None:
    """Make the address a pending follower with the request's choices, with its
    consent record; None for an address that already follows."""
    subscriber, _ = Subscriber.objects.select_for_update().get_or_create(
        email=request.email, defaults={"frequency": request.frequency}
    )
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return None
    topics = list(Category.objects.filter(pk__in=request.topic_ids))
    subscriber.status = Subscriber.Status.PENDING
    subscriber.frequency = request.frequency
    subscriber.save(update_fields=["status", "frequency"])
    subscriber.topics.set(topics)
    consent_record(
        subscriber,
        ConsentRecord.Action.SUBSCRIBE,
        request.source,
        request.ip_hash,
        topics=topics,
        at=request.created_at,
    )
    return subscriber


def _send_link(subscriber: Subscriber, *, last_attempt: bool) -> None:
    try:
        # A savepoint: a link that could not be sent leaves the day's one free.
        with transaction.atomic():
            if _claim_confirmation_slot(subscriber):
                confirmation_send(subscriber_id=subscriber.pk)
    except TemporaryDeliveryError:
        if not last_attempt:
            raise


def _claim_confirmation_slot(subscriber: Subscriber) -> bool:
    """Take the address's one confirmation mail per cool-down."""
    now = timezone.now()
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(last_confirmation_sent_at__gt=now - CONFIRMATION_COOL_DOWN)
        .update(last_confirmation_sent_at=now)
    )
