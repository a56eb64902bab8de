"""The site-wide workflow record in the admin: read by staff, changed by nobody."""

from django.contrib import admin

from articles.models import WorkflowEvent


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(admin.ModelAdmin):
    """The site-wide workflow record: readable by staff, changed by nobody."""

    list_display = ["at", "kind", "subject", "revision_number", "who", "note"]
    list_filter = ["kind", "at"]
    list_select_related = ["article", "faq_entry", "revision", "actor"]
    search_fields = ["article__title", "faq_entry__question", "reviewer_name", "note"]
    date_hierarchy = "at"

    @admin.display(description="revision")
    def revision_number(self, event: WorkflowEvent):
        return event.revision.number if event.revision else ""

    @admin.display(description="who")
    def who(self, event: WorkflowEvent) -> str:
        if event.reviewer_name:
            return f"{event.reviewer_name}, {event.reviewer_credentials}"
        return event.actor.get_username() if event.actor else "the scheduler"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
