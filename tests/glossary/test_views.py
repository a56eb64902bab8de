"""The A-Z page, a term's own address, and the glossary in sitemap.xml."""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse

from glossary.models import Term
from pagecache.middleware import CACHE_ALIAS
from tests.factories import ArticleFactory, TermFactory

pytestmark = pytest.mark.django_db

GLOSSARY = reverse("glossary:glossary")


@pytest.fixture
def page_cache(settings):
    """The page cache on (DEBUG, as in the tests, has it off), empty."""
    settings.PAGE_CACHE_SECONDS = 3600
    caches[CACHE_ALIAS].clear()
    yield
    caches[CACHE_ALIAS].clear()


def entries(html: str) -> list[str]:
    return re.findall(r'<div class="glossary-entry" id="([^"]+)">', html)


def test_terms_are_listed_a_to_z_under_their_letters_each_with_its_anchor(client):
    for name in ["pleura", "Asbestos", "biopsy", "Ascites"]:
        TermFactory(term=name, slug=name.lower())

    html = client.get(GLOSSARY).content.decode()

    assert entries(html) == ["asbestos", "ascites", "biopsy", "pleura"]
    letters = re.findall(r'<li><a href="#letter-(\w+)">(\w)</a></li>', html)
    assert letters == [("a", "A"), ("b", "B"), ("p", "P")]
    assert html.count('<h2 id="letter-') == 3


def test_an_entry_shows_its_forms_see_also_and_its_live_guide_only(client):
    effusion = TermFactory(term="Pleural effusion", slug="pleural-effusion")
    guide = ArticleFactory(title="Living with fluid")
    TermFactory(
        term="Pleurodesis",
        slug="pleurodesis",
        other_forms=["talc pleurodesis"],
        guide=guide,
    ).see_also.add(effusion)
    TermFactory(term="Draft word", guide=ArticleFactory(draft=True, title="Unseen"))

    html = client.get(GLOSSARY).content.decode()

    assert "Also written: talc pleurodesis" in html
    assert 'See also: <a href="/glossary/#pleural-effusion">Pleural effusion</a>' in (
        html
    )
    assert f'<a href="{guide.get_absolute_url()}">Living with fluid</a>' in html
    assert "Unseen" not in html


def test_a_definition_marks_the_other_terms_it_uses_but_not_its_own(client):
    TermFactory(term="Pleura", slug="pleura", definition="The lining of the lungs.")
    TermFactory(
        term="Pleural effusion",
        slug="pleural-effusion",
        definition="Fluid in the pleura; a pleural effusion can be drained.",
    )

    html = client.get(GLOSSARY).content.decode()

    assert re.findall(r'class="glossary-term"[^>]*>([^<]*)</a>', html) == ["pleura"]


@pytest.mark.parametrize("terms", [3, 30])
def test_the_page_reads_the_same_queries_however_many_terms(
    client, django_assert_num_queries, terms
):
    guide = ArticleFactory()
    words = TermFactory.create_batch(terms, guide=guide)
    for word in words:
        word.see_also.add(words[0])

    # topics for the header, announcement, the terms, their see-also terms, their
    # guides, and once the terms every definition is marked with
    with django_assert_num_queries(6):
        response = client.get(GLOSSARY)

    assert len(entries(response.content.decode())) == terms


def test_a_term_edit_shows_at_once_on_the_cached_page(client, page_cache):
    term = TermFactory(term="Pleura", definition="The old words.")
    first = client.get(GLOSSARY)
    assert client.get(GLOSSARY)["X-Page-Cache"] == "hit"

    Term.objects.filter(pk=term.pk).update(definition="The new words.")
    edited = client.get(GLOSSARY)

    assert (first["X-Page-Cache"], edited["X-Page-Cache"]) == ("miss", "miss")
    assert "The new words." in edited.content.decode()


def test_a_terms_address_is_a_permanent_redirect_to_its_entry(client):
    TermFactory(slug="pleura")

    response = client.get(reverse("glossary:term_detail", args=["pleura"]))

    assert response.status_code == 301
    assert response["Location"] == "/glossary/#pleura"


def test_an_unknown_terms_address_is_404(client):
    response = client.get(reverse("glossary:term_detail", args=["no-such-word"]))

    assert response.status_code == 404


def test_an_empty_glossary_says_so(client):
    html = client.get(GLOSSARY).content.decode()

    assert "There are no words in the glossary yet." in html


def test_the_sitemap_lists_the_glossary_changed_when_a_term_last_was(client):
    assert "sitemap-glossary.xml" not in client.get(reverse("sitemap")).content.decode()
    empty = client.get(reverse("sitemap_section", args=["glossary"]))
    assert "<url>" not in empty.content.decode()
    term = TermFactory()

    index = client.get(reverse("sitemap")).content.decode()
    listed = client.get(reverse("sitemap_section", args=["glossary"])).content.decode()

    assert "<loc>http://testserver/sitemap-glossary.xml</loc><lastmod>" in index

    day = term.updated_at.date().isoformat()
    assert (
        f"<url><loc>http://testserver/glossary/</loc><lastmod>{day}</lastmod></url>"
        in listed
    )
