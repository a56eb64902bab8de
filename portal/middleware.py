from dataclasses import asdict

import csp.middleware
from csp.constants import HEADER
from csp.utils import build_policy
from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.urls import get_resolver, get_urlconf
from django.utils.cache import patch_cache_control


class PublicCacheMiddleware:
    """Let browsers and CDNs keep anonymous readers' pages for a short while.

    A response is public when the request carries no session cookie, the response sets
    no cookie and says nothing about caching itself (the admin says never_cache).
    Signed-in staff, who may be previewing drafts, get private responses. A 304 says
    what the page it stands for would have said (RFC 9110 15.4.5). The page cache and
    pagecache.middleware.ConditionalGetMiddleware add the ETag and answer a matching
    request with 304.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.has_header(
            "Cache-Control"
        ):
            return response
        if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
            patch_cache_control(response, private=True, no_cache=True)
        elif response.status_code in (200, 304):
            patch_cache_control(
                response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS
            )
        return response


class PermissionsPolicyMiddleware:
    """Send settings.PERMISSIONS_POLICY as the Permissions-Policy header.

    Django has no setting for it (SecurityMiddleware sends the other security
    headers). Features map to allowlists: [] turns one off, ["self"] allows it for
    this site only.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class UnreadableRequestMiddleware:
    """Refuse what the rest cannot handle, before anything reads it.

    An address with a NUL is no address of ours, and PostgreSQL refuses text with
    one: the redirect lookup of a 404 and the follow pages' token lookups were a 500.
    A multipart body without a valid boundary, or a form in a charset Django does not
    decode, raises when request.POST is first read. The CSRF check reads it, then
    the 400 or 500 page Django renders for the error reads it again (for its own CSRF
    token), raises again and escapes as a 500 (Django 5.2.19; tests/security).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            raise Http404("No such page.")
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 (parsed here once, kept on the request)
            except (MultiPartParserError, BadRequest):
                return HttpResponseBadRequest(
                    "The form could not be read: its encoding is not one this site "
                    "accepts.",
                    content_type="text/plain; charset=utf-8",
                )
        return self.get_response(request)


class SiteNotFoundPageMiddleware:
    """Under DEBUG too, answer a missing page with the site's own 404 page.

    `make run` runs with DEBUG on, where Django answers a 404 with its technical page,
    so templates/404.html went unseen in development. Running the server with DEBUG
    off instead would cost more: static files, secure cookies and the embedded
    database all hang on DEBUG.

    A process_exception hook would miss URLs that match no pattern: the resolver
    raises before the view is called, outside the try that runs those hooks
    (django/core/handlers/base.py, BaseHandler._get_response), and the Http404 turns
    into the technical page in response_for_exception (handlers/exception.py). So
    this replaces the 404 response itself. None of our views returns a 404 without
    raising Http404, so nothing deliberate is lost. DEBUG's 500 page, with its
    traceback, stays; the terminal still logs "Not Found: <path>".
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code == 404:
            # The handler production uses: handler404 if portal/urls.py sets one.
            handler = get_resolver(get_urlconf()).resolve_error_handler(404)
            return handler(request, exception=Http404())
        return response


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's middleware, which under DEBUG also covers 404 pages.

    django-csp sends no policy with 404 and 500 responses under DEBUG, since Django's
    technical pages need inline styles. Our 404 pages are the site's own even then
    (SiteNotFoundPageMiddleware), so they get the policy that production sends.
    """

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if settings.DEBUG and response.status_code == 404 and HEADER not in response:
            parts = self.get_policy_parts(request=request, response=response)
            response[HEADER] = build_policy(**asdict(parts))
        return response
