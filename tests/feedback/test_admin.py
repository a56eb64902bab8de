"""The report of readers' answers in the admin: who may see it, what it shows."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from feedback.models import Feedback
from tests.factories import ArticleFactory, FeedbackFactory
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db

REPORT = reverse("admin:feedback_feedback_report")
FAQ_REPORT = reverse("admin:feedback_feedback_faq_report")


def page_report(guide) -> str:
    return reverse("admin:feedback_feedback_page_report", args=[guide.pk])


def ago(**delta):
    return timezone.now() - timedelta(**delta)


def test_the_report_counts_each_page_latest_first(
    editor_client, django_assert_num_queries
):
    older = ArticleFactory(title="Chemotherapy")
    newer = ArticleFactory(title="Surgery")
    FeedbackFactory.create_batch(3, article=older, helpful=True, created_at=ago(days=3))
    FeedbackFactory(article=older, helpful=False, comment="Too long.")
    FeedbackFactory(article=newer, helpful=False, created_at=ago(minutes=1))
    FeedbackFactory(article=None, helpful=True, created_at=ago(days=9))
    editor_client.get(REPORT)  # the session and permissions are read once

    # The session, the user, the second factor, permissions, the answers.
    with django_assert_num_queries(6):
        response = editor_client.get(REPORT)

    rows = [
        (row["article__title"], row["yes"], row["no"], row["share"], row["comments"])
        for row in response.context["pages"]
    ]
    assert rows == [
        ("Chemotherapy", 3, 1, 75, 1),
        ("Surgery", 0, 1, 0, 0),
        (None, 1, 0, 100, 0),
    ]
    page = response.content.decode()
    assert page_report(older) in page and FAQ_REPORT in page


def test_a_guide_report_shows_counts_and_comments_newest_first(
    editor_client, django_assert_num_queries
):
    guide = ArticleFactory()
    FeedbackFactory(
        article=guide, helpful=True, comment="Old one.", created_at=ago(days=2)
    )
    FeedbackFactory(article=guide, helpful=False, comment="New one.")
    FeedbackFactory(article=guide, helpful=True)
    FeedbackFactory(comment="Another guide's.")
    editor_client.get(page_report(guide))

    # The session, the user, the second factor, permissions, the guide, its
    # totals, the comments' count and page.
    with django_assert_num_queries(9):
        response = editor_client.get(page_report(guide))

    assert response.context["totals"] == {"yes": 2, "no": 1, "comments": 2}
    assert response.context["share"] == 67
    comments = [answer.comment for answer in response.context["comments"]]
    assert comments == ["New one.", "Old one."]
    assert "Delete" in response.content.decode()


def test_the_faq_page_has_a_report(editor_client):
    FeedbackFactory(article=None, helpful=False, comment="Add one on travel.")
    FeedbackFactory(comment="About a guide.")

    response = editor_client.get(FAQ_REPORT)

    assert response.context["totals"] == {"yes": 0, "no": 1, "comments": 1}
    assert [a.comment for a in response.context["comments"]] == ["Add one on travel."]


def test_a_report_of_no_guide_is_404(editor_client):
    url = reverse("admin:feedback_feedback_page_report", args=[10**30])

    assert editor_client.get(url).status_code == 404


def test_a_comment_is_shown_escaped(editor_client):
    answer = FeedbackFactory(comment='<script>alert("x")</script>\nSecond line')

    page = editor_client.get(page_report(answer.article)).content.decode()

    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>Second line" in page
    assert '<script>alert("x")' not in page


def test_reviewers_read_the_report_but_cannot_delete(reviewer_client):
    answer = FeedbackFactory(comment="Rude words.")

    report = reviewer_client.get(page_report(answer.article))
    delete = reviewer_client.post(
        reverse("admin:feedback_feedback_delete", args=[answer.pk]), {"post": "yes"}
    )

    assert report.status_code == 200
    assert "Rude words." in report.content.decode()
    assert ">Delete<" not in report.content.decode()
    assert delete.status_code == 403
    assert Feedback.objects.exists()


def test_an_editor_deletes_an_abusive_comment(editor_client):
    answer = FeedbackFactory(comment="Rude words.")

    response = editor_client.post(
        reverse("admin:feedback_feedback_delete", args=[answer.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not Feedback.objects.exists()


def test_nobody_edits_a_readers_words(admin_client):
    answer = FeedbackFactory(comment="As typed.")

    change = admin_client.post(
        reverse("admin:feedback_feedback_change", args=[answer.pk]),
        {"comment": "Edited.", "helpful": "on"},
    )
    add = admin_client.get(reverse("admin:feedback_feedback_add"))

    assert change.status_code == 403
    assert add.status_code == 403
    answer.refresh_from_db()
    assert answer.comment == "As typed."


def test_staff_without_the_permission_are_refused(client):
    staff = get_user_model().objects.create_user("no-group", is_staff=True)
    sign_in_staff(client, staff)

    assert client.get(REPORT).status_code == 403
    assert client.get(FAQ_REPORT).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(REPORT)

    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_the_answers_list_links_to_the_report(editor_client):
    FeedbackFactory()

    page = editor_client.get(reverse("admin:feedback_feedback_changelist"))

    assert REPORT in page.content.decode()
