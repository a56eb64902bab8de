import json
import re
from datetime import timedelta

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from articles.services import signed_text_publish
from articles.views import GUIDES_PER_PAGE
from tests.factories import (
    AnnouncementFactory,
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PageFactory,
    PinnedRelatedArticleFactory,
    ReferenceFactory,
    TagFactory,
    approved,
)

pytestmark = pytest.mark.django_db

THREE_SECTIONS = (
    "<p>Intro.</p><h2>What it is</h2><p>a</p><h2>How it is given</h2><p>b</p>"
    "<h2>Side <em>effects</em></h2><p>c</p><h2>What it is</h2><p>d</p>"
)


def json_ld(content: str) -> list[dict]:
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', content, re.S
    )
    return [json.loads(block) for block in blocks]


def test_home_shows_topics_featured_newest_and_faq_highlights(client):
    topic = CategoryFactory(
        name="Radiation therapy", description="Beams aimed at tumors."
    )
    featured = ArticleFactory(title="Featured guide", is_featured=True, category=topic)
    ArticleFactory(title="Plain guide")
    ArticleFactory(draft=True, title="Draft guide", is_featured=True)
    ArticleFactory(scheduled=True, title="Scheduled guide")
    FaqEntryFactory(question="Will I lose my hair?", is_highlighted=True)
    FaqEntryFactory(question="Not on the home page?")

    response = client.get(reverse("articles:home"))

    content = response.content.decode()
    assert list(response.context["featured"]) == [featured]
    # The newest leave out what "Start here" shows already.
    assert [a.title for a in response.context["newest"]] == ["Plain guide"]
    assert "Beams aimed at tumors." in content
    assert "Will I lose my hair?" in content
    assert "Not on the home page?" not in content
    assert "Draft guide" not in content and "Scheduled guide" not in content


class TestGuidePage:
    def test_names_reviewer_and_author_with_nhs_style_review_dates(self, client):
        today = timezone.localdate()
        article = ArticleFactory(
            medical_reviewer__name="Ada Lee",
            medical_reviewer__credentials="MD, oncologist",
            author__name="Sam Writer",
            last_reviewed_on=today - timedelta(days=3),
            next_review_due=today + timedelta(days=362),
        )

        content = client.get(article.get_absolute_url()).content.decode()

        assert (
            "Medically reviewed by <strong>Ada Lee</strong>, MD, oncologist on "
            f'<time datetime="{article.last_reviewed_on}">' in content
        )
        assert "Written by <strong>Sam Writer</strong>" in content
        assert (
            f'Next review due: <time datetime="{article.next_review_due}">' in content
        )
        assert "due for its medical review" not in content

    def test_says_when_a_review_is_overdue(self, client):
        today = timezone.localdate()
        article = ArticleFactory(
            last_reviewed_on=today - timedelta(days=400),
            next_review_due=today - timedelta(days=35),
        )

        content = client.get(article.get_absolute_url()).content.decode()

        assert "This guide is due for its medical review." in content

    def test_shows_reading_time(self, client):
        article = ArticleFactory(body="<p>" + "word " * 1000 + "</p>")

        content = client.get(article.get_absolute_url()).content.decode()

        assert "5 minute read" in content

    def test_table_of_contents_links_to_stable_heading_anchors(self, client):
        article = ArticleFactory(body=THREE_SECTIONS)

        content = client.get(article.get_absolute_url()).content.decode()

        anchors = re.findall(r'<li><a href="#([\w-]+)">', content)
        assert anchors == [
            "what-it-is",
            "how-it-is-given",
            "side-effects",
            "what-it-is-2",
        ]
        for anchor in anchors:
            assert f'<h2 id="{anchor}">' in content
        assert '<h2 id="side-effects">Side <em>effects</em></h2>' in content

    @pytest.mark.parametrize(
        "body",
        ["<p>No headings at all.</p>", "<h2>One</h2><p>a</p><h2>Two</h2><p>b</p>"],
    )
    def test_no_table_of_contents_under_three_sections(self, client, body):
        article = ArticleFactory(body=body)

        content = client.get(article.get_absolute_url()).content.decode()

        assert "On this page" not in content

    def test_lists_numbered_sources_with_links(self, client):
        article = ArticleFactory()
        ReferenceFactory(article=article, order=1, citation="Second study.", url="")
        ReferenceFactory(
            article=article,
            order=0,
            citation="First study.",
            doi="10.1000/xyz",
            pmid="123",
        )

        content = client.get(article.get_absolute_url()).content.decode()

        sources = content[content.index('id="sources-heading"') :]
        assert sources.index("First study.") < sources.index("Second study.")
        assert 'href="https://doi.org/10.1000/xyz"' in sources
        assert 'href="https://pubmed.ncbi.nlm.nih.gov/123/"' in sources

    def test_shows_the_site_wide_short_disclaimer(self, client):
        PageFactory(
            slug="disclaimer", summary="This is general information, not advice."
        )
        article = ArticleFactory()

        content = client.get(article.get_absolute_url()).content.decode()

        assert "This is general information, not advice." in content
        assert 'href="/disclaimer/">Read the full disclaimer' in content

    def test_breadcrumbs_and_tag_links(self, client):
        topic = CategoryFactory(name="Immunotherapy")
        tag = TagFactory(name="Nivolumab (Opdivo)", slug="nivolumab-opdivo")
        article = ArticleFactory(category=topic, tags=[tag])

        content = client.get(article.get_absolute_url()).content.decode()

        crumbs = content[content.index('aria-label="Breadcrumb"') :]
        assert (
            crumbs.index("Home")
            < crumbs.index("Immunotherapy")
            < crumbs.index(article.title)
        )
        assert '<a href="/tags/nivolumab-opdivo/">Nivolumab (Opdivo)</a>' in content

    def test_json_ld_carries_review_dates_reviewer_and_breadcrumbs(self, client):
        article = ArticleFactory(
            title='Quotes " and </script><script>alert(1)</script>',
            medical_reviewer__name="Ada Lee",
            tags=[TagFactory()],
        )
        ReferenceFactory(article=article, citation="A trial.")

        content = client.get(article.get_absolute_url()).content.decode()

        page, breadcrumbs = json_ld(content)
        assert page["@type"] == "MedicalWebPage"
        assert page["lastReviewed"] == article.last_reviewed_on.isoformat()
        assert page["reviewedBy"]["name"] == "Ada Lee"
        assert page["about"]["name"] == "Mesothelioma"
        assert page["name"] == article.title
        assert page["citation"] == ["A trial."]
        assert [item["position"] for item in breadcrumbs["itemListElement"]] == [
            1,
            2,
            3,
        ]
        assert breadcrumbs["itemListElement"][2]["item"].endswith(
            article.get_absolute_url()
        )
        assert "<script>alert(1)" not in content

    def test_lists_published_corrections_newest_first(self, client):
        article = ArticleFactory(body="<p>Take 5 mg.</p>")
        for dose, note in [("50 mg", "The dose was wrong."), ("40 mg", "Again.")]:
            signed_text_publish(
                sign_off=approved(
                    article,
                    body=f"<p>Take {dose}.</p>",
                    is_correction=True,
                    what_changed=note,
                )
            )
        approved(  # approved, not published: readers do not see it yet
            article, body="<p>Take 4 mg.</p>", is_correction=True, what_changed="No."
        )

        content = client.get(article.get_absolute_url()).content.decode()

        changes = content[content.index('id="changes-heading"') :]
        assert changes.count("<strong>Correction</strong>") == 2
        assert changes.index("Again.") < changes.index("The dose was wrong.")
        assert "Take 40 mg." in content and "No." not in changes

    def test_carries_canonical_and_social_meta(self, client):
        article = ArticleFactory(summary="A short summary.")

        content = client.get(
            article.get_absolute_url() + "?utm_source=x"
        ).content.decode()

        assert (
            f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">'
            in (content)
        )
        assert '<meta property="og:type" content="article">' in content
        assert '<meta property="og:description" content="A short summary.">' in content

    def test_makes_six_queries_whatever_its_tags_sources_and_related(
        self, client, django_assert_num_queries
    ):
        for extra in (0, 5):
            article = ArticleFactory(tags=[TagFactory() for _ in range(extra)])
            ReferenceFactory.create_batch(extra + 1, article=article)
            for _ in range(extra):
                PinnedRelatedArticleFactory(
                    from_article=article, to_article=ArticleFactory()
                )
            PageFactory(slug=f"disclaimer-{extra}")
            AnnouncementFactory()

            # the guide with its tags, sources, corrections and the disclaimer;
            # related guides; header topics; the announcement; its clinical trials
            # (tests/trials/test_guide_page.py: however many); the glossary's terms
            with django_assert_num_queries(6):
                response = client.get(article.get_absolute_url())

            assert response.status_code == 200


@pytest.mark.parametrize("state", ["draft", "scheduled"])
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
    assert b"Preview: readers cannot see this guide (" in response.content


def test_non_staff_user_cannot_preview_drafts(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader"))
    article = ArticleFactory(draft=True)

    assert client.get(article.get_absolute_url()).status_code == 404


class TestListings:
    def test_topic_lists_its_published_guides(self, client):
        topic = CategoryFactory(name="Surgery")
        mine = ArticleFactory(category=topic)
        ArticleFactory()  # another topic
        ArticleFactory(category=topic, draft=True)

        response = client.get(topic.get_absolute_url())

        assert list(response.context["page"]) == [mine]

    def test_tag_lists_its_published_guides(self, client):
        tag = TagFactory()
        mine = ArticleFactory(tags=[tag])
        ArticleFactory()
        ArticleFactory(tags=[tag], scheduled=True)

        response = client.get(tag.get_absolute_url())

        assert list(response.context["page"]) == [mine]

    @pytest.mark.parametrize(
        ("query", "expected"), [("", 1), ("?page=2", 2), ("?page=x", 1)]
    )
    def test_pages_through_guides_and_ignores_a_malformed_page(
        self, client, query, expected
    ):
        topic = CategoryFactory()
        ArticleFactory.create_batch(GUIDES_PER_PAGE + 1, category=topic)

        response = client.get(topic.get_absolute_url() + query)

        assert response.context["page"].number == expected

    @pytest.mark.parametrize("query", ["?page=3", "?page=0&page=99"])
    def test_a_page_past_the_end_is_404(self, client, query):
        topic = CategoryFactory()
        ArticleFactory.create_batch(GUIDES_PER_PAGE + 1, category=topic)

        assert client.get(topic.get_absolute_url() + query).status_code == 404

    @pytest.mark.parametrize("name", ["category_detail", "tag_detail"])
    def test_unknown_topic_or_tag_is_404(self, client, name):
        assert client.get(reverse(f"articles:{name}", args=["nope"])).status_code == 404


def test_faq_groups_entries_by_topic_with_linkable_answers_and_json_ld(client):
    entry = FaqEntryFactory(
        question="Will I lose my hair?", slug="hair-loss", answer="<p>No.</p>"
    )
    FaqEntryFactory(question="Hidden question?", is_published=False)

    content = client.get(reverse("articles:faq")).content.decode()

    assert '<details id="hair-loss"' in content
    assert '<a href="#hair-loss">Link to this answer</a>' in content
    assert entry.category.name in content
    assert "Hidden question?" not in content
    (faq_page,) = json_ld(content)
    assert faq_page["@type"] == "FAQPage"
    assert faq_page["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Will I lose my hair?",
            "acceptedAnswer": {"@type": "Answer", "text": "No."},
        }
    ]


def test_page_is_shown_by_slug(client):
    PageFactory(slug="about", title="About us", body="<p>Who we are.</p>")

    response = client.get(reverse("articles:page_detail", args=["about"]))

    assert b"Who we are." in response.content


def test_header_lists_topics_and_current_announcement(client):
    CategoryFactory(name="Radiation therapy")
    announcement = AnnouncementFactory(text="Our new guide on trials is out.")

    content = client.get(reverse("articles:home")).content.decode()

    assert "Radiation therapy" in content
    assert "Our new guide on trials is out." in content
    assert f'data-announcement="{announcement.pk}-' in content


def test_public_pages_carry_a_strict_content_security_policy(client):
    response = client.get(reverse("articles:home"))

    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"


def test_public_pages_run_no_inline_script_or_style(client):
    article = ArticleFactory()
    FaqEntryFactory()
    pages = [
        reverse("articles:home"),
        article.get_absolute_url(),
        reverse("articles:faq"),
    ]

    for url in pages:
        content = client.get(url).content.decode()
        for script in re.findall(r"<script[^>]*>", content):
            assert ' src="/static/' in script or 'type="application/ld+json"' in script
        assert "style=" not in content
        assert "<style" not in content


def test_server_error_page_renders_in_the_site_style_without_a_request():
    # Django renders 500.html with an empty context: no request, no context processors.
    server_error = render_to_string("500.html")

    assert "Something went wrong on our side" in server_error
    assert "Mesothelioma Treatment Guides" in server_error
