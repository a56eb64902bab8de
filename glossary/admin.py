"""Editors keep the glossary (articles/staff_groups.py, OTHER_APPS)."""

from django.contrib import admin

from glossary.models import Term


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["term", "other_forms", "guide", "updated_at"]
    search_fields = ["term", "slug", "definition"]
    prepopulated_fields = {"slug": ("term",)}
    autocomplete_fields = ["see_also", "guide"]
    fields = ["term", "slug", "other_forms", "definition", "see_also", "guide"]
