"""Pages of a listing read their guides' ids first, counting from the nearer end:
every page must hold what Django's Paginator gives, the last one included."""

from datetime import timedelta

import pytest
from django.core.paginator import EmptyPage, Paginator
from django.utils import timezone

from articles.models import Article
from articles.pagination import KeysFirstPaginator
from articles.views import GUIDES_PER_PAGE
from tests.factories import ArticleFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db


def guides_on(topic, count: int, *, tags=()) -> list[Article]:
    """`count` guides on a topic, three a day going back, so go-live times tie."""
    now = timezone.now()
    return [
        ArticleFactory(
            category=topic,
            tags=list(tags),
            publish_at=now - timedelta(days=1 + number // 3),
        )
        for number in range(count)
    ]


@pytest.mark.parametrize("orphans", [0, 2])
def test_every_page_holds_what_django_s_paginator_gives(orphans):
    topic = CategoryFactory()
    guides_on(topic, 23)
    ArticleFactory(category=topic, draft=True)
    listing = Article.objects.published().in_category(topic).for_listing()

    ours = KeysFirstPaginator(listing, 5, orphans=orphans)
    django = Paginator(listing, 5, orphans=orphans)

    assert ours.num_pages == django.num_pages
    for number in ours.page_range:
        assert list(ours.page(number)) == list(django.page(number)), number


def test_a_list_is_paged_as_django_pages_it():
    page = KeysFirstPaginator(list(range(23)), 5).page(5)

    assert list(page) == [20, 21, 22]


def test_an_empty_listing_has_an_empty_first_page_and_no_second():
    paginator = KeysFirstPaginator(Article.objects.none().order_by("pk"), 5)

    assert list(paginator.page(1)) == []
    with pytest.raises(EmptyPage):
        paginator.page(2)


def test_a_topic_s_last_page_lists_its_oldest_guides_newest_first(client):
    topic = CategoryFactory()
    guides = guides_on(topic, 2 * GUIDES_PER_PAGE + 5)
    newest_first = sorted(
        guides, key=lambda guide: (-guide.publish_at.timestamp(), guide.pk)
    )

    response = client.get(topic.get_absolute_url() + "?page=3")

    assert list(response.context["page"]) == newest_first[-5:]
    assert "Page 3 of 3" in response.content.decode()


def test_a_tag_s_pages_list_each_guide_once_newest_first(client):
    tag = TagFactory()
    guides = guides_on(CategoryFactory(), 3 * GUIDES_PER_PAGE + 1, tags=[tag])
    newest_first = sorted(
        guides, key=lambda guide: (-guide.publish_at.timestamp(), guide.pk)
    )

    shown = []
    for number in range(1, 5):
        response = client.get(tag.get_absolute_url() + f"?page={number}")
        shown += list(response.context["page"])

    assert shown == newest_first
    assert client.get(tag.get_absolute_url() + "?page=5").status_code == 404
