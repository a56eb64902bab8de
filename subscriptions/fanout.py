"""Fan-out: one delivery per subscriber a guide, an update or a digest goes to."""

from datetime import date

from articles.models import Article, WorkflowEvent
from subscriptions.digests import digest_window
from subscriptions.models import Delivery, Subscriber

# Deliveries one send job takes, over one SMTP connection.
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
    return _deliveries_in_batches(subscribers, article_id=article.pk, update=None)


def update_fan_out(*, update_id: int) -> list[list[int]]:
    """Create one delivery of an update per follower who gets guides at once.

    Only while the update is what readers see: an update replaced or withdrawn before
    the job ran is not mailed. Weekly digests list new guides only.
    """
    update = WorkflowEvent.objects.filter(pk=update_id).first()
    article = (
        Article.objects.published().filter(sign_off=update_id).first()
        if update is not None
        else None
    )
    if article is None or not article.notify_subscribers:
        return []
    subscribers = (
        Subscriber.objects.confirmed().immediate().following([article.category_id])
    )
    return _deliveries_in_batches(
        subscribers, article_id=article.pk, update_id=update.pk
    )


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
    return _deliveries_in_batches(subscribers, digest_week=send_day)


def _deliveries_in_batches(subscribers, **mail) -> list[list[int]]:
    """Create a delivery of this mail per subscriber; return the pending ids in batches.

    mail names the guide (article_id, and update_id for an update) or the digest
    (digest_week). A delivery that
    exists already is kept as it is (the unique constraints), so reruns are safe.
    """
    Delivery.objects.bulk_create(
        (
            Delivery(subscriber_id=pk, **mail)
            for pk in subscribers.values_list("pk", flat=True).iterator()
        ),
        batch_size=2000,
        ignore_conflicts=True,
    )
    pending = Delivery.objects.pending().filter(**mail).order_by("pk")
    ids = list(pending.values_list("pk", flat=True))
    return [
        ids[i : i + DELIVERY_BATCH_SIZE]
        for i in range(0, len(ids), DELIVERY_BATCH_SIZE)
    ]
