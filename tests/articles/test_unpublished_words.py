"""Nothing public names what only unpublished guides use: a tag of drafts, scheduled
or withdrawn guides alone has no page, is never suggested and appears nowhere."""

import pytest
from django.urls import reverse

from articles.search.suggestions import suggest
from tests.articles.sitemap_reader import all_sitemap_urls
from tests.factories import ArticleFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db

UNPUBLISHED = {
    "draft": {"draft": True},
    "scheduled": {"scheduled": True},
    "withdrawn": {"withdrawn": True},
}


@pytest.fixture(params=list(UNPUBLISHED))
def secret_tag(request):
    """A tag only a guide that is not live uses, and a live guide on its topic."""
    topic = CategoryFactory(name="Chemotherapy", slug="chemotherapy")
    tag = TagFactory(name="Zolbetuximab", slug="zolbetuximab")
    ArticleFactory(
        title="A new drug", category=topic, tags=[tag], **UNPUBLISHED[request.param]
    )
    ArticleFactory(title="Chemotherapy for mesothelioma", category=topic)
    return tag


def test_the_page_of_a_tag_only_unpublished_guides_use_is_404(client, secret_tag):
    response = client.get(secret_tag.get_absolute_url())

    assert response.status_code == 404
    assert b"Zolbetuximab" not in response.content


def test_a_tag_with_a_live_guide_has_its_page(client, secret_tag):
    ArticleFactory(tags=[secret_tag])

    assert client.get(secret_tag.get_absolute_url()).status_code == 200


def test_a_tag_no_guide_uses_is_404(client):
    tag = TagFactory()

    assert client.get(tag.get_absolute_url()).status_code == 404


def test_did_you_mean_never_suggests_it(client, secret_tag):
    response = client.get(reverse("articles:search"), {"q": "zolbetuximib"})

    assert suggest("zolbetuximib") == ""
    assert b"olbetuximab" not in response.content


def test_did_you_mean_suggests_the_tags_of_live_guides(secret_tag):
    ArticleFactory(tags=[secret_tag])

    assert suggest("zolbetuximib") == "zolbetuximab"


def test_no_public_page_names_it(client, secret_tag):
    pages = [
        reverse("articles:home"),
        reverse("articles:category_detail", args=["chemotherapy"]),
        reverse("articles:category_feed_rss", args=["chemotherapy"]),
        reverse("articles:category_feed_atom", args=["chemotherapy"]),
        reverse("articles:feed_rss"),
        reverse("articles:feed_atom"),
        reverse("articles:faq"),
        reverse("articles:search") + "?q=zolbetuximib",
        reverse("articles:search") + "?q=new+drug",
        reverse("articles:opensearch"),
        reverse("robots_txt"),
        "/no-such-page/",
        secret_tag.articles.get().get_absolute_url(),  # 404, or 410 when withdrawn
    ]

    for page in pages:
        response = client.get(page)
        assert response.status_code in (200, 404, 410), page
        assert b"olbetuximab" not in response.content.lower(), page
    assert not [url for url in all_sitemap_urls(client) if "zolbetuximab" in url]
