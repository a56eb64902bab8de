"""Site search in PostgreSQL: weighted stored vectors, websearch syntax, synonyms,
trigram "did you mean", and snippets escaped before the highlight marks go in."""

import heapq
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import F, QuerySet, Value
from django.db.models.functions import Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import (
    Article,
    ArticleQuerySet,
    ArticleSearchHead,
    Category,
    FaqEntry,
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
# Private-use characters: they cannot come from a reader, so they can mark highlights.
START, STOP = "\ue000", "\ue001"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ue000\ue001]")
_WORD = re.compile(r"[a-z]{4,}")
# "keytruda/opdivo" means either; the parser would read it as one file-path token.
_SLASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
# "pleural-effusion" means both words; the parser would look for the compound token
# 'pleural-effus', which text saying "pleural effusion" does not hold.
_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


@dataclass
class Result:
    """A guide or FAQ answer found. The ranking knows only kind, pk and rank; the
    title, link, topic and snippet are filled in for the page shown
    (Outcome.describe)."""

    kind: str  # "guide" or "question"
    pk: int
    rank: float
    promoted: bool = False
    title: str = ""
    url: str = ""
    category: str = ""
    snippet: SafeString = field(default_factory=lambda: mark_safe(""))


@dataclass
class Outcome:
    query: str
    results: list[Result]
    suggestion: str = ""
    showing_suggestion: bool = False

    def describe(self, results: list[Result]) -> None:
        """Fill in title, link, topic and a snippet with the matched words
        highlighted, for the results shown: two queries for a page, however many
        results the search found."""
        search_query = build_query(
            self.suggestion if self.showing_suggestion else self.query
        )
        _describe(
            {r.pk: r for r in results if r.kind == "guide"},
            Article.objects.select_related("category").only(
                "title", "slug", "category__name"
            ),
            "title",
            "body_text",
            search_query,
        )
        _describe(
            {r.pk: r for r in results if r.kind == "question"},
            FaqEntry.objects.select_related("category").only(
                "question", "slug", "category__name"
            ),
            "question",
            "answer_text",
            search_query,
        )


def clean_query(raw: str) -> str:
    """What the reader typed, made safe to search: no control characters, one line,
    at most MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", raw or ""))
    text = _SLASH_BETWEEN_WORDS.sub(" or ", text)
    text = _HYPHEN_BETWEEN_WORDS.sub(" ", text)
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


class SynonymQuery(SearchQuery):
    """websearch_to_tsquery of a query in which each synonym group stands as one
    placeholder word, rewritten (ts_rewrite) to "any of the group's words".

    So "opdivo and yervoy" is (opdivo or nivolumab) and (yervoy or ipilimumab), and
    "-chemo" excludes chemotherapy too: a query that grows with the number of
    synonyms, not with the number of their combinations.
    """

    def __init__(self, text: str, groups: dict[str, list[str]]):
        super().__init__(text, search_type="websearch", config=CONFIG)
        self.groups = groups

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        for placeholder, words in self.groups.items():
            any_word = " || ".join(["phraseto_tsquery(%s::regconfig, %s)"] * len(words))
            sql = f"ts_rewrite({sql}, to_tsquery(%s::regconfig, %s), {any_word})"
            params = [*params, CONFIG, placeholder]
            for word in words:
                params += [CONFIG, word]
        return sql, params


def build_query(query: str) -> SearchQuery | None:
    """The query as PostgreSQL reads it: websearch syntax, synonyms applied."""
    text, groups = replace_synonyms(query)
    return SynonymQuery(text, groups) if text.strip() else None


def replace_synonyms(query: str) -> tuple[str, dict[str, list[str]]]:
    """The lower-cased query with every word or phrase of a known synonym group put
    as the group's placeholder, and the groups so used by placeholder."""
    text = query.lower()
    groups = {}
    for synonym in SearchSynonym.objects.all():
        words = synonym.words()
        # Longest first: "lung lining" rather than "lung". Not inside a compound:
        # "pleural-1" is not "pleural". "-chemo" is: it excludes the whole group.
        any_word = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        # A letters-and-digits token: the parser keeps it whole, no dictionary
        # changes it, and a reader is unlikely to type it.
        placeholder = f"synonym{synonym.pk}x"
        text, found = re.subn(
            rf"(?<!\w)(?<!\w-)(?:{any_word})(?![\w-])", placeholder, text
        )
        if found:
            groups[placeholder] = words
    return text, groups


def suggest(query: str) -> str:
    """The query with misspelt words replaced by the closest known words, or ""."""
    words = sorted(set(_WORD.findall(query.lower())))
    if not words:
        return ""
    corrected = query.lower()
    for word, best in _corrections(words).items():
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
    guides, and among all when fewer than RESULTS_PER_KIND match there. The work of a
    search is bounded that way however many guides match; bench/README.md has the
    measurements.
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


def _describe(
    results: dict[int, Result],
    queryset: QuerySet,
    title_field: str,
    text_field: str,
    search_query: SearchQuery | None,
) -> None:
    if not results:
        return
    rows = queryset.filter(pk__in=results)
    if search_query is not None:
        rows = rows.annotate(headline=_headline(text_field, search_query))
    for row in rows:
        result = results[row.pk]
        result.title = getattr(row, title_field)
        result.url = row.get_absolute_url()
        result.category = row.category.name
        if search_query is not None:
            result.snippet = _highlight(row.headline)


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


def _corrections(words: list[str]) -> dict[str, str]:
    """For each word that is not a known word, the closest known word: among those
    similar enough by trigrams or one or two edits away, the fewest edits away
    ("pleurel" is "pleural", not the more trigram-similar "pleura"; "feilds" is
    "fields"). Known: the words of live guides' titles (SearchWord, the closest few
    by its trigram index), of tags, topics and synonyms."""
    names = list(Tag.objects.values_list("name", flat=True))
    names += list(Category.objects.values_list("name", flat=True))
    for synonym in SearchSynonym.objects.all():
        names += synonym.words()
    named = sorted({w for name in names for w in _WORD.findall(name.lower())})
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT asked.word, best.known
              FROM unnest(%s::text[]) AS asked (word)
             CROSS JOIN LATERAL (
                SELECT known
                  FROM (
                    SELECT unnest(%s::text[])
                    UNION ALL
                    (SELECT title_word.word FROM articles_searchword AS title_word
                      ORDER BY title_word.word <-> asked.word LIMIT 5)
                  ) AS candidates (known)
                 WHERE similarity(known, asked.word) >= 0.45
                    -- Swapped letters ("feilds") share few trigrams.
                    OR levenshtein(known, asked.word)
                       <= CASE WHEN length(asked.word) >= 6 THEN 2 ELSE 1 END
                 ORDER BY known = asked.word DESC,
                          levenshtein(known, asked.word),
                          similarity(known, asked.word) DESC,
                          known
                 LIMIT 1
             ) AS best
             WHERE best.known <> asked.word
            """,
            [words, named],
        )
        return dict(cursor.fetchall())
