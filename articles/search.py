"""Site search in PostgreSQL: weighted stored vectors, websearch syntax, synonyms,
trigram "did you mean", and snippets escaped before the highlight marks go in."""

import heapq
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import (
    Article,
    ArticleSearchHead,
    Category,
    FaqEntry,
    PromotedResult,
    SearchSynonym,
    Tag,
    UnansweredSearch,
)

CONFIG = "portal_english"  # created by migration 0004
MAX_QUERY_LENGTH = 200
RESULTS_PER_KIND = 100
# How many guides that name the words in title, summary or tags are ranked at most.
HEAD_CANDIDATES = 1000
# Bodies are searched among this many newest guides first, and among all of them only
# when fewer than RESULTS_PER_KIND match there.
RECENT_GUIDES = 3000
MAX_VARIANTS = 8
# Private-use characters: they cannot come from a reader, so they can mark highlights.
START, STOP = "\ue000", "\ue001"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ue000\ue001]")
_WORD = re.compile(r"[a-z]{4,}")
# "keytruda/opdivo" means either; the parser would read it as one file-path token.
_SLASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")


@dataclass
class Result:
    kind: str  # "guide" or "question"
    pk: int
    title: str
    url: str
    category: str
    rank: float
    promoted: bool = False
    snippet: SafeString = field(default_factory=lambda: mark_safe(""))


@dataclass
class Outcome:
    query: str
    results: list[Result]
    suggestion: str = ""
    showing_suggestion: bool = False


def clean_query(raw: str) -> str:
    """What the reader typed, made safe to search: no control characters, one line,
    at most MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", raw or ""))
    text = _SLASH_BETWEEN_WORDS.sub(" or ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search(raw_query: str, category: Category | None = None) -> Outcome:
    """Guides and FAQ answers for a query, best first; a suggestion when few match."""
    query = clean_query(raw_query)
    if not query:
        return Outcome(query="", results=[])
    results = _results(query, category)
    outcome = Outcome(query=query, results=results)
    if len(results) < 3:
        suggestion = suggest(query)
        if suggestion:
            outcome.suggestion = suggestion
            if not results:
                outcome.results = _results(suggestion, category)
                outcome.showing_suggestion = bool(outcome.results)
    if not results:
        record_unanswered(query)
    return outcome


def add_snippets(results: list[Result], query: str) -> None:
    """Highlight the matched words in the results shown (only the page, not all)."""
    search_query = build_query(query)
    if search_query is None:
        return
    guides = {r.pk: r for r in results if r.kind == "guide"}
    questions = {r.pk: r for r in results if r.kind == "question"}
    headlines = Article.objects.filter(pk__in=guides).annotate(
        headline=_headline("body_text", search_query)
    )
    for pk, headline in headlines.values_list("pk", "headline"):
        guides[pk].snippet = _highlight(headline)
    headlines = FaqEntry.objects.filter(pk__in=questions).annotate(
        headline=_headline("answer_text", search_query)
    )
    for pk, headline in headlines.values_list("pk", "headline"):
        questions[pk].snippet = _highlight(headline)


def build_query(query: str) -> SearchQuery | None:
    """websearch_to_tsquery of the query, OR the same with synonyms swapped in."""
    variants = synonym_variants(query)
    if not variants:
        return None
    combined = None
    for variant in variants:
        part = SearchQuery(variant, search_type="websearch", config=CONFIG)
        combined = part if combined is None else combined | part
    return combined


def synonym_variants(query: str) -> list[str]:
    """The query, then the query with each known synonym put in place of its term."""
    lowered = query.lower()
    variants = [lowered]
    excluded = []
    for synonym in SearchSynonym.objects.all():
        words = synonym.words()
        for word in words:
            if re.search(rf"(?<![\w-])-{re.escape(word)}(?!\w)", lowered):
                # "-chemo" also excludes "chemotherapy", in every variant.
                excluded += [f"-{_quoted(other)}" for other in words if other != word]
                break
            # Not after "-": an excluded word stays excluded in every variant.
            pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?!\w)")
            if pattern.search(lowered):
                # Into every variant so far: "opdivo and yervoy" also becomes
                # "nivolumab and ipilimumab".
                variants += [
                    pattern.sub(_quoted(other), variant)
                    for variant in variants
                    for other in words
                    if other != word
                ]
                break
    suffix = "".join(f" {word}" for word in excluded)
    return [variant + suffix for variant in dict.fromkeys(variants)][:MAX_VARIANTS]


def suggest(query: str) -> str:
    """The query with misspelt words replaced by the closest known words, or ""."""
    words = _WORD.findall(query.lower())
    if not words:
        return ""
    vocabulary = _vocabulary(words)
    corrected = query.lower()
    for word, best in _closest(words, vocabulary).items():
        corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", best, corrected)
    return corrected if corrected != query.lower() else ""


def record_unanswered(query: str) -> None:
    """Count a search that found nothing: normalized words only, nothing personal."""
    normalized = " ".join(query.lower().split())[:MAX_QUERY_LENGTH]
    entry, _ = UnansweredSearch.objects.get_or_create(query=normalized)
    UnansweredSearch.objects.filter(pk=entry.pk).update(count=F("count") + 1)


def _results(query: str, category: Category | None) -> list[Result]:
    search_query = build_query(query)
    if search_query is None:
        return []
    guides = ranked_guides(search_query, category)
    questions = ranked_questions(search_query, category)
    promoted_ids = list(
        PromotedResult.objects.filter(term__iexact=query).values_list(
            "article", flat=True
        )
    )
    answers = [
        Result(
            kind="question",
            pk=entry.pk,
            title=entry.question,
            url=entry.get_absolute_url(),
            category=entry.category.name,
            rank=entry.rank,
        )
        for entry in questions
    ]
    # Interleaved by rank, each list keeping its own order: guides naming the words
    # in title, summary or tags stay ahead of guides naming them only in the body.
    results = list(
        heapq.merge(
            [_guide_result(article, article.rank) for article in guides],
            answers,
            key=lambda result: -result.rank,
        )
    )
    if promoted_ids:
        promoted = Article.objects.published().filter(pk__in=promoted_ids).for_listing()
        pinned = [_guide_result(a, float("inf"), promoted=True) for a in promoted]
        pinned_urls = {result.url for result in pinned}
        results = pinned + [r for r in results if r.url not in pinned_urls]
    return results


def ranked_guides(
    search_query: SearchQuery, category: Category | None = None
) -> list[Article]:
    """The best RESULTS_PER_KIND published guides for a query, best first.

    Guides that name the words in their title, summary or tags come first; the
    weighted rank puts them there anyway for a one-word query. They are found in the
    narrow head table. A broad word is in tens of thousands of guides, and ranking
    reads each candidate's whole row, so at most the newest HEAD_CANDIDATES of them
    are ranked. Only when fewer than RESULTS_PER_KIND guides name the words there
    are the bodies searched: among the RECENT_GUIDES newest guides, and among all
    when fewer than RESULTS_PER_KIND match there. The work of a search is bounded
    that way however many guides match; bench/README.md has the measurements.
    """
    heads = ArticleSearchHead.objects.published()
    guides = Article.objects.published()
    if category is not None:
        heads = heads.filter(category=category)
        guides = guides.in_category(category)
    newest_heads = (
        heads.search(search_query).newest().values_list("article_id", flat=True)
    )
    first_ids = list(newest_heads[:RESULTS_PER_KIND])
    if len(first_ids) == RESULTS_PER_KIND:
        candidates = newest_heads[:HEAD_CANDIDATES]  # a subquery: no round trip
        return list(
            guides.filter(pk__in=candidates).ranked(search_query)[:RESULTS_PER_KIND]
        )
    matches = guides.search(search_query).ranked(search_query, first=first_ids)
    recent_since = (
        heads.newest()
        .values_list("publish_at", flat=True)[RECENT_GUIDES - 1 : RECENT_GUIDES]
        .first()
    )
    if recent_since is not None:
        recent = list(matches.filter(publish_at__gte=recent_since)[:RESULTS_PER_KIND])
        if len(recent) == RESULTS_PER_KIND:
            return recent
    return list(matches[:RESULTS_PER_KIND])


def ranked_questions(
    search_query: SearchQuery, category: Category | None = None
) -> list[FaqEntry]:
    """The best RESULTS_PER_KIND published FAQ entries for a query, best first."""
    questions = FaqEntry.objects.published().search(search_query)
    if category is not None:
        questions = questions.filter(category=category)
    return list(questions.ranked(search_query)[:RESULTS_PER_KIND])


def _guide_result(article: Article, rank: float, promoted: bool = False) -> Result:
    return Result(
        kind="guide",
        pk=article.pk,
        title=article.title,
        url=article.get_absolute_url(),
        category=article.category.name,
        rank=rank,
        promoted=promoted,
    )


def _headline(field_name: str, search_query: SearchQuery) -> SearchHeadline:
    text = Replace(
        Replace(F(field_name), Value(START), Value("")), Value(STOP), Value("")
    )
    return SearchHeadline(
        text,
        search_query,
        config=CONFIG,
        start_sel=START,
        stop_sel=STOP,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def _highlight(headline: str) -> SafeString:
    """Escape the text first, then turn the private marks into <mark> tags."""
    escaped = escape(headline)
    return mark_safe(escaped.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def _quoted(phrase: str) -> str:
    return f'"{phrase}"' if " " in phrase else phrase


def _vocabulary(words: list[str]) -> list[str]:
    """Known words near the query's: titles (trigram index), tags, topics, synonyms."""
    names = list(Tag.objects.values_list("name", flat=True))
    names += list(Category.objects.values_list("name", flat=True))
    for synonym in SearchSynonym.objects.all():
        names += synonym.words()
    similar_titles = [
        Article.objects.published()
        .filter(title__trigram_word_similar=word)
        .values_list("title", flat=True)[:10]
        for word in words
    ]
    # One query however long the question: a UNION of the per-word lookups.
    names += list(similar_titles[0].union(*similar_titles[1:], all=True))
    return sorted({w for name in names for w in _WORD.findall(name.lower())})


def _closest(words: list[str], vocabulary: list[str]) -> dict[str, str]:
    """For each word not in the vocabulary, the vocabulary word most similar to it
    by trigrams, if similar enough; one query for all the words."""
    unknown = sorted(set(words) - set(vocabulary))
    if not unknown or not vocabulary:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word, best.candidate FROM unnest(%s::text[]) AS word"
            " CROSS JOIN LATERAL ("
            "   SELECT candidate, similarity(candidate, word) AS score"
            "   FROM unnest(%s::text[]) AS candidate ORDER BY score DESC LIMIT 1"
            " ) AS best WHERE best.score >= 0.45",
            [unknown, vocabulary],
        )
        return dict(cursor.fetchall())
