"""The database itself refuses unsigned text on the site and any change to the
sign-off record (articles/sql/signoff.sql): the shell, a bulk update or an import
cannot get round the workflow."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from articles.models import Article, FaqEntry, Revision, WorkflowEvent
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PersonFactory,
    approved,
)

pytestmark = pytest.mark.django_db


def refused_by_the_database(change) -> str:
    """Run `change` and the commit-time checks; return the database's refusal."""
    with pytest.raises(IntegrityError) as refusal, transaction.atomic():
        change()
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # what COMMIT runs
    return str(refusal.value)


def test_a_live_guide_s_text_cannot_be_changed_from_the_shell():
    article = ArticleFactory()

    def bulk_update():
        Article.objects.filter(pk=article.pk).update(body="<p>Unchecked.</p>")

    def model_save():
        article.title = "Unchecked title"
        article.save()

    assert "shows a body that was not signed off" in refused_by_the_database(
        bulk_update
    )
    assert "shows a title that was not signed off" in refused_by_the_database(
        model_save
    )
    article.refresh_from_db()
    assert article.title != "Unchecked title"


def test_a_draft_cannot_be_switched_live_without_a_sign_off():
    draft = ArticleFactory(draft=True)

    message = refused_by_the_database(
        lambda: Article.objects.filter(pk=draft.pk).update(
            status="published", publish_at=timezone.now()
        )
    )

    assert "has no approved sign-off" in message


def test_a_guide_cannot_be_created_live():
    def create_live():
        Article.objects.create(
            title="Straight to the site",
            slug="straight-to-the-site",
            summary="Unreviewed.",
            body="<p>Unreviewed.</p>",
            category=CategoryFactory(),
            author=PersonFactory(),
            status="published",
            publish_at=timezone.now(),
        )

    assert "has no approved sign-off" in refused_by_the_database(create_live)


def test_a_guide_cannot_borrow_another_guide_s_sign_off():
    live = ArticleFactory()
    draft = ArticleFactory(draft=True, title=live.title, body=live.body)

    def borrow():
        Article.objects.filter(pk=draft.pk).update(
            status="published",
            publish_at=timezone.now(),
            sign_off=live.sign_off,
            medical_reviewer=live.medical_reviewer,
            last_reviewed_on=live.last_reviewed_on,
            next_review_due=live.next_review_due,
        )

    assert "another text" in refused_by_the_database(borrow)


@pytest.mark.parametrize(
    "change",
    [
        {"last_reviewed_on": "2020-01-01"},
        {"next_review_due": "2099-01-01"},
        {"medical_reviewer": None},
    ],
)
def test_the_review_shown_must_be_the_sign_off_s(change):
    article = ArticleFactory()

    refused_by_the_database(
        lambda: Article.objects.filter(pk=article.pk).update(**change)
    )


def test_an_approval_of_other_text_cannot_be_recorded():
    article = ArticleFactory(draft=True)
    sign_off = approved(article)

    def forged():
        WorkflowEvent.objects.create(
            kind="approved",
            article=article,
            revision=sign_off.revision,
            reviewer=sign_off.reviewer,
            content_hash="0" * 64,
            reviewed_on=sign_off.reviewed_on,
            next_review_due=sign_off.reviewed_on + timedelta(days=1),
        )

    assert "hash of the revision" in refused_by_the_database(forged)


def test_the_sign_off_record_is_append_only():
    article = ArticleFactory(draft=True)
    sign_off = approved(article)
    submission = WorkflowEvent.objects.of(article).get(kind="submitted")

    assert "append-only" in refused_by_the_database(
        lambda: WorkflowEvent.objects.filter(pk=sign_off.pk).update(reviewer_name="X")
    )
    assert "append-only" in refused_by_the_database(
        lambda: WorkflowEvent.objects.filter(pk=submission.pk).delete()
    )
    assert "append-only" in refused_by_the_database(
        lambda: Revision.objects.filter(pk=sign_off.revision_id).update(
            content={"title": "Other"}
        )
    )
    refused_by_the_database(  # the approval refers to it
        lambda: Revision.objects.filter(pk=sign_off.revision_id).delete()
    )
    sign_off.refresh_from_db()
    assert sign_off.revision.content["title"] == article.title


def test_a_revision_s_hash_is_computed_by_the_database_from_its_content():
    article = ArticleFactory(draft=True)
    revision = Revision.objects.create(
        article=article, number=1, content={"title": "A"}, content_hash="forged"
    )

    revision.refresh_from_db()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT encode(sha256(convert_to(%s::jsonb::text, 'UTF8')), 'hex')",
            ['{"title": "A"}'],
        )
        assert revision.content_hash == cursor.fetchone()[0]


def test_an_faq_answer_is_held_to_the_same_rule():
    entry = FaqEntryFactory()
    unsigned = FaqEntryFactory(is_published=False)

    assert "answer that was not signed off" in refused_by_the_database(
        lambda: FaqEntry.objects.filter(pk=entry.pk).update(answer="<p>No.</p>")
    )
    assert "no approved sign-off" in refused_by_the_database(
        lambda: FaqEntry.objects.filter(pk=unsigned.pk).update(is_published=True)
    )


def test_non_medical_changes_to_a_live_guide_are_allowed():
    article = ArticleFactory()

    Article.objects.filter(pk=article.pk).update(is_featured=True)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    article.refresh_from_db()
    assert article.is_featured
