"""Which guides and FAQ answers match a query, best first: ids and ranks only.

The work of a search is bounded however many guides match; bench/README.md has the
measurements.
"""

import heapq
import math
from dataclasses import replace

from django.contrib.postgres.search import SearchQuery
from django.db import connection

from articles.models import (
    Article,
    ArticleQuerySet,
    ArticleSearchHead,
    Category,
    FaqEntry,
    SearchTermCount,
)
from articles.search.query import SynonymQuery, build_query
from articles.search.results import Result

RESULTS_PER_KIND = 100
# How many guides that name the words in title, summary or tags are ranked at most.
HEAD_CANDIDATES = 1000
# Bodies are searched among this many newest guides first, and among all of them only
# when fewer than RESULTS_PER_KIND match there.
RECENT_GUIDES = 3000
# Guides with only some of a query's words are added when fewer than this many (a
# page of results) have them all, from at most PARTIAL_CANDIDATES head matches: each
# candidate is ranked word by word.
PARTIAL_MATCHES_BELOW = 10
PARTIAL_CANDIDATES = 300


def ranked_results(query: str, category: Category | None) -> list[Result]:
    """Guides and FAQ answers for a cleaned query, best first; promoted guides lead."""
    search_query = build_query(query)
    if search_query is None:
        return []
    words = weighted_words(search_query)
    guides = ranked_guides(search_query, category, words)
    # Interleaved by rank, each list keeping its own order: guides naming the words
    # in title, summary or tags stay ahead of guides naming them only in the body.
    # Guides with only some of the words come after every text that has them all.
    results = list(
        heapq.merge(
            [guide for guide in guides if not guide.partial],
            ranked_questions(search_query, category, words),
            key=lambda result: -result.rank,
        )
    ) + [guide for guide in guides if guide.partial]
    promoted_ids = list(
        Article.objects.published()
        .filter(promotions__term__iexact=query)
        .order_by("-publish_at", "pk")
        .values_list("pk", flat=True)
    )
    if promoted_ids:
        pinned = [
            Result(kind="guide", pk=pk, rank=float("inf"), promoted=True)
            for pk in promoted_ids
        ]
        results = pinned + [
            r for r in results if not (r.kind == "guide" and r.pk in promoted_ids)
        ]
    return results


def weighted_words(search_query: SynonymQuery) -> list[tuple[SearchQuery, float]]:
    """The words of a query of plain words, each with its weight, stop words left
    out: the rarer a word is in the titles, summaries and tags of live guides, the
    more it says which guide is meant. In "lung lining cancer chemo" the lining and
    cancer are named by nearly every guide, chemotherapy by few: its guide comes
    first.

    The weight is the word's inverse document frequency, smoothed:
    ln((guides + 1) / (guides naming it + 1)) + 1, from the daily counts of
    SearchTermCount (a word with synonyms: its most common term), in one query. All
    words weigh 1 until the terms are first counted.
    """
    words = search_query.words
    if len(words) < 2:  # one word: its weight changes no order
        return [(word, 1.0) for word in words]
    query = SearchTermCount.objects.all().query
    compiler = query.get_compiler(connection=connection)
    table = SearchTermCount._meta.db_table
    # The ORM's SQL of each word's query, its values as parameters.
    selected = [f"(SELECT guides FROM {table} WHERE term = %s)"]  # noqa: S608
    params = [SearchTermCount.ALL_GUIDES]
    for word in words:
        sql, word_params = compiler.compile(word.resolve_expression(query))
        selected.append(f"numnode({sql})")
        selected.append(
            f"(SELECT max(guides) FROM {table} WHERE term IN ("  # noqa: S608
            f"SELECT replace(lexeme[1], '''''', '''') "
            f"FROM regexp_matches(({sql})::text, %s, 'g') AS lexeme))"
        )
        params += [*word_params, *word_params, QUOTED_TERM]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(selected)}", params)
        guides, *counts = cursor.fetchone()
    guides = guides or 0
    return [
        (word, math.log((guides + 1) / ((naming or 0) + 1)) + 1)
        for word, terms, naming in zip(words, counts[::2], counts[1::2], strict=True)
        if terms
    ]


# A term as a tsquery prints it: in single quotes, a quote in it doubled.
QUOTED_TERM = r"'((?:[^']|'')+)'"


def ranked_guides(
    search_query: SynonymQuery, category: Category | None = None, words=None
) -> list[Result]:
    """The best RESULTS_PER_KIND published guides for a query, best first: those
    with all its words, then, if fewer than PARTIAL_MATCHES_BELOW, those with any of
    them (`any_word`), each ranked by its words' weights (`words`, weighted_words
    when not given).

    A guide with most of the words thus comes before one with fewer of them when few
    have all: for "pleural chemotherapy hope", the guides that name the lining and
    chemotherapy come before those that name only one of them.
    """
    if words is None:
        words = weighted_words(search_query)
    results = _guides_matching(search_query, category, words, heads_first=True)
    if len(results) < PARTIAL_MATCHES_BELOW and search_query.any_word is not None:
        found = {result.pk for result in results}
        more = _guides_matching(
            search_query.any_word, category, words, candidates=PARTIAL_CANDIDATES
        )
        results += [replace(r, partial=True) for r in more if r.pk not in found]
    return results[:RESULTS_PER_KIND]


def _guides_matching(
    search_query: SearchQuery,
    category: Category | None,
    words,
    *,
    heads_first=False,
    candidates: int | None = None,
) -> list[Result]:
    """The best RESULTS_PER_KIND published guides matching a query, best first.

    Guides that name the words in their title, summary or tags come first; the
    weighted rank puts them there anyway for a one-word query. They are found in the
    narrow head table. Ranking reads each candidate's whole row, and a broad word is
    in tens of thousands of guides, so the candidates are those among the
    RECENT_GUIDES newest guides (at most the newest `candidates` of them,
    HEAD_CANDIDATES unless given), and the
    newest RESULTS_PER_KIND anywhere. Only when fewer than RESULTS_PER_KIND guides
    name the words there are the bodies searched: among the RECENT_GUIDES newest
    guides, and among all when fewer than RESULTS_PER_KIND match there; the guides
    naming them in the head come first when `heads_first`.
    """
    heads = ArticleSearchHead.objects.published()
    guides = Article.objects.published()
    if category is not None:
        heads = heads.filter(category=category)
        guides = guides.in_category(category)
    matching_heads = heads.search(search_query)
    newest = list(
        matching_heads.newest().values_list("article_id", "publish_at")[
            :RESULTS_PER_KIND
        ]
    )
    recent_since = (
        heads.order_by("-publish_at")
        .values_list("publish_at", flat=True)[RECENT_GUIDES - 1 : RECENT_GUIDES]
        .first()
    )
    if len(newest) == RESULTS_PER_KIND:
        if recent_since is not None:
            oldest_of_newest = newest[-1][1]
            matching_heads = matching_heads.filter(
                publish_at__gte=min(recent_since, oldest_of_newest)
            )
        newest_heads = matching_heads.newest().values("article_id")[
            : candidates or HEAD_CANDIDATES
        ]
        return _guide_results(
            guides.filter(pk__in=newest_heads).ranked(search_query, words=words)
        )
    first_ids = [pk for pk, _ in newest] if heads_first else []
    matches = guides.search(search_query).ranked(
        search_query, first=first_ids, words=words
    )
    if recent_since is not None:
        recent = _guide_results(matches.filter(publish_at__gte=recent_since))
        if len(recent) == RESULTS_PER_KIND:
            return recent
    return _guide_results(matches)


def ranked_questions(
    search_query: SynonymQuery, category: Category | None = None, words=None
) -> list[Result]:
    """The best RESULTS_PER_KIND published FAQ entries with all the query's words,
    best first, ranked as guides are (`words`, weighted_words when not given)."""
    if words is None:
        words = weighted_words(search_query)
    questions = FaqEntry.objects.published().search(search_query)
    if category is not None:
        questions = questions.filter(category=category)
    ranked = questions.ranked(search_query, words).values_list("pk", "rank")
    return [
        Result(kind="question", pk=pk, rank=rank)
        for pk, rank in ranked[:RESULTS_PER_KIND]
    ]


def _guide_results(ranked: ArticleQuerySet) -> list[Result]:
    return [
        Result(kind="guide", pk=pk, rank=rank)
        for pk, rank in ranked.values_list("pk", "rank")[:RESULTS_PER_KIND]
    ]
