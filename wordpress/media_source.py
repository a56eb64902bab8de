"""Where an import reads attachments' files: a copy of the site's wp-content/uploads
folder, or their addresses when fetching is allowed (never in the tests)."""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import urlopen

from django.conf import settings

from wordpress.wxr import Item

FETCH_SECONDS = 20
# The size suffix WordPress adds to the files of an image's sizes.
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")


def uploads_name(item: Item) -> str:
    """The file's path under wp-content/uploads/, e.g. 2019/05/pleura.png."""
    return item.attached_file or uploads_name_of(item.attachment_url)


def uploads_name_of(url: str) -> str:
    """The path under wp-content/uploads/ of the original an address shows: the
    size WordPress made (pleura-300x225.png) names its original (pleura.png)."""
    path = unquote(urlsplit(url).path).partition("/wp-content/uploads/")[2]
    return SIZE_SUFFIX.sub("", path)


@dataclass(frozen=True)
class MediaSource:
    """Where attachments' files are read from."""

    uploads: Path | None
    fetch: bool
    store: bool

    def read(self, name: str, url: str) -> bytes | None:
        if self.uploads is not None and name:
            root = self.uploads.resolve()
            path = (root / name).resolve()
            # A name such as ../../etc/passwd stays outside.
            if path.is_relative_to(root) and path.is_file():
                return path.read_bytes()
        if self.fetch and url.startswith(("https://", "http://")):
            return fetched(url)
        return None


def fetched(url: str) -> bytes | None:
    """The file at url, if it answers within FETCH_SECONDS and is not too large."""
    limit = settings.MEDIA_UPLOAD_MAX_BYTES
    try:
        with urlopen(url, timeout=FETCH_SECONDS) as response:  # noqa: S310 (http(s) checked)
            content = response.read(limit + 1)
    except (OSError, ValueError):
        return None
    return content if len(content) <= limit else None
