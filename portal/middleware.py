from django.conf import settings
from django.utils.cache import patch_cache_control


class PublicCacheMiddleware:
    """Let browsers and CDNs keep anonymous readers' pages for a short while.

    A response is public when the request carries no session cookie, the response sets
    no cookie and says nothing about caching itself (the admin says never_cache).
    Signed-in staff, who may be previewing drafts, get private responses.
    ConditionalGetMiddleware adds the ETag and answers a matching request with 304.
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
        elif response.status_code == 200:
            patch_cache_control(
                response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS
            )
        return response
