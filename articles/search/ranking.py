"""Which guides and FAQ answers match a query, best first: ids and ranks only.

The work of a search is bounded however many guides match; bench/README.md has the
measurements.
"""

import heapq

from django.contrib.postgres.search import SearchQuery

from articles.models import (
    Article,
    ArticleQuerySet,
    ArticleSearchHead,
    Category,
    FaqEntry,
)
from articles.search.query import build_query
from articles.search.results import Result

RESULTS_PER_KIND = 100
# How many guides that name the words in title, summary or tags are ranked at most.
HEAD_CANDIDATES = 1000
# Bodies are searched among this many newest guides first, and among all of them only
# when fewer than RESULTS_PER_KIND match there.
RECENT_GUIDES = 3000


def ranked_results(query: str, category: Category | None) -> list[Result]:
    """Guides and FAQ answers for a cleaned query, best first; promoted guides lead."""
    search_query = build_query(query)
    if search_query is None:
        return []
    # Interleaved by rank, each list keeping its own order: guides naming the words
    # in title, summary or tags stay ahead of guides naming them only in the body.
    results = list(
        heapq.merge(
            ranked_guides(search_query, category),
            ranked_questions(search_query, category),
            key=lambda result: -result.rank,
        )
    )
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


def ranked_guides(
    search_query: SearchQuery, category: Category | None = None
) -> list[Result]:
    """The best RESULTS_PER_KIND published guides for a query, best first.

    Guides that name the words in their title, summary or tags come first; the
    weighted rank puts them there anyway for a one-word query. They are found in the
    narrow head table. Ranking reads each candidate's whole row, and a broad word is
    in tens of thousands of guides, so the candidates are those among the
    RECENT_GUIDES newest guides (at most the newest HEAD_CANDIDATES of them), and the
    newest RESULTS_PER_KIND anywhere. Only when fewer than RESULTS_PER_KIND guides
    name the words there are the bodies searched: among the RECENT_GUIDES newest
    guides, and among all when fewer than RESULTS_PER_KIND match there.
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
        candidates = matching_heads.newest().values("article_id")[:HEAD_CANDIDATES]
        return _guide_results(guides.filter(pk__in=candidates).ranked(search_query))
    first_ids = [pk for pk, _ in newest]
    matches = guides.search(search_query).ranked(search_query, first=first_ids)
    if recent_since is not None:
        recent = _guide_results(matches.filter(publish_at__gte=recent_since))
        if len(recent) == RESULTS_PER_KIND:
            return recent
    return _guide_results(matches)


def ranked_questions(
    search_query: SearchQuery, category: Category | None = None
) -> list[Result]:
    """The best RESULTS_PER_KIND published FAQ entries for a query, best first."""
    questions = FaqEntry.objects.published().search(search_query)
    if category is not None:
        questions = questions.filter(category=category)
    ranked = questions.ranked(search_query).values_list("pk", "rank")
    return [
        Result(kind="question", pk=pk, rank=rank)
        for pk, rank in ranked[:RESULTS_PER_KIND]
    ]


def _guide_results(ranked: ArticleQuerySet) -> list[Result]:
    return [
        Result(kind="guide", pk=pk, rank=rank)
        for pk, rank in ranked.values_list("pk", "rank")[:RESULTS_PER_KIND]
    ]
