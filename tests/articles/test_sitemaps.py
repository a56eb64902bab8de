"""sitemap.xml: an index of sections, the guides in pages of ids, with lastmod."""

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from articles import sitemaps
from articles.models import Article, FaqEntry, Page
from tests.articles.sitemap_reader import (
    all_sitemap_urls,
    sitemap_index,
    sitemap_lastmods,
    sitemap_urls,
)
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PageFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

GUIDES = "/sitemap-guides.xml"


@pytest.fixture
def page_size(monkeypatch):
    """Three guides' ids a page, so a few guides make several pages."""
    monkeypatch.setattr(sitemaps, "GUIDES_PER_PAGE", 3)
    return 3


def url(path: str) -> str:
    return f"http://testserver{path}"


def page_of(article: Article, size: int) -> str:
    number = (article.pk - 1) // size + 1
    return GUIDES if number == 1 else f"{GUIDES}?p={number}"


def changed(article: Article, moment: datetime, **fields) -> None:
    """Set updated_at (and other columns) as if saved then; save() would stamp now."""
    Article.objects.filter(pk=article.pk).update(updated_at=moment, **fields)


def index_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


# The index ----------------------------------------------------------------------------


def test_sitemap_xml_is_an_index_of_the_sections_and_guide_pages(client):
    ArticleFactory()

    index = sitemap_index(client)

    assert list(index)[:4] == [
        "/sitemap-static.xml",
        "/sitemap-pages.xml",
        "/sitemap-topics.xml",
        "/sitemap-tags.xml",
    ]
    assert [page for page in index if page.startswith(GUIDES)]


def test_robots_txt_names_the_index(client):
    lines = client.get(reverse("robots_txt")).content.decode().splitlines()

    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemaps_are_xml_that_search_engines_do_not_index(client):
    ArticleFactory()

    for address in [reverse("sitemap"), *sitemap_index(client)]:
        response = client.get(address)
        assert response["Content-Type"] == "application/xml"
        assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"


def test_sitemaps_name_the_scheme_the_site_was_asked_with(client):
    guide = ArticleFactory()

    response = client.get(reverse("sitemap"), secure=True)

    page = page_of(guide, sitemaps.GUIDES_PER_PAGE)
    assert f"<loc>https://testserver{page}</loc>".encode() in response.content


# Every live guide once ----------------------------------------------------------------


def test_every_live_guide_is_listed_once_across_the_pages(client, page_size):
    live = ArticleFactory.create_batch(8)
    hidden = [
        ArticleFactory(draft=True),
        ArticleFactory(scheduled=True),
        ArticleFactory(withdrawn=True),
    ]
    live += ArticleFactory.create_batch(3)

    listed = Counter(
        loc
        for page in sitemap_index(client)
        if page.startswith(GUIDES)
        for loc, _ in sitemap_urls(client, page)
    )

    assert listed == Counter(url(guide.get_absolute_url()) for guide in live)
    for guide in hidden:
        assert url(guide.get_absolute_url()) not in listed


def test_a_page_lists_the_live_guides_of_its_ids_in_order(client, page_size):
    guides = ArticleFactory.create_batch(7)

    for guide in guides:
        urls = [loc for loc, _ in sitemap_urls(client, page_of(guide, page_size))]
        assert url(guide.get_absolute_url()) in urls
    first = page_of(guides[0], page_size)
    on_first = [g for g in guides if page_of(g, page_size) == first]
    assert [loc for loc, _ in sitemap_urls(client, first)] == [
        url(g.get_absolute_url()) for g in sorted(on_first, key=lambda g: g.pk)
    ]


def test_a_guide_stays_on_its_page_when_an_earlier_one_is_withdrawn(client, page_size):
    guides = ArticleFactory.create_batch(7)
    before = {guide.pk: page_of(guide, page_size) for guide in guides}

    Article.objects.filter(pk=guides[0].pk).update(status=Article.Status.WITHDRAWN)

    for guide in guides[1:]:
        urls = [loc for loc, _ in sitemap_urls(client, before[guide.pk])]
        assert url(guide.get_absolute_url()) in urls


def test_a_page_of_ids_with_no_live_guide_is_left_out_and_answers_404(
    client, page_size
):
    guides = ArticleFactory.create_batch(9)
    middle = page_of(guides[4], page_size)
    Article.objects.filter(
        pk__in=[g.pk for g in guides if page_of(g, page_size) == middle]
    ).update(status=Article.Status.DRAFT)

    pages = [page for page in sitemap_index(client) if page.startswith(GUIDES)]

    assert middle not in pages
    assert len(pages) >= 2
    assert client.get(middle).status_code == 404


def test_the_guide_address_is_the_guides_own(client):
    guide = ArticleFactory(slug="pleurectomy-decortication")

    assert url("/guides/pleurectomy-decortication/") in sitemap_lastmods(client)
    assert guide.get_absolute_url() == "/guides/pleurectomy-decortication/"


def test_no_guide_page_is_listed_before_a_guide_goes_live(client):
    guide = ArticleFactory(scheduled=True)

    assert not [page for page in sitemap_index(client) if page.startswith(GUIDES)]
    assert client.get(page_of(guide, sitemaps.GUIDES_PER_PAGE)).status_code == 404


@pytest.mark.parametrize("p", ["0", "-1", "abc", "2.0", "1e3", "99999999999", "", "٣"])
def test_a_malformed_page_number_is_404(client, p):
    ArticleFactory()

    assert client.get(GUIDES, {"p": p}).status_code == 404


def test_a_page_past_the_last_is_404(client):
    ArticleFactory()

    assert client.get(GUIDES, {"p": "999999"}).status_code == 404


def test_an_unknown_section_or_a_second_page_of_a_small_one_is_404(client):
    CategoryFactory()

    assert client.get("/sitemap-people.xml").status_code == 404
    assert client.get("/sitemap-topics.xml", {"p": "2"}).status_code == 404


def test_an_empty_section_is_an_empty_list(client):
    assert sitemap_urls(client, "/sitemap-pages.xml") == []


# lastmod ------------------------------------------------------------------------------


def test_a_guide_lastmod_is_its_last_update(client):
    guide = ArticleFactory(publish_at=timezone.now() - timedelta(days=30))
    updated_at = timezone.now() - timedelta(days=5)
    changed(guide, updated_at)

    lastmod = sitemap_lastmods(client)[url(guide.get_absolute_url())]

    assert lastmod == timezone.localdate(updated_at).isoformat()


def test_a_scheduled_guide_lastmod_is_its_go_live(client):
    # Scheduled four days ago for yesterday: it went live without a save.
    went_live = timezone.now() - timedelta(days=1)
    guide = ArticleFactory(publish_at=went_live)
    changed(guide, timezone.now() - timedelta(days=4))

    lastmod = sitemap_lastmods(client)[url(guide.get_absolute_url())]

    assert lastmod == timezone.localdate(went_live).isoformat()


def test_a_guide_page_lastmod_is_the_latest_change_of_its_guides(client, page_size):
    now = timezone.now()
    guides = ArticleFactory.create_batch(6, publish_at=now - timedelta(days=30))
    for days, guide in enumerate(guides, start=2):
        changed(guide, now - timedelta(days=days))

    index = sitemap_index(client)

    for page in {page_of(guide, page_size) for guide in guides}:
        newest = max(
            Article.objects.get(pk=g.pk).updated_at
            for g in guides
            if page_of(g, page_size) == page
        )
        assert index_time(index[page]) == newest


def test_withdrawing_a_guide_changes_the_lastmod_of_its_page_only(client, page_size):
    now = timezone.now()
    guides = ArticleFactory.create_batch(7, publish_at=now - timedelta(days=30))
    for guide in guides:
        changed(guide, now - timedelta(days=10))
    leaving = guides[3]
    before = sitemap_index(client)

    changed(leaving, now, status=Article.Status.WITHDRAWN)

    after = sitemap_index(client)
    assert index_time(after[page_of(leaving, page_size)]) == now
    assert {
        page: lastmod
        for page, lastmod in after.items()
        if page.startswith(GUIDES) and page != page_of(leaving, page_size)
    } == {
        page: lastmod
        for page, lastmod in before.items()
        if page.startswith(GUIDES) and page != page_of(leaving, page_size)
    }


def test_a_guide_page_sends_last_modified_and_a_crawler_that_has_it_gets_304(
    client,
):
    updated_at = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    guide = ArticleFactory(publish_at=updated_at - timedelta(days=1))
    changed(guide, updated_at)
    page = page_of(guide, sitemaps.GUIDES_PER_PAGE)

    response = client.get(page)
    again = client.get(page, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])

    assert response["Last-Modified"] == http_date(updated_at.timestamp())
    assert again.status_code == 304


def test_topics_are_listed_with_the_latest_change_of_their_guides(client):
    topic, quiet, empty = CategoryFactory.create_batch(3)
    now = timezone.now()
    for days_ago, state in [(9, {}), (4, {}), (0, {"draft": True})]:
        guide = ArticleFactory(
            category=topic, **state, publish_at=now - timedelta(days=30)
        )
        changed(guide, now - timedelta(days=days_ago))
    changed(
        ArticleFactory(category=quiet, publish_at=now - timedelta(days=30)),
        now - timedelta(days=20),
    )
    ArticleFactory(category=empty, draft=True)

    lastmods = sitemap_lastmods(client)

    assert lastmods[url(topic.get_absolute_url())] == (
        timezone.localdate(now - timedelta(days=4)).isoformat()
    )
    assert lastmods[url(quiet.get_absolute_url())] == (
        timezone.localdate(now - timedelta(days=20)).isoformat()
    )
    assert lastmods[url(empty.get_absolute_url())] is None


def test_a_withdrawal_changes_the_lastmod_of_its_topic(client):
    topic = CategoryFactory()
    now = timezone.now()
    staying = ArticleFactory(category=topic, publish_at=now - timedelta(days=30))
    changed(staying, now - timedelta(days=9))
    leaving = ArticleFactory(category=topic, publish_at=now - timedelta(days=30))
    changed(leaving, now - timedelta(days=2), status=Article.Status.WITHDRAWN)

    lastmod = sitemap_lastmods(client)[url(topic.get_absolute_url())]

    assert lastmod == timezone.localdate(now - timedelta(days=2)).isoformat()


def test_tags_of_live_guides_are_listed_without_lastmod(client):
    used, on_drafts_only, unused = TagFactory.create_batch(3)
    ArticleFactory(tags=[used])
    ArticleFactory(tags=[on_drafts_only], draft=True)

    urls = dict(sitemap_urls(client, "/sitemap-tags.xml"))

    assert urls == {url(used.get_absolute_url()): None}
    assert url(unused.get_absolute_url()) not in urls


def test_pages_home_and_faq_are_listed_with_their_last_change(client):
    now = timezone.now()
    page = PageFactory()
    Page.objects.filter(pk=page.pk).update(updated_at=now - timedelta(days=3))
    entry = FaqEntryFactory()
    FaqEntry.objects.filter(pk=entry.pk).update(updated_at=now - timedelta(days=6))
    guide = ArticleFactory(publish_at=now - timedelta(days=30))
    changed(guide, now - timedelta(days=8))

    lastmods = sitemap_lastmods(client)

    def day(days_ago: int) -> str:
        return timezone.localdate(now - timedelta(days=days_ago)).isoformat()

    assert lastmods[url(page.get_absolute_url())] == day(3)
    assert lastmods[url(reverse("articles:faq"))] == day(6)
    assert lastmods[url(reverse("articles:home"))] == day(6)


def test_the_index_gives_each_section_the_latest_change_of_what_it_lists(client):
    now = timezone.now()
    guide = ArticleFactory(publish_at=now - timedelta(days=30))
    changed(guide, now - timedelta(days=2))
    page = PageFactory()
    Page.objects.filter(pk=page.pk).update(updated_at=now - timedelta(days=5))
    entry = FaqEntryFactory()
    FaqEntry.objects.filter(pk=entry.pk).update(updated_at=now - timedelta(days=1))

    index = {page: index_time(when) for page, when in sitemap_index(client).items()}

    assert index["/sitemap-pages.xml"] == now - timedelta(days=5)
    assert index["/sitemap-topics.xml"] == now - timedelta(days=2)
    assert index["/sitemap-tags.xml"] == now - timedelta(days=2)
    assert index["/sitemap-static.xml"] == now - timedelta(days=1)
    assert index[page_of(guide, sitemaps.GUIDES_PER_PAGE)] == now - timedelta(days=2)


def test_the_index_and_a_page_agree_on_when_it_changed(client, page_size):
    ArticleFactory.create_batch(5)

    for page, lastmod in sitemap_index(client).items():
        if page.startswith(GUIDES):
            response = client.get(page)
            assert response["Last-Modified"] == http_date(
                index_time(lastmod).timestamp()
            )


# Queries ------------------------------------------------------------------------------


@pytest.mark.parametrize("guides", [2, 12])
def test_queries_do_not_grow_with_the_guides(
    client, page_size, django_assert_num_queries, guides
):
    tags = TagFactory.create_batch(2)
    for _ in range(guides):
        ArticleFactory(tags=tags)
    CategoryFactory.create_batch(2)
    PageFactory.create_batch(2)
    FaqEntryFactory.create_batch(2)
    pages = [page for page in sitemap_index(client) if page.startswith(GUIDES)]

    counts = {
        reverse("sitemap"): 4,  # guide pages, FAQ entries, site pages, glossary
        "/sitemap-static.xml": 2,  # FAQ entries, guides
        "/sitemap-pages.xml": 1,
        "/sitemap-topics.xml": 1,  # topics, each with its newest guide
        "/sitemap-tags.xml": 1,
        pages[-1]: 2,  # the guides, when they changed
    }
    for address, count in counts.items():
        with django_assert_num_queries(count):
            assert client.get(address).status_code == 200


def test_the_page_index_is_built_on_the_page_size():
    """GUIDE_PAGES_SQL only reads article_sitemap_page while it divides by the
    index's number (the plans: docs/design.md, "Sitemaps")."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'article_sitemap_page'"
        )
        [(definition,)] = cursor.fetchall()

    assert f"((id - 1) / {sitemaps.GUIDES_PER_PAGE})" in definition


def test_every_address_in_the_sitemaps_answers_200(client):
    ArticleFactory(tags=[TagFactory()])
    PageFactory()
    FaqEntryFactory()

    for loc, _ in all_sitemap_urls(client):
        assert client.get(loc).status_code == 200, loc
