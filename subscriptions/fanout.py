"""Fan-out: one delivery per subscriber a guide or a weekly digest goes to."""

from datetime import date

from articles.models import Article
from subscriptions.digests import digest_window
from subscriptions.models import Delivery, Subscriber

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
