"""The editor's desk: the admin start page lists what the person signed in has to
deal with, each item linked to where it is dealt with."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import FaqEntry, UnansweredSearch
from articles.services import signed_text_publish, signed_text_withdraw
from articles.templatetags.desk import (
    desk_changes_requested,
    desk_coming_up,
    desk_reviews,
    desk_reviews_due,
    desk_unanswered_searches,
)
from articles.workflow import (
    SignOffDecision,
    latest_revision,
    revision_record,
    revision_sign_off,
    revision_submit,
)
from feedback.models import Feedback
from feedback.templatetags.feedback_desk import recent_feedback
from tests.articles.review_reminders import faq_entry_due_in, guide_due_in
from tests.factories import (
    ArticleFactory,
    FaqEntryFactory,
    PersonFactory,
    ReviewerFactory,
    StaffUserFactory,
    approved,
    reviewer_account,
)
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def submitted(subject, editor, to=None, **changes):
    content = {**subject.medical_content(), **changes}
    revision = revision_record(subject=subject, user=editor, content=content)
    revision_submit(revision=revision, user=editor, to=to)
    return revision


def test_a_reviewer_sees_what_was_sent_to_them_or_to_anyone(
    django_assert_num_queries,
):
    ana, ben = ReviewerFactory(name="Ana"), ReviewerFactory(name="Ben")
    ana_account, _ = reviewer_account(ana), reviewer_account(ben)
    editor = StaffUserFactory()
    to_ana = submitted(ArticleFactory(), editor, to=ana, title="For Ana")
    to_anyone = submitted(FaqEntryFactory(), editor, question="For anyone?")
    submitted(ArticleFactory(), editor, to=ben, title="For Ben")
    submitted(ArticleFactory(author=ana), editor, title="Written by Ana")
    submitted(ArticleFactory(), ana_account, title="Saved by Ana")

    # Her permissions (two), who she is, the list with its subjects.
    with django_assert_num_queries(4):
        panel = desk_reviews(ana_account)
    shown = {revision.title: url for revision, url in panel["items"]}

    assert shown == {
        "For Ana": reverse("admin:articles_article_review", args=[to_ana.article_id]),
        "For anyone?": reverse(
            "admin:articles_faqentry_review", args=[to_anyone.faq_entry_id]
        ),
    }
    assert desk_reviews(StaffUserFactory()) == {"shown": False}  # not a reviewer


def test_an_editor_sees_their_text_sent_back_until_they_submit_again(
    django_assert_num_queries,
):
    editor, other = StaffUserFactory(), StaffUserFactory()
    reviewer = reviewer_account()
    guide = ArticleFactory()
    sent_back = submitted(guide, editor, title="Needs sources")
    revision_sign_off(
        revision=sent_back,
        user=reviewer,
        decision=SignOffDecision(
            approve=False, note="Cite the trial.", content_hash=sent_back.content_hash
        ),
    )
    submitted(ArticleFactory(), other, title="Someone else's")

    with django_assert_num_queries(1):
        before = desk_changes_requested(editor)["items"]
    submitted(guide, editor, title="Needs sources, with sources")
    after = desk_changes_requested(editor)["items"]

    assert [(revision.title, url) for revision, url in before] == [
        ("Needs sources", reverse("admin:articles_article_change", args=[guide.pk]))
    ]
    assert after == []
    assert latest_revision(guide).title == "Needs sources, with sources"


def test_the_next_30_days_lists_go_lives_updates_and_withdrawals_by_time(
    django_assert_num_queries,
):
    now = timezone.now()
    editor = StaffUserFactory()
    goes_live = ArticleFactory(title="New", scheduled=True)
    goes_live.publish_at = now + timedelta(days=3)
    goes_live.save(update_fields=["publish_at"])
    updated = ArticleFactory(title="Updated")
    signed_text_publish(
        sign_off=approved(updated, summary="Clearer."), at=now + timedelta(days=5)
    )
    withdrawn = ArticleFactory(title="Withdrawn")
    signed_text_withdraw(
        subject=withdrawn, reason="Out of date.", at=now + timedelta(days=10)
    )
    ArticleFactory(title="Later", scheduled=True, publish_at=now + timedelta(days=31))
    ArticleFactory(title="Live already")

    with django_assert_num_queries(3):  # the editor's permissions (two), the guides
        panel = desk_coming_up(editor, now=now)

    assert [(change.guide.title, change.what) for change in panel["changes"]] == [
        ("New", "goes live"),
        ("Updated", "an approved update goes live"),
        ("Withdrawn", "is withdrawn"),
    ]
    assert panel["changes"][0].url == reverse(
        "admin:articles_article_change", args=[goes_live.pk]
    )


def test_the_searches_that_found_nothing_most_often_come_first():
    for query, count in [("asbestos pay", 9), ("bap1", 4), ("ttfields", 12)]:
        UnansweredSearch.objects.create(query=query, count=count)
    for n in range(5):
        UnansweredSearch.objects.create(query=f"rare {n}", count=1)

    panel = desk_unanswered_searches(StaffUserFactory())

    assert [s.query for s in panel["searches"][:3]] == [
        "ttfields",
        "asbestos pay",
        "bap1",
    ]
    assert len(panel["searches"]) == 5


def test_the_start_page_shows_the_desk_to_a_reviewer_who_also_writes():
    ana = ReviewerFactory(name="Ana")
    account = reviewer_account(ana)
    editor = StaffUserFactory()
    submitted(ArticleFactory(), editor, to=ana, title="Pleurectomy explained")
    UnansweredSearch.objects.create(query="asbestos compensation", count=3)
    PersonFactory()

    page = sign_in_staff(Client(), account).get(reverse("admin:index"))
    html = page.content.decode()

    assert page.status_code == 200
    assert "Awaiting your medical review" in html
    assert "Pleurectomy explained" in html
    assert "“asbestos compensation”, 3 times" in html
    assert "The next 30 days" in html
    assert "Followers by topic" in html


def test_reviews_coming_due_are_grouped_overdue_30_and_60_days(
    django_assert_num_queries,
):
    ana = ReviewerFactory(name="Ana")
    account = reviewer_account(ana)
    other = ReviewerFactory()
    guide_due_in(-3, ana, title="Overdue")
    guide_due_in(10, other, title="In ten days")
    faq_entry_due_in(25, ana)
    guide_due_in(45, other, title="In 45 days")
    guide_due_in(90, ana, title="Not yet")
    ArticleFactory(draft=True, title="A draft has no review due")

    # Her permissions (two), who she is; per kind of text: counts, and each
    # non-empty group (guides: 3, FAQ: 1).
    with django_assert_num_queries(2 + 1 + 2 + 3 + 1):
        panel = desk_reviews_due(account)

    shown = {
        heading: (count, [(str(r.subject), r.is_mine) for r in reviews])
        for heading, count, _, reviews in panel["groups"]
    }
    entry = str(FaqEntry.objects.get())
    assert shown == {
        "Overdue": (1, [("Overdue", True)]),
        "Due within 30 days": (2, [("In ten days", False), (entry, True)]),
        "Due within 60 days": (1, [("In 45 days", False)]),
    }
    assert panel["groups"][0][2].endswith("?review=overdue")


def test_the_desk_shows_the_newest_comments_to_those_who_may_read_them():
    guide = ArticleFactory(title="Chemotherapy")
    Feedback.objects.create(article=guide, helpful=False, comment="Too long.")
    Feedback.objects.create(article=None, helpful=True, comment="Clear, thanks.")
    Feedback.objects.create(article=guide, helpful=True)  # no comment

    panel = recent_feedback(StaffUserFactory())
    outsider = recent_feedback(
        get_user_model().objects.create_user("outsider", is_staff=True)  # no group
    )

    assert [(a.page_title(), a.comment, url) for a, url in panel["items"]] == [
        (
            "Questions and answers",
            "Clear, thanks.",
            reverse("admin:feedback_feedback_faq_report"),
        ),
        (
            "Chemotherapy",
            "Too long.",
            reverse("admin:feedback_feedback_page_report", args=[guide.pk]),
        ),
    ]
    assert outsider == {"items": []}
