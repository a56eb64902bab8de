"""Admin of guides: writing, topics, sources and pins; the sign-off workflow and
history come from SignedTextAdmin."""

from datetime import timedelta

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from articles.admin.editing import EditConflictGuard
from articles.admin.preview import GuidePreview
from articles.admin.readability import PlainLanguageScore
from articles.admin.share_links import GuideShareLinks
from articles.admin.signoff import ReferenceInline, SignedTextAdmin
from articles.models import Article, Handout, PinnedRelatedArticle
from articles.services import signed_text_publish
from articles.workflow import approved_revision_to_publish


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


class HandoutInline(admin.TabularInline):
    model = Handout
    fields = ["file", "title", "order"]
    autocomplete_fields = ["file"]
    extra = 0
    verbose_name_plural = (
        "Handouts to print: PDFs from the media library, shown under the guide in "
        "this order"
    )


# Inlines that other apps put on the guide form (trials/admin.py: NCT numbers). They
# add themselves here from their admin module: articles imports no other app.
GUIDE_FORM_INLINES: list[type[admin.options.InlineModelAdmin]] = []

# Shown, never edited: the workflow pages and the scheduler set them.
SIGN_OFF_AND_PUBLISHING = [
    "sign_off_summary",
    "status",
    "publish_at",
    "next_review_due",
    "scheduled_update_at",
    "withdraw_at",
    "first_published_at",
    "updated_at",
]


@admin.register(Article)
class ArticleAdmin(
    GuidePreview,
    GuideShareLinks,
    PlainLanguageScore,
    EditConflictGuard,
    SignedTextAdmin,
):
    list_display = [
        "title",
        "status_label",
        "reading_grade_label",
        "category",
        "medical_reviewer",
        "publish_at",
        "next_review_due",
        "is_featured",
    ]
    # No list_editable: every change to a guide goes through its form or workflow.
    list_filter = [
        "status",
        "category",
        ("medical_reviewer", admin.RelatedOnlyFieldListFilter),
        ReviewDueFilter,
        "is_featured",
    ]
    list_select_related = ["category", "medical_reviewer"]
    search_fields = ["title", "summary", "body_text"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ["tags", "author", "featured_image"]
    inlines = [ReferenceInline, PinnedRelatedArticleInline, HandoutInline]
    actions = ["publish"]

    class Media:
        css = {"all": ["css/admin-editor.css"]}
        js = ["js/admin-readability.js"]

    def get_inlines(self, request, obj):
        return [*self.inlines, *GUIDE_FORM_INLINES]

    fieldsets = [
        (
            "Medical text (changes need a medical sign-off before readers see them)",
            {"fields": ["title", "slug", "summary", "body", "plain_language"]},
        ),
        ("Topic", {"fields": ["category", "tags"]}),
        ("Who wrote it", {"fields": ["author"]}),
        ("Sign-off and publishing", {"fields": SIGN_OFF_AND_PUBLISHING}),
        ("On the home page", {"fields": ["is_featured", "notify_subscribers"]}),
        ("Featured image", {"fields": ["featured_image", "featured_image_alt"]}),
    ]
    readonly_fields = [*SIGN_OFF_AND_PUBLISHING, "plain_language"]

    @admin.display(description="status", ordering="status")
    def status_label(self, article: Article) -> str:
        if article.status == Article.Status.PUBLISHED and not article.is_published():
            return "Scheduled"
        return article.get_status_display()

    def get_form(self, request, obj=None, **kwargs):
        # How many show (articles.views.home), so that ticking a fourth is no surprise.
        kwargs["help_texts"] = {
            "is_featured": "The home page shows the three newest featured guides "
            'that are live, under "Start here".'
        }
        return super().get_form(request, obj, **kwargs)

    @admin.action(
        description="Publish the approved revision of selected guides (no email "
        "about updates)",
        permissions=["change"],
    )
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        published = 0
        for article in queryset:
            sign_off = approved_revision_to_publish(article)
            if sign_off is None:
                self.message_user(
                    request,
                    f"“{article}” has no approved revision waiting: nothing published.",
                    messages.ERROR,
                )
                continue
            try:
                signed_text_publish(sign_off=sign_off, user=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                published += 1
        if published:
            self.message_user(
                request, f"Published {published} guide(s).", messages.SUCCESS
            )
