"""Admin of guides: writing, publishing, the medical review and history."""

from datetime import timedelta

import reversion
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from reversion.admin import VersionAdmin

from articles.admin.editing import EditConflictGuard
from articles.models import Article, Person, PinnedRelatedArticle, Reference
from articles.services import article_publish, article_unpublish


class ReviewDueFilter(admin.SimpleListFilter):
    title = "next review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("overdue", "Overdue"),
            ("soon", "Due within 30 days"),
            ("unset", "No review date"),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "overdue":
            return queryset.filter(next_review_due__lt=today)
        if self.value() == "soon":
            return queryset.filter(
                next_review_due__gte=today,
                next_review_due__lte=today + timedelta(days=30),
            )
        if self.value() == "unset":
            return queryset.filter(next_review_due__isnull=True)
        return queryset


class PinnedRelatedArticleInline(admin.TabularInline):
    model = PinnedRelatedArticle
    fk_name = "from_article"
    fields = ["to_article", "order"]
    autocomplete_fields = ["to_article"]
    extra = 0
    verbose_name_plural = (
        "Related guides pinned by an editor (shown first, in this order)"
    )


class ReferenceInline(admin.StackedInline):
    model = Reference
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = ["citation", ("url", "doi", "pmid"), "order"]
    extra = 0
    verbose_name_plural = "Sources"


REVIEW_FIELDS = ("medical_reviewer", "last_reviewed_on", "next_review_due")


@admin.register(Article)
class ArticleAdmin(EditConflictGuard, VersionAdmin):
    list_display = [
        "title",
        "status_label",
        "category",
        "medical_reviewer",
        "publish_at",
        "next_review_due",
        "is_featured",
    ]
    # No list_editable: reviewers may open the list too, and it would bypass
    # get_readonly_fields.
    list_filter = [
        "status",
        "category",
        "medical_reviewer",
        ReviewDueFilter,
        "is_featured",
    ]
    list_select_related = ["category", "medical_reviewer"]
    search_fields = ["title", "summary", "body_text"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["tags", "author", "medical_reviewer"]
    inlines = [ReferenceInline, PinnedRelatedArticleInline]
    actions = ["publish", "unpublish", "mark_reviewed"]

    class Media:
        css = {"all": ["css/admin-editor.css"]}

    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        ("Topic", {"fields": ["category", "tags"]}),
        ("Who wrote and reviewed it", {"fields": ["author", *REVIEW_FIELDS]}),
        (
            "Publishing",
            {
                "fields": [
                    "status",
                    "publish_at",
                    "is_featured",
                    "notify_subscribers",
                    "first_published_at",
                    "updated_at",
                ]
            },
        ),
        ("Featured image", {"fields": ["featured_image", "featured_image_alt"]}),
    ]

    @admin.display(description="status", ordering="status")
    def status_label(self, article: Article) -> str:
        if article.status == Article.Status.PUBLISHED and not article.is_published():
            return "Scheduled"
        return article.get_status_display()

    # Medical reviewers hold review_article but not change_article: they may open a
    # guide and edit its review fields, and nothing else.
    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(
            request, obj
        ) or self.has_review_permission(request)

    def has_review_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("articles.review_article")

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("articles.change_article")

    def get_form(self, request, obj=None, **kwargs):
        # How many show (articles.views.home), so that ticking a fourth is no surprise.
        kwargs["help_texts"] = {
            "is_featured": "The home page shows the three newest featured guides "
            'that are live, under "Start here".'
        }
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        if self.has_publish_permission(request):
            return self.fieldsets
        # Reviewers read the body as readers will see it, not as HTML source.
        return [
            (
                name,
                {
                    "fields": [
                        "rendered_body" if f == "body" else f for f in options["fields"]
                    ]
                },
            )
            for name, options in self.fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        if self.has_publish_permission(request):
            return ["first_published_at", "updated_at"]
        return [
            field
            for _, options in self.get_fieldsets(request, obj)
            for field in options["fields"]
            if field not in REVIEW_FIELDS
        ]

    # Reverting (django-reversion's History) restores every field of the old version,
    # not only the review fields: reviewers may look at an earlier version (a GET is
    # rolled back) but not save it.
    def revision_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.has_publish_permission(request):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    @admin.display(description="body")
    def rendered_body(self, article: Article) -> str:
        body = mark_safe(article.body)  # noqa: S308 - cleaned against the allowlist on save
        return format_html('<div class="guide-preview">{}</div>', body)

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if self.has_publish_permission(request) else {}

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if obj.status == Article.Status.PUBLISHED:
            article_publish(article=obj)  # announces it if this save makes it live

    @admin.action(description="Publish selected guides", permissions=["publish"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        published = 0
        for article in queryset:
            try:
                with transaction.atomic(), reversion.create_revision():
                    reversion.set_user(request.user)
                    reversion.set_comment("Published.")
                    article_publish(article=article)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                published += 1
        if published:
            self.message_user(
                request, f"Published {published} guide(s).", messages.SUCCESS
            )

    @admin.action(description="Unpublish selected guides", permissions=["publish"])
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        for article in queryset:
            with transaction.atomic(), reversion.create_revision():
                reversion.set_user(request.user)
                reversion.set_comment("Unpublished.")
                article_unpublish(article=article)
        self.message_user(
            request,
            f"Unpublished {len(queryset)} guide(s): back to draft.",
            messages.SUCCESS,
        )

    @admin.action(
        description="Mark as medically reviewed today", permissions=["review"]
    )
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet) -> None:
        reviewer = Person.objects.filter(
            user=request.user, is_medical_reviewer=True
        ).first()
        if reviewer is None:
            self.message_user(
                request,
                "Your account is not linked to a medical reviewer profile (People), "
                "so the review cannot be signed in your name.",
                messages.ERROR,
            )
            return
        for article in queryset:
            with transaction.atomic(), reversion.create_revision():
                reversion.set_user(request.user)
                reversion.set_comment(f"Medically reviewed by {reviewer.name}.")
                article.mark_reviewed(by=reviewer)
        self.message_user(
            request,
            f"Recorded today's review by {reviewer.name} on {len(queryset)} guide(s).",
            messages.SUCCESS,
        )
