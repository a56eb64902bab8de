from django.contrib import admin

from staff.models import SignInEvent


@admin.register(SignInEvent)
class SignInEventAdmin(admin.ModelAdmin):
    """The sign-in audit trail: read only, for site administrators (superusers)."""

    list_display = ["at", "kind", "username", "ip_address", "detail"]
    list_filter = ["kind", "at"]
    search_fields = ["username", "ip_address"]
    date_hierarchy = "at"
    readonly_fields = [
        "at",
        "kind",
        "username",
        "user",
        "ip_address",
        "user_agent",
        "detail",
    ]

    def has_module_permission(self, request) -> bool:
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
