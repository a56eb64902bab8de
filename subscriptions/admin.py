import csv

from django.contrib import admin
from django.db.models import Count, Q
from django.http import HttpResponse

from articles.admin.guides import ArticleAdmin
from articles.models import Article
from subscriptions.models import ConsentRecord, Delivery, Subscriber


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = [
        "email",
        "status",
        "frequency",
        "topic_list",
        "created_at",
        "confirmed_at",
    ]
    list_filter = ["status", "frequency", "topics"]
    search_fields = ["email"]
    readonly_fields = [
        "manage_token",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "last_confirmation_sent_at",
        "permanent_failures",
    ]
    filter_horizontal = ["topics"]
    actions = ["export_csv"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("topics")

    @admin.display(description="topics")
    def topic_list(self, subscriber: Subscriber) -> str:
        return ", ".join(topic.name for topic in subscriber.topics.all()) or "All"

    @admin.action(description="Export selected subscribers as CSV")
    def export_csv(self, request, queryset) -> HttpResponse:
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="subscribers.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["email", "status", "frequency", "topics", "created", "confirmed"]
        )
        for subscriber in queryset.prefetch_related("topics"):
            writer.writerow(
                [
                    # A leading = + - @ would make a spreadsheet run a formula.
                    _spreadsheet_safe(subscriber.email),
                    subscriber.status,
                    subscriber.frequency,
                    self.topic_list(subscriber),
                    subscriber.created_at.isoformat(),
                    subscriber.confirmed_at.isoformat()
                    if subscriber.confirmed_at
                    else "",
                ]
            )
        return response


def _spreadsheet_safe(value: str) -> str:
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    """The consent trail: proof, so nobody edits or deletes it here."""

    list_display = ["created_at", "action", "subscriber", "wording_version", "source"]
    list_filter = ["action", "wording_version"]
    search_fields = ["subscriber__email", "email_hash"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "subscriber",
        "article",
        "update",
        "digest_week",
        "status",
        "attempts",
        "sent_at",
    ]
    list_filter = ["status", "digest_week"]
    search_fields = ["subscriber__email", "article__title", "last_error"]
    list_select_related = ["subscriber", "article"]
    readonly_fields = [field.name for field in Delivery._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


class ArticleWithDeliveriesAdmin(ArticleAdmin):
    """The guide admin, plus how many followers were told about the guide."""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "subscribers_notified"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return [*fieldsets, ("Followers", {"fields": ["subscribers_notified"]})]

    @admin.display(description="followers emailed")
    def subscribers_notified(self, article: Article) -> str:
        if not article.pk:
            return "-"
        new_guide = Q(update__isnull=True)
        counts = article.deliveries.aggregate(
            sent=Count("pk", filter=new_guide & Q(status=Delivery.Status.SENT)),
            pending=Count("pk", filter=new_guide & Q(status=Delivery.Status.PENDING)),
            failed=Count("pk", filter=new_guide & Q(status=Delivery.Status.FAILED)),
            updates=Count("pk", filter=~new_guide & Q(status=Delivery.Status.SENT)),
        )
        told = "New guide: {sent} sent, {pending} waiting, {failed} failed".format(
            **counts
        )
        return f"{told}; update emails sent: {counts['updates']}"

    def publish_audience(self, article: Article) -> str:
        """Who is emailed when this goes live: the fan-out's own selection, counted
        (subscriptions/fanout.py)."""
        followers = Subscriber.objects.confirmed().following([article.category_id])
        at_once = followers.immediate().count()
        weekly = followers.weekly().count()
        digest = f"{_followers(weekly)} of the weekly digest"
        if article.is_live():
            return (
                f"{_followers(at_once)} of “{article.category}” (or of every topic) "
                "get each new guide at once: choose below whether they are emailed "
                f"about this update. {digest} are not: digests list new "
                "guides only."
            )
        if not article.notify_subscribers:
            return (
                "Nobody is emailed when this guide goes live: “Notify subscribers” is "
                f"unticked on its form. {digest} will find it in their "
                "next digest."
            )
        return (
            f"When this guide goes live, {_followers(at_once)} of “{article.category}” "
            f"(or of every topic) are emailed at once, and {digest} will find it in "
            "their next digest."
        )


def _followers(count: int) -> str:
    return f"{count} follower{'' if count == 1 else 's'}"


admin.site.unregister(Article)
admin.site.register(Article, ArticleWithDeliveriesAdmin)
