from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView, TemplateView

from articles.sitemaps import (
    ArticleSitemap,
    CategorySitemap,
    PageSitemap,
    StaticViewSitemap,
)
from articles.views import ckeditor_upload_disabled

admin.site.site_header = "Mesothelioma Guides: editors"
admin.site.site_title = "Mesothelioma Guides admin"
admin.site.index_title = "Guides, FAQ and site content"

sitemaps = {
    "guides": ArticleSitemap,
    "topics": CategorySitemap,
    "pages": PageSitemap,
    "static": StaticViewSitemap,
}

urlpatterns = [
    path("admin/", admin.site.urls),
    # The editor's widget reverses an upload URL on every render; uploads are off.
    path(
        "ckeditor5/image_upload/",
        ckeditor_upload_disabled,
        name="ckeditor_upload_disabled",
    ),
    # Browsers ask for /favicon.ico on pages (like the admin's) that name no icon.
    path(
        "favicon.ico",
        RedirectView.as_view(
            url=lazy(static_url, str)("img/favicon.svg"), permanent=True
        ),
    ),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path("follow/", include("subscriptions.urls")),
    path("", include("articles.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
