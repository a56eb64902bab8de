import html
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db


def fetch_feed(client, url: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200
    return feedparser.parse(response.content)


def feed_datetime(parsed) -> datetime:
    """Turn feedparser's UTC struct_time back into an aware datetime."""
    return datetime(*parsed[:6], tzinfo=UTC)


def as_read(detail) -> str:
    """Return the text a feed reader shows for a feedparser title or summary."""
    if detail.type == "text/html":
        return html.unescape(detail.value)
    return detail.value


def test_rss_feed_lists_published_guides_only(client):
    ArticleFactory(title="Live guide")
    ArticleFactory(draft=True, title="Draft guide")
    ArticleFactory(scheduled=True, title="Scheduled guide")

    feed = fetch_feed(client, reverse("articles:feed_rss"))

    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["Live guide"]


def test_rss_feed_lists_newest_guides_first(client):
    now = timezone.now()
    ArticleFactory(title="Older", publish_at=now - timedelta(days=3))
    ArticleFactory(title="Newest", publish_at=now - timedelta(hours=1))
    ArticleFactory(title="Middle", publish_at=now - timedelta(days=2))

    feed = fetch_feed(client, reverse("articles:feed_rss"))

    assert [entry.title for entry in feed.entries] == ["Newest", "Middle", "Older"]


def test_rss_feed_stops_at_the_newest_20_guides(client):
    now = timezone.now()
    for days in range(21):
        ArticleFactory(title=f"{days} days old", publish_at=now - timedelta(days=days))

    feed = fetch_feed(client, reverse("articles:feed_rss"))

    assert len(feed.entries) == 20
    assert "20 days old" not in [entry.title for entry in feed.entries]


def test_rss_feed_item_links_to_the_guide_with_its_summary(client):
    article = ArticleFactory(summary="How pleurectomy works and who it suits.")

    [entry] = fetch_feed(client, reverse("articles:feed_rss")).entries

    assert entry.link == f"http://testserver{article.get_absolute_url()}"
    assert entry.summary == "How pleurectomy works and who it suits."


@pytest.mark.parametrize("url_name", ["articles:feed_rss", "articles:feed_atom"])
def test_feed_item_title_and_summary_read_as_written(client, url_name):
    ArticleFactory(
        title="Chemo & <i>radiation</i>", summary="Survival <12 months & what helps."
    )

    [entry] = fetch_feed(client, reverse(url_name)).entries

    assert as_read(entry.title_detail) == "Chemo & <i>radiation</i>"
    assert as_read(entry.summary_detail) == "Survival <12 months & what helps."


def test_rss_feed_item_date_is_first_publication(client):
    first = timezone.now() - timedelta(days=30)
    ArticleFactory(publish_at=first + timedelta(days=1), first_published_at=first)

    [entry] = fetch_feed(client, reverse("articles:feed_rss")).entries

    assert feed_datetime(entry.published_parsed) == first.replace(microsecond=0)


def test_rss_feed_item_date_falls_back_to_go_live_time(client):
    article = ArticleFactory(first_published_at=None)

    [entry] = fetch_feed(client, reverse("articles:feed_rss")).entries

    expected = article.publish_at.replace(microsecond=0)
    assert feed_datetime(entry.published_parsed) == expected


def test_rss_feed_item_names_author(client):
    ArticleFactory(author__name="Dr Ada Lee")

    [entry] = fetch_feed(client, reverse("articles:feed_rss")).entries

    assert entry.author == "Dr Ada Lee"


def test_rss_feed_item_categories_are_topic_then_tags(client):
    ArticleFactory(
        category__name="Surgery",
        tags=[TagFactory(name="Pleural"), TagFactory(name="Recovery")],
    )

    [entry] = fetch_feed(client, reverse("articles:feed_rss")).entries

    assert [tag.term for tag in entry.tags] == ["Surgery", "Pleural", "Recovery"]


def test_atom_feed_parses_as_atom(client):
    ArticleFactory(title="Live guide")

    feed = fetch_feed(client, reverse("articles:feed_atom"))

    assert feed.version == "atom10"
    assert feed.feed.title == "Mesothelioma Treatment Guides"
    assert feed.feed.subtitle
    assert [entry.title for entry in feed.entries] == ["Live guide"]


def test_atom_feed_item_has_updated_date(client):
    article = ArticleFactory()

    [entry] = fetch_feed(client, reverse("articles:feed_atom")).entries

    expected = article.updated_at.replace(microsecond=0)
    assert feed_datetime(entry.updated_parsed) == expected


@pytest.mark.parametrize(
    "url_name", ["articles:category_feed_rss", "articles:category_feed_atom"]
)
def test_topic_feed_lists_only_its_topic(client, url_name):
    surgery = CategoryFactory(name="Surgery", slug="surgery")
    ArticleFactory(category=surgery, title="Pleurectomy")
    ArticleFactory(category=surgery, draft=True, title="Draft surgery guide")
    ArticleFactory(category__name="Chemotherapy", title="Cisplatin")

    feed = fetch_feed(client, reverse(url_name, args=["surgery"]))

    assert [entry.title for entry in feed.entries] == ["Pleurectomy"]


def test_topic_feed_title_names_the_topic(client):
    CategoryFactory(name="Surgery", slug="surgery")

    feed = fetch_feed(client, reverse("articles:category_feed_rss", args=["surgery"]))

    assert feed.feed.title == "Mesothelioma Treatment Guides: Surgery"


@pytest.mark.parametrize(
    "url_name", ["articles:category_feed_rss", "articles:category_feed_atom"]
)
def test_unknown_topic_feed_is_404(client, url_name):
    response = client.get(reverse(url_name, args=["no-such-topic"]))

    assert response.status_code == 404


@pytest.mark.parametrize("guides", [1, 5])
def test_rss_feed_queries_do_not_grow_with_guides_or_tags(
    client, django_assert_num_queries, guides
):
    for _ in range(guides):
        ArticleFactory(tags=TagFactory.create_batch(3))

    # guides with topic and author, then their tags
    with django_assert_num_queries(2):
        response = client.get(reverse("articles:feed_rss"))

    assert response.status_code == 200


def test_robots_txt_is_plain_text(client):
    response = client.get(reverse("robots_txt"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"


def test_robots_txt_disallows_admin(client):
    response = client.get(reverse("robots_txt"))

    assert "Disallow: /admin/" in response.content.decode().splitlines()


def test_robots_txt_names_absolute_sitemap_url(client):
    response = client.get(reverse("robots_txt"), secure=True)

    lines = response.content.decode().splitlines()
    assert "Sitemap: https://testserver/sitemap.xml" in lines
