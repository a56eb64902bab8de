"""Admin of what search uses: synonyms, promoted results, unanswered searches."""

from django.contrib import admin

from articles.models import PromotedResult, SearchSynonym, UnansweredSearch


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    list_display = ["term", "equivalents"]
    search_fields = ["term", "equivalents"]


@admin.register(PromotedResult)
class PromotedResultAdmin(admin.ModelAdmin):
    list_display = ["term", "article", "order"]
    search_fields = ["term", "article__title"]
    autocomplete_fields = ["article"]


@admin.register(UnansweredSearch)
class UnansweredSearchAdmin(admin.ModelAdmin):
    """Searches that found nothing: write the missing guide or add a synonym."""

    list_display = ["query", "count", "first_searched_at", "last_searched_at"]
    search_fields = ["query"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
