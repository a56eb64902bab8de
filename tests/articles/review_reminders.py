"""Helpers of the review reminder tests: texts due on a chosen day, and a moment the
weekly job acts on (articles/reviews_due.py)."""

from datetime import datetime, timedelta

from django.utils import timezone

from articles.models import Article, FaqEntry, Person
from articles.reviews_due import reminder_week
from tests.factories import (
    ArticleFactory,
    FaqEntryFactory,
    StaffUserFactory,
    reviewer_account,
    sign_off_as_is,
)

# The factories' sign-offs set the next review a year after the review.
REVIEW_INTERVAL = timedelta(days=365)


def reminder_moment() -> datetime:
    """Now, or this week's reminder time if it is still to come: the job acts then."""
    now = timezone.now()
    return max(now, reminder_week(now)[1])


def reviewer_with_email(address: str) -> Person:
    """A medical reviewer whose account has this address."""
    user = reviewer_account()
    user.email = address
    user.save(update_fields=["email"])
    return user.person


def editor_with_email(address: str):
    return StaffUserFactory(email=address)


def guide_due_in(days: int, reviewer: Person, **fields) -> Article:
    """A live guide signed off by `reviewer`, its next review due in `days` days
    (negative: overdue)."""
    reviewed_on = timezone.localdate() + timedelta(days=days) - REVIEW_INTERVAL
    return ArticleFactory(
        medical_reviewer=reviewer, last_reviewed_on=reviewed_on, **fields
    )


def faq_entry_due_in(days: int, reviewer: Person) -> FaqEntry:
    entry = FaqEntryFactory()
    reviewed_on = timezone.localdate() + timedelta(days=days) - REVIEW_INTERVAL
    sign_off_as_is(entry, reviewer=reviewer, reviewed_on=reviewed_on)
    return entry
