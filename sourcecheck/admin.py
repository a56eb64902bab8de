from django.contrib import admin

from sourcecheck.models import SourceCheck


class BrokenFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("broken", "Broken"), ("unchecked", "Not checked yet")]

    def queryset(self, request, queryset):
        if self.value() == "broken":
            return queryset.broken()
        if self.value() == "unchecked":
            return queryset.filter(checked_at=None)
        return queryset


@admin.register(SourceCheck)
class SourceCheckAdmin(admin.ModelAdmin):
    """What the periodic check found: written by the job, read here."""

    list_display = ["url", "status_code", "error", "failures", "checked_at"]
    list_filter = [BrokenFilter]
    search_fields = ["url", "final_url"]
    readonly_fields = [field.name for field in SourceCheck._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
