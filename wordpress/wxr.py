"""Read a WordPress export (WXR 1.0, 1.1, 1.2) into plain dataclasses.

WordPress.com writes the namespace http://wordpress.org/export/1.x/, some self-hosted
sites https://...; both are read alike. defusedxml refuses entity declarations (the
"billion laughs" bomb), external entities and DTDs; a file over
WORDPRESS_IMPORT_MAX_BYTES is refused before it is parsed.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.conf import settings
from django.template.defaultfilters import filesizeformat

WXR_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.[0-2]/$")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
EXCERPT_NAMESPACE = re.compile(r"^\{https?://wordpress\.org/export/1\.[0-2]/excerpt/\}")
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


class ExportError(ValueError):
    """The file is not a WordPress export this importer can read; says why."""


@dataclass(frozen=True)
class Author:
    login: str
    email: str
    display_name: str


@dataclass(frozen=True)
class Term:
    """A category or tag; `parent` is the parent category's slug ("" at the top)."""

    slug: str
    name: str
    parent: str = ""
    description: str = ""


@dataclass(frozen=True)
class Item:
    id: int
    type: str  # post, page, attachment, or another post type (reported, skipped)
    status: str  # publish, future, draft, pending, private, trash, inherit
    title: str
    link: str
    slug: str
    date_gmt: datetime | None
    modified_gmt: datetime | None
    author: str  # an Author's login
    excerpt: str
    content: str
    categories: list[str] = field(default_factory=list)  # slugs
    tags: list[str] = field(default_factory=list)  # slugs
    password: str = ""
    parent: int = 0
    attachment_url: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    comments: int = 0

    @property
    def alt_text(self) -> str:
        return self.meta.get("_wp_attachment_image_alt", "")

    @property
    def thumbnail_id(self) -> int | None:
        value = self.meta.get("_thumbnail_id", "")
        return int(value) if value.isdigit() else None

    @property
    def attached_file(self) -> str:
        """The file's path under wp-content/uploads/, e.g. 2019/05/pleura.png."""
        return self.meta.get("_wp_attached_file", "")


@dataclass(frozen=True)
class Export:
    site: str  # the site's base URL, e.g. https://example.org
    authors: list[Author]
    categories: list[Term]
    tags: list[Term]
    items: list[Item]


def export_read(data: bytes) -> Export:
    """Parse an export's bytes; raise ExportError with a plain reason if it is bad."""
    limit = settings.WORDPRESS_IMPORT_MAX_BYTES
    if len(data) > limit:
        raise ExportError(
            f"The file is {filesizeformat(len(data))}; exports up to "
            f"{filesizeformat(limit)} can be imported. Export one part at a time "
            "(WordPress: Tools > Export lets you choose posts, pages or dates)."
        )
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise ExportError(
            "The file declares entities or a document type, which a WordPress export "
            "never does; it was not read, for safety."
        ) from None
    except ParseError as error:
        line, column = error.position
        raise ExportError(
            f"The file is not well-formed XML (line {line}, column {column}): it may "
            "be cut short or damaged. Export it again from WordPress."
        ) from None
    channel = root.find("channel")
    namespace = _wxr_namespace(root)
    if root.tag != "rss" or channel is None or namespace is None:
        raise ExportError(
            "This is XML, but not a WordPress export (WXR). In WordPress, use "
            "Tools > Export and import the file it gives you."
        )
    return _export_from(channel, namespace)


def _wxr_namespace(root: Element) -> str | None:
    """The WXR namespace the file uses, found on its elements (ElementTree drops
    the xmlns declarations themselves)."""
    for element in root.iter():
        if element.tag.startswith("{"):
            uri = element.tag[1:].split("}", 1)[0]
            if WXR_NAMESPACE.match(uri):
                return uri
    return None


def _export_from(channel: Element, ns: str) -> Export:
    def wp(name: str) -> str:
        return f"{{{ns}}}{name}"

    def text(element: Element, tag: str) -> str:
        return (element.findtext(tag) or "").strip()

    site = text(channel, wp("base_blog_url")) or text(channel, "link")
    authors = [
        Author(
            login=text(a, wp("author_login")),
            email=text(a, wp("author_email")),
            display_name=text(a, wp("author_display_name"))
            or text(a, wp("author_login")),
        )
        for a in channel.iter(wp("author"))
    ]
    categories = [
        Term(
            slug=text(c, wp("category_nicename")),
            name=text(c, wp("cat_name")),
            parent=text(c, wp("category_parent")),
            description=text(c, wp("category_description")),
        )
        for c in channel.iter(wp("category"))
    ]
    tags = [
        Term(
            slug=text(t, wp("tag_slug")),
            name=text(t, wp("tag_name")),
            description=text(t, wp("tag_description")),
        )
        for t in channel.iter(wp("tag"))
    ]
    items = []
    for element in channel.iter("item"):
        terms = element.findall("category")
        meta = {
            text(m, wp("meta_key")): text(m, wp("meta_value"))
            for m in element.iter(wp("postmeta"))
        }
        items.append(
            Item(
                id=_number(text(element, wp("post_id"))),
                type=text(element, wp("post_type")) or "post",
                status=text(element, wp("status")) or "draft",
                title=text(element, "title"),
                link=text(element, "link"),
                slug=text(element, wp("post_name")),
                date_gmt=_gmt(text(element, wp("post_date_gmt"))),
                modified_gmt=_gmt(text(element, wp("post_modified_gmt"))),
                author=text(element, DC_CREATOR),
                excerpt=_excerpt(element),
                content=element.findtext(CONTENT) or "",
                categories=[
                    t.get("nicename", "")
                    for t in terms
                    if t.get("domain") == "category"
                ],
                tags=[
                    t.get("nicename", "")
                    for t in terms
                    if t.get("domain") == "post_tag"
                ],
                password=text(element, wp("post_password")),
                parent=_number(text(element, wp("post_parent"))),
                attachment_url=text(element, wp("attachment_url")),
                meta=meta,
                comments=len(element.findall(wp("comment"))),
            )
        )
    return Export(
        site=site.rstrip("/"),
        authors=authors,
        categories=categories,
        tags=tags,
        items=items,
    )


def _excerpt(item: Element) -> str:
    """The excerpt, whichever WXR version names its namespace."""
    for child in item:
        if EXCERPT_NAMESPACE.match(child.tag) and child.tag.endswith("}encoded"):
            return (child.text or "").strip()
    return ""


def _number(value: str) -> int:
    return int(value) if value.isdigit() else 0


def _gmt(value: str) -> datetime | None:
    """A WXR date in UTC; WordPress writes 0000-00-00 00:00:00 for "not yet"."""
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None
