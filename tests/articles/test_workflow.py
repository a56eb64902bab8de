"""The workflow under concurrency: two reviewers deciding at once record one."""

import threading

import pytest
from django.db import connection, transaction

from articles.models import Article, WorkflowEvent
from articles.workflow import (
    SignOffDecision,
    revision_record,
    revision_sign_off,
    revision_submit,
)
from tests.factories import ArticleFactory, StaffUserFactory, reviewer_account
from tests.waiting import scaled, wait_until


def lock_waiters() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_approving_at_once_record_one_approval():
    article = ArticleFactory(draft=True)
    editor = StaffUserFactory()
    revision = revision_record(subject=article, user=editor)
    revision_submit(revision=revision, user=editor)
    reviewers = [reviewer_account(), reviewer_account()]
    outcomes = []

    def approve(reviewer):
        try:
            revision_sign_off(
                revision=revision,
                user=reviewer,
                decision=SignOffDecision(
                    approve=True, content_hash=revision.content_hash
                ),
            )
            outcomes.append("approved")
        except Exception as error:  # reported below, in the test's own thread
            outcomes.append(str(error))
        finally:
            connection.close()  # this thread's own connection

    # The guide's row is held while both reviewers click "Approve".
    with transaction.atomic():
        Article.objects.select_for_update().get(pk=article.pk)
        threads = [threading.Thread(target=approve, args=[r]) for r in reviewers]
        for thread in threads:
            thread.start()
        wait_until(
            lambda: lock_waiters() == 2, timeout=10, what="both decisions to wait"
        )
    for thread in threads:
        thread.join(timeout=scaled(10))

    assert sorted(outcomes) == [
        "['This revision is not awaiting a medical review.']",
        "approved",
    ]
    assert WorkflowEvent.objects.filter(revision=revision, kind="approved").count() == 1
