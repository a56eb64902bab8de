"""Sitemap sections for sitemap.xml: guides, treatment topics, pages, fixed pages."""

from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse

from articles.models import Article, Category, Page


class ArticleSitemap(Sitemap):
    def items(self):
        return Article.objects.published().for_listing()

    def lastmod(self, item: Article):
        return item.updated_at


class CategorySitemap(Sitemap):
    def items(self):
        newest_update = (
            Article.objects.published()
            .in_category(OuterRef("pk"))
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return Category.objects.annotate(last_updated=Subquery(newest_update))

    def lastmod(self, item: Category):
        # None (no published guide yet) leaves <lastmod> out.
        return item.last_updated


class PageSitemap(Sitemap):
    def items(self):
        return Page.objects.all()

    def lastmod(self, item: Page):
        return item.updated_at


class StaticViewSitemap(Sitemap):
    def items(self) -> list[str]:
        return ["articles:home", "articles:faq"]

    def location(self, item: str) -> str:
        return reverse(item)
