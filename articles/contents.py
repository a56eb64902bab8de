"""A guide's table of contents: its h2 headings, each given a stable anchor."""

import re
from dataclasses import dataclass

from django.utils.text import slugify

from articles.sanitize import html_to_text

# Cleaned bodies carry no attributes on headings (see articles.sanitize), so a plain
# <h2> always opens one.
_H2 = re.compile(r"<h2>(.*?)</h2>", re.S)


@dataclass(frozen=True)
class Heading:
    anchor: str
    text: str


def add_heading_anchors(html: str) -> tuple[str, list[Heading]]:
    """Return html with an id on every h2, and the headings in order."""
    headings: list[Heading] = []
    taken: set[str] = set()

    def anchor(match: re.Match) -> str:
        text = html_to_text(match.group(1))
        base = slugify(text)[:60].strip("-") or f"section-{len(headings) + 1}"
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        headings.append(Heading(anchor=candidate, text=text))
        return f'<h2 id="{candidate}">{match.group(1)}</h2>'

    return _H2.sub(anchor, html), headings
