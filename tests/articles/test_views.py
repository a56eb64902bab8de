import pytest
from django.urls import reverse

from tests.factories import (
    AnnouncementFactory,
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PageFactory,
    PinnedRelatedArticleFactory,
    ReferenceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def test_home_lists_published_guides_only(client):
    live = ArticleFactory(title="Live guide")
    ArticleFactory(draft=True, title="Draft guide")
    ArticleFactory(scheduled=True, title="Scheduled guide")

    response = client.get(reverse("articles:home"))

    assert response.status_code == 200
    assert list(response.context["articles"]) == [live]
    assert b"Draft guide" not in response.content
    assert b"Scheduled guide" not in response.content


def test_guide_page_shows_reviewer_dates_sources_and_related(client):
    article = ArticleFactory(
        medical_reviewer__name="Dr Ada Lee",
        medical_reviewer__credentials="MD, oncologist",
    )
    ReferenceFactory(
        article=article, citation="Baas P et al. CheckMate 743.", pmid="33485464"
    )
    related = ArticleFactory(title="Pinned neighbour")
    PinnedRelatedArticleFactory(from_article=article, to_article=related)

    response = client.get(article.get_absolute_url())

    content = response.content.decode()
    assert response.status_code == 200
    assert "Dr Ada Lee, MD, oncologist" in content
    assert article.last_reviewed_on.strftime("%B") in content
    assert "https://pubmed.ncbi.nlm.nih.gov/33485464/" in content
    assert "Pinned neighbour" in content


@pytest.mark.parametrize("state", ["draft", "in_review", "scheduled"])
def test_unpublished_guide_is_404_for_anonymous_readers(client, state):
    article = ArticleFactory(**{state: True})

    response = client.get(article.get_absolute_url())

    assert response.status_code == 404


def test_unknown_guide_is_404_in_the_site_layout(client):
    response = client.get(reverse("articles:article_detail", args=["no-such-guide"]))

    assert response.status_code == 404
    assert b"We could not find that page" in response.content
    assert b"Mesothelioma Treatment Guides" in response.content


@pytest.mark.parametrize("state", ["draft", "scheduled"])
def test_staff_preview_unpublished_guide_at_its_public_url(admin_client, state):
    article = ArticleFactory(**{state: True}, title="Work in progress")

    response = admin_client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert b"Work in progress" in response.content
    assert b"Preview: readers cannot see this guide yet" in response.content


def test_non_staff_user_cannot_preview_drafts(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader"))
    article = ArticleFactory(draft=True)

    assert client.get(article.get_absolute_url()).status_code == 404


def test_category_page_lists_its_published_guides(client):
    topic = CategoryFactory(name="Surgery")
    mine = ArticleFactory(category=topic)
    ArticleFactory()  # another topic
    ArticleFactory(category=topic, draft=True)

    response = client.get(topic.get_absolute_url())

    assert list(response.context["articles"]) == [mine]


def test_unknown_category_is_404(client):
    assert (
        client.get(reverse("articles:category_detail", args=["nope"])).status_code
        == 404
    )


def test_faq_groups_published_entries_by_topic_with_anchors(client):
    entry = FaqEntryFactory(question="Will I lose my hair?", slug="hair-loss")
    FaqEntryFactory(question="Hidden question?", is_published=False)

    response = client.get(reverse("articles:faq"))

    content = response.content.decode()
    assert '<details id="hair-loss"' in content
    assert entry.category.name in content
    assert "Hidden question?" not in content


def test_page_is_shown_by_slug(client):
    PageFactory(
        slug="disclaimer", title="Medical disclaimer", body="<p>Not advice.</p>"
    )

    response = client.get(reverse("articles:page_detail", args=["disclaimer"]))

    assert b"Not advice." in response.content


def test_header_lists_topics_and_current_announcement(client):
    CategoryFactory(name="Radiation therapy")
    AnnouncementFactory(text="Our new guide on trials is out.")

    content = client.get(reverse("articles:home")).content.decode()

    assert "Radiation therapy" in content
    assert "Our new guide on trials is out." in content


def test_public_pages_carry_a_strict_content_security_policy(client):
    response = client.get(reverse("articles:home"))

    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_script_or_style(client):
    article = ArticleFactory()
    FaqEntryFactory()
    pages = [
        reverse("articles:home"),
        article.get_absolute_url(),
        reverse("articles:faq"),
    ]

    for url in pages:
        content = client.get(url).content.decode()
        assert "<script" not in content
        assert "style=" not in content
        assert "<style" not in content


@pytest.mark.parametrize("extra", [0, 5])
def test_guide_page_makes_five_queries_whatever_its_tags_sources_and_related(
    client, django_assert_num_queries, extra
):
    article = ArticleFactory(tags=[TagFactory() for _ in range(extra)])
    ReferenceFactory.create_batch(extra + 1, article=article)
    for _ in range(extra):
        PinnedRelatedArticleFactory(from_article=article, to_article=ArticleFactory())
    CategoryFactory.create_batch(3)
    AnnouncementFactory()

    # guide, its sources, related guides, header topics, announcement
    with django_assert_num_queries(5):
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
