"""Publishing: only approved text goes live, announced once; scheduled updates and
withdrawals never take a live guide offline by surprise."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles.models import Article, WorkflowEvent
from articles.services import (
    articles_publish_due,
    signed_text_publish,
    signed_text_withdraw,
)
from articles.signals import article_published, article_updated
from articles.workflow import (
    SignOffDecision,
    revision_record,
    revision_sign_off,
    revision_submit,
)
from tests.factories import (
    ArticleFactory,
    FaqEntryFactory,
    StaffUserFactory,
    approved,
    reviewer_account,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    """The guides article_published was sent for, in order."""
    sent = []

    def receiver(sender, article, **kwargs):
        sent.append(article.pk)

    article_published.connect(receiver)
    yield sent
    article_published.disconnect(receiver)


def edit(article, **changes):
    """An editor's save of new text: a new revision; the guide row is untouched."""
    content = {**article.medical_content(), **changes}
    return revision_record(subject=article, user=StaffUserFactory(), content=content)


def approved_revision(article, revision):
    """Approve `revision` (already recorded) through the workflow."""
    revision_submit(revision=revision, user=revision.created_by)
    return revision_sign_off(
        revision=revision,
        user=reviewer_account(),
        decision=SignOffDecision(approve=True, content_hash=revision.content_hash),
    )


def test_publishing_an_approved_draft_makes_it_live_and_announces_it_once(announced):
    article = ArticleFactory(draft=True)
    sign_off = approved(article)

    signed_text_publish(sign_off=sign_off)
    with pytest.raises(ValidationError, match="live already"):
        signed_text_publish(sign_off=sign_off)

    article.refresh_from_db()
    assert article.is_published()
    assert article.sign_off == sign_off
    assert article.medical_reviewer == sign_off.reviewer
    assert article.last_reviewed_on == timezone.localdate()
    assert article.first_published_at == article.publish_at
    assert announced == [article.pk]
    assert WorkflowEvent.objects.of(article).filter(kind="published").count() == 1


@pytest.mark.parametrize("step", ["submitted", "changes_requested", "withdrawn"])
def test_only_an_approval_can_be_published(step):
    article = ArticleFactory(draft=True)
    sign_off = approved(article)
    other = WorkflowEvent.objects.create(
        kind=step,
        article=article,
        revision=sign_off.revision,
        reviewer=sign_off.reviewer,
        content_hash=sign_off.content_hash,
        note="x",
    )

    with pytest.raises(ValidationError, match="Only an approved revision"):
        signed_text_publish(sign_off=other)

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_an_older_approval_cannot_be_published_over_a_newer_one():
    article = ArticleFactory(draft=True)
    first = approved(article)
    article.title = "A clearer title"
    article.save()
    approved(article)

    with pytest.raises(ValidationError, match="not the newest approved"):
        signed_text_publish(sign_off=first)


def test_scheduling_announces_nothing_until_the_time_comes(announced):
    article = ArticleFactory(draft=True)
    later = timezone.now() + timedelta(hours=3)

    signed_text_publish(sign_off=approved(article), at=later)

    assert announced == []
    assert articles_publish_due() == []
    Article.objects.filter(pk=article.pk).update(publish_at=timezone.now())
    assert [a.pk for a in articles_publish_due()] == [article.pk]
    assert articles_publish_due() == []
    assert announced == [article.pk]


def test_editing_a_live_guide_changes_nothing_readers_see_until_published():
    article = ArticleFactory(title="Chemotherapy", body="<p>Old advice.</p>")
    live = article.sign_off

    revision = edit(article, body="<p>New advice.</p>")

    article.refresh_from_db()
    assert revision.number == live.revision.number + 1
    assert article.body == "<p>Old advice.</p>" and article.sign_off == live
    signed_text_publish(sign_off=approved_revision(article, revision))
    article.refresh_from_db()
    assert article.body == "<p>New advice.</p>"
    assert article.is_published()


def test_a_scheduled_update_keeps_the_live_text_until_its_time(announced):
    article = ArticleFactory(body="<p>Old advice.</p>")
    update = approved_revision(article, edit(article, body="<p>New advice.</p>"))
    later = timezone.now() + timedelta(days=1)

    signed_text_publish(sign_off=update, at=later)

    article.refresh_from_db()
    assert article.is_published() and article.body == "<p>Old advice.</p>"
    assert article.publish_at < timezone.now()  # never moved: it stays online
    Article.objects.filter(pk=article.pk).update(scheduled_update_at=timezone.now())
    articles_publish_due()
    article.refresh_from_db()
    assert article.is_published() and article.body == "<p>New advice.</p>"
    assert article.scheduled_update is None
    assert announced == []  # an update is not a new guide


def test_a_scheduled_update_overtaken_by_a_newer_approval_is_cancelled_on_record():
    article = ArticleFactory(body="<p>One.</p>")
    update = approved_revision(article, edit(article, body="<p>Two.</p>"))
    signed_text_publish(sign_off=update, at=timezone.now() + timedelta(hours=1))
    approved_revision(article, edit(article, body="<p>Three.</p>"))
    Article.objects.filter(pk=article.pk).update(scheduled_update_at=timezone.now())

    articles_publish_due()

    article.refresh_from_db()
    assert article.body == "<p>One.</p>" and article.scheduled_update is None
    cancelled = WorkflowEvent.objects.of(article).get(kind="schedule_cancelled")
    assert "not the newest approved" in cancelled.note


def test_withdrawing_needs_a_reason_and_a_seen_guide_is_gone_not_a_draft(announced):
    article = ArticleFactory()

    with pytest.raises(ValidationError, match="reason"):
        signed_text_withdraw(subject=article, reason="  ")
    signed_text_withdraw(subject=article, reason="Replaced by a newer guide.")

    article.refresh_from_db()
    assert article.status == Article.Status.WITHDRAWN
    assert article.withdrawal_reason == "Replaced by a newer guide."
    assert not Article.objects.published().filter(pk=article.pk).exists()
    record = WorkflowEvent.objects.of(article).get(kind="withdrawn")
    assert record.note == "Replaced by a newer guide."


def test_a_scheduled_withdrawal_keeps_the_guide_up_until_its_time():
    article = ArticleFactory()

    signed_text_withdraw(
        subject=article, reason="Outdated.", at=timezone.now() + timedelta(days=2)
    )
    assert Article.objects.published().filter(pk=article.pk).exists()
    Article.objects.filter(pk=article.pk).update(withdraw_at=timezone.now())
    articles_publish_due()

    article.refresh_from_db()
    assert article.status == Article.Status.WITHDRAWN and article.withdraw_at is None


def test_withdraw_then_republish_is_not_announced_again(announced):
    article = ArticleFactory(draft=True)
    signed_text_publish(sign_off=approved(article))
    signed_text_withdraw(subject=article, reason="A check.")

    signed_text_publish(sign_off=approved_revision(article, edit(article, summary="S")))

    assert announced == [article.pk]
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_a_guide_never_seen_by_readers_goes_back_to_draft_when_withdrawn():
    article = ArticleFactory(scheduled=True)

    signed_text_withdraw(subject=article, reason="Not ready.")

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_an_faq_answer_is_published_only_once_approved_and_not_scheduled():
    entry = FaqEntryFactory(is_published=False)
    sign_off = approved(entry)

    with pytest.raises(ValidationError, match="at once"):
        signed_text_publish(sign_off=sign_off, at=timezone.now() + timedelta(days=1))
    signed_text_publish(sign_off=sign_off)

    entry.refresh_from_db()
    assert entry.is_published and entry.sign_off == sign_off
    assert entry.last_reviewed_on == timezone.localdate()


@pytest.fixture
def updates_sent():
    """The (guide, approval) pairs article_updated was sent for, in order."""
    sent = []

    def receiver(sender, article, update, **kwargs):
        sent.append((article.pk, update.pk))

    article_updated.connect(receiver)
    yield sent
    article_updated.disconnect(receiver)


def test_followers_hear_of_an_update_only_when_the_editor_asks(updates_sent):
    article = ArticleFactory()
    quiet = approved(article, what_changed="Typo.", summary="Fixed a typo.")
    signed_text_publish(sign_off=quiet)
    told = approved(article, what_changed="New dose advice.", summary="New advice.")

    signed_text_publish(sign_off=told, notify_followers=True)

    assert updates_sent == [(article.pk, told.pk)]
    published = WorkflowEvent.objects.get(revision=told.revision, kind="published")
    assert published.note == "Followers were emailed about this update."


def test_an_update_email_needs_a_live_guide_and_a_what_changed_line(updates_sent):
    draft = ArticleFactory(draft=True)
    live = ArticleFactory()
    silent = approved(live, summary="No line.")

    with pytest.raises(ValidationError, match="new guide when it first goes live"):
        signed_text_publish(
            sign_off=approved(draft, what_changed="x"), notify_followers=True
        )
    with pytest.raises(ValidationError, match="no “What changed” line"):
        signed_text_publish(sign_off=silent, notify_followers=True)

    assert updates_sent == []
    live.refresh_from_db()
    assert live.summary != "No line."


def test_a_scheduled_update_emails_followers_when_it_goes_live(updates_sent):
    article = ArticleFactory()
    update = approved(article, what_changed="Clearer.", summary="Clearer.")
    signed_text_publish(
        sign_off=update, at=timezone.now() + timedelta(hours=2), notify_followers=True
    )
    assert updates_sent == []

    Article.objects.filter(pk=article.pk).update(scheduled_update_at=timezone.now())
    articles_publish_due()

    assert updates_sent == [(article.pk, update.pk)]
    article.refresh_from_db()
    assert article.scheduled_update_notifies is False
