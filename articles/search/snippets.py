"""Titles, links and snippets for the results shown, the matched words highlighted:
the text is escaped first, then the highlight marks become <mark> tags."""

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db.models import F, QuerySet, Value
from django.db.models.functions import Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, FaqEntry
from articles.search.results import Result
from articles.sql import SEARCH_CONFIG as CONFIG

# Private-use characters: they cannot come from a reader, so they can mark highlights.
START, STOP = "\ue000", "\ue001"


# What describes a result of each kind: its model, title field and plain-text field.
KINDS = {
    "guide": (Article, "title", "body_text"),
    "question": (FaqEntry, "question", "answer_text"),
}


def describe(results: list[Result], search_query: SearchQuery | None) -> None:
    """Fill in title, link, topic and a snippet for each result: one query a kind,
    however many results the search found."""
    for kind, (model, title_field, text_field) in KINDS.items():
        _describe(
            {r.pk: r for r in results if r.kind == kind},
            model.objects.select_related("category").only(
                title_field, "slug", "category__name"
            ),
            title_field,
            text_field,
            search_query,
        )


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
