"""Server-side cleaning of rich text: the editor is never trusted.

Whatever reaches a rich-text field (from CKEditor, a crafted POST, an import) is
reduced to the tags, attributes and URL schemes below before it is stored.
"""

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

from articles.links import stays_on_site
from media_library.models import url_name
from media_library.rendering import IMG_TAG

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "a", "ul", "ol", "li", "blockquote",
    "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "img": {"src", "alt", "width", "height"},
}
# CKEditor marks its table and image wrappers with these classes; the stylesheet
# relies on them. (Its image style and resize classes are dropped: no layouts.)
ALLOWED_CLASSES = {"figure": {"table", "image"}}
# tel: so that a phone number is one tap on a phone (a helpline, the contact page).
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# The elements that end a line of readable text (html_to_text) or a block
# (html_to_blocks, where the cells th and td stay in their row).
TEXT_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote", "figcaption", "tr")
TABLE_CELL_TAGS = ("th", "td")
_BLOCK_END = re.compile(
    rf"</({'|'.join(TEXT_BLOCK_TAGS + TABLE_CELL_TAGS)})>|<br\s*/?>", re.I
)
# Spacing before a block tag shows nowhere; CKEditor sends none, hand-written HTML has
# line breaks there. Dropped, so the same text is stored the same way.
_BLOCK_TAGS = ALLOWED_TAGS - {"br", "strong", "em", "a", "img"}
_SPACE_BEFORE_BLOCK_TAG = re.compile(rf">\s+(?=</?(?:{'|'.join(_BLOCK_TAGS)})[\s>])")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def clean_html(value: str) -> str:
    """Return value with everything outside the allowlist removed, and no spacing
    before block tags."""
    cleaned = nh3.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        # A relative link must stay on the site: "/\evil.example/" reads as
        # "//evil.example/" to a browser (articles.links). Other sites: https://.
        url_relative=_on_site_or_none,
        attribute_filter=_image_attribute_or_none,
    )
    cleaned = IMG_TAG.sub(_image_with_source_or_nothing, cleaned)
    return _SPACE_BEFORE_BLOCK_TAG.sub(">", cleaned).strip()


def _on_site_or_none(link: str) -> str | None:
    return link if stays_on_site(link) else None


_LIBRARY_PATH = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*\.[a-z0-9]+")
_PIXELS = re.compile(r"[1-9][0-9]{0,4}")


def _image_attribute_or_none(tag: str, attribute: str, value: str) -> str | None:
    """Keep an image's source only if it is a file of ours under MEDIA_URL (never
    another site's: readers' addresses would go there), and its size only as
    numbers."""
    if tag != "img":
        return value
    if attribute == "src":
        name = url_name(value)
        return value if name and _LIBRARY_PATH.fullmatch(name) else None
    if attribute in ("width", "height"):
        return value if _PIXELS.fullmatch(value) else None
    return value


def _image_with_source_or_nothing(match: re.Match) -> str:
    return match.group(0) if ' src="' in match.group(1) else ""


def html_to_text(value: str) -> str:
    """Return the readable text of an HTML fragment, one line per block."""
    with_breaks = _BLOCK_END.sub(lambda match: match.group(0) + "\n", value or "")
    text = html.unescape(nh3.clean(with_breaks, tags=set()))
    return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()


@dataclass(frozen=True)
class TextBlock:
    """A paragraph, heading, list item, quotation, caption, table row or image, as
    text."""

    kind: str  # its element: p, h2, h3, h4, li, blockquote, figcaption, tr or img
    text: str  # its words, spaces collapsed; a row's cells joined by " | "; alt text
    # (text, href) of each link, in order; an image's (alt text, src)
    links: tuple[tuple[str, str], ...] = ()


def html_to_blocks(value: str) -> list[TextBlock]:
    """Return the readable text of an HTML fragment block by block, with its links."""
    parser = _BlockParser()
    parser.feed(value or "")
    parser.close()
    return parser.finish()


class _OpenBlock:
    def __init__(self, tag: str, kind: str):
        self.tag, self.kind = tag, kind
        self.pieces: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.cells = 0


class _BlockParser(HTMLParser):
    """html_to_text's lines as blocks, except that a table row and a line broken with
    <br> stay one block.

    A paragraph inside a list item or quotation takes its kind, so that a quotation
    stays recognisable; script and style content is dropped, as nh3 drops it.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[TextBlock] = []
        # Text outside any block reads as a paragraph.
        self._open = [_OpenBlock("", "p")]
        self._link: tuple[str, list[str]] | None = None
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        current = self._open[-1]
        if tag in ("script", "style"):
            self._skipping += 1
        elif tag in TEXT_BLOCK_TAGS and current.tag == "tr":
            current.pieces.append(" ")  # a paragraph in a cell is part of its row
        elif tag in TEXT_BLOCK_TAGS:
            self._flush(current)
            inherits = tag == "p" and current.kind in ("li", "blockquote", "figcaption")
            self._open.append(_OpenBlock(tag, current.kind if inherits else tag))
        elif tag in TABLE_CELL_TAGS:
            current.pieces.append(" | " if current.cells else " ")
            current.cells += 1
        elif tag == "br":
            current.pieces.append(" ")
        elif tag == "img":
            # Its own block, so that a reviewer sees an image added, removed or
            # changed among the text it illustrates.
            self._flush(current)
            attributes = dict(attrs)
            alt = _collapse(attributes.get("alt") or "")
            source = (alt, attributes.get("src") or "")
            self.blocks.append(
                TextBlock("img", alt or "(no text alternative)", (source,))
            )
        elif tag == "a" and self._link is None:
            self._link = (dict(attrs).get("href") or "", [])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skipping = max(0, self._skipping - 1)
        elif tag == "a" and self._link is not None:
            href, pieces = self._link
            self._open[-1].links.append((_collapse("".join(pieces)), href))
            self._link = None
        elif tag in TEXT_BLOCK_TAGS:
            tags = [block.tag for block in self._open]
            if tag in tags[1:]:
                depth = len(tags) - 1 - tags[::-1].index(tag)
                while len(self._open) > depth:
                    self._flush(self._open.pop())

    def handle_data(self, data):
        if not self._skipping:
            self._open[-1].pieces.append(data)
            if self._link is not None:
                self._link[1].append(data)

    def finish(self) -> list[TextBlock]:
        while self._open:
            self._flush(self._open.pop())
        return self.blocks

    def _flush(self, block: _OpenBlock) -> None:
        text = _collapse("".join(block.pieces))
        if text:
            self.blocks.append(TextBlock(block.kind, text, tuple(block.links)))
        block.pieces, block.links = [], []


def _collapse(text: str) -> str:
    return " ".join(text.split())
