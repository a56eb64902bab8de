"""Server-side cleaning of rich text: the editor is never trusted.

Whatever reaches a rich-text field (from CKEditor, a crafted POST, an import) is
reduced to the tags, attributes and URL schemes below before it is stored.
"""

import html
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "a", "ul", "ol", "li", "blockquote",
    "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
# CKEditor marks its table wrapper with this class; the stylesheet relies on it.
ALLOWED_CLASSES = {"figure": {"table"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_BLOCK_END = re.compile(
    r"</(p|h2|h3|h4|li|blockquote|figcaption|tr|th|td)>|<br\s*/?>", re.I
)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def clean_html(value: str) -> str:
    """Return value with everything outside the allowlist removed."""
    return nh3.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def html_to_text(value: str) -> str:
    """Return the readable text of an HTML fragment, one line per block."""
    with_breaks = _BLOCK_END.sub(lambda match: match.group(0) + "\n", value or "")
    text = html.unescape(nh3.clean(with_breaks, tags=set()))
    return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()
