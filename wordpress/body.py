"""Turn the post_content of a WordPress export into HTML the portal keeps.

The steps follow what WordPress itself does when it shows a post (the_content): block
comments are resolved (do_blocks), shortcodes run (do_shortcode), oEmbed addresses are
found (autoembed) and classic text gets its paragraphs (wpautop). Then one pass over
the HTML looks up images and links and reshapes what our editor would not write.
The result still goes through articles.sanitize.clean_html when it is saved.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from wordpress.autop import wpautop
from wordpress.blocks import BLOCK_DELIMITER, blocks_resolve
from wordpress.embeds import (
    autoembed_convert,
    embed_text,
    is_web_address,
    oembed_provider,
)
from wordpress.shortcodes import shortcodes_convert, shorten


@dataclass(frozen=True)
class ImageRef:
    """What the importer knows of an attachment now in the media library."""

    url: str
    alt: str
    width: int | None
    height: int | None


@dataclass(frozen=True)
class ConvertedBody:
    html: str  # ready for articles.sanitize.clean_html (which still runs on save)
    problems: list[str]  # plain sentences for the import report


def body_convert(
    raw: str,
    *,
    link_for: Callable[[str], str | None],
    image_for: Callable[[str], ImageRef | None],
) -> ConvertedBody:
    """Return the post's body as HTML for our editor, and what could not be kept."""
    problems: list[str] = []
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    if BLOCK_DELIMITER.search(text):
        segments = blocks_resolve(text, problems)
    else:
        segments = [(text, True)]
    pieces = []
    for segment, is_classic in segments:
        # WordPress runs [embed] before it looks for addresses alone on a line.
        segment = shortcodes_convert(segment, problems)
        segment = autoembed_convert(segment, whole_lines=is_classic)
        pieces.append(wpautop(segment) if is_classic else segment)
    rewriter = _HtmlRewriter(link_for=link_for, image_for=image_for, problems=problems)
    converted = _empty_elements_remove(rewriter.rewrite("\n".join(pieces)))
    return ConvertedBody(html=converted.strip(), problems=list(dict.fromkeys(problems)))


# The HTML pass.
_VOID_TAGS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr",
}  # fmt: skip
# Inline elements, and the paragraph or heading holding them, which a figure may not
# stand in: they are closed before it and opened again after it.
_PHRASING_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "strong", "em", "b", "i", "u",
    "span", "small", "sub", "sup", "code", "s", "del", "ins", "mark", "cite", "q",
    "abbr", "label", "font",
}  # fmt: skip
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
# Blocks that end an open paragraph, as a browser reads them.
_BLOCK_TAGS = {"p", "ul", "ol", "dl", "blockquote", "h2", "h3", "h4", "pre", "div"}
_HEADINGS = {"h1": "h2", "h5": "h4", "h6": "h4"}
_NO_FORMS = "Removed a form; articles on the new site hold no forms."
_NO_OBJECTS = "Removed an embedded object (such as Flash); browsers no longer show it."
# Dropped with everything in them, with the sentence for the report ("": none, as
# nothing a reader saw is lost, or the element is reported when it ends).
_DROPPED_WITH_CONTENT = {
    "script": "Removed a script; articles on the new site run no scripts.",
    "style": "Removed a style sheet; the new site's own styles apply.",
    "form": _NO_FORMS,
    "select": _NO_FORMS,
    "textarea": _NO_FORMS,
    "object": _NO_OBJECTS,
    "applet": _NO_OBJECTS,
    "svg": "Removed an inline drawing (SVG); add it again as an image if it is needed.",
    "math": "Removed a formula (MathML); add it again as text or an image if it is "
    "needed.",
    "template": "",
    "noscript": "",  # lazy-loading plugins repeat the image in it
    "iframe": "",
    "video": "",
    "audio": "",
}
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_GALLERY_LIST_CLASSES = {"blocks-gallery-grid", "wp-block-gallery"}


@dataclass
class _Open:
    """An element open in the source, and what was written for it."""

    tag: str  # in the source
    written: str  # the element written for it, or "" for a wrapper left out
    start_tag: str = ""
    reopen: tuple = ()  # inline elements closed before it, to open again after it
    holds_figure: bool = False  # a table we wrapped in <figure class="table">


class _HtmlRewriter(HTMLParser):
    """One pass over the HTML: images through image_for, links through link_for,
    headings to our levels, figures in the editor's shapes, players and frames to
    links, and what articles never show dropped, with a sentence for the report."""

    def __init__(self, *, link_for, image_for, problems: list[str]):
        super().__init__(convert_charrefs=True)
        self.link_for, self.image_for, self.problems = link_for, image_for, problems
        self.out: list[str] = []
        self.open: list[_Open] = []
        self.skipping: list[str] = []  # the element dropped with its content, nested
        self.media_url = ""  # of the video, audio or frame being dropped
        # A figure we wrote, which a following <figcaption> goes into and anything
        # else closes; holds the inline elements to open again after it.
        self.figure_pending: tuple | None = None
        self.in_our_caption = False

    def rewrite(self, text: str) -> str:
        self.feed(text)
        self.close()
        if self.skipping:
            self._skipped_end(self.skipping[0], unclosed=True)
        self._figure_close()
        while self.open:
            self._end(self.open[-1].tag)
        return "".join(self.out)

    # Parser callbacks.

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.skipping:
            self._skipped_start(tag, attributes)
            return
        if tag == "figcaption" and self.figure_pending is not None:
            self.in_our_caption = True
            self._start(tag, {})
            return
        self._figure_close()
        if tag in _DROPPED_WITH_CONTENT:
            self.skipping.append(tag)
            self.media_url = (attributes.get("src") or "").strip()
        elif tag == "img":
            self._image(attributes)
        elif tag in _VOID_TAGS and tag != "br":
            pass  # <hr> (our guides have no separator lines) or a part of a player
        elif tag == "figure" or self._in_gallery_list(tag, attributes):
            self.open.append(_Open(tag, ""))  # our figures replace WordPress's
        elif tag == "figcaption":
            # A caption left without its image (or a video's) reads as a paragraph.
            self._start(tag, {}, written="p")
        elif tag == "table" and not any(e.tag == "table" for e in self.open):
            reopen = self._phrasing_close()
            self.out.append('<figure class="table">')
            start_tag = _start_tag(tag, attributes)
            self.out.append(start_tag)
            self.open.append(_Open(tag, tag, start_tag, reopen, holds_figure=True))
        else:
            if tag == "a" and attributes.get("href"):
                new = self.link_for(attributes["href"])
                if new is not None:
                    attributes["href"] = new
            self._start(tag, attributes, written=_HEADINGS.get(tag, tag))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[0]:
                self._skipped_end(tag)
            return
        if tag in _VOID_TAGS:
            return
        if tag == "figcaption" and self.in_our_caption:
            self._end(tag)
            return
        pending = self.figure_pending
        if pending is not None and not self.in_our_caption:
            # An element closed for the figure ends in the source: not opened again.
            for index in range(len(pending) - 1, -1, -1):
                if pending[index].tag == tag:
                    self.figure_pending = pending[:index]
                    return
            self._figure_close()
        if any(element.tag == tag for element in self.open):
            self._end(tag)

    def handle_data(self, data):
        if self.skipping:
            return
        if data.strip():
            self._figure_close()
        self.out.append(html.escape(data, quote=False))

    def handle_comment(self, data):
        pass  # <!--more-->, conditional comments: nothing for readers

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass  # CDATA

    # Writing elements.

    def _start(self, tag: str, attributes: dict, *, written: str = "") -> None:
        written = written or tag
        reopen = ()
        if written in _BLOCK_TAGS:
            reopen = self._phrasing_close(only_from_paragraph=True)
        start_tag = _start_tag(written, attributes)
        self.out.append(start_tag)
        if written not in _VOID_TAGS:
            self.open.append(_Open(tag, written, start_tag, reopen))

    def _end(self, tag: str) -> None:
        """Close the open elements down to the innermost tag."""
        while self.open:
            element = self.open.pop()
            if element.written:
                self.out.append(f"</{element.written}>")
            if element.written == "figcaption":  # ours: its figure ends with it
                self.in_our_caption = False
                self._figure_close()
            if element.holds_figure:
                if element.tag == tag:
                    self.figure_pending = element.reopen  # its caption may follow
                    return
                self.out.append("</figure>")
            self._reopen(element.reopen)
            if element.tag == tag:
                return

    def _phrasing_close(self, *, only_from_paragraph: bool = False) -> tuple:
        """Close the open inline elements and their paragraph, innermost first, and
        return them for _reopen. only_from_paragraph: not a link or emphasis that
        holds no paragraph (a link around a block stays)."""
        run = 0
        while run < len(self.open) and self.open[-1 - run].tag in _PHRASING_TAGS:
            run += 1
        closed = self.open[len(self.open) - run :]
        if only_from_paragraph and not any(e.tag in _PARAGRAPH_TAGS for e in closed):
            return ()
        del self.open[len(self.open) - run :]
        self.out.extend(f"</{element.written}>" for element in reversed(closed))
        return tuple(closed)

    def _reopen(self, elements: tuple) -> None:
        for element in elements:
            self.out.append(element.start_tag)
            self.open.append(element)

    def _figure_close(self) -> None:
        if self.figure_pending is None or self.in_our_caption:
            return
        reopen, self.figure_pending = self.figure_pending, None
        self.out.append("</figure>")
        self._reopen(reopen)

    # Images.

    def _image(self, attributes: dict) -> None:
        src = (attributes.get("src") or "").strip()
        attachment = _WP_IMAGE_CLASS.search(attributes.get("class") or "")
        image = self.image_for(attachment.group(1)) if attachment else None
        if image is None and src:
            image = self.image_for(src)
        if image is None:
            where = shorten(src) or (
                f"attachment {attachment.group(1)}" if attachment else ""
            )
            self.problems.append(
                f"Removed an image that is not in the media library: {where}."
                if where
                else "Removed an image that had no address."
            )
            return
        alt = (attributes.get("alt") or "").strip() or image.alt
        if not alt:
            self.problems.append(
                f"The image {image.url} has no text alternative; describe it before "
                "the page is published."
            )
        written = [f'src="{html.escape(image.url)}"', f'alt="{html.escape(alt)}"']
        if image.width is not None:
            written.append(f'width="{int(image.width)}"')
        if image.height is not None:
            written.append(f'height="{int(image.height)}"')
        reopen = self._phrasing_close()
        self.out.append(f'<figure class="image"><img {" ".join(written)}>')
        self.figure_pending = reopen

    def _in_gallery_list(self, tag: str, attributes: dict) -> bool:
        """An old gallery block's <ul class="blocks-gallery-grid"> and its items."""
        if tag == "ul":
            classes = set((attributes.get("class") or "").split())
            return bool(classes & _GALLERY_LIST_CLASSES)
        return (
            tag == "li"
            and bool(self.open)
            and self.open[-1].tag == "ul"
            and not self.open[-1].written
        )

    # Elements dropped with their content.

    def _skipped_start(self, tag: str, attributes: dict) -> None:
        if tag == "source" and not self.media_url:
            self.media_url = (attributes.get("src") or "").strip()
        elif tag == self.skipping[0] and tag not in _VOID_TAGS:
            self.skipping.append(tag)

    def _skipped_end(self, tag: str, *, unclosed: bool = False) -> None:
        if unclosed:
            self.skipping.clear()
        else:
            self.skipping.pop()
        if self.skipping:
            return
        url, self.media_url = self.media_url, ""
        if tag in ("video", "audio"):
            if is_web_address(url):
                self._link_paragraph(url, media_kind=tag)
            else:
                self.problems.append(
                    f"Removed a {tag} player that gave no web address."
                )
        elif tag == "iframe":
            self._frame_replace(url)
        elif _DROPPED_WITH_CONTENT[tag]:
            self.problems.append(_DROPPED_WITH_CONTENT[tag])

    def _frame_replace(self, url: str) -> None:
        if oembed_provider(url):
            self._link_paragraph(url)
            return
        host = urlsplit(url).hostname if url.startswith(("http:", "https:")) else ""
        self.problems.append(
            f"Removed an embedded frame showing {host}; articles on the new site "
            "show no frames from other sites."
            if host
            else "Removed an embedded frame; articles on the new site show no frames."
        )

    def _link_paragraph(self, url: str, *, media_kind: str = "") -> None:
        """Write a paragraph linking to what a player or frame showed."""
        text = embed_text(url, media_kind=media_kind)
        href = self.link_for(url)
        href = url if href is None else href
        reopen = self._phrasing_close()
        self.out.append(f'<p><a href="{html.escape(href)}">{html.escape(text)}</a></p>')
        self._reopen(reopen)


def _start_tag(tag: str, attributes: dict) -> str:
    written = [tag]
    for name, value in attributes.items():
        if value is None:
            written.append(name)
        else:
            written.append(f'{name}="{html.escape(value, quote=True)}"')
    return f"<{' '.join(written)}>"


# Elements emptied by the images and embeds taken out of them (a link around an image,
# the paragraph an image stood in) would show as blank space.
_EMPTY_ELEMENT = re.compile(
    r"<(p|h2|h3|h4|a|strong|em|b|i|u|span|small|sub|sup|code|s|del|ins|mark)"
    r"(?:\s[^>]*)?>(?:\s|&nbsp;|\xa0)*</\1>"
)


def _empty_elements_remove(text: str) -> str:
    for _ in range(10):  # each pass empties the next level out; nesting is shallow
        text, removed = _EMPTY_ELEMENT.subn("", text)
        if not removed:
            break
    return text
