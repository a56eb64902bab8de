"""What the page cache keeps, under which key, and the answer made from it."""

import functools
import gzip
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from articles.models import ContentVersion

# Headers the cache sets itself on every answer.
OWN_HEADERS = {"content-length", "content-encoding", "etag", "last-modified"}
# Shorter bodies are not worth compressing (as Django's GZipMiddleware decides).
GZIP_MIN_LENGTH = 200
# Compressed once when stored, sent many times: the best level is worth its cost.
GZIP_LEVEL = 9


@functools.cache
def code_files() -> tuple[Path, ...]:
    """What makes pages besides their content: the project's code and templates, the
    static files' names (after collectstatic) and the pinned packages."""
    base = Path(settings.BASE_DIR)
    roots = [base / "templates", base / "portal"] + [
        Path(config.path)
        for config in apps.get_app_configs()
        if Path(config.path).parent == base
    ]
    found = sorted(
        path
        for root in roots
        for path in root.rglob("*")
        if path.suffix in {".py", ".html", ".txt", ".xml", ".sql"}
    )
    found += [
        base / "requirements.txt",
        Path(settings.STATIC_ROOT) / "staticfiles.json",
    ]
    return tuple(path for path in found if path.is_file())


@functools.cache
def code_version() -> str:
    """A digest of the code files and Django's version: a deployment that changes
    any of them never serves a page the one before made."""
    base = Path(settings.BASE_DIR)
    digest = hashlib.sha256(django.get_version().encode())
    for path in code_files():
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def code_changed_at() -> datetime:
    """When the newest code file was written: pages may have changed then, with no
    change of content (Last-Modified is never earlier)."""
    newest = max((path.stat().st_mtime for path in code_files()), default=0)
    return datetime.fromtimestamp(newest, tz=UTC)


def page_key(request: HttpRequest, version: ContentVersion) -> str:
    """The key of the page at this address (scheme, host, path, query) as of this
    content version and this code."""
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{code_version()}:{version.key}:{address}"


def accepts_gzip(request: HttpRequest) -> bool:
    return bool(re_accepts_gzip.search(request.headers.get("accept-encoding", "")))


@dataclass(frozen=True)
class Entry:
    """A page as the cache keeps it: its headers, its body gzipped once, its ETag."""

    headers: tuple[tuple[str, str], ...]
    body: bytes
    gzipped: bytes | None
    etag: str

    @classmethod
    def of(cls, response: HttpResponse) -> "Entry":
        body = response.content
        gzipped = None
        if len(body) >= GZIP_MIN_LENGTH:
            gzipped = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            if len(gzipped) >= len(body):
                gzipped = None
        return cls(
            headers=tuple(
                (name, value)
                for name, value in response.items()
                if name.lower() not in OWN_HEADERS
            ),
            body=body,
            gzipped=gzipped,
            # Weak: the gzipped and the plain body are the same page (RFC 9110 8.8.1).
            etag=f'W/"{hashlib.sha256(body).hexdigest()[:32]}"',
        )

    def response(
        self, request: HttpRequest, *, last_modified: datetime, outcome: str
    ) -> HttpResponse:
        """The answer to this request: the page, or 304 if the reader has it."""
        compressed = self.gzipped is not None and accepts_gzip(request)
        body = self.gzipped if compressed else self.body
        response = HttpResponse(body)
        for name, value in self.headers:
            response.headers[name] = value
        if self.gzipped is not None:
            patch_vary_headers(response, ["Accept-Encoding"])
        if compressed:
            response.headers["Content-Encoding"] = "gzip"
        response.headers["Content-Length"] = str(len(body))
        modified = int(last_modified.timestamp())
        response.headers["ETag"] = self.etag
        response.headers["Last-Modified"] = http_date(modified)
        response.headers["X-Page-Cache"] = outcome
        return get_conditional_response(
            request, etag=self.etag, last_modified=modified, response=response
        )
