"""Readers' answers in the admin: a report per page, read only. Readers' words are
never edited; editors may delete an abusive answer (the delete permission)."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from articles.models import Article
from feedback.models import Feedback

COMMENTS_PER_PAGE = 50


def helpful_share(yes: int, no: int) -> int | None:
    """Per cent of answers that said yes; None without answers."""
    return round(100 * yes / (yes + no)) if yes + no else None


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["created_at", "page_title", "helpful", "comment"]
    list_filter = ["helpful"]
    list_select_related = ["article"]
    fields = ["article", "helpful", "comment", "created_at"]
    change_list_template = "admin/feedback/change_list.html"

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "report/",
                self.admin_site.admin_view(self.report_view),
                name=f"{name}_report",
            ),
            path(
                "report/faq/",
                self.admin_site.admin_view(self.faq_report_view),
                name=f"{name}_faq_report",
            ),
            path(
                "report/<int:article_id>/",
                self.admin_site.admin_view(self.page_report_view),
                name=f"{name}_page_report",
            ),
            *super().get_urls(),
        ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def report_view(self, request):
        """Every page with answers: yes, no, helpful share, comments; latest first."""
        self._check_view_permission(request)
        pages = [
            {**row, "share": helpful_share(row["yes"], row["no"])}
            for row in Feedback.objects.totals_by_page()
        ]
        return self._render(
            request,
            "report.html",
            "Was this page helpful? Answers by page",
            pages=pages,
        )

    def page_report_view(self, request, article_id: int):
        self._check_view_permission(request)
        article = get_object_or_404(
            Article.objects.only("title", "slug"), pk=article_id
        )
        return self._page_report(
            request,
            Feedback.objects.for_guide(article.pk),
            article.title,
            article.get_absolute_url(),
        )

    def faq_report_view(self, request):
        self._check_view_permission(request)
        return self._page_report(
            request,
            Feedback.objects.for_faq(),
            "Questions and answers",
            reverse("articles:faq"),
        )

    def _page_report(self, request, answers, page_title: str, page_url: str):
        """Counts, helpful share and the comments, newest first."""
        totals = answers.totals()
        comments = Paginator(
            answers.with_comment().order_by("-created_at", "-pk"), COMMENTS_PER_PAGE
        ).get_page(request.GET.get("page"))
        return self._render(
            request,
            "page_report.html",
            f"Answers on {page_title}",
            page_url=page_url,
            totals=totals,
            share=helpful_share(totals["yes"], totals["no"]),
            comments=comments,
            can_delete=self.has_delete_permission(request),
        )

    def _check_view_permission(self, request) -> None:
        if not self.has_view_permission(request):
            raise PermissionDenied

    def _render(self, request, template: str, title: str, **context):
        return TemplateResponse(
            request,
            f"admin/feedback/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": title,
                **context,
            },
        )
