"""Read sitemap.xml as a crawler does: the index, then every sitemap it lists."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.urls import reverse

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def address(url: str) -> str:
    """The path and query of an absolute URL: what the test client GETs."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def parsed(client, url: str) -> ElementTree.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own pages)


def sitemap_index(client) -> dict[str, str | None]:
    """Each sitemap the index lists (path and query) and its lastmod, in order."""
    root = parsed(client, reverse("sitemap"))
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    return {
        address(item.findtext("sm:loc", namespaces=NS)): item.findtext(
            "sm:lastmod", namespaces=NS
        )
        for item in root.findall("sm:sitemap", NS)
    }


def sitemap_urls(client, url: str) -> list[tuple[str, str | None]]:
    """The <loc> and <lastmod> of each <url> of one sitemap, in order."""
    root = parsed(client, url)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    return [
        (item.findtext("sm:loc", namespaces=NS), item.findtext("sm:lastmod", None, NS))
        for item in root.findall("sm:url", NS)
    ]


def all_sitemap_urls(client) -> list[tuple[str, str | None]]:
    """Every <url> of every sitemap the index lists, repeats kept."""
    return [
        entry
        for sitemap in sitemap_index(client)
        for entry in sitemap_urls(client, sitemap)
    ]


def sitemap_lastmods(client) -> dict[str, str | None]:
    """Map each <loc> of all the sitemaps to its <lastmod>, or None when it has none."""
    return dict(all_sitemap_urls(client))
