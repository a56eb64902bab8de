"""Hostile and odd queries: whatever a reader or a script types, search answers with
a page, never an error (the parser of websearch_to_tsquery, the trigram "did you
mean", the snippets and the count of searches that found nothing included)."""

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import search
from articles.models import SearchSynonym, UnansweredSearch
from articles.search.query import MAX_QUERY_LENGTH, MAX_WORDS, read_query
from articles.services import unanswered_search_record
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SEARCH_URL = reverse("articles:search")


@pytest.fixture
def library():
    SearchSynonym.objects.create(term="chemo", equivalents="chemotherapy")
    ArticleFactory(title="Chemotherapy for pleural mesothelioma")
    ArticleFactory(title="Surgery for pleural mesothelioma")


def websearch(text: str) -> str:
    """The tsquery PostgreSQL makes of a query text."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT websearch_to_tsquery('portal_english', %s)", [text])
        return cursor.fetchone()[0]


@pytest.mark.parametrize(
    "query",
    [
        "-" * 35,
        "-" * 200 + "chemo",
        "- " * 99 + "chemo",
        "-!" * 60 + "surgery",
        "-(-&-|-<-" * 20 + "surgery",
        "surgery!" + "-" * 60 + "chemo",
        "'surgery'" + "-" * 60 + "chemo",
        '"' + "-" * 60 + 'chemo" ' + "-" * 60,
        "-" * 40 + '"pleural mesothelioma"',
    ],
    ids=[
        "35 minus signs",
        "200 before a word",
        "spaced",
        "between operators",
        "all operators",
        "after a word",
        "after a quoted word",
        "in and after a phrase",
        "before a phrase",
    ],
)
def test_minus_signs_in_a_row_exclude_a_word_once(client, library, query):
    """websearch_to_tsquery stacks a NOT per minus sign and failed past 32."""
    response = client.get(SEARCH_URL, {"q": query})

    assert response.status_code == 200
    assert "-" * 2 not in read_query(query).text
    websearch(read_query(query).text)  # PostgreSQL reads it


def test_a_query_without_words_gets_a_helpful_page_and_is_not_counted(client):
    response = client.get(SEARCH_URL, {"q": "-" * 35})

    content = response.content.decode()
    assert response.status_code == 200
    assert f"“{'-' * 35}” has no words to search for." in content
    assert "Type a few words" in content
    assert not UnansweredSearch.objects.exists()


def test_an_excluded_word_is_still_excluded_after_many_minus_signs(library):
    found = [r.pk for r in search.search("mesothelioma " + "-" * 40 + "chemo").results]
    surgery = search.search("surgery").results

    assert found == [result.pk for result in surgery]


def test_a_long_query_is_cut_to_its_first_words_and_says_so(client, library):
    words = ["surgery"] + [str(n) for n in range(100)]

    read = read_query(" ".join(words))
    response = client.get(SEARCH_URL, {"q": " ".join(words)})

    assert read.text.split() == words[:MAX_WORDS]
    assert read.shortened
    assert b"That was a long search" in response.content
    assert not read_query("surgery for mesothelioma").shortened


def test_ten_thousand_characters_are_cut_to_the_limit(client, library):
    response = client.get(SEARCH_URL, {"q": "chemo " * 2000})

    assert response.status_code == 200
    assert len(read_query("chemo " * 2000).text) <= MAX_QUERY_LENGTH


def test_control_characters_and_lone_surrogates_never_reach_postgresql(library):
    read = read_query("pleural\x00surgery\ud800\udfff\x1b chemo")

    assert read.text == "pleural surgery chemo"
    assert search.search("\ud800" * 50 + "surgery").results


# Pieces of queries an attacker strings together: every operator of both tsquery
# syntaxes, quotes, escapes, words (synonyms, title words), scripts and odd characters.
PIECES = [
    "-", '"', "(", ")", "!", "&", "|", "<->", "<2>", ":*", ":A", "'", "\\", " ",
    "or", "OR", "and", "chemo", "surgery", "pleurel", "mesothelioma", "\x00",
    "\ud800", "\u200b", "😀", "علاج", "химиотерапия", "化疗", "x" * 50, "/", "-or",
]  # fmt: skip


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=st.one_of(
        st.lists(st.sampled_from(PIECES), max_size=400).map("".join),
        st.text(max_size=600),
    )
)
def test_any_string_searches_without_an_error(library, query):
    outcome = search.search(query)
    outcome.describe(outcome.results)
    if outcome.found_nothing:
        unanswered_search_record(query=outcome.query)
