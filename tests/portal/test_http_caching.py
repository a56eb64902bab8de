"""Anonymous pages are cookie-free and cacheable; staff pages are private."""

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, CategoryFactory, FaqEntryFactory, TagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_urls():
    tag = TagFactory()
    article = ArticleFactory(tags=[tag])
    FaqEntryFactory()
    return [
        reverse("articles:home"),
        article.get_absolute_url(),
        article.category.get_absolute_url(),
        tag.get_absolute_url(),
        reverse("articles:faq"),
    ]


def test_anonymous_pages_set_no_cookie_and_are_publicly_cacheable(client, public_urls):
    for url in public_urls:
        response = client.get(url)

        assert response.status_code == 200, url
        assert not response.cookies, url
        assert response.headers["Cache-Control"] == "public, max-age=300", url
        assert response.headers["ETag"], url


def test_a_matching_conditional_get_is_answered_304(client, public_urls):
    for url in public_urls:
        etag = client.get(url).headers["ETag"]

        response = client.get(url, headers={"if-none-match": etag})

        assert response.status_code == 304, url
        assert response.content == b""


def test_signed_in_staff_get_private_pages(admin_client):
    article = ArticleFactory(draft=True)

    response = admin_client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert "private" in response.headers["Cache-Control"]
    assert "public" not in response.headers["Cache-Control"]


def test_not_found_pages_are_not_cached_publicly(client):
    CategoryFactory()

    response = client.get("/guides/missing/")

    assert response.status_code == 404
    assert "public" not in response.headers.get("Cache-Control", "")


def test_admin_pages_are_never_cached(admin_client):
    response = admin_client.get(reverse("admin:index"))

    assert "no-store" in response.headers["Cache-Control"]
