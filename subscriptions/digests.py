"""What a weekly digest covers: read by the fan-out and by the digest mail."""

from datetime import date, datetime, timedelta

from django.conf import settings
from django.utils import timezone

from articles.models import Article
from subscriptions.models import Subscriber


def digest_window(send_day: date) -> tuple[datetime, datetime]:
    """The week a digest sent on send_day covers: up to that day's send time."""
    end = timezone.make_aware(datetime.combine(send_day, settings.DIGEST_SEND_TIME))
    return end - timedelta(days=7), end


def digest_articles(send_day: date, subscriber: Subscriber):
    """The guides a subscriber's digest lists: that week's, on their topics."""
    start, end = digest_window(send_day)
    guides = Article.objects.published().first_published_between(start, end)
    topics = list(subscriber.topics.all())
    return (guides.filter(category__in=topics) if topics else guides).for_listing()
