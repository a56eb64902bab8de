"""The site's URLs plus /media/, as `make run` serves them (DEBUG adds them there; the
live server runs without DEBUG)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from portal.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT read at each request: tests give each test a folder of its own.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *site_urlpatterns]
