"""Admin of the notice bar, site pages and redirects from old addresses."""

from django.contrib import admin
from django.utils import timezone
from reversion.admin import VersionAdmin

from articles.models import Announcement, Page, Redirect


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ["text", "starts_at", "ends_at", "is_current"]
    search_fields = ["text"]

    @admin.display(boolean=True, description="showing now")
    def is_current(self, announcement: Announcement) -> bool:
        return announcement.starts_at <= timezone.now() < announcement.ends_at


@admin.register(Page)
class PageAdmin(VersionAdmin):
    list_display = ["title", "slug", "updated_at"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ("title",)}


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_path", "new_path"]
    search_fields = ["old_path", "new_path"]
