"""The panels of the admin's start page (templates/admin/index.html): what the person
signed in has to deal with, each item linked to where it is dealt with."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django import template
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Revision, UnansweredSearch
from articles.reviews_due import SIGNED_TEXT_MODELS, live
from articles.workflow import reviewer_of

register = template.Library()

# How far ahead the start page lists what the clock will change.
COMING_UP_DAYS = 30
# Reviews coming due: overdue, then within each of these many days; so many of each.
DUE_WITHIN_DAYS = (30, 60)
REVIEWS_SHOWN = 10
UNANSWERED_SHOWN = 5


def _admin_url(subject, view: str) -> str:
    opts = subject._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[subject.pk]
    )


@dataclass(frozen=True)
class Change:
    """Something the clock does to a guide on the coming days."""

    at: datetime
    what: str
    guide: Article

    @property
    def url(self) -> str:
        return _admin_url(self.guide, "change")


@register.inclusion_tag("admin/articles/desk/reviews.html")
def desk_reviews(user) -> dict:
    """Texts awaiting this person's medical review (reviewers only)."""
    reviewer = reviewer_of(user)
    if reviewer is None:
        return {"shown": False}
    awaiting = Revision.objects.awaiting_review_by(reviewer)
    return {
        "shown": True,
        "items": [
            (revision, _admin_url(revision.subject, "review")) for revision in awaiting
        ],
    }


@register.inclusion_tag("admin/articles/desk/changes_requested.html")
def desk_changes_requested(user) -> dict:
    """Revisions this person saved on which a reviewer asked for changes."""
    return {
        "items": [
            (revision, _admin_url(revision.subject, "change"))
            for revision in Revision.objects.changes_requested_of(user)
        ]
    }


@register.inclusion_tag("admin/articles/desk/coming_up.html")
def desk_coming_up(user, now: datetime | None = None) -> dict:
    """What goes live, is updated or is withdrawn in the next COMING_UP_DAYS days."""
    if not user.has_perm("articles.view_article"):
        return {"shown": False}
    now = now or timezone.now()
    end = now + timedelta(days=COMING_UP_DAYS)
    changes = []
    for guide in Article.objects.changing_between(now, end).only(
        "title", "status", "publish_at", "scheduled_update_at", "withdraw_at"
    ):
        scheduled = guide.status == Article.Status.PUBLISHED
        moments = [
            (guide.publish_at if scheduled else None, "goes live"),
            (guide.scheduled_update_at, "an approved update goes live"),
            (guide.withdraw_at, "is withdrawn"),
        ]
        changes += [
            Change(at=at, what=what, guide=guide)
            for at, what in moments
            if at is not None and now < at <= end
        ]
    return {
        "shown": True,
        "days": COMING_UP_DAYS,
        "changes": sorted(changes, key=lambda change: (change.at, change.guide.pk)),
    }


@register.inclusion_tag("admin/articles/desk/unanswered.html")
def desk_unanswered_searches(user) -> dict:
    """The searches readers made most often that found nothing."""
    if not user.has_perm("articles.view_unansweredsearch"):
        return {"shown": False}
    return {
        "shown": True,
        "searches": list(UnansweredSearch.objects.all()[:UNANSWERED_SHOWN]),
        "list_url": reverse("admin:articles_unansweredsearch_changelist"),
    }


@dataclass(frozen=True)
class DueReview:
    """A live guide or FAQ entry whose medical review is overdue or coming due."""

    subject: Article
    due: date
    is_mine: bool

    @property
    def url(self) -> str:
        return _admin_url(self.subject, "change")


@register.inclusion_tag("admin/articles/desk/reviews_due.html")
def desk_reviews_due(user, today: date | None = None) -> dict:
    """Live texts whose review is overdue or due within 30 or 60 days: how many, and
    the soonest REVIEWS_SHOWN of each, the signed-in reviewer's marked. Per kind of
    text, one query counts and one lists each group."""
    if not user.has_perm("articles.view_article"):
        return {"shown": False}
    today = today or timezone.localdate()
    me = reviewer_of(user)
    within = [today + timedelta(days=days) for days in DUE_WITHIN_DAYS]
    guides = reverse("admin:articles_article_changelist")
    # Heading, which texts, the guide list filtered to them (ReviewDueFilter).
    ranges = [
        ("Overdue", Q(next_review_due__lt=today), f"{guides}?review=overdue"),
        (
            f"Due within {DUE_WITHIN_DAYS[0]} days",
            Q(next_review_due__gte=today, next_review_due__lte=within[0]),
            f"{guides}?review=soon",
        ),
        (
            f"Due within {DUE_WITHIN_DAYS[1]} days",
            Q(next_review_due__gt=within[0], next_review_due__lte=within[1]),
            "",
        ),
    ]
    counts = [0] * len(ranges)
    listed = [[] for _ in ranges]
    for model in SIGNED_TEXT_MODELS:
        texts = live(model)
        found = texts.aggregate(
            **{str(n): Count("pk", filter=q) for n, (_, q, _) in enumerate(ranges)}
        )
        fields = ("pk", model.MEDICAL_FIELDS[0], "next_review_due", "medical_reviewer")
        for n, (_, q, _) in enumerate(ranges):
            counts[n] += found[str(n)]
            if found[str(n)]:
                soonest = (
                    texts.filter(q).only(*fields).order_by("next_review_due", "pk")
                )
                listed[n] += soonest[:REVIEWS_SHOWN]
    groups = [
        (
            heading,
            counts[n],
            list_url,
            [
                DueReview(
                    subject=subject,
                    due=subject.next_review_due,
                    is_mine=me is not None and subject.medical_reviewer_id == me.pk,
                )
                for subject in sorted(listed[n], key=lambda s: s.next_review_due)[
                    :REVIEWS_SHOWN
                ]
            ],
        )
        for n, (heading, _, list_url) in enumerate(ranges)
    ]
    return {"shown": True, "groups": groups}
