"""What each reader page reads: a fixed number of queries however many guides it
lists, and, for lists of guides, not the columns they never show (a guide's body, its
plain text, its search vector). A template touching a column its list left out would
cost a query per guide, so the counts pin that too."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.views import GUIDES_PER_PAGE
from tests.factories import (
    AnnouncementFactory,
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PinnedRelatedArticleFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

# Columns of a guide that no list shows: the body and its plain text (TOASTed) and
# the search vector (kept in the row).
UNSHOWN = (
    '"articles_article"."body"',
    '"articles_article"."body_text"',
    '"articles_article"."search_vector"',
)


def unshown_columns_read(queries) -> list[str]:
    return [column for query in queries for column in UNSHOWN if column in query["sql"]]


@pytest.fixture
def library():
    """Two topics' worth of guides, more than a page of one topic and one tag, FAQ
    entries linking guides, an announcement."""
    topic, tag = CategoryFactory(), TagFactory()
    guides = ArticleFactory.create_batch(
        2 * GUIDES_PER_PAGE + 3, category=topic, tags=[tag, TagFactory()]
    )
    ArticleFactory.create_batch(3, is_featured=True)
    for guide in guides[:5]:
        FaqEntryFactory(article=guide, is_highlighted=True)
    AnnouncementFactory()
    return {"topic": topic, "tag": tag, "guides": guides}


@pytest.mark.parametrize(
    ("page", "queries"),
    [
        # featured, newest, FAQ highlights; header topics, announcement
        ("home", 5),
        # the topic, the count, the page's guides; header topics, announcement
        ("topic", 5),
        ("topic_last", 5),
        # the same for a tag
        ("tag", 5),
        ("tag_last", 5),
        # the guides with topic and author, then their tags
        ("feed_rss", 2),
        ("feed_atom", 2),
        # the topic, its guides, their tags
        ("topic_feed", 3),
    ],
)
def test_lists_of_guides_make_fixed_queries_and_leave_bodies_out(
    client, django_assert_num_queries, library, page, queries
):
    topic, tag = library["topic"], library["tag"]
    url = {
        "home": reverse("articles:home"),
        "topic": topic.get_absolute_url(),
        "topic_last": topic.get_absolute_url() + "?page=3",
        "tag": tag.get_absolute_url(),
        "tag_last": tag.get_absolute_url() + "?page=3",
        "feed_rss": reverse("articles:feed_rss"),
        "feed_atom": reverse("articles:feed_atom"),
        "topic_feed": reverse("articles:category_feed_rss", args=[topic.slug]),
    }[page]

    with django_assert_num_queries(queries) as captured:
        response = client.get(url)

    assert response.status_code == 200
    assert unshown_columns_read(captured.captured_queries) == []


def test_related_guides_leave_bodies_out(client, library):
    guide = library["guides"][0]
    PinnedRelatedArticleFactory(from_article=guide, to_article=library["guides"][1])

    with CaptureQueriesContext(connection) as captured:
        response = client.get(guide.get_absolute_url())

    related = [q for q in captured.captured_queries if "pin_order" in q["sql"]]
    assert len(response.context["related"]) == 4
    assert len(related) == 1 and unshown_columns_read(related) == []


def test_faq_makes_four_queries_and_reads_no_guide_body(
    client, django_assert_num_queries, library
):
    # the entries with topic, sign-off and guide to read next; header topics,
    # announcement; the glossary's terms (marking the answers)
    with django_assert_num_queries(4) as captured:
        response = client.get(reverse("articles:faq"))

    assert response.status_code == 200
    assert response.content.decode().count("Read the guide:") == 5
    assert unshown_columns_read(captured.captured_queries) == []


@pytest.mark.parametrize("matches", [1, 12])
def test_search_results_make_the_same_queries_however_many_match(
    client, django_assert_num_queries, matches
):
    for _ in range(matches):
        ArticleFactory(title="Pleurodesis explained")
    AnnouncementFactory()

    # synonyms; the head table's newest matches and the newest 3,000th guide; the
    # guides ranked; FAQ answers ranked; promoted guides; titles and snippets of
    # guides, of FAQ answers; header topics, announcement; glossary definitions the
    # query names. Fewer than 3 results also look for a spelling suggestion
    # (synonyms, tags, topics and the title words).
    expected = 11 if matches >= 3 else 15
    with django_assert_num_queries(expected):
        response = client.get(reverse("articles:search"), {"q": "pleurodesis"})

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(matches, 10)
