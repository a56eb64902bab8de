"""{{ html|glossary_marked }} and {% glossary_matches query %} (glossary/marking.py)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, SafeString

from glossary.marking import current_glossary, marked

register = template.Library()

# Search results show at most this many definitions above the guides.
MATCHES_SHOWN = 3


@register.filter(needs_autoescape=True)
def glossary_marked(html, except_slug: str = "", autoescape: bool = True) -> SafeString:
    """Mark the first use of each glossary term in this HTML (a guide body, an FAQ
    answer), except the term `except_slug` (its own definition)."""
    if autoescape and not isinstance(html, SafeData):
        html = conditional_escape(html)
    return marked(str(html), glossary=current_glossary(), except_slug=except_slug)


@register.inclusion_tag("glossary/glossary_matches.html")
def glossary_matches(query: str) -> dict:
    """The definitions of the glossary terms a search query uses."""
    terms = current_glossary().terms_in(query or "")
    return {"terms": terms[:MATCHES_SHOWN]}
