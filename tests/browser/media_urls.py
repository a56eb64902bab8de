"""The site's URLs plus /media/, as `make run` serves them (DEBUG adds them there; the
live server runs without DEBUG)."""

from django.urls import re_path

from media_library.views import media_file_serve
from portal.urls import urlpatterns as site_urlpatterns

urlpatterns = [re_path(r"^media/(?P<path>.*)$", media_file_serve), *site_urlpatterns]
