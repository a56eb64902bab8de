"""WordPress shortcodes and oEmbed addresses, turned into HTML the portal keeps.

Parsing follows WordPress (wp-includes/shortcodes.php): get_shortcode_regex() for
the tags, shortcode_parse_atts() for their attributes, the nearest [/name] closes an
enclosing shortcode, and [[name]] is an escaped, literal [name]. It is written as a
tokenizer and a stack instead of WordPress's single regular expression, whose search
for a closing tag rescans the rest of the body for every shortcode that has none.
"""

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from wordpress.embeds import embed_link, is_web_address

# One shortcode tag: [name attrs], [name attrs /], [/name], each possibly escaped as
# [[...]]. Attributes may not hold "[" (WordPress allows it; nobody writes it), so a
# failed match stops at the next "[" and the scan stays linear.
_TAG = re.compile(
    r"\[(?P<open_escape>\[?)(?P<closer>/?)"
    r"(?P<name>[A-Za-z0-9_][A-Za-z0-9_-]*)(?![\w-])"
    r"(?P<attrs>(?:[^\[\]/]|/(?!\]))*+)(?P<self_closing>/?)\](?P<close_escape>\]?)"
)
# shortcode_parse_atts(): name="value", name='value', name=value, "value", 'value',
# value.
_ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)"""
    r"""|(\S+)(?:\s|$)"""
)
_UNCLOSED_ELEMENT = re.compile(r"^[^<]*+(?:<[^>]*+>[^<]*+)*+$")
# img_caption_shortcode(): the image (maybe in a link), then the caption text.
_CAPTIONED_IMAGE = re.compile(
    r"((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)", re.IGNORECASE | re.DOTALL
)
_STANDS_ALONE = re.compile(r"(?:\s|<p(?:\s[^>]*)?>|</p>)*", re.IGNORECASE)
# How far to look for the line a bracketed word stands on; farther means it does not.
_LINE_WINDOW = 200

KNOWN_SHORTCODES = {"caption", "wp_caption", "gallery", "embed", "video", "audio"}
VIDEO_ATTRIBUTES = ("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv")
AUDIO_ATTRIBUTES = ("src", "mp3", "ogg", "flac", "m4a", "wav")


def shortcode_parse_atts(text: str) -> dict[str | int, str]:
    """Return a shortcode's attributes as WordPress's shortcode_parse_atts() does:
    named ones by lower-case name, bare values by position."""
    text = re.sub("[\u00a0\u200b]+", " ", text)
    attributes: dict[str | int, str] = {}
    position = 0
    for match in _ATTRIBUTE.finditer(text):
        groups = match.groups()
        for name_group in (0, 2, 4):
            if groups[name_group]:
                name = groups[name_group].lower()
                attributes[name] = _stripcslashes(groups[name_group + 1])
                break
        else:
            value = next(
                (value for value in groups[6:] if value is not None),
                "",
            )
            attributes[position] = _stripcslashes(value)
            position += 1
    # WordPress rejects a value that opens an HTML element it does not close.
    for name, value in attributes.items():
        if "<" in value and not _UNCLOSED_ELEMENT.match(value):
            attributes[name] = ""
    return attributes


_CSLASH = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)", re.DOTALL)
_CSLASH_LETTERS = {
    "n": "\n", "t": "\t", "r": "\r", "a": "\a", "v": "\v", "b": "\b", "f": "\f",
}  # fmt: skip


def _stripcslashes(value: str) -> str:
    """PHP's stripcslashes(), which WordPress runs on every attribute value."""

    def unescape(match: re.Match) -> str:
        code = match.group(1)
        if code[0] == "x" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8) % 256)
        return _CSLASH_LETTERS.get(code, code)

    return _CSLASH.sub(unescape, value) if "\\" in value else value


@dataclass
class _Tag:
    match: re.Match
    index: int

    @property
    def name(self) -> str:
        return self.match["name"]

    @property
    def is_closer(self) -> bool:
        return bool(self.match["closer"]) and not self.match["attrs"].strip()


@dataclass
class _Frame:
    """An enclosing shortcode whose content is being converted."""

    tag: _Tag | None
    closer_index: int
    parts: list[str] = field(default_factory=list)


class _ShortcodeConverter:
    def __init__(self, text: str, problems: list[str]):
        self.text = text
        self.problems = problems
        self.tags = [
            _Tag(match, index) for index, match in enumerate(_TAG.finditer(text))
        ]
        self.closers: dict[str, list[int]] = {}
        for tag in self.tags:
            if tag.is_closer:
                self.closers.setdefault(tag.name, []).append(tag.index)
        self.opened_names: set[str] = set()

    def convert(self) -> str:
        text = self.text
        stack = [_Frame(None, len(self.tags))]
        position = 0
        index = 0
        while index < len(self.tags):
            tag, frame = self.tags[index], stack[-1]
            start, end = tag.match.span()
            frame.parts.append(text[position:start])
            position = end
            index += 1
            if tag.index == frame.closer_index:
                stack.pop()
                stack[-1].parts.append(
                    self._render(frame.tag, "".join(frame.parts))
                    + tag.match["close_escape"]
                )
                continue
            if tag.is_closer:
                # A closing tag with no opening one means nothing to a reader.
                if (
                    tag.name not in KNOWN_SHORTCODES
                    and tag.name not in self.opened_names
                ):
                    self.problems.append(
                        f"Removed the closing shortcode tag {shorten(tag.match[0])}, "
                        "which had no opening tag."
                    )
                continue
            closer_index = self._closer_of(tag, frame)
            if not self._is_shortcode(tag, closer_index):
                frame.parts.append(tag.match[0])
                continue
            self.opened_names.add(tag.name)
            escaped_open = tag.match["open_escape"] == "["
            if closer_index is None:
                if escaped_open and tag.match["close_escape"] == "]":
                    frame.parts.append(tag.match[0][1:-1])
                else:
                    frame.parts.append(
                        tag.match["open_escape"]
                        + self._render(tag, None)
                        + tag.match["close_escape"]
                    )
                continue
            closer = self.tags[closer_index]
            if escaped_open and closer.match["close_escape"] == "]":
                # [[name]content[/name]] is shown as written, minus the outer brackets.
                frame.parts.append(text[start + 1 : closer.match.end() - 1])
                position = closer.match.end()
                index = closer_index + 1
                continue
            frame.parts.append(tag.match["open_escape"])
            stack.append(_Frame(tag, closer_index))
        stack[-1].parts.append(text[position:])
        # Frames are closed by their closers, which lie inside their parents' ranges.
        return "".join(stack[0].parts)

    def _closer_of(self, tag: _Tag, frame: _Frame) -> int | None:
        if tag.match["self_closing"]:
            return None
        closers = self.closers.get(tag.name, [])
        found = bisect_right(closers, tag.index)
        if found < len(closers) and closers[found] < frame.closer_index:
            return closers[found]
        return None

    def _is_shortcode(self, tag: _Tag, closer_index: int | None) -> bool:
        """Tell a shortcode from bracketed prose such as [sic] or a footnote [1].

        WordPress knew which names a plugin had registered; the export does not say,
        so a tag counts when its name is known, or it has a closing tag, attributes
        with values, a self-closing slash, a plugin-style name (with - or _), or it
        stands alone on its line.
        """
        name, attrs = tag.name, tag.match["attrs"]
        return (
            name in KNOWN_SHORTCODES
            or closer_index is not None
            or "=" in attrs
            or bool(tag.match["self_closing"])
            or "-" in name
            or "_" in name
            or (name[0].isalpha() and self._stands_alone(tag))
        )

    def _stands_alone(self, tag: _Tag) -> bool:
        start, end = tag.match.span()
        before = self.text[max(0, start - _LINE_WINDOW) : start]
        line_start = before.rfind("\n")
        if line_start == -1 and start > _LINE_WINDOW:
            return False
        after = self.text[end : end + _LINE_WINDOW]
        line_end = after.find("\n")
        if line_end == -1 and end + _LINE_WINDOW < len(self.text):
            return False
        before = before[line_start + 1 :]
        after = after if line_end == -1 else after[:line_end]
        return bool(_STANDS_ALONE.fullmatch(before) and _STANDS_ALONE.fullmatch(after))

    def _render(self, tag: _Tag, content: str | None) -> str:
        attributes = shortcode_parse_atts(tag.match["attrs"])
        name = tag.name
        if name in ("caption", "wp_caption"):
            return self._caption(attributes, content or "")
        if name == "gallery":
            return self._gallery(attributes)
        if name == "embed":
            url = html.unescape((content or "").strip())
            if is_web_address(url):
                return embed_link(url)
            self.problems.append(
                f"Removed the embed {shorten(tag.match[0] + (content or ''))}, "
                "which gave no web address."
            )
            return ""
        if name in ("video", "audio"):
            return self._media(tag, attributes, content)
        shown = shorten(tag.match[0])
        if content is None:
            self.problems.append(f"Removed the unknown shortcode {shown}.")
            return ""
        self.problems.append(
            f"Removed the unknown shortcode {shown} and kept the text inside it."
        )
        return content

    def _caption(self, attributes: dict, content: str) -> str:
        caption = attributes.get("caption", "")
        if not caption:
            found = _CAPTIONED_IMAGE.search(content)
            if found:
                content, caption = found.group(1), found.group(2).strip()
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f"<figure>{content}{figcaption}</figure>"

    def _gallery(self, attributes: dict) -> str:
        ids = attributes.get("ids") or attributes.get("include") or ""
        ids = [part.strip() for part in ids.split(",") if part.strip().isdigit()]
        if not ids:
            self.problems.append(
                "Removed a gallery that showed every image attached to the old post; "
                "add the images again if they are needed."
            )
            return ""
        # The images are looked up by attachment id with the post's other images.
        return "".join(f'<figure><img class="wp-image-{id_}"></figure>' for id_ in ids)

    def _media(self, tag: _Tag, attributes: dict, content: str | None) -> str:
        kind = tag.name
        names = VIDEO_ATTRIBUTES if kind == "video" else AUDIO_ATTRIBUTES
        url = next((attributes[name] for name in names if attributes.get(name)), "")
        if not is_web_address(url):
            self.problems.append(
                f"Removed the {kind} {shorten(tag.match[0])}, which gave no web "
                "address."
            )
            return ""
        return embed_link(url, media_kind=kind)


def shorten(text: str) -> str:
    """Return text cut to a length a sentence of the import report can carry."""
    return text if len(text) <= 100 else text[:99] + "…"


def shortcodes_convert(text: str, problems: list[str]) -> str:
    """Return text with each shortcode replaced by its HTML, appending a sentence to
    problems for each one that is dropped."""
    if "[" not in text:
        return text
    return _ShortcodeConverter(text, problems).convert()
