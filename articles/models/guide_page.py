"""What the guide page reads besides the guide's own row, as SQL: its tags, published
corrections, signed sources, PDF handouts and the short disclaimer (in the guide's
query), and its related guides (one more query).

Why SQL and not the ORM's subqueries: the ORM builds and compiles a subquery in
Python on every request, and on this page that cost more CPU than the database spent
answering (building and compiling the guide's query took 2.5 ms for tags,
corrections, sources and disclaimer as ORM subqueries; these expressions cost a
tenth of that). Each expression is written once here and tested against the
ORM's rule it follows (tests/articles/test_guide_page_sql.py).

Related guides: ranking every guide in the library against the one shown read the
whole table (0.6 to 1 s at 100,000 guides). They are ranked from a bounded set of
candidates instead, each part a short index scan, so the cost does not grow with
the library: the guide's pins; the newest live guides on its topic; for each of its
tags, the live guides most recently tagged with it; the newest live guides anywhere,
so every slot fills. docs/design.md ("Performance") has the figures.
"""

from dataclasses import dataclass
from datetime import date

from django.core.files.storage import default_storage
from django.db.models import F, JSONField, QuerySet, TextField
from django.db.models.expressions import RawSQL
from django.utils import timezone

from articles.models.guide_links import Handout, PinnedRelatedArticle
from articles.models.signoff import Revision, WorkflowEvent
from articles.models.site import Page
from articles.models.taxonomy import Tag
from media_library.models import MediaFile

# How many candidates each source gives: the newest on the topic, the latest for each
# tag, the newest anywhere. Four slots are filled from a hundred or so candidates.
CANDIDATES_PER_SOURCE = 20


@dataclass(frozen=True)
class Correction:
    """A published correction of a guide, as its page lists it."""

    reviewed_on: date
    what_changed: str


def corrections_from(correction_list: list[dict]) -> list[Correction]:
    """The corrections guide_page_extras() read, as Correction objects."""
    return [
        Correction(date.fromisoformat(row["reviewed_on"]), row["what_changed"])
        for row in correction_list
    ]


@dataclass(frozen=True)
class HandoutToPrint:
    """A guide's PDF handout, as its page lists it."""

    title: str
    url: str
    size: int  # bytes


def handouts_from(handout_list: list[dict]) -> list[HandoutToPrint]:
    """The handouts guide_page_extras() read, as HandoutToPrint objects."""
    return [
        HandoutToPrint(row["title"], default_storage.url(row["file"]), row["size"])
        for row in handout_list
    ]


def _sql(sql: str, params: list, output_field=None) -> RawSQL:
    """An SQL expression. Table names in it come from the models (the table of the
    model queried is left unaliased by Django); every value is a parameter."""
    return RawSQL(sql, params, output_field=output_field)  # noqa: S611


def guide_page_extras(model) -> dict[str, RawSQL]:
    """Annotations for the guide's query: tags as JSON [{name, slug}] by name;
    published corrections as JSON [{reviewed_on, what_changed}], newest first; the
    sources of the signed revision as JSON; the short disclaimer (or None)."""
    guide = model._meta.db_table
    links = model.tags.through._meta.db_table
    events = WorkflowEvent._meta.db_table
    approved, published = WorkflowEvent.Kind.APPROVED, WorkflowEvent.Kind.PUBLISHED
    return {
        "tag_list": _sql(
            f"""(SELECT coalesce(jsonb_agg(jsonb_build_object(
                            'name', tag.name, 'slug', tag.slug) ORDER BY tag.name),
                        '[]'::jsonb)
                   FROM {Tag._meta.db_table} AS tag
                   JOIN {links} AS link ON link.tag_id = tag.id
                  WHERE link.article_id = {guide}.id)""",  # noqa: S608
            [],
            output_field=JSONField(),
        ),
        # WorkflowEventQuerySet.corrections_published: approvals marked as
        # corrections whose revision went live.
        "correction_list": _sql(
            f"""(SELECT coalesce(jsonb_agg(jsonb_build_object(
                            'reviewed_on', approval.reviewed_on,
                            'what_changed', approval.what_changed)
                        ORDER BY approval.reviewed_on DESC, approval.id DESC),
                        '[]'::jsonb)
                   FROM {events} AS approval
                  WHERE approval.article_id = {guide}.id
                    AND approval.kind = %s AND approval.is_correction
                    AND EXISTS (SELECT FROM {events} AS went_live
                                 WHERE went_live.revision_id = approval.revision_id
                                   AND went_live.kind = %s))""",  # noqa: S608
            [approved, published],
            output_field=JSONField(),
        ),
        "signed_sources": _sql(
            f"""(SELECT revision.content -> 'sources'
                   FROM {Revision._meta.db_table} AS revision
                   JOIN {events} AS sign_off ON sign_off.revision_id = revision.id
                  WHERE sign_off.id = {guide}.sign_off_id)""",  # noqa: S608
            [],
            output_field=JSONField(),
        ),
        # Handout.Meta.ordering
        "handout_list": _sql(
            f"""(SELECT coalesce(jsonb_agg(jsonb_build_object(
                            'title', handout.title, 'file', pdf.file, 'size', pdf.size)
                        ORDER BY handout."order", handout.id),
                        '[]'::jsonb)
                   FROM {Handout._meta.db_table} AS handout
                   JOIN {MediaFile._meta.db_table} AS pdf ON pdf.id = handout.file_id
                  WHERE handout.article_id = {guide}.id)""",  # noqa: S608
            [],
            output_field=JSONField(),
        ),
        "disclaimer_summary": _sql(
            f"(SELECT summary FROM {Page._meta.db_table} WHERE slug = %s)",  # noqa: S608
            [Page.DISCLAIMER_SLUG],
            output_field=TextField(),
        ),
    }


def related_guides(guides: QuerySet, article, limit: int) -> QuerySet:
    """The first `limit` of `guides` related to `article`: pins first, in their order;
    then same topic, most shared tags, newest. One query."""
    guide = guides.model._meta.db_table
    links = guides.model.tags.through._meta.db_table
    pins = PinnedRelatedArticle._meta.db_table
    ranking = {
        "pin_order": _sql(
            f"""(SELECT pin."order" FROM {pins} AS pin
                  WHERE pin.from_article_id = %s
                    AND pin.to_article_id = {guide}.id)""",  # noqa: S608
            [article.pk],
        ),
        "same_category": _sql(f"{guide}.category_id = %s", [article.category_id]),
        "shared_tags": _sql(
            f"""(SELECT count(*) FROM {links} AS link
                  WHERE link.article_id = {guide}.id
                    AND link.tag_id IN (SELECT tag_id FROM {links}
                                         WHERE article_id = %s))""",  # noqa: S608
            [article.pk],
        ),
    }
    return (
        guides.filter(pk__in=_candidates(guides.model, article))
        .annotate(**ranking)
        .order_by(
            F("pin_order").asc(nulls_last=True),
            F("same_category").desc(),
            F("shared_tags").desc(),
            "-publish_at",
            "pk",
        )[:limit]
    )


def _candidates(model, article) -> RawSQL:
    """The ids worth ranking for `article` (never itself), each part a LIMITed index
    scan.

    The tag part walks the (tag, guide) index from the highest guide id down, so "the
    latest tagged" means the most recently created guides with the tag, not the most
    recently published: the link table holds no dates, and joining every guide of a
    tag to sort by date is what grew with the library. The ranking then orders the
    candidates by publication date.
    """
    guides = model._meta.db_table
    links = model.tags.through._meta.db_table
    pins = PinnedRelatedArticle._meta.db_table
    live = f"{guides}.status = %s AND {guides}.publish_at <= %s AND {guides}.id <> %s"
    live_params = [model.Status.PUBLISHED, timezone.now(), article.pk]
    sql = f"""
        SELECT to_article_id FROM {pins} WHERE from_article_id = %s
        UNION ALL
        (SELECT id FROM {guides} WHERE category_id = %s AND {live}
          ORDER BY publish_at DESC LIMIT %s)
        UNION ALL
        SELECT tagged.article_id FROM {links} AS mine CROSS JOIN LATERAL (
            SELECT other.article_id FROM {links} AS other
              JOIN {guides} ON {guides}.id = other.article_id
             WHERE other.tag_id = mine.tag_id AND {live}
             ORDER BY other.article_id DESC LIMIT %s
        ) AS tagged
         WHERE mine.article_id = %s
        UNION ALL
        (SELECT id FROM {guides} WHERE {live} ORDER BY publish_at DESC LIMIT %s)
    """  # noqa: S608
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
    return _sql(sql, params)
