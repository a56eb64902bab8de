"""Readable differences between two versions of a guide or an FAQ entry.

A version is a mapping of the medical fields (`GUIDE_FIELDS`, `FAQ_FIELDS`). Rich text
is compared as readable text, one block per paragraph, heading, list item or table row
(`articles.sanitize.html_to_blocks`), then word by word inside a changed block; a link
whose target changed is shown with its old and new target. Everything taken from a
version is escaped: the only markup in the result is this package's own.

The standard library's difflib, not diff-match-patch: it lines up any sequence
(blocks, words, sources), and its result never depends on a deadline (diff-match-patch
stops at `Diff_Timeout` and returns a coarser diff, so the same two versions could diff
differently on a busy machine).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString

from articles.diffs.align import Row, align, render_rows
from articles.diffs.words import (
    EMPTY,
    added,
    collapse,
    join,
    mark_words,
    opcodes,
    removed,
    replaced,
    words,
)
from articles.sanitize import html_to_blocks

TEXT, HTML, SOURCES = "text", "html", "sources"


class Field(NamedTuple):
    key: str
    label: str
    kind: str  # TEXT (plain text), HTML (cleaned rich text) or SOURCES


SOURCES_FIELD = Field("sources", "Sources", SOURCES)
GUIDE_FIELDS = (
    Field("title", "Title", TEXT),
    Field("summary", "Summary", TEXT),
    Field("body", "Body", HTML),
    SOURCES_FIELD,
)
FAQ_FIELDS = (
    Field("question", "Question", TEXT),
    Field("answer", "Answer", HTML),
    SOURCES_FIELD,
)


@dataclass(frozen=True)
class FieldChange:
    key: str
    label: str
    changed: bool
    html: SafeString  # the differences, marked up; empty when the field did not change


def compare(
    old: Mapping | None, new: Mapping, fields: Sequence[Field] = GUIDE_FIELDS
) -> list[FieldChange]:
    """Return the differences from old to new, field by field (None: a first version).

    A key missing from a version counts as empty, so that a revision saved before a
    field existed still compares. Differences of spacing alone are no change.
    """
    differs = {TEXT: _diff_text, HTML: _diff_html, SOURCES: _diff_sources}
    changes = []
    for key, label, kind in fields:
        if kind not in differs:
            raise ValueError(f"Unknown kind {kind!r} for field {key!r}.")
        html = differs[kind]((old or {}).get(key), new.get(key))
        changes.append(FieldChange(key, label, bool(html), html))
    return changes


def _diff_text(old: str | None, new: str | None) -> SafeString:
    old, new = collapse(old), collapse(new)
    if words(old) == words(new):
        return EMPTY
    return format_html('<p class="diff-text">{}</p>', mark_words(old, new))


# --- rich text -----------------------------------------------------------------------

# kind: (the mark shown before a block of it, singular, plural)
_KINDS = {
    "p": ("", "paragraph", "paragraphs"),
    "h2": ("H2", "heading", "headings"),
    "h3": ("H3", "heading", "headings"),
    "h4": ("H4", "heading", "headings"),
    "li": ("•", "list item", "list items"),
    "blockquote": ("Quote", "quotation", "quotations"),
    "figcaption": ("Caption", "caption", "captions"),
    "tr": ("Row", "table row", "table rows"),
    "img": ("Image", "image", "images"),
}


def _diff_html(old: str | None, new: str | None) -> SafeString:
    old_blocks, new_blocks = html_to_blocks(old or ""), html_to_blocks(new or "")
    old_keys = [
        (b.kind, words(b.text), tuple(h for _, h in b.links)) for b in old_blocks
    ]
    new_keys = [
        (b.kind, words(b.text), tuple(h for _, h in b.links)) for b in new_blocks
    ]
    if old_keys == new_keys:
        if new_keys and collapse(old) != collapse(new):
            return format_html(
                '<p class="diff-note">{}</p>',
                "Only formatting changed (such as bold, italics or spacing): "
                "the words and links are the same.",
            )
        return EMPTY

    def render(row: Row) -> SafeString:
        a = None if row.old is None else old_blocks[row.old]
        b = None if row.new is None else new_blocks[row.new]
        kind, links = (b or a).kind, EMPTY
        if a and b and row.status == "equal":
            mark, text = _mark(kind), conditional_escape(b.text)
        elif a and b:
            mark = _mark(kind) if a.kind == b.kind else _changed_mark(a.kind, b.kind)
            text, links = mark_words(a.text, b.text), _links(a.links, b.links, kind)
        elif a:
            mark, text = _mark(kind), removed(a.text)
            links = EMPTY if row.note else _links(a.links, (), kind)
        else:
            mark, text = _mark(kind), added(b.text)
            links = EMPTY if row.note else _links((), b.links, kind)
        return format_html(
            '<div class="diff-block diff-{} diff-{}">{}{}{}{}</div>',
            row.status, kind, _note(row.note), mark, text, links,
        )  # fmt: skip

    def kind(row: Row) -> str:
        return (
            new_blocks[row.new] if row.new is not None else old_blocks[row.old]
        ).kind

    rows = align(old_keys, new_keys, [k[1] for k in old_keys], [k[1] for k in new_keys])
    html = render_rows(
        rows,
        render,
        noun=lambda row: _KINDS[kind(row)][1:],
        is_heading=lambda row: kind(row) in ("h2", "h3", "h4"),
    )
    return format_html('<div class="diff-blocks">{}</div>', html)


def _mark(kind: str) -> SafeString:
    label = _KINDS[kind][0]
    return format_html('<span class="diff-tag">{}</span> ', label) if label else EMPTY


def _changed_mark(old_kind: str, new_kind: str) -> SafeString:
    old_label, new_label = _KINDS[old_kind][0] or "¶", _KINDS[new_kind][0] or "¶"
    return format_html(
        '<span class="diff-tag">{}{}</span> ', removed(old_label), added(new_label)
    )


def _links(old_links: Sequence, new_links: Sequence, kind: str) -> SafeString:
    """List the links added, removed or pointed elsewhere, with their targets (an
    image's: its file)."""
    label = "Image file" if kind == "img" else "Link"
    items = []
    old_hrefs, new_hrefs = [h for _, h in old_links], [h for _, h in new_links]
    for tag, i1, i2, j1, j2 in opcodes(old_hrefs, new_hrefs):
        if tag == "equal":
            continue
        olds, news = old_links[i1:i2], new_links[j1:j2]
        for n in range(max(len(olds), len(news))):
            was = olds[n] if n < len(olds) else ("", "")
            now = news[n] if n < len(news) else ("", "")
            items.append(
                format_html(
                    "<li>{} “{}”: {}</li>",
                    label,
                    now[0] if now[1] else was[0],
                    replaced(was[1], now[1]),
                )
            )
    if not items:
        return EMPTY
    return format_html('<ul class="diff-links">{}</ul>', join(items))


# --- sources -------------------------------------------------------------------------

_SOURCE_FIELDS = (
    ("citation", ""),
    ("url", "URL"),
    ("doi", "DOI"),
    ("pmid", "PubMed ID"),
)


def _diff_sources(old: Sequence | None, new: Sequence | None) -> SafeString:
    old_sources = [_source(entry) for entry in old or []]
    new_sources = [_source(entry) for entry in new or []]
    if old_sources == new_sources:
        return EMPTY

    def render(row: Row) -> SafeString:
        a = None if row.old is None else old_sources[row.old]
        b = None if row.new is None else new_sources[row.new]
        if a and b:
            citation = mark_words(a[0], b[0])
        else:
            citation = removed(a[0]) if a else added(b[0])
        none = ("",) * len(_SOURCE_FIELDS)
        ids = [
            format_html("<dt>{}</dt><dd>{}</dd>", label, replaced(was, now))
            for (_, label), was, now in zip(
                _SOURCE_FIELDS, a or none, b or none, strict=True
            )
            if label and (was or now)
        ]
        return format_html(
            '<div class="diff-source diff-{}">'
            '<p class="diff-citation">{}{}</p>{}</div>',
            row.status,
            _note(row.note),
            citation,
            format_html('<dl class="diff-ids">{}</dl>', join(ids)) if ids else "",
        )

    rows = align(
        old_sources,
        new_sources,
        [words(s[0]) + s[1:] for s in old_sources],
        [words(s[0]) + s[1:] for s in new_sources],
    )
    html = render_rows(
        rows,
        render,
        noun=lambda row: ("source", "sources"),
        is_heading=lambda row: False,
    )
    return format_html('<div class="diff-sources">{}</div>', html)


def _source(entry: Mapping) -> tuple[str, ...]:
    return tuple(collapse(entry.get(key)) for key, _ in _SOURCE_FIELDS)


def _note(note: str) -> SafeString:
    return format_html('<span class="diff-note">{}</span> ', note) if note else EMPTY
