"""Word by word: which words of one text changed, and the marks that show it.

Every mark is built with format_html, so whatever it wraps is escaped.
"""

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

EMPTY = SafeString("")

# A number (with its decimal point or ratio), a word (with its hyphens or apostrophe),
# or one other sign: 1.5 -> 2.5 marks the number, not one digit of it.
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|\w+(?:['’-]\w+)*|[^\w\s]")


class _Token(NamedTuple):
    space: bool  # whether a space comes before it
    word: str


def collapse(value) -> str:
    """Return value as text with its runs of white space made single spaces."""
    return " ".join(str(value or "").split())


def words(text: str) -> tuple[str, ...]:
    """Return the words and signs of text: what counts when comparing it."""
    return tuple(_TOKEN.findall(text))


def mark_words(old: str, new: str) -> SafeString:
    """Return new, escaped, with the words removed from old and added in it marked."""
    a, b = _tokens(old), _tokens(new)
    parts = []
    for tag, i1, i2, j1, j2 in opcodes([t.word for t in a], [t.word for t in b]):
        if parts and ((j1 < j2 and b[j1].space) or (i1 < i2 and a[i1].space)):
            parts.append(" ")
        if tag == "equal":
            parts.append(_spell(b[j1:j2]))
            continue
        if i1 < i2:
            parts.append(removed(_spell(a[i1:i2])))
        if j1 < j2:
            parts.append(added(_spell(b[j1:j2])))
    return join(parts)


def opcodes(a: Sequence, b: Sequence) -> list[tuple[str, int, int, int, int]]:
    """Return difflib's opcodes from a to b, matching their common start and end first.

    Matching those first keeps a small change in a long sequence fast.
    """
    start, limit = 0, min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    result = [("equal", 0, start, 0, start)] if start else []
    matcher = SequenceMatcher(
        None, a[start : len(a) - end], b[start : len(b) - end], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        result.append((tag, i1 + start, i2 + start, j1 + start, j2 + start))
    if end:
        result.append(("equal", len(a) - end, len(a), len(b) - end, len(b)))
    return result


def added(text: str) -> SafeString:
    """Mark text as added, in words too for screen readers."""
    return format_html(
        '<ins><span class="diff-sr">[added: </span>{}'
        '<span class="diff-sr">]</span></ins>',
        text,
    )


def removed(text: str) -> SafeString:
    """Mark text as removed, in words too for screen readers."""
    return format_html(
        '<del><span class="diff-sr">[removed: </span>{}'
        '<span class="diff-sr">]</span></del>',
        text,
    )


def replaced(old: str, new: str) -> SafeString:
    """Mark a whole value (an address, a DOI) as replaced; either side may be empty."""
    if old == new:
        return conditional_escape(new)
    marks = [removed(old)] if old else []
    return join(marks + ([" "] if old and new else []) + ([added(new)] if new else []))


def join(parts: Sequence) -> SafeString:
    """Join marks and text; text that is not already safe is escaped."""
    return mark_safe("".join(conditional_escape(part) for part in parts))  # noqa: S308


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.start() > 0 and text[m.start() - 1] == " ", m.group())
        for m in _TOKEN.finditer(text)
    ]


def _spell(tokens: list[_Token]) -> str:
    return "".join((" " if t.space else "") + t.word for t in tokens).lstrip(" ")
