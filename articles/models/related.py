"""Related guides: the guides an editor pinned, in order, then guides on the same
topic, sharing the most tags, newest.

Ranking every guide in the library against the one shown read the whole table
(over a second at 100,000 guides). The ranking here reads a bounded set of
candidates instead, each part a short index scan, so its cost does not grow with
the library: the guide's pins; the newest live guides on its topic; for each of its
tags, the live guides most recently tagged with it; the newest live guides anywhere,
so every slot fills. docs/design.md ("Performance") has the reasons and figures.
"""

from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.utils import timezone

from articles.models.guide_links import PinnedRelatedArticle

# How many candidates each source gives: the newest on the topic, the latest for each
# tag, the newest anywhere. Four slots are filled from a hundred or so candidates.
CANDIDATES_PER_SOURCE = 20


def related_guides(guides: QuerySet, article, limit: int) -> QuerySet:
    """The first `limit` of `guides` related to `article`: pins first, in their order;
    then same topic, most shared tags, newest. One query."""
    links = guides.model.tags.through
    pin_order = PinnedRelatedArticle.objects.filter(
        from_article=article.pk, to_article=OuterRef("pk")
    ).values("order")[:1]
    shared_tags = (
        links.objects.filter(
            article=OuterRef("pk"),
            tag__in=links.objects.filter(article=article.pk).values("tag"),
        )
        .values("article")
        .annotate(count=Count("*"))
        .values("count")
    )
    return (
        guides.filter(pk__in=_candidates(guides.model, article))
        .exclude(pk=article.pk)
        .annotate(
            pin_order=Subquery(pin_order, output_field=IntegerField()),
            same_category=Case(
                When(category=article.category_id, then=Value(1)), default=Value(0)
            ),
            shared_tags=Subquery(shared_tags, output_field=IntegerField()),
        )
        .order_by(
            F("pin_order").asc(nulls_last=True),
            "-same_category",
            F("shared_tags").desc(nulls_last=True),
            "-publish_at",
            "pk",
        )[:limit]
    )


def _candidates(model, article) -> RawSQL:
    """The ids worth ranking for `article`, each part a LIMITed index scan.

    The tag part walks the (tag, guide) index from the highest guide id down, so "the
    latest tagged" means the most recently created guides with the tag, not the most
    recently published: the link table holds no dates, and joining every guide of a
    tag to sort by date is what grew with the library. The ranking then orders the
    candidates by publication date.
    """
    guides = model._meta.db_table
    links = model.tags.through._meta.db_table
    pins = PinnedRelatedArticle._meta.db_table
    live = "status = %s AND publish_at <= %s AND {0}.id <> %s"
    now = timezone.now()
    sql = f"""
        SELECT to_article_id FROM {pins} WHERE from_article_id = %s
        UNION ALL
        (SELECT id FROM {guides} WHERE category_id = %s AND {live.format(guides)}
          ORDER BY publish_at DESC LIMIT %s)
        UNION ALL
        SELECT tagged.article_id FROM {links} AS mine CROSS JOIN LATERAL (
            SELECT other.article_id FROM {links} AS other
              JOIN {guides} ON {guides}.id = other.article_id
             WHERE other.tag_id = mine.tag_id AND {live.format(guides)}
             ORDER BY other.article_id DESC LIMIT %s
        ) AS tagged
         WHERE mine.article_id = %s
        UNION ALL
        (SELECT id FROM {guides} WHERE {live.format(guides)}
          ORDER BY publish_at DESC LIMIT %s)
    """  # noqa: S608
    live_params = [model.Status.PUBLISHED, now, article.pk]
    params = [
        article.pk,
        article.category_id,
        *live_params,
        CANDIDATES_PER_SOURCE,
        *live_params,
        CANDIDATES_PER_SOURCE,
        article.pk,
        *live_params,
        CANDIDATES_PER_SOURCE,
    ]
    # Table names come from the models; every value is a parameter.
    return RawSQL(sql, params)  # noqa: S611
