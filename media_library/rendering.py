"""Library images as readers get them: a <picture> with AVIF and WebP renditions
for the screen's width, the re-encoded original for browsers that take neither."""

import html
import re

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from media_library.models import MediaFile, url_name

# An <img> as nh3 writes it (articles.sanitize cleans rich text with nh3): each
# attribute double-quoted, quotes inside escaped.
IMG_TAG = re.compile(r'<img((?: [a-z]+="[^"]*")*)>')
IMG_ATTRIBUTE = re.compile(r' ([a-z]+)="([^"]*)"')


def image_attributes(match: re.Match) -> dict[str, str]:
    """The attributes of an IMG_TAG match, unescaped."""
    return {
        name: html.unescape(value)
        for name, value in IMG_ATTRIBUTE.findall(match.group(1))
    }


# How wide an image shows (static/css/site.css): a figure is at most --measure
# (38rem) wide, or the screen less the page's side padding (2 x 1.25rem).
SIZES = "(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)"


def picture(
    image: MediaFile,
    *,
    alt: str,
    lazy: bool,
    sizes: str = SIZES,
    high_priority: bool = False,
) -> SafeString:
    """The image as a responsive <picture>, its size given so nothing moves when it
    arrives; lazy: loaded only when the reader scrolls near it."""
    sources = format_html_join(
        "",
        '<source type="image/{}" srcset="{}" sizes="{}">',
        (
            (format, srcset, sizes)
            for format, srcset in _srcsets(image).items()
            if srcset
        ),
    )
    if lazy:
        loading = format_html(' loading="{}" decoding="{}"', "lazy", "async")
    elif high_priority:
        loading = format_html(' fetchpriority="{}"', "high")
    else:
        loading = ""
    return format_html(
        '<picture>{}<img src="{}" alt="{}" width="{}" height="{}"{}></picture>',
        sources, image.url, alt, image.width, image.height, loading,
    )  # fmt: skip


def _srcsets(image: MediaFile) -> dict[str, str]:
    storage = image.file.storage
    srcsets: dict[str, list[str]] = {}
    for rendition in image.renditions():
        srcsets.setdefault(rendition.format, []).append(
            f"{storage.url(rendition.name)} {rendition.width}w"
        )
    return {format: ", ".join(each) for format, each in srcsets.items()}


def pictures_in(html: str) -> str:
    """Turn each library image of cleaned rich text into a responsive <picture>,
    all but the first loaded lazily. One query, and none without images."""
    found = list(IMG_TAG.finditer(html))
    if not found:
        return html
    sources = [image_attributes(match)["src"] for match in found]
    images = {
        image.file.name: image
        for image in MediaFile.objects.images().with_urls(sources)
    }
    pieces, end = [], 0
    for number, match in enumerate(found):
        image = images.get(url_name(image_attributes(match)["src"]) or "")
        pieces.append(html[end : match.start()])
        if image is None:
            # Not (or no longer) in the library: as the editor wrote it.
            pieces.append(match.group(0))
        else:
            alt = image_attributes(match).get("alt", "")
            pieces.append(picture(image, alt=alt, lazy=number > 0))
        end = match.end()
    pieces.append(html[end:])
    return "".join(pieces)
