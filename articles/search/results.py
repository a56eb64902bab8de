"""What a search finds: one Result per guide or FAQ answer."""

from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe


@dataclass
class Result:
    """A guide or FAQ answer found. The ranking knows only kind, pk and rank; the
    title, link, topic and snippet are filled in for the page shown
    (snippets.describe)."""

    kind: str  # "guide" or "question"
    pk: int
    rank: float
    promoted: bool = False
    partial: bool = False  # has only some of the query's words
    title: str = ""
    url: str = ""
    category: str = ""
    snippet: SafeString = field(default_factory=lambda: mark_safe(""))
