"""The old addresses of a WordPress site and where each leads now: permalinks and
their feeds, date archives, category and tag archives and feeds, the site's feeds and
attachment pages. The import records a redirect from each (articles.Redirect, through
articles.redirects.address_move); only what was public in WordPress gets one."""

from urllib.parse import unquote, urlsplit

from django.db import transaction
from django.urls import reverse

from articles.links import is_site_path
from articles.models import Category, Redirect, Tag
from articles.redirects import address_move
from wordpress.wxr import Export, Term

# Statuses of items with a public address in WordPress, which redirects keep alive.
PUBLIC_STATUSES = {"publish"}


def site_path(url: str, site: str) -> str | None:
    """The path (and query) of an address on the WordPress site, or None for an
    address elsewhere."""
    parts, home = urlsplit(url), urlsplit(site)
    if parts.scheme not in ("", "http", "https"):
        return None
    host = parts.hostname or home.hostname or ""
    if host.removeprefix("www.") != (home.hostname or "").removeprefix("www."):
        return None
    # Decoded, as Django's request.path is: /caf%C3%A9/ is /café/.
    path = unquote(parts.path) or "/"
    return f"{path}?{parts.query}" if parts.query else path


def slash(path: str) -> str:
    return path if path.endswith("/") else f"{path}/"


def category_path(term: Term, categories: dict[str, Term]) -> str:
    """/category/parent/child/, as WordPress writes a category archive."""
    slugs, seen = [term.slug], {term.slug}
    while term.parent in categories and term.parent not in seen:
        term = categories[term.parent]
        seen.add(term.slug)
        slugs.insert(0, term.slug)
    return f"/category/{'/'.join(slugs)}/"


def redirect_targets(
    *,
    export: Export,
    planned: dict[int, str],
    topics: dict[str, tuple[Category, Tag | None]],
    tags: dict[str, Tag],
    attachments: dict[int, str],
) -> dict[str, str]:
    """Old path -> new address for every public address the export names: `planned`
    gives the new address of each post and page by id, `topics` and `tags` what its
    categories and tags became, `attachments` each imported file's address by id."""
    categories = {term.slug: term for term in export.categories}
    home = reverse("articles:home")
    wanted = {
        "/feed/": reverse("articles:feed_rss"),
        "/feed/rss2/": reverse("articles:feed_rss"),
        "/feed/atom/": reverse("articles:feed_atom"),
        # No comments here: their feed leads to the guides'.
        "/comments/feed/": reverse("articles:feed_rss"),
    }
    for item in export.items:
        if item.status not in PUBLIC_STATUSES or item.password:
            continue  # nobody outside knew its address
        old = site_path(item.link, export.site)
        if item.id in planned and old and "?" not in old and old != "/":
            wanted[slash(old)] = planned[item.id]
            wanted[f"{slash(old)}feed/"] = planned[item.id]
        if item.type == "post" and item.date_gmt:
            day = item.date_gmt
            for archive in (f"/{day:%Y}/", f"/{day:%Y/%m}/", f"/{day:%Y/%m/%d}/"):
                wanted[archive] = home
    for term in export.categories:
        if term.slug not in topics:
            continue  # failed, and reported
        topic, tag = topics[term.slug]
        path = category_path(term, categories)
        wanted[path] = (tag or topic).get_absolute_url()
        wanted[f"{path}feed/"] = (
            tag.get_absolute_url()  # tags have no feed
            if tag
            else reverse("articles:category_feed_rss", args=[topic.slug])
        )
    for item in export.items:
        old = site_path(item.link, export.site)
        if item.id in attachments and old and "?" not in old and old != "/":
            # An attachment page: its parent guide, else the file itself.
            wanted[slash(old)] = planned.get(item.parent, attachments[item.id])
    for slug, tag in tags.items():
        wanted[f"/tag/{slug}/"] = wanted[f"/tag/{slug}/feed/"] = tag.get_absolute_url()
    return wanted


def redirects_record(targets: dict[str, str]) -> int:
    """Record a redirect for each target not recorded already; return how many."""
    longest = Redirect._meta.get_field("old_path").max_length
    made = 0
    for old_path, new_path in targets.items():
        if old_path == new_path or len(old_path) > longest:
            continue
        if not is_site_path(old_path):
            continue  # not a path a browser would send as written
        if Redirect.objects.filter(old_path=old_path, new_path=new_path).exists():
            continue
        with transaction.atomic():
            address_move(old_path=old_path, new_path=new_path)
        made += 1
    return made
