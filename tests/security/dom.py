"""What in a page could run script, found in the tree a browser builds from it.

Pages are parsed with lexbor (selectolax), which follows the WHATWG parsing algorithm,
so markup that turns dangerous only once parsed (mutation XSS, SVG and MathML
namespace confusion, a title attribute that a raw-text element ends early) is judged
as a browser will build it, not as the text reads. Where lexbor parses differently
from a browser (it parses as if scripting were off, and <select> by the rules before
customizable selects), the element that makes the difference counts as a finding
itself: our templates use neither <noscript> nor markup inside <select>.
"""

import json
import re

from django.conf import settings
from django.urls import reverse
from selectolax.lexbor import LexborHTMLParser, LexborNode

# Attributes a browser follows as a URL: navigation, loading, form submission.
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "data", "poster",
    "background", "lowsrc", "dynsrc", "codebase", "cite", "ping", "srcset",
    "manifest", "icon", "longdesc",
}  # fmt: skip
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
# Elements that load or run other documents, or change how the page is read.
EMBEDDING = {"iframe", "frame", "frameset", "object", "embed", "applet", "portal"}
# SVG elements that run script or rewrite another element's attributes.
SVG_ACTIVE = {
    "animate", "set", "animatetransform", "animatemotion", "handler", "listener",
    "foreignobject",
}  # fmt: skip
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
SELECT_CONTENT = {"option", "optgroup", "hr"}
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_DANGER = re.compile(
    r"expression\(|javascript:|vbscript:|-moz-binding|behavior:|@import"
)
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def script_findings(html: str) -> list[str]:
    """Everything in the page that could run script or hand the page to an attacker,
    other than our own scripts (static files and JSON data blocks)."""
    return [
        finding
        for node in parse(html).root.traverse()
        if node.is_element_node
        for finding in _element_findings(node)
    ]


def markup_outside(html: str, selector: str, tags: set, attributes: dict) -> list[str]:
    """Elements and attributes in the parts of the page matching `selector` that the
    sanitizer's allowlist does not allow: what a sanitizer bypass or a mutation
    leaves behind, harmful or not."""
    found = []
    for container in parse(html).css(selector):
        for node in container.traverse(include_text=False):
            if node.mem_id == container.mem_id:
                continue
            allowed = attributes.get(node.tag, set())
            if node.tag not in tags:
                found.append(f"<{node.tag}> in {selector}: {_outer(node)}")
            found += [
                f"{node.tag}[{name}] in {selector}: {_outer(node)}"
                for name in node.attributes
                if name not in allowed
            ]
    return found


def _element_findings(node: LexborNode):
    tag = node.tag or ""
    attributes = node.attributes
    for name, value in attributes.items():
        if name.startswith("on"):
            yield f"event handler {name}: {_outer(node)}"
        elif name == "srcdoc":
            yield f"srcdoc: {_outer(node)}"
        elif name in URL_ATTRIBUTES and _runs_script(value or ""):
            yield f"script URL in {name}: {_outer(node)}"
        elif name == "style" and _dangerous_css(value or ""):
            yield f"script in a style attribute: {_outer(node)}"
    if tag == "script" and not _own_script(node):
        yield f"script: {_outer(node)}"
    elif tag in EMBEDDING:
        yield f"embedded document <{tag}>: {_outer(node)}"
    elif tag == "base":
        yield f"<base>: {_outer(node)}"
    elif tag == "meta" and "http-equiv" in attributes:
        yield f"<meta http-equiv>: {_outer(node)}"
    elif tag == "link" and _foreign_stylesheet(attributes):
        yield f"stylesheet or import from elsewhere: {_outer(node)}"
    elif tag == "style" and _dangerous_css(node.text(deep=True)):
        yield f"script in a style element: {_outer(node)}"
    elif tag in SVG_ACTIVE and _inside(node, "svg"):
        yield f"active SVG element <{tag}>: {_outer(node)}"
    elif tag == "use" and not (attributes.get("href") or "#").startswith("#"):
        yield f"SVG <use> of another document: {_outer(node)}"
    elif tag == "noscript":
        yield f"<noscript> (raw text to a browser, markup here): {_outer(node)}"
    elif tag in ("select", "option", "optgroup") and any(
        child.tag not in SELECT_CONTENT for child in _child_elements(node)
    ):
        yield f"markup inside <{tag}> (customizable select): {_outer(node)}"


def _runs_script(url: str) -> bool:
    """Whether a browser would read `url` with a script-running scheme (the URL
    parser strips leading and trailing controls and spaces, and every tab and newline).
    srcset holds several URLs."""
    for candidate in url.split(","):
        normalized = _TAB_OR_NEWLINE.sub("", candidate).strip("\x00- ").lower()
        if normalized.startswith(SCRIPT_SCHEMES):
            return True
    return False


def _dangerous_css(css: str) -> bool:
    plain = _CSS_COMMENT.sub("", css).replace("\\", "").lower()
    return bool(_CSS_DANGER.search(re.sub(r"\s+", "", plain)))


def _own_script(node: LexborNode) -> bool:
    """A static file of ours, or a block of data (JSON-LD, json_script) that is
    still whole JSON, so that no text broke out of it."""
    src = node.attributes.get("src")
    if src is not None:
        # settings.STATIC_URL carries the leading slash at run time; the admin's
        # translations come from a view of ours.
        ours = src.startswith(settings.STATIC_URL) or src == reverse("admin:jsi18n")
        return ours and not node.text(deep=True).strip()
    if (node.attributes.get("type") or "").lower() not in DATA_SCRIPT_TYPES:
        return False
    try:
        json.loads(node.text(deep=True))
    except ValueError:
        return False
    return True


def _foreign_stylesheet(attributes: dict) -> bool:
    rel = (attributes.get("rel") or "").lower().split()
    href = attributes.get("href") or ""
    loads = {"stylesheet", "import", "preload", "modulepreload"} & set(rel)
    return bool(loads) and not (href.startswith("/") and not href.startswith("//"))


def _inside(node: LexborNode, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _child_elements(node: LexborNode):
    child = node.child
    while child is not None:
        if child.is_element_node:
            yield child
        child = child.next


def _outer(node: LexborNode, limit: int = 160) -> str:
    html = node.html or ""
    return html if len(html) <= limit else html[:limit] + "…"
