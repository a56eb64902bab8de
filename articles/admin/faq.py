"""Admin of FAQ entries."""

from django.contrib import admin

from articles import diffs
from articles.admin.editing import EditConflictGuard
from articles.admin.signoff import ReferenceInline, SignedTextAdmin
from articles.models import FaqEntry


@admin.register(FaqEntry)
class FaqEntryAdmin(EditConflictGuard, SignedTextAdmin):
    diff_fields = diffs.FAQ_FIELDS
    list_display = [
        "question",
        "category",
        "order",
        "is_published",
        "is_highlighted",
        "next_review_due",
    ]
    # Publishing is not editable here: an answer goes live only once signed off.
    list_editable = ["order", "is_highlighted"]
    list_filter = ["category", "is_published", "is_highlighted"]
    list_select_related = ["category"]
    search_fields = ["question", "answer"]
    prepopulated_fields = {"slug": ("question",)}
    autocomplete_fields = ["article"]
    inlines = [ReferenceInline]
    fields = [
        "question",
        "slug",
        "answer",
        "category",
        "order",
        "is_highlighted",
        "article",
        "sign_off_summary",
        "is_published",
        "next_review_due",
    ]
    readonly_fields = ["sign_off_summary", "is_published", "next_review_due"]

    def get_form(self, request, obj=None, **kwargs):
        # How many show (articles.views.home), so that a fifth is no surprise.
        kwargs["help_texts"] = {
            "is_highlighted": "The home page shows the first four highlighted "
            'answers, in the order of the FAQ page, under "Common questions".'
        }
        return super().get_form(request, obj, **kwargs)
