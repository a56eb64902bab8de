"""The weekly mail of readers' new comments to each guide's author."""

from smtplib import SMTPRecipientsRefused

import pytest
from django.contrib.auth import get_user_model

from feedback import tasks
from feedback.models import Feedback
from feedback.services import author_digests_send
from tests.factories import ArticleFactory, FeedbackFactory, PersonFactory

pytestmark = pytest.mark.django_db


def author(email: str = "writer@example.org", **account):
    user = get_user_model().objects.create_user("writer", email=email, **account)
    return PersonFactory(name="Rachel Morgan", user=user)


def test_an_author_gets_the_comments_on_their_guides_once(mailoutbox, settings):
    settings.SITE_URL = "https://guides.example"
    writer = author()
    first = ArticleFactory(author=writer, title="Surgery")
    second = ArticleFactory(author=writer, title="Chemotherapy")
    FeedbackFactory(article=first, helpful=False, comment="Say what it costs.")
    FeedbackFactory(article=second, helpful=True, comment="Clear, thank you.")
    FeedbackFactory(article=first, helpful=True)  # no comment: nothing to mail
    FeedbackFactory(comment="On someone else's guide.")
    FeedbackFactory(article=None, comment="On the FAQ page.")

    assert author_digests_send() == 1

    [mail] = mailoutbox
    assert mail.to == ["writer@example.org"]
    assert mail.subject == "2 new reader comments on your guides"
    assert mail.body.index("Chemotherapy") < mail.body.index("Surgery")
    assert "Not helpful" in mail.body and "Say what it costs." in mail.body
    assert "Clear, thank you." in mail.body
    assert "someone else" not in mail.body and "FAQ page" not in mail.body
    assert f"https://guides.example/admin/feedback/feedback/report/{first.pk}/" in (
        mail.body
    )
    assert mail.content_subtype == "plain" and not hasattr(mail, "alternatives")


def test_nothing_new_sends_nothing(mailoutbox):
    writer = author()
    FeedbackFactory(article=ArticleFactory(author=writer), comment="Once.")
    author_digests_send()

    assert author_digests_send() == 0
    assert len(mailoutbox) == 1


def test_only_comments_since_the_last_digest_are_sent(mailoutbox):
    guide = ArticleFactory(author=author())
    FeedbackFactory(article=guide, comment="Last week's.")
    author_digests_send()
    FeedbackFactory(article=guide, comment="This week's.")

    author_digests_send()

    assert "This week's." in mailoutbox[1].body
    assert "Last week's." not in mailoutbox[1].body
    assert not Feedback.objects.filter(digest_sent_at__isnull=True).exists()


@pytest.mark.parametrize(
    "writer",
    [
        lambda: PersonFactory(),  # no account
        lambda: author(email=""),
        lambda: author(is_active=False),
    ],
    ids=["no-account", "no-email", "inactive"],
)
def test_an_author_without_a_working_address_gets_nothing(mailoutbox, writer):
    FeedbackFactory(article=ArticleFactory(author=writer()), comment="Kept.")

    assert author_digests_send() == 0
    assert mailoutbox == []
    assert Feedback.objects.get().digest_sent_at is None


def test_a_refused_mail_leaves_the_comments_for_the_retry(settings, monkeypatch):
    FeedbackFactory(article=ArticleFactory(author=author()), comment="Not lost.")

    def refuse(self, messages):
        raise SMTPRecipientsRefused({"writer@example.org": (451, b"later")})

    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", refuse
    )
    with pytest.raises(SMTPRecipientsRefused):
        author_digests_send()

    assert Feedback.objects.get().digest_sent_at is None


def test_the_digest_job_is_retried_when_the_mail_server_refuses():
    job = tasks.send_author_digests.configure().job

    assert tasks.send_author_digests.get_retry_exception(
        exception=SMTPRecipientsRefused({}), job=job
    )
    assert not tasks.send_author_digests.get_retry_exception(
        exception=KeyError("bug"), job=job
    )
