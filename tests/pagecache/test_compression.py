"""gzip for what anyone may read; never for pages that carry a secret (BREACH)."""

import gzip

import pytest
from django.urls import reverse

from subscriptions.tokens import confirmation_token
from tests.factories import ArticleFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

GZIP = {"accept-encoding": "gzip, deflate, br"}


@pytest.fixture
def guide():
    return ArticleFactory()


@pytest.mark.parametrize("name", ["home", "guide", "feed_rss", "sitemap", "search"])
def test_pages_feeds_and_sitemaps_are_gzipped_for_a_reader_who_accepts_it(
    client, guide, name
):
    url = {
        "home": reverse("articles:home"),
        "guide": guide.get_absolute_url(),
        "feed_rss": reverse("articles:feed_rss"),
        "sitemap": reverse("sitemap"),
        "search": reverse("articles:search") + "?q=guide",  # not cached: gzipped too
    }[name]
    plain = client.get(url)

    for _ in range(2):  # rendered, then from the cache
        compressed = client.get(url, headers=GZIP)

        assert compressed.status_code == 200
        assert compressed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in compressed["Vary"]
        assert gzip.decompress(compressed.content) == plain.content
        assert compressed["ETag"].startswith("W/")
        assert int(compressed["Content-Length"]) == len(compressed.content)
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]


def test_a_cached_page_has_one_etag_in_either_encoding(client, guide):
    plain = client.get(guide.get_absolute_url())
    compressed = client.get(guide.get_absolute_url(), headers=GZIP)

    assert compressed["X-Page-Cache"] == "hit"
    assert plain["ETag"] == compressed["ETag"]
    revalidated = client.get(
        guide.get_absolute_url(), headers={**GZIP, "if-none-match": plain["ETag"]}
    )
    assert revalidated.status_code == 304


def test_the_admin_is_never_compressed(client, admin_client):
    login = client.get(reverse("admin:login"), headers=GZIP)
    index = admin_client.get(reverse("admin:index"), headers=GZIP)

    assert login.status_code == index.status_code == 200
    assert "Content-Encoding" not in login
    assert "Content-Encoding" not in index
    assert b"csrfmiddlewaretoken" in login.content


def test_token_pages_are_never_compressed(client):
    subscriber = SubscriberFactory()
    urls = [
        reverse("subscriptions:manage", args=[subscriber.manage_token]),
        reverse("subscriptions:one_click", args=[subscriber.manage_token]),
        reverse("subscriptions:confirm", args=[confirmation_token(subscriber)]),
        reverse("subscriptions:follow"),
    ]

    for url in urls:
        response = client.get(url, headers=GZIP)

        assert response.status_code == 200, url
        assert "Content-Encoding" not in response, url


def test_a_signed_in_users_pages_are_never_compressed(admin_client, guide):
    response = admin_client.get(guide.get_absolute_url(), headers=GZIP)

    assert response.status_code == 200
    assert "Content-Encoding" not in response
