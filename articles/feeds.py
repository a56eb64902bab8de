"""RSS 2.0 and Atom 1.0 feeds of the newest guides, site-wide and per topic."""

import re

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from articles.models import Article, Category

FEED_LENGTH = 20
SITE_TITLE = "Mesothelioma Treatment Guides"
# XML 1.0 has no place for the C0 controls but tab, newline and carriage return, and
# Django's feed writer refuses them (a 500). Word's line break (U+000B) reaches titles
# and names through the admin's forms.
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class LatestGuidesFeed(Feed):
    title = SITE_TITLE
    link = reverse_lazy("articles:home")
    description = "The newest guides to mesothelioma treatment."

    def items(self):
        return self.guides()[:FEED_LENGTH]

    def guides(self):
        """Return published guides, newest first, with all an item shows."""
        return Article.objects.published().for_feed()

    def text(self, value: str) -> str:
        """Plain text as the feed's readers take it: Atom titles and subtitles are
        declared plain text; RSS readers read titles and descriptions as HTML, so
        those are escaped, as Django's default item_title does
        (https://code.djangoproject.com/ticket/6533)."""
        value = NOT_IN_XML.sub(" ", value)
        return value if issubclass(self.feed_type, Atom1Feed) else escape(value)

    def item_title(self, item: Article) -> str:
        return self.text(item.title)

    def item_description(self, item: Article) -> str:
        # Item descriptions are HTML in both (Atom says type="html").
        return escape(NOT_IN_XML.sub(" ", item.summary))

    def item_pubdate(self, item: Article):
        return item.first_published_at or item.publish_at

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str:
        return NOT_IN_XML.sub(" ", item.author.name)

    def item_categories(self, item: Article) -> list[str]:
        names = [item.category.name, *(tag.name for tag in item.tags.all())]
        return [NOT_IN_XML.sub(" ", name) for name in names]


class LatestGuidesAtomFeed(LatestGuidesFeed):
    feed_type = Atom1Feed
    subtitle = LatestGuidesFeed.description


class CategoryGuidesFeed(LatestGuidesFeed):
    def get_object(self, request, slug: str) -> Category:
        return get_object_or_404(Category, slug=slug)

    def title(self, obj: Category) -> str:
        return self.text(f"{SITE_TITLE}: {obj.name}")

    def link(self, obj: Category) -> str:
        return obj.get_absolute_url()

    def description(self, obj: Category) -> str:
        return self.text(obj.description or f"The newest guides on {obj.name}.")

    def items(self, obj: Category):
        return self.guides().in_category(obj)[:FEED_LENGTH]


class CategoryGuidesAtomFeed(CategoryGuidesFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: Category) -> str:
        return self.description(obj)
