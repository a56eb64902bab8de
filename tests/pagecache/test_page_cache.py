"""Anonymous readers get whole pages from the cache, and 304s without rendering."""

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from articles.models import ContentGeneration, UnansweredSearch
from pagecache import entries
from pagecache.middleware import CACHE_ALIAS, PageCacheMiddleware, keepable
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PageFactory,
    RedirectFactory,
    SubscriberFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide():
    return ArticleFactory(tags=[TagFactory()])


@pytest.fixture
def public_urls(guide):
    FaqEntryFactory()
    return [
        reverse("articles:home"),
        guide.get_absolute_url(),
        guide.category.get_absolute_url(),
        guide.category.get_absolute_url() + "?page=1",
        guide.tags.get().get_absolute_url(),
        reverse("articles:faq"),
        PageFactory(slug="about").get_absolute_url(),
        reverse("articles:feed_rss"),
        reverse("articles:feed_atom"),
        reverse("sitemap"),
        reverse("robots_txt"),
    ]


def test_a_page_is_rendered_once_then_answered_from_the_cache_with_one_query(
    client, public_urls, django_assert_num_queries
):
    for url in public_urls:
        first = client.get(url)

        with django_assert_num_queries(1):  # the content version
            again = client.get(url)

        assert first.status_code == again.status_code == 200, url
        assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit"), url
        # Feeds and sitemaps are built without templates.
        assert first.templates or url.startswith(("/feeds/", "/sitemap")), url
        assert again.templates == [], url
        assert again.content == first.content, url
        assert again["Content-Type"] == first["Content-Type"], url
        assert again["ETag"] == first["ETag"], url
        assert again["Cache-Control"] == "public, max-age=300", url
        assert "Content-Security-Policy" in again, url
        assert not again.cookies, url


def test_a_matching_conditional_get_is_a_304_with_one_query_and_no_rendering(
    client, public_urls, django_assert_num_queries
):
    for url in public_urls:
        etag = client.get(url)["ETag"]

        with django_assert_num_queries(1):
            response = client.get(url, headers={"if-none-match": etag})

        assert response.status_code == 304, url
        assert response.templates == [], url
        assert response.content == b""
        assert response["ETag"] == etag
        assert response["Cache-Control"] == "public, max-age=300"


def test_a_process_that_renders_the_page_anew_answers_the_same_etag_with_a_304(
    client, guide, page_cache
):
    etag = client.get(guide.get_absolute_url())["ETag"]
    page_cache.clear()  # another process, or the entry went

    response = client.get(guide.get_absolute_url(), headers={"if-none-match": etag})

    assert response.status_code == 304


def test_if_modified_since_the_last_change_is_a_304(client, guide):
    last_modified = client.get(guide.get_absolute_url())["Last-Modified"]

    response = client.get(
        guide.get_absolute_url(), headers={"if-modified-since": last_modified}
    )

    assert response.status_code == 304


def test_head_gets_the_etag_and_last_modified_of_get_and_a_304(client, guide):
    url = guide.get_absolute_url()
    get = client.get(url)

    head = client.head(url)
    conditional = client.head(url, headers={"if-none-match": get["ETag"]})

    assert head.status_code == 200
    assert head.content == b""
    assert (head["ETag"], head["Last-Modified"]) == (get["ETag"], get["Last-Modified"])
    assert head["Content-Length"] == get["Content-Length"]
    assert conditional.status_code == 304


def test_head_gets_an_etag_where_the_cache_does_not_answer(client):
    url = reverse("articles:search") + "?q=surgery"

    assert client.head(url)["ETag"] == client.get(url)["ETag"]


def test_the_page_and_its_etag_stay_the_same_from_one_minute_to_the_next(
    client, guide, page_cache, monkeypatch
):
    url = guide.get_absolute_url()
    first = client.get(url)
    page_cache.clear()
    later = timezone.now() + timedelta(minutes=30)
    monkeypatch.setattr(timezone, "now", lambda: later)

    again = client.get(url)

    assert again["X-Page-Cache"] == "miss"
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_a_change_elsewhere_renders_the_page_again_with_the_same_etag(client, guide):
    url = guide.get_absolute_url()
    first = client.get(url)

    RedirectFactory()  # content changed, not this page
    again = client.get(url)

    assert again["X-Page-Cache"] == "miss"
    assert again["ETag"] == first["ETag"]


def test_last_modified_is_the_last_change_of_content(client, guide):
    RedirectFactory()
    response = client.get(guide.get_absolute_url())

    written = ContentGeneration.objects.get().changed_at
    assert response["Last-Modified"] == http_date(int(written.timestamp()))


def test_last_modified_is_never_before_the_code_that_made_the_page(
    client, guide, monkeypatch
):
    deployed = timezone.now() + timedelta(minutes=5)  # later than any content
    monkeypatch.setattr("pagecache.middleware.code_changed_at", lambda: deployed)

    response = client.get(guide.get_absolute_url())

    assert response["Last-Modified"] == http_date(int(deployed.timestamp()))


def test_each_host_has_its_own_page(client, guide):
    url = guide.get_absolute_url()

    here = client.get(url)
    there = client.get(url, headers={"host": "localhost"})

    assert there["X-Page-Cache"] == "miss"
    assert b'href="http://localhost/guides/' in there.content
    assert b'href="http://testserver/guides/' in here.content


class TestWhoIsNotServedFromTheCache:
    def test_signed_in_staff_see_their_preview_and_leave_nothing(
        self, admin_client, client
    ):
        draft = ArticleFactory(draft=True)
        live = ArticleFactory()

        preview = admin_client.get(draft.get_absolute_url())
        staff = admin_client.get(live.get_absolute_url())
        reader = client.get(live.get_absolute_url())

        assert preview.status_code == 200
        assert "X-Page-Cache" not in preview and "X-Page-Cache" not in staff
        assert "private" in staff["Cache-Control"]
        assert reader["X-Page-Cache"] == "miss"
        assert client.get(draft.get_absolute_url()).status_code == 404

    def test_a_reader_who_was_served_first_does_not_serve_staff(
        self, admin_client, client
    ):
        draft = ArticleFactory(draft=True)
        assert client.get(draft.get_absolute_url()).status_code == 404

        assert admin_client.get(draft.get_absolute_url()).status_code == 200

    def test_token_pages_are_never_kept(self, client):
        subscriber = SubscriberFactory()
        url = reverse("subscriptions:manage", args=[subscriber.manage_token])

        first, again = client.get(url), client.get(url)

        assert first.status_code == again.status_code == 200
        assert "X-Page-Cache" not in again
        assert "no-store" in again["Cache-Control"]

    def test_the_follow_page_renders_a_fresh_stamp_each_time(self, client):
        url = reverse("subscriptions:follow")

        assert "X-Page-Cache" not in client.get(url)

    def test_a_search_that_finds_nothing_is_counted_every_time(self, client):
        url = reverse("articles:search") + "?q=xylophone"

        for _ in range(2):
            assert "X-Page-Cache" not in client.get(url)

        assert UnansweredSearch.objects.get().count == 2

    def test_an_unknown_query_string_is_served_but_not_kept(self, client, guide):
        url = guide.get_absolute_url() + "?utm_source=leaflet"

        response = client.get(url)

        assert response.status_code == 200
        assert "X-Page-Cache" not in response

    def test_a_post_is_not_answered_from_the_cache(self, client, guide):
        client.get(reverse("articles:home"))

        response = client.post(reverse("articles:home"))

        assert "X-Page-Cache" not in response

    def test_a_missing_page_is_not_kept(self, client):
        CategoryFactory()

        response = client.get("/guides/missing/")

        assert response.status_code == 404
        assert "X-Page-Cache" not in response

    def test_the_cache_can_be_turned_off(self, client, guide, settings):
        settings.PAGE_CACHE_SECONDS = 0

        response = client.get(guide.get_absolute_url())

        assert response.status_code == 200
        assert "X-Page-Cache" not in response


@pytest.mark.parametrize(
    ("change", "kept"),
    [
        ({}, True),
        ({"cookie": True}, False),
        ({"Cache-Control": "private"}, False),
        ({"Cache-Control": "no-store"}, False),
        ({"Cache-Control": "max-age=0, no-cache"}, False),
        ({"Vary": "Cookie, Accept-Encoding"}, True),
        ({"Vary": "Accept-Language"}, False),
        ({"status": 410}, False),
    ],
)
def test_only_a_page_the_same_for_every_reader_is_kept(change, kept):
    response = HttpResponse("<p>A page.</p>", status=change.pop("status", 200))
    if change.pop("cookie", False):
        response.set_cookie("seen", "yes")
    for name, value in change.items():
        response[name] = value

    assert keepable(response) is kept


def test_a_page_is_kept_no_longer_than_until_content_changes_by_the_clock(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    soon = timezone.now() + timedelta(seconds=90)

    assert PageCacheMiddleware.lifetime(None) == 3600
    assert 85 <= PageCacheMiddleware.lifetime(soon) <= 90
    assert PageCacheMiddleware.lifetime(timezone.now() - timedelta(seconds=1)) == 0


@pytest.fixture
def code_read_afresh():
    """The code files read again at each call, and as they are after the test."""
    cached = (entries.code_files, entries.code_version, entries.code_changed_at)

    def read_afresh():
        for function in cached:
            function.cache_clear()

    read_afresh()
    yield read_afresh
    read_afresh()


def test_the_code_version_and_its_time_change_with_a_template(
    settings, tmp_path: Path, code_read_afresh
):
    settings.BASE_DIR = tmp_path
    settings.STATIC_ROOT = tmp_path / "static"
    template = tmp_path / "templates" / "page.html"
    template.parent.mkdir()
    template.write_text("<p>One</p>")
    os.utime(template, (1_700_000_000, 1_700_000_000))
    before = entries.code_version()
    code_read_afresh()

    template.write_text("<p>Two</p>")

    assert entries.code_version() != before
    assert entries.code_changed_at() > datetime(2023, 11, 15, tzinfo=UTC)


def test_a_cache_that_fails_leaves_pages_rendered(client, guide, monkeypatch, caplog):
    def down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(caches[CACHE_ALIAS], "get", down)
    monkeypatch.setattr(caches[CACHE_ALIAS], "set", down)

    response = client.get(guide.get_absolute_url())

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert "The page cache failed" in caplog.text
