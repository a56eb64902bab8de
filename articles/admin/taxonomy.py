"""Admin of topics, tags and people."""

from django.contrib import admin

from articles.models import Category, Person, Tag


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "order", "slug"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "credentials", "is_medical_reviewer", "user"]
    list_filter = ["is_medical_reviewer"]
    search_fields = ["name", "credentials"]
    prepopulated_fields = {"slug": ("name",)}
    raw_id_fields = ["user"]

    def get_readonly_fields(self, request, obj=None):
        # Who may sign off medical text, and as which account, is the site
        # administrators' decision, not an editor's.
        if request.user.is_superuser:
            return []
        return ["is_medical_reviewer", "user"]
