"""The authors' digest with the real parts: a worker process and an SMTP server.

The fixtures (tests/feedback/conftest.py) are the follow tests'. The worker uses its
own connections, so it sees only committed rows: transactional
tests. Every wait is for a condition, under a ceiling TEST_TIMEOUT_SCALE stretches.
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from feedback.models import Feedback
from feedback.tasks import send_author_digests
from tests.factories import ArticleFactory, FeedbackFactory, PersonFactory
from tests.subscriptions.worker_process import MAIL_SECONDS

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

AUTHOR = "writer@example.org"


@pytest.fixture
def guide():
    user = get_user_model().objects.create_user("writer", email=AUTHOR)
    return ArticleFactory(author=PersonFactory(user=user), title="Surgery")


def run_digest(workers) -> None:
    send_author_digests.defer(timestamp=int(timezone.now().timestamp()))
    workers.wait_idle()


def test_the_author_gets_new_comments_once(workers, smtp_server, guide):
    workers.start()
    FeedbackFactory(article=guide, helpful=False, comment="Say what it costs.")
    FeedbackFactory(article=guide, helpful=True)

    run_digest(workers)
    run_digest(workers)

    [mail] = smtp_server.mails_to(AUTHOR)
    assert mail.subject == "1 new reader comment on your guides"
    assert "Say what it costs." in mail.text
    assert smtp_server.count() == 1

    FeedbackFactory(article=guide, helpful=True, comment="Much clearer now.")
    run_digest(workers)

    assert smtp_server.count() == 2
    latest = smtp_server.mails_to(AUTHOR)[-1].text
    assert "Much clearer now." in latest and "Say what it costs." not in latest


def test_a_mail_server_saying_later_gets_the_digest_on_the_retry(
    workers, smtp_server, guide
):
    workers.start()
    FeedbackFactory(article=guide, comment="Please add a diagram.")
    smtp_server.refuse_once(AUTHOR, 451)

    send_author_digests.defer(timestamp=int(timezone.now().timestamp()))
    workers.wait_until(
        lambda: smtp_server.mails_to(AUTHOR),
        timeout=MAIL_SECONDS,
        what="the digest after a retry",
    )
    workers.wait_idle()

    assert [a.address for a in smtp_server.rcpt_attempts(AUTHOR)] == [AUTHOR] * 2
    assert len(smtp_server.mails_to(AUTHOR)) == 1
    assert Feedback.objects.get().digest_sent_at is not None
