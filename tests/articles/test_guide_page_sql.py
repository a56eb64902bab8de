"""The guide page's SQL expressions (articles/models/guide_page.py) give what the ORM
reads they stand for give."""

import pytest

from articles.models import Article, Reference, Revision, WorkflowEvent
from articles.services import signed_text_publish
from tests.factories import (
    ArticleFactory,
    PageFactory,
    ReferenceFactory,
    TagFactory,
    approved,
)

pytestmark = pytest.mark.django_db


def detail(article: Article) -> Article:
    return Article.objects.for_detail().get(pk=article.pk)


def test_tags_are_the_guide_s_by_name():
    article = ArticleFactory(tags=[TagFactory(name="Pain"), TagFactory(name="Diet")])
    ArticleFactory(tags=[TagFactory(name="Other")])

    assert detail(article).tag_list == [
        {"name": tag.name, "slug": tag.slug} for tag in article.tags.order_by("name")
    ]


def test_no_tags_is_an_empty_list():
    assert detail(ArticleFactory()).tag_list == []


def test_corrections_are_the_published_ones_newest_first():
    article = ArticleFactory(body="<p>One.</p>")
    for number, is_correction in [(2, True), (3, False), (4, True)]:
        signed_text_publish(
            sign_off=approved(
                article,
                body=f"<p>{number}.</p>",
                is_correction=is_correction,
                what_changed=f"Change {number}.",
            )
        )
    approved(article, body="<p>5.</p>", is_correction=True, what_changed="Not live.")
    other = ArticleFactory()
    signed_text_publish(
        sign_off=approved(other, body="<p>x</p>", is_correction=True, what_changed="x")
    )
    orm = (
        WorkflowEvent.objects.of(article)
        .corrections_published()
        .order_by("-reviewed_on", "-pk")
    )

    corrections = detail(article).corrections()

    assert [(c.reviewed_on, c.what_changed) for c in corrections] == [
        (event.reviewed_on, event.what_changed) for event in orm
    ]
    assert [c.what_changed for c in corrections] == ["Change 4.", "Change 2."]


def test_sources_are_the_signed_revision_s():
    article = ArticleFactory()
    ReferenceFactory(article=article, citation="Signed.", doi="10.1000/x")
    article.refresh_from_db()
    Reference.objects.create(article=article, citation="Working copy only.")
    signed = Revision.objects.get(pk=article.sign_off.revision_id)

    found = detail(article)

    assert found.signed_sources == signed.content["sources"]
    assert [(s.citation, s.doi_url) for s in found.public_sources()] == [
        ("Signed.", "https://doi.org/10.1000/x")
    ]


def test_a_draft_has_no_signed_sources():
    assert detail(ArticleFactory(draft=True)).signed_sources is None


def test_disclaimer_is_the_disclaimer_page_s_summary_or_none():
    article = ArticleFactory()
    assert detail(article).disclaimer_summary is None

    PageFactory(slug="disclaimer", summary="General information, not advice.")

    assert detail(article).disclaimer_summary == "General information, not advice."
