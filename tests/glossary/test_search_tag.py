"""{% glossary_matches query %}: the definitions of the terms a search uses, for the
search page to show above the guides it finds."""

import pytest
from django.template import Context, Template

from tests.factories import TermFactory

pytestmark = pytest.mark.django_db

TEMPLATE = Template("{% load glossary %}{% glossary_matches query %}")


def render(query) -> str:
    return TEMPLATE.render(Context({"query": query}))


@pytest.fixture
def terms():
    TermFactory(
        term="Pembrolizumab",
        slug="pembrolizumab",
        other_forms=["Keytruda"],
        definition="A checkpoint inhibitor that blocks PD-1.",
    )
    TermFactory(term="Pleurodesis", slug="pleurodesis", definition="Sticks layers.")


def test_a_term_the_query_names_by_any_form_is_defined(terms):
    html = render("is keytruda safe")

    assert '<h2 id="glossary-matches-title">A word explained</h2>' in html
    assert '<dt><a href="/glossary/#pembrolizumab">Pembrolizumab</a></dt>' in html
    assert "<dd>A checkpoint inhibitor that blocks PD-1.</dd>" in html


def test_each_term_the_query_uses_is_defined_in_its_order(terms):
    html = render("pleurodesis or pembrolizumab")

    assert "Words explained" in html
    assert html.index("Pleurodesis") < html.index("Pembrolizumab")


def test_at_most_three_terms_are_shown():
    for word in ["alpha", "beta", "gamma", "delta"]:
        TermFactory(term=word)

    html = render("alpha beta gamma delta")

    assert html.count("<dt>") == 3


@pytest.mark.parametrize("query", ["", None, "pleuro", "how long will i live"])
def test_a_query_that_names_no_term_shows_nothing(terms, query):
    assert render(query).strip() == ""


def test_it_reads_the_terms_in_one_query(terms, django_assert_num_queries):
    with django_assert_num_queries(1):
        render("keytruda")


def test_a_hostile_term_and_query_are_escaped():
    TermFactory(term="<b>bold</b>", other_forms=["bold"], definition="<i>x</i>")

    html = render('bold"><script>alert(1)</script>')

    assert "<b>" not in html
    assert "<i>" not in html
    assert "<script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
