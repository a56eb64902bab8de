from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles.models import Article
from articles.services import article_publish, article_unpublish, articles_publish_due
from articles.signals import article_published
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    """The guides article_published was sent for, in order."""
    sent = []

    def receiver(sender, article, **kwargs):
        sent.append(article.pk)

    article_published.connect(receiver)
    yield sent
    article_published.disconnect(receiver)


def test_publishing_a_draft_makes_it_live_and_announces_it_once(announced):
    article = ArticleFactory(draft=True, first_published_at=None)

    article_publish(article=article)
    article_publish(article=article)

    article.refresh_from_db()
    assert article.is_published()
    assert article.first_published_at == article.publish_at
    assert announced == [article.pk]


def test_scheduling_announces_nothing_until_the_time_comes(announced):
    article = ArticleFactory(draft=True, first_published_at=None)
    later = timezone.now() + timedelta(hours=3)

    article_publish(article=article, publish_at=later)

    assert announced == []
    assert articles_publish_due() == []
    Article.objects.filter(pk=article.pk).update(publish_at=timezone.now())
    assert [a.pk for a in articles_publish_due()] == [article.pk]
    assert articles_publish_due() == []
    assert announced == [article.pk]


def test_unpublish_then_republish_is_not_announced_again(announced):
    article = ArticleFactory(draft=True, first_published_at=None)
    article_publish(article=article)

    article_unpublish(article=article)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    article_publish(article=article)

    assert announced == [article.pk]


def test_a_guide_without_medical_review_cannot_be_published(announced):
    article = ArticleFactory(draft=True, medical_reviewer=None, last_reviewed_on=None)

    with pytest.raises(ValidationError, match="a medical reviewer"):
        article_publish(article=article)

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert announced == []
