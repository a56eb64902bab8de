"""Gutenberg blocks in a WordPress post (<!-- wp:name {...} --> ... <!-- /wp:name -->):
which keep their HTML, which become a link, which the old site drew itself
(reported), and which text WordPress runs through wpautop (wordpress/body.py)."""

import html
import json
import re
from dataclasses import dataclass

from wordpress.embeds import embed_link, is_web_address

# Gutenberg block delimiters: <!-- wp:name {"json": 1} -->, <!-- /wp:name -->, and the
# self-closing <!-- wp:name /-->. The block serializer escapes "--" inside the JSON, so
# the comment ends at the first "-->".
BLOCK_DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<name>(?:[a-z][a-z0-9_-]*/)?[a-z][a-z0-9_-]*)(?=\s)"
)
_EMBED_BLOCKS = ("core/embed", "core-embed/")
# Blocks whose HTML WordPress renders through wpautop (render_block_core_shortcode).
_AUTOP_BLOCKS = {"core/shortcode"}
_URL = re.compile(r"https?://[^\s<>\"]+")
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.DOTALL)
# Blocks written as HTML in the post: left empty, they lose nothing. Any other block
# with no HTML was drawn by the old site (latest posts, archives, a search box...).
_STATIC_BLOCKS = {
    "core/paragraph", "core/heading", "core/list", "core/list-item", "core/quote",
    "core/group", "core/columns", "core/column", "core/spacer", "core/separator",
    "core/html", "core/shortcode", "core/freeform", "core/preformatted", "core/code",
    "core/verse", "core/pullquote", "core/table", "core/buttons", "core/button",
}  # fmt: skip


@dataclass
class _Block:
    name: str
    attributes: dict
    parts: list


def blocks_resolve(text: str, problems: list[str]) -> list[tuple[str, bool]]:
    """Return the post as (html, is_classic) segments with the block comments gone:
    text outside any block is classic-editor text (WordPress's freeform block)."""
    segments: list[tuple[str, bool]] = []
    stack: list[_Block] = []
    position = 0
    for match in BLOCK_DELIMITER.finditer(text):
        if match.start() < position:
            continue  # inside the previous delimiter's comment
        comment_end = text.find("-->", match.end())
        if comment_end == -1:
            break
        between = text[position : match.start()]
        if stack:
            stack[-1].parts.append((between, False))
        elif between.strip():
            segments.append((between, True))
        position = comment_end + 3
        name = match["name"] if "/" in match["name"] else "core/" + match["name"]
        inside = text[match.end() : comment_end].strip()
        if match["closer"]:
            depth = next(
                (d for d in range(len(stack) - 1, -1, -1) if stack[d].name == name),
                None,
            )
            while depth is not None and len(stack) > depth:
                block = stack.pop()
                rendered = _block_render(block, problems)
                (stack[-1].parts if stack else segments).extend(rendered)
            continue
        is_void = inside.endswith("/")
        attributes = _block_attributes(inside.removesuffix("/").strip())
        block = _Block(name, attributes, [])
        if is_void:
            rendered = _block_render(block, problems)
            (stack[-1].parts if stack else segments).extend(rendered)
        else:
            stack.append(block)
    rest = text[position:]
    while stack:
        block = stack.pop()
        block.parts.append((rest, False))
        rest = ""
        rendered = _block_render(block, problems)
        (stack[-1].parts if stack else segments).extend(rendered)
    if rest.strip():
        segments.append((rest, True))
    return segments


def _block_attributes(text: str) -> dict:
    if not text:
        return {}
    try:
        attributes = json.loads(text)
    except ValueError:
        return {}
    return attributes if isinstance(attributes, dict) else {}


def _block_render(block: _Block, problems: list[str]) -> list[tuple[str, bool]]:
    inner = "".join(part for part, _ in block.parts)
    if block.name.startswith(_EMBED_BLOCKS):
        url = block.attributes.get("url") or ""
        if not isinstance(url, str) or not url:
            found = _URL.search(html.unescape(inner))
            url = found[0] if found else ""
        if is_web_address(url):
            caption = _FIGCAPTION.search(inner)
            caption = f"<p>{caption.group(1)}</p>" if caption else ""
            return [(embed_link(url) + caption, False)]
    if inner.strip() or block.name in _STATIC_BLOCKS:
        return [(inner, True)] if block.name in _AUTOP_BLOCKS else block.parts
    if block.name == "core/block":
        problems.append(
            f"Removed a reusable block (number {block.attributes.get('ref', '?')} on "
            "the old site); add its content again by hand if it is needed."
        )
    else:
        problems.append(
            f'Removed the block "{block.name.removeprefix("core/")}": the old site '
            "made its content when the page was shown, so there was nothing to copy. "
            "Add it again by hand if it is needed."
        )
    return []
