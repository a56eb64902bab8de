"""The XSS corpus (tests/security/) through the glossary: as a term's name, forms and
definition on the A-Z page and in the search tag, and as sanitized rich text that the
marking rewrites. Nothing may come out able to run script."""

import pytest
from django.template import Context, Template
from django.urls import reverse

from articles.sanitize import clean_html
from glossary.marking import Glossary, marked
from tests.factories import TermFactory
from tests.security.corpus import VECTORS
from tests.security.dom import script_findings

pytestmark = pytest.mark.django_db

# Words the vectors are full of, so that the marking rewrites around them.
WORDS = ["alert", "script", "img", "javascript", "src", "x", "onerror", "svg", "a"]


def test_the_corpus_as_terms_is_inert_on_the_glossary_page_and_in_search(client):
    for index, vector in enumerate(VECTORS):
        vector = vector.replace("\x00", "")  # the admin's forms refuse NUL
        TermFactory(
            term=f"{vector[:90]} {index}",
            other_forms=[f"{vector[:90]} form {index}"],
            definition=vector[:400],
        )
    search = Template("{% load glossary %}{% glossary_matches query %}")

    page = client.get(reverse("glossary:glossary")).content.decode()
    found = {"page": script_findings(page)}
    for index, vector in enumerate(VECTORS[:50]):
        query = f"{vector.replace(chr(0), '')[:90]} {index}"
        html = search.render(Context({"query": query}))
        found[index] = script_findings(html)

    assert {where: what for where, what in found.items() if what} == {}


def test_marking_sanitized_rich_text_leaves_it_inert():
    for word in WORDS:
        TermFactory(term=word, definition=f"<script>alert('{word}')</script>")
    glossary = Glossary.read()

    found = {}
    for index, vector in enumerate(VECTORS):
        html = marked(clean_html(f"<p>{vector} alert script</p>"), glossary=glossary)
        if findings := script_findings(html):
            found[index] = findings

    assert found == {}
