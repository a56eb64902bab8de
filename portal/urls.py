from django.conf import settings
from django.contrib import admin
from django.templatetags.static import static as static_url
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView, TemplateView

from articles.sitemaps import sitemap, sitemap_section
from media_library.views import editor_image_upload, media_file_serve

admin.site.site_header = "Mesothelioma Guides: editors"
admin.site.site_title = "Mesothelioma Guides admin"
admin.site.index_title = "Guides, FAQ and site content"

urlpatterns = [
    # Second factors before the admin's own URLs (staff.middleware lets these through
    # before a factor is passed).
    path("admin/two-factor/", include("staff.urls")),
    path("admin/two-factor/passkeys/", include("staff.passkeys")),
    path("admin/", admin.site.urls),
    # Images dropped or inserted in the editor (CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME).
    path("ckeditor5/image_upload/", editor_image_upload, name="editor_image_upload"),
    # Browsers ask for /favicon.ico on pages (like the admin's) that name no icon.
    path(
        "favicon.ico",
        RedirectView.as_view(
            url=lazy(static_url, str)("img/favicon.svg"), permanent=True
        ),
    ),
    # The sitemap index (robots.txt names it) and its sitemaps (articles/sitemaps.py).
    path("sitemap.xml", sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path("follow/", include("subscriptions.urls")),
    path("feedback/", include("feedback.urls")),
    path("glossary/", include("glossary.urls")),
    path("", include("articles.urls")),
]

if settings.DEBUG and settings.MEDIA_URL.startswith("/"):  # not from object storage
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media_file_serve)
    ]
