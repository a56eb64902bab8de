"""The reads of guides: what readers may see, lists, the guide page and search.

`Article.objects` is an ArticleQuerySet: `Article.objects.published().for_listing()`.
"""

import math
import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    When,
)
from django.utils import timezone

from articles.models.guide_page import guide_page_extras, related_guides
from articles.models.taxonomy import Category, Tag
from articles.sql import SEARCH_CONFIG


class GuideStatus(models.TextChoices):
    """Where a guide stands (Article.Status)."""

    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Weights of the D, C, B, A parts of a vector: body C, summary and tags B, title A
# (an FAQ entry: answer B, question A).
SEARCH_WEIGHTS = [0.1, 0.2, 0.4, 1.0]


# What a word of the query naming the topic a text is filed under adds to its rank:
# as much as the word once in a summary (B) would. An editor chose the topic, so it
# says what the text is about ("chemo": the guide filed under Chemotherapy first).
TOPIC_RANK = SEARCH_WEIGHTS[2] / (math.pi**2 / 6)  # ts_rank's scale for one B hit


def search_rank(query: SearchQuery, words=()):
    """How well a row (a guide or FAQ entry) matches: the weighted rank of its
    search_vector, or, given the query's words with their weights
    (articles.search.ranking.weighted_words), the sum over the words of the word's
    weight times its weighted rank, plus TOPIC_RANK if it names the row's topic.

    So a guide naming a rare word of the query in its title comes before one naming
    a common word there, and one with more of the words before one with fewer."""
    if not words:
        return SearchRank(F("search_vector"), query, weights=SEARCH_WEIGHTS)
    topic = SearchVector("category__name", config=SEARCH_CONFIG)
    return reduce(
        operator.add,
        (
            weight
            * (
                SearchRank(F("search_vector"), word, weights=SEARCH_WEIGHTS)
                + Case(When(Matches(topic, word), then=TOPIC_RANK), default=0.0)
            )
            for word, weight in words
        ),
    )


class Matches(Func):
    """vector @@ query, as a condition."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


# What lists of guides show (includes/article_card.html, feeds, the sitemap's lastmod,
# digests): they read these columns and not the body, its plain text or the search
# vector, which the row carries (stored in line, migration 0005).
LISTING_FIELDS = (
    "title",
    "slug",
    "summary",
    "publish_at",
    "updated_at",
    "category__name",
    "featured_image_alt",
    # What a card's picture needs (media_library.rendering.picture).
    "featured_image__kind",
    "featured_image__file",
    "featured_image__width",
    "featured_image__height",
)


def live() -> Q:
    """Guides readers may see: published, and their go-live time has come."""
    return Q(status=GuideStatus.PUBLISHED, publish_at__lte=timezone.now())


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live())

    def scheduled(self):
        return self.filter(status=GuideStatus.PUBLISHED, publish_at__gt=timezone.now())

    def drafts(self):
        return self.filter(status=GuideStatus.DRAFT)

    def changing_between(self, start, end):
        """Guides that go live, get a scheduled update or are withdrawn between these
        moments (the clock does it: nobody is at the keyboard then)."""
        return self.filter(
            Q(status=GuideStatus.PUBLISHED, publish_at__gt=start, publish_at__lte=end)
            | Q(scheduled_update_at__gt=start, scheduled_update_at__lte=end)
            | Q(withdraw_at__gt=start, withdraw_at__lte=end)
        )

    def visible_to(self, user):
        """Staff see every guide (to preview it); everyone else only published ones."""
        if user.is_active and user.is_staff:
            return self.all()
        return self.published()

    def in_category(self, category: Category):
        return self.filter(category=category)

    def tagged(self, tag: Tag):
        return self.filter(tags=tag)

    def tags_used(self):
        """The tags of at least one of these guides: of `published()`, the only tags
        readers may learn of (a tag of drafts alone names what is not out yet)."""
        # A subquery per tag that stops at its first guide. As EXISTS, PostgreSQL
        # joined every guide's tags first: 260 ms at 100,000 guides against 0.2 ms.
        guide = self.filter(tags=OuterRef("pk")).order_by().values("pk")
        return Tag.objects.alias(guide=Subquery(guide[:1])).filter(guide__isnull=False)

    def featured(self):
        return self.filter(is_featured=True)

    def first_published_between(self, start, end):
        return self.filter(first_published_at__gte=start, first_published_at__lt=end)

    def for_listing(self):
        """Newest first, with only what a guide's card shows (LISTING_FIELDS)."""
        return (
            self.select_related("category", "featured_image")
            .only(*LISTING_FIELDS)
            .order_by("-publish_at", "pk")
        )

    def search(self, query: SearchQuery):
        return self.filter(search_vector=query)

    def ranked(self, query: SearchQuery, first=(), words=()):
        """Best first: the guides whose ids are in `first`, then by weighted rank
        (title counts most; see search_rank for `words`), newer first on a tie."""
        ranked = self.annotate(rank=search_rank(query, words))
        order = ["-rank", "-publish_at", "pk"]
        if first:  # Q(pk__in=[]) in ORDER BY would empty the query
            is_first = ExpressionWrapper(Q(pk__in=first), output_field=BooleanField())
            ranked = ranked.alias(is_first=is_first)
            order.insert(0, "-is_first")
        return ranked.order_by(*order)

    def for_feed(self):
        """Newest first, with the author and tags every feed item names."""
        return (
            self.for_listing()
            .select_related("author")
            .only(*LISTING_FIELDS, "first_published_at", "author__name")
            .prefetch_related("tags")
        )

    def for_detail(self):
        """With all the guide page shows, in one query: topic, author, sign-off, tags,
        published corrections, the sources of the signed revision (not its whole
        content) and the short disclaimer (articles/models/guide_page.py); not the
        search vector."""
        return (
            self.select_related("category", "author", "sign_off", "featured_image")
            .defer("search_vector")
            .annotate(**guide_page_extras(self.model))
        )

    def related_to(self, article, limit: int = 4):
        """Pinned guides first, in order; then same topic, most shared tags, newest.

        One query, over a bounded set of candidates (articles/models/guide_page.py),
        reading only what a card shows.
        """
        return related_guides(self.for_listing(), article, limit)
