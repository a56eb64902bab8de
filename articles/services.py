"""Writes with side effects: publishing announces a guide, exactly once; a search
that found nothing is counted for editors."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from articles.models import Article, UnansweredSearch
from articles.signals import article_published


def article_publish(*, article: Article, publish_at: datetime | None = None) -> Article:
    """Publish a guide now, or at publish_at; announce it if it goes live now."""
    missing = article.missing_for_publication()
    if missing:
        raise ValidationError(f"“{article}” still needs {', '.join(missing)}.")
    with transaction.atomic():
        article.status = Article.Status.PUBLISHED
        article.publish_at = publish_at or article.publish_at or timezone.now()
        article.save(update_fields=["status", "publish_at", "updated_at"])
        _announce_if_live(article_id=article.pk)
    article.refresh_from_db(fields=["first_published_at"])
    return article


def article_unpublish(*, article: Article) -> Article:
    """Take a guide off the site. first_published_at stays: no second announcement."""
    article.status = Article.Status.DRAFT
    article.save(update_fields=["status", "updated_at"])
    return article


def articles_publish_due() -> list[Article]:
    """Announce scheduled guides whose go-live time has come; return them."""
    due = Article.objects.published().filter(first_published_at__isnull=True)
    return [
        article
        for article_id in due.values_list("pk", flat=True)
        if (article := _announce_if_live(article_id=article_id)) is not None
    ]


def _announce_if_live(*, article_id: int) -> Article | None:
    """Stamp first_published_at and send article_published, once per guide."""
    with transaction.atomic():
        # The row lock makes an editor's publish and the scheduler agree on who
        # announces.
        article = (
            Article.objects.select_for_update()
            .published()
            .filter(pk=article_id, first_published_at__isnull=True)
            .first()
        )
        if article is None:
            return None
        article.first_published_at = article.publish_at
        article.save(update_fields=["first_published_at"])
        article_published.send(sender=Article, article=article)
        return article


def unanswered_search_record(*, query: str) -> None:
    """Count a search that found nothing: normalized words only, nothing personal."""
    normalized = " ".join(query.lower().split())[
        : UnansweredSearch._meta.get_field("query").max_length
    ]
    entry, _ = UnansweredSearch.objects.get_or_create(query=normalized)
    UnansweredSearch.objects.filter(pk=entry.pk).update(count=F("count") + 1)
