"""sitemap.xml: an index of sections, the guides in pages by id.

/sitemap.xml (named in robots.txt) is a sitemap index. It lists one sitemap per
section, /sitemap-<section>.xml, and for the guides one per page of GUIDES_PER_PAGE
ids (?p=2, ?p=3, ...), each with the time what it lists last changed, so a crawler
fetches again only the pages that changed. Page p of the guides lists the live guides
whose id is in ((p - 1) * GUIDES_PER_PAGE, p * GUIDES_PER_PAGE]: every guide is on
exactly one page, and stays on it. Every read of guides here is an index-only scan of
`article_sitemap` (id, with status, dates, slug and topic), never of the wide guide
rows.

Our own views, not django.contrib.sitemaps': its index gives every page of a section
the same lastmod, reads the whole section to find it unless overridden, and its pages
cost about 0.1 ms a URL (a reverse() per guide, a dict, the template loop): 0.5 s for
5,000 guides (docs/design.md, bench/README.md).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from django.db import connection
from django.db.models import Max, OuterRef, Q, Subquery
from django.db.models.functions import Greatest, TruncDate
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from articles.models import Article, Category, FaqEntry, Page
from articles.models.guides import SITEMAP_GUIDES_PER_PAGE, sitemap_changed

# Guides per sitemap page, by id. The protocol allows 50,000; 1,000 keep a page the
# same size (about 120 kB, a few ms) in a library of any size, and one edit sends a
# crawler back to 1,000 addresses, not 50,000.
GUIDES_PER_PAGE = SITEMAP_GUIDES_PER_PAGE


@dataclass(frozen=True)
class Entry:
    """A <url> of a sitemap: an address on this site and when it last changed (a
    day, or a time whose local day is printed)."""

    path: str
    lastmod: date | datetime | None = None


# The sections ------------------------------------------------------------------------


def guides_shown_or_withdrawn():
    """The guides that have a time for readers: live ones, and withdrawn ones (they
    left the lists). Drafts and scheduled guides have none. Spelled as the sitemap
    indexes' condition, so that the planner uses them."""
    return (
        Article.objects.filter(
            status__in=[Article.Status.PUBLISHED, Article.Status.WITHDRAWN]
        )
        .filter(Q(status=Article.Status.WITHDRAWN) | Q(publish_at__lte=timezone.now()))
        .order_by()
    )


def latest_change(**where):
    """When the newest of these guides changed (sitemap_changed()): the first entry of
    their range in article_sitemap_page or article_sitemap_topic, not a max() over
    every guide."""
    return (
        guides_shown_or_withdrawn()
        .filter(**where)
        .order_by(sitemap_changed().desc())
        .values_list(sitemap_changed())[:1]
    )


# When each page of guides last changed, and whether it lists a live guide: for each
# range of ids, the first entry of article_sitemap_page and of article_sitemap, so the
# cost grows with the pages, not the guides. The expressions are the index's
# (sitemap_changed()); they only use it while %(size)s is SITEMAP_GUIDES_PER_PAGE.
GUIDE_PAGES_SQL = """
SELECT page,
       (SELECT CASE WHEN status = 'published' THEN greatest(updated_at, publish_at)
                    ELSE updated_at END
          FROM articles_article
         WHERE (id - 1) / %(size)s = page - 1
           AND status IN ('published', 'withdrawn')
           AND (status = 'withdrawn' OR publish_at <= %(now)s)
         ORDER BY CASE WHEN status = 'published' THEN greatest(updated_at, publish_at)
                       ELSE updated_at END DESC
         LIMIT 1)
  FROM generate_series(
           %(first)s,
           LEAST(%(last)s, (SELECT (max(id) - 1) / %(size)s + 1 FROM articles_article))
       ) AS page
 WHERE EXISTS (SELECT FROM articles_article
                WHERE id > (page - 1) * %(size)s AND id <= page * %(size)s
                  AND status = 'published' AND publish_at <= %(now)s)
 ORDER BY page
"""


def guide_pages(first: int = 1, last: int | None = None) -> dict[int, datetime]:
    """The pages of guides that list a guide, with when each last changed."""
    params = {"first": first, "last": last, "size": GUIDES_PER_PAGE}
    with connection.cursor() as cursor:
        cursor.execute(GUIDE_PAGES_SQL, {**params, "now": timezone.now()})
        return dict(cursor.fetchall())


def guide_urls(number: int) -> list[Entry]:
    """The live guides of page `number`, by id."""
    # get_absolute_url() as a string join: a reverse() per guide took 24 ms a thousand.
    marker = "sitemap-slug"
    head, _, tail = reverse("articles:article_detail", args=[marker]).partition(marker)
    rows = (
        Article.objects.published()
        .filter(pk__gt=(number - 1) * GUIDES_PER_PAGE, pk__lte=number * GUIDES_PER_PAGE)
        .order_by("pk")
        .values_list("slug", TruncDate(Greatest("updated_at", "publish_at")))
    )
    return [Entry(f"{head}{slug}{tail}", day) for slug, day in rows]


def topics_changed():
    """The topics, each with when its newest guide changed (None: no guide yet)."""
    return Category.objects.annotate(
        changed=Subquery(latest_change(category=OuterRef("pk")))
    )


def topic_urls() -> list[Entry]:
    """Every treatment topic, changed when a guide of it was."""
    return [
        Entry(topic.get_absolute_url(), topic.changed)
        for topic in topics_changed().only("slug")
    ]


def tag_urls() -> list[Entry]:
    """The tags of live guides. No lastmod: it would join every guide's tags (about
    240 ms at 100,000 guides); the index gives the section the guides' latest."""
    tags = Article.objects.published().tags_used()
    return [Entry(tag.get_absolute_url()) for tag in tags.only("slug")]


def page_urls() -> list[Entry]:
    return [
        Entry(page.get_absolute_url(), page.updated_at)
        for page in Page.objects.only("slug", "updated_at")
    ]


def static_urls() -> list[Entry]:
    """The home page (newest and featured guides, FAQ highlights) and the FAQ."""
    faq = _faq_changed()
    return [
        Entry(reverse("articles:home"), _latest(_guides_changed(), faq)),
        Entry(reverse("articles:faq"), faq),
    ]


SECTIONS = {
    "static": static_urls,
    "pages": page_urls,
    "topics": topic_urls,
    "tags": tag_urls,
}
# Sections of apps built on articles, added by their AppConfig.ready() (the glossary):
# articles imports none of them. The index lists each while it lists something, dated
# by its newest entry.
APP_SECTIONS: dict[str, Callable[[], list[Entry]]] = {}


def _guides_changed() -> datetime | None:
    """The newest change of any guide: the newest of each topic's (every guide has
    one), a few index entries however many guides there are."""
    return topics_changed().aggregate(latest=Max("changed"))["latest"]


def _faq_changed() -> datetime | None:
    # Every entry: unpublishing one changes the FAQ page too.
    return FaqEntry.objects.aggregate(changed=Max("updated_at"))["changed"]


def _latest(*times: datetime | None) -> datetime | None:
    return max((time for time in times if time is not None), default=None)


def _newest(entries: list[Entry]) -> datetime | None:
    return _latest(
        *(entry.lastmod for entry in entries if isinstance(entry.lastmod, datetime))
    )


def _day(lastmod: date | datetime) -> str:
    if isinstance(lastmod, datetime):
        lastmod = timezone.localdate(lastmod)
    return lastmod.isoformat()


# The views ---------------------------------------------------------------------------

# Nine digits at most: a page past a billion guides is no page, and its first id no
# bigint of ours.
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")


def sitemap(request: HttpRequest) -> HttpResponse:
    """The sitemap index: each section, the guides page by page, with lastmod."""
    pages = guide_pages()
    guides = _latest(*pages.values())
    faq = _faq_changed()
    site_pages = Page.objects.aggregate(changed=Max("updated_at"))["changed"]
    # A topic or tag page changes when one of its guides does (or is renamed, which
    # saves no guide: such a change waits for the next one).
    sections = [
        ("static", 1, _latest(guides, faq)),
        ("pages", 1, site_pages),
        ("topics", 1, guides),
        ("tags", 1, guides),
        *(
            (name, 1, _newest(entries))
            for name, urls in APP_SECTIONS.items()
            if (entries := urls())
        ),
        *(("guides", number, changed) for number, changed in pages.items()),
    ]
    site = f"{request.scheme}://{request.get_host()}"
    lines = ['<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for name, number, changed in sections:
        location = escape(site + _section_address(name, number))
        lastmod = (
            f"<lastmod>{changed.astimezone(UTC).isoformat()}</lastmod>"
            if changed
            else ""
        )
        lines.append(f"<sitemap><loc>{location}</loc>{lastmod}</sitemap>")
    lines.append("</sitemapindex>")
    return _xml_response(lines, _latest(*(changed for _, _, changed in sections)))


def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """One sitemap of the index: a section, or a page of guides (?p=N)."""
    number = _page_number(request)
    if section == "guides":
        entries = guide_urls(number)
        if not entries:  # the index lists no such page
            raise Http404("No such sitemap page.")
        last_modified = guide_pages(number, number).get(number)
    elif section in (sections := SECTIONS | APP_SECTIONS) and number == 1:
        # A section with nothing in it yet (no site pages, no tags) answers an empty
        # list, as django.contrib.sitemaps does.
        entries = sections[section]()
        last_modified = _newest(entries)
    else:
        raise Http404("No such sitemap.")
    site = escape(f"{request.scheme}://{request.get_host()}")
    lines = ['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [
        f"<url><loc>{site}{escape(entry.path)}</loc>"
        + (f"<lastmod>{_day(entry.lastmod)}</lastmod>" if entry.lastmod else "")
        + "</url>"
        for entry in entries
    ]
    lines.append("</urlset>")
    return _xml_response(lines, last_modified)


def _page_number(request: HttpRequest) -> int:
    value = request.GET.get("p", "1")
    if not PAGE_NUMBER.fullmatch(value):
        raise Http404("No such sitemap page.")
    return int(value)


def _section_address(name: str, number: int) -> str:
    address = reverse("sitemap_section", args=[name])
    return address if number == 1 else f"{address}?p={number}"


def _xml_response(lines: list[str], last_modified: datetime | None) -> HttpResponse:
    # Built as strings, not with a template: the template loop alone cost about
    # 40 microseconds a URL (0.2 s for a page of 5,000 guides, 40 ms for 1,000).
    lines.insert(0, '<?xml version="1.0" encoding="UTF-8"?>')
    response = HttpResponse("\n".join(lines) + "\n", content_type="application/xml")
    # As django.contrib.sitemaps: the sitemaps themselves are not search results.
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    if last_modified is not None:
        response.headers["Last-Modified"] = http_date(last_modified.timestamp())
    return response
