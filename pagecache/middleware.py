"""The page cache, conditional requests for HEAD too, and gzip, in that order from the
inside out (portal/settings.py lists them the other way round).

Who gets a cached page: a GET or HEAD without a session cookie (signed-in staff may be
previewing drafts), outside the admin, /follow/ (its pages carry subscribers' tokens
and a fresh form stamp) and /search/ (a search that finds nothing is counted), with no
query string but a page number. What is kept: a 200 that sets no cookie, does not say
private, no-store or no-cache, and varies only by cookie and encoding. Under which key:
the address and the content version (articles.models.generation), which changes at
every commit that changes content and whenever the clock passes a moment when pages
change with no write, so an entry is never stale: it is just no longer asked for.
"""

import functools
import logging
import re

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.middleware import http
from django.middleware.gzip import GZipMiddleware
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe

from articles.models import ContentGeneration
from pagecache.entries import Entry, code_changed_at, page_key

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
# A listing's page number (?page=2) or a sitemap's (?p=2); any other query string,
# such as ?utm_source=, is served uncached rather than filling the cache.
CACHED_QUERY = re.compile(r"((page|p)=[1-9][0-9]{0,4})?")
# A kept response varies by nothing else: the cache takes no session cookie and
# answers each encoding itself.
CACHED_VARY = {"", "cookie", "accept-encoding"}
NOT_KEPT = {"private", "no-store", "no-cache"}


@functools.cache
def secret_prefixes() -> tuple[str, ...]:
    """Where pages carry secrets (CSRF tokens, subscribers' tokens, share links):
    never cached, never compressed."""
    draft = reverse("articles:shared_draft", args=["-"]).removesuffix("-/")
    return (reverse("admin:index"), reverse("subscriptions:follow"), draft)


@functools.cache
def uncached_prefixes() -> tuple[str, ...]:
    return (*secret_prefixes(), reverse("articles:search"))


def signed_in(request: HttpRequest) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def may_cache(request: HttpRequest) -> bool:
    """Whether this request may get, and leave, a cached page."""
    return (
        request.method in ("GET", "HEAD")
        and not signed_in(request)
        and not request.path.startswith(uncached_prefixes())
        and CACHED_QUERY.fullmatch(request.META.get("QUERY_STRING", "")) is not None
    )


def may_compress(request: HttpRequest) -> bool:
    """Whether the answer may be compressed: only what anyone may read (BREACH)."""
    return not signed_in(request) and not request.path.startswith(secret_prefixes())


def keepable(response: HttpResponse) -> bool:
    """Whether the response is the same page for every anonymous reader."""
    cache_control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    vary = {
        part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Content-Encoding")
        and not cache_control & NOT_KEPT
        and vary <= CACHED_VARY
    )


class PageCacheMiddleware:
    """Answer anonymous readers from the cache of whole pages (module docstring).

    One query per request reads the content version (ContentGeneration.objects.
    version(): usually a primary-key probe); a page in the cache is then
    answered, or a 304 given, without rendering anything. A page rendered here is
    kept for PAGE_CACHE_SECONDS at most, and never past the next moment the clock
    changes content. PAGE_CACHE_SECONDS = 0 turns the cache off.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE_SECONDS or not may_cache(request):
            return self.get_response(request)
        version = ContentGeneration.objects.version()
        if version is None:
            return self.get_response(request)
        try:
            key = page_key(request, version)
        except DisallowedHost:
            return self.get_response(request)  # answered 400 further in
        pages = caches[CACHE_ALIAS]
        entry = self.cache_call(pages.get, key)
        outcome = "hit"
        if entry is None:
            response = self.get_response(request)
            if not keepable(response):
                return response
            entry = Entry.of(response)
            if (lifetime := self.lifetime(version.next_change_at)) > 0:
                self.cache_call(pages.set, key, entry, lifetime)
            outcome = "miss"
        return entry.response(
            request,
            last_modified=max(version.last_modified, code_changed_at()),
            outcome=outcome,
        )

    @staticmethod
    def cache_call(method, *args):
        """A call to the cache; if the cache is down (Redis), pages are rendered."""
        try:
            return method(*args)
        except Exception:  # the backend's own errors: redis.ConnectionError, ...
            logger.warning("The page cache failed; rendering.", exc_info=True)
            return None

    @staticmethod
    def lifetime(next_change_at) -> int:
        """Seconds to keep a page: PAGE_CACHE_SECONDS, up to the next moment content
        changes by the clock (0 if rendering it took us past that moment)."""
        seconds = settings.PAGE_CACHE_SECONDS
        if next_change_at is not None:
            left = (next_change_at - timezone.now()).total_seconds()
            seconds = min(seconds, int(left)) if left > 0 else 0
        return seconds


class ConditionalGetMiddleware(http.ConditionalGetMiddleware):
    """Django's ETags and 304s, for HEAD as well as GET.

    Django leaves HEAD out, taking its body for empty; our views render the whole
    page for HEAD (the server drops the body), so its ETag is the GET's.
    """

    def process_response(self, request: HttpRequest, response: HttpResponse):
        if request.method not in ("GET", "HEAD"):
            return response
        if self.needs_etag(response) and not response.has_header("ETag"):
            set_response_etag(response)
        etag = response.get("ETag")
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        if etag or last_modified:
            return get_conditional_response(
                request, etag=etag, last_modified=last_modified, response=response
            )
        return response


class CompressionMiddleware(GZipMiddleware):
    """Django's gzip, only for what anyone may read.

    Never the admin, the pages under /follow/ or a signed-in user's pages: a
    compressed page that carries a secret (a CSRF token, a subscriber's token) and
    echoes something an attacker sent leaks the secret through its length (BREACH).
    Pages from the page cache come compressed already (it gzips each page once).
    """

    def process_response(self, request: HttpRequest, response: HttpResponse):
        if not may_compress(request):
            return response
        return super().process_response(request, response)
