"""WordPress's query-string addresses on the home page: /?p=12, /?page_id=3,
/?attachment_id=7 answer 301 to where the imported item is now.

Path-only old addresses are articles.Redirect rows (written by the importer), which
answer only where nothing else does. These cannot: the home page answers 200 at /
whatever the query string says. So this middleware looks before the page cache, and
only at the home page with one of these three keys: every other request, the home
page without them included, passes by with a string comparison.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.utils.cache import patch_cache_control

from wordpress.models import ImportedItem

# The query key of each kind of WordPress item.
QUERY_KINDS = {
    "p": [ImportedItem.Kind.POST, ImportedItem.Kind.PAGE],
    "page_id": [ImportedItem.Kind.PAGE],
    "attachment_id": [ImportedItem.Kind.ATTACHMENT],
}


class OldQueryAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == "/" and request.META.get("QUERY_STRING"):
            if (location := old_query_target(request)) is not None:
                redirected = HttpResponsePermanentRedirect(location)
                # As articles.redirects: browsers keep it a while, not forever.
                patch_cache_control(
                    redirected, public=True, max_age=settings.PUBLIC_CACHE_SECONDS
                )
                return redirected
        return self.get_response(request)


def old_query_target(request: HttpRequest) -> str | None:
    """Where /?p=ID (or page_id, attachment_id) leads now, if it was imported."""
    for key, kinds in QUERY_KINDS.items():
        wp_id = request.GET.get(key, "")
        if wp_id.isdigit() and len(wp_id) < 20:
            item = ImportedItem.objects.public_by_id(kinds, int(wp_id)).first()
            return item.new_path() if item else None
    return None
