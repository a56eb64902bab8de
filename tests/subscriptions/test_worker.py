"""Follow by email with the real parts: a worker process and an SMTP server.

Each test starts `manage.py worker` (procrastinate's worker, started again after a
database outage) on the pytest test database; it sends to an aiosmtpd server
running in this process (smtp_server.py). The worker uses its own connections, so
it sees only committed rows: transactional tests.
Every wait is for a condition, under a ceiling TEST_TIMEOUT_SCALE stretches
(tests/waiting.py).
"""

import re
import time
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.db.models.functions import Now
from django.test import Client
from django.utils import timezone
from procrastinate.contrib.django.models import (
    ProcrastinateEvent,
    ProcrastinateJob,
    ProcrastinateWorker,
)

from articles.models import Article
from articles.services import articles_publish_due, signed_text_publish
from articles.tasks import publish_due_guides
from subscriptions.fanout import DELIVERY_BATCH_SIZE
from subscriptions.models import Delivery, Subscriber
from subscriptions.tasks import retry_stalled_jobs
from tests.factories import ArticleFactory, approved
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)
from tests.subscriptions.stamps import stamp_issued
from tests.subscriptions.worker_process import (  # noqa: F401 (fixture)
    MAIL_SECONDS,
    SITE,
    STALLED_AFTER_SECONDS,
    defer_now,
    workers_fixture,
)

pytestmark = pytest.mark.worker

FAN_OUT_SECONDS = 300  # a thousand mails and more


def confirmed_subscriber(email: str) -> Subscriber:
    return Subscriber.objects.create(
        email=email, status=Subscriber.Status.CONFIRMED, confirmed_at=timezone.now()
    )


def publish_new_guide() -> Article:
    return signed_text_publish(sign_off=approved(ArticleFactory(draft=True)))


def follow_form(email: str) -> dict[str, str]:
    return {
        "email": email,
        "frequency": "immediate",
        "stamp": stamp_issued(),
        "source": "/guides/",
        "website": "",
    }


@pytest.mark.django_db(transaction=True)
def test_follow_confirm_receive_a_guide_and_unsubscribe_in_one_click(
    workers, smtp_server
):
    workers.start()
    address = "reader@example.org"
    client = Client()

    response = client.post("/follow/", follow_form("Reader@Example.org"))
    assert response.status_code == 200

    [confirmation] = workers.wait_until(
        lambda: smtp_server.mails_to(address),
        timeout=MAIL_SECONDS,
        what="the confirmation",
    )
    confirm_path = re.search(rf"{SITE}(/follow/confirm/\S+/)", confirmation.text)[1]
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "Confirm my address</button>" in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert client.post(confirm_path).status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED

    guide = publish_new_guide()
    mail = workers.wait_until(
        lambda: smtp_server.mails_to(address)[1:],
        timeout=MAIL_SECONDS,
        what="the guide mail",
    )[0]
    assert mail.subject == f"New guide: {guide.title}"
    assert mail.text
    assert mail.html
    guide_url = SITE + guide.get_absolute_url()
    manage_url = f"{SITE}/follow/manage/{subscriber.manage_token}/"
    for body in (mail.text, mail.html):
        assert guide_url in body
        assert manage_url in body
    delivery = Delivery.objects.get(subscriber=subscriber, article=guide)
    assert mail.header("Message-ID") == f"<delivery-{delivery.pk}@testserver>"
    assert mail.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    one_click_url, mailto = re.findall(r"<([^>]+)>", mail.header("List-Unsubscribe"))
    assert urlsplit(one_click_url).scheme in ("http", "https")
    assert mailto.startswith("mailto:")

    # What a mail client does (RFC 8058): a cookie-free POST that must not redirect.
    response = Client().post(
        urlsplit(one_click_url).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    publish_new_guide()
    workers.wait_idle()
    assert len(smtp_server.mails_to(address)) == 2


def first_event(job_id: int, kind: str, *, after: int = 0) -> int:
    """The id of the job's first event of this kind (after an event id): its place in
    the order of everything that happened to every job."""
    event_ids = ProcrastinateEvent.objects.filter(
        job_id=job_id, type=kind, id__gt=after
    ).values_list("id", flat=True)
    event_id = min(event_ids, default=None)
    assert event_id is not None, f"job {job_id} has no {kind!r} event"
    return event_id


@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_loses_no_mail_and_resends_at_most_one(workers, smtp_server):
    count = 6 * DELIVERY_BATCH_SIZE
    now = timezone.now()
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.org",
            status=Subscriber.Status.CONFIRMED,
            frequency=Subscriber.Frequency.IMMEDIATE,
            confirmed_at=now,
        )
        for n in range(count)
    )
    addresses = set(Subscriber.objects.values_list("email", flat=True))
    # The server accepts the first batch and a half, then holds its answer: the worker
    # has sent a whole message and waits for the "250" in the middle of a batch.
    accepted_before_kill = DELIVERY_BATCH_SIZE + DELIVERY_BATCH_SIZE // 2
    smtp_server.hold_after(accepted_before_kill)
    first = workers.start()
    started = time.monotonic()

    guide = publish_new_guide()
    [in_flight] = workers.wait_until(
        lambda: smtp_server.held, timeout=FAN_OUT_SECONDS, what="the held mail"
    )
    [stalled] = ProcrastinateJob.objects.filter(status="doing")
    in_flight_id = in_flight.header("Message-ID")
    assert stalled.task_name.endswith("send_deliveries")
    assert in_flight_id in {
        f"<delivery-{pk}@testserver>" for pk in stalled.args["delivery_ids"]
    }
    queued = set(
        ProcrastinateJob.objects.filter(
            status="todo", task_name__endswith="send_deliveries"
        ).values_list("id", flat=True)
    )
    assert len(queued) == count // DELIVERY_BATCH_SIZE - 2  # a large fan-out waits
    workers.kill(first)
    # The message was whole when the worker died: the server delivers it anyway.
    smtp_server.release()
    assert smtp_server.count() == accepted_before_kill + 1

    # The dead worker's heartbeat gets old; then the every-minute requeue job finds
    # its job. It is queued last, behind the fan-out, and still runs first.
    workers.wait_until(
        lambda: ProcrastinateWorker.objects.filter(
            id=stalled.worker_id,
            last_heartbeat__lt=Now() - timedelta(seconds=STALLED_AFTER_SECONDS),
        ).exists(),
        timeout=STALLED_AFTER_SECONDS + MAIL_SECONDS,
        what="the dead worker's heartbeat to go stale",
    )
    defer_now(retry_stalled_jobs)
    workers.start()

    def recipients() -> set[str]:
        return {address for mail in smtp_server.mails for address in mail.envelope_to}

    workers.wait_until(
        lambda: recipients() >= addresses,
        timeout=FAN_OUT_SECONDS,
        what="every subscriber's mail",
    )
    seconds = time.monotonic() - started
    workers.wait_idle()
    mails = smtp_server.mails
    duplicates = len(mails) - len(recipients())
    print(  # noqa: T201
        f"\n{count} subscribers: {len(mails)} mails, {duplicates} duplicate(s), "
        f"worker killed after {accepted_before_kill + 1}, all delivered in "
        f"{seconds:.1f} s"
    )
    assert recipients() == addresses
    assert duplicates <= 1
    # The one mail sent twice is the one the worker died waiting for: it was not
    # marked sent. A resent mail keeps its Message-ID, so a receiving server can
    # drop it.
    message_ids = Counter(mail.header("Message-ID") for mail in mails)
    assert {key: n for key, n in message_ids.items() if n > 1} == {in_flight_id: 2}
    assert len(message_ids) == count
    assert {mail.subject for mail in mails} == {f"New guide: {guide.title}"}
    statuses = Delivery.objects.filter(article=guide).values_list("status", flat=True)
    assert len(statuses) == count
    assert set(statuses) == {Delivery.Status.SENT}
    # Recovery came while the fan-out was still queued: the stalled job was requeued
    # and ran again before any batch that was waiting when the worker died.
    requeued = first_event(stalled.id, "deferred_for_retry")
    restarted = first_event(stalled.id, "started", after=requeued)
    batch_starts = [first_event(job_id, "started") for job_id in queued]
    assert restarted < min(batch_starts)


@pytest.mark.django_db(transaction=True)
def test_confirmations_and_due_guides_go_before_queued_guide_mail(workers, smtp_server):
    readers = [f"reader{n}@example.org" for n in range(3)]
    for address in readers:
        confirmed_subscriber(address)
    # Two guides at once: both fan-outs run, then the first guide's batch, whose first
    # mail the server holds. The second guide's batch waits in the queue.
    smtp_server.hold_after(0)
    publish_new_guide()
    second_guide = publish_new_guide()
    workers.start()
    workers.wait_until(lambda: smtp_server.held, timeout=MAIL_SECONDS, what="a mail")
    [waiting_batch] = ProcrastinateJob.objects.filter(
        status="todo", task_name__endswith="send_deliveries"
    )
    assert waiting_batch.args["delivery_ids"] == list(
        Delivery.objects.filter(article=second_guide)
        .order_by("pk")
        .values_list("pk", flat=True)
    )

    # Meanwhile a reader asks to follow, and a scheduled guide's time comes.
    newcomer = "newcomer@example.org"
    assert Client().post("/follow/", follow_form(newcomer)).status_code == 200
    scheduled = ArticleFactory(scheduled=True)
    Article.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now())
    defer_now(publish_due_guides)
    smtp_server.release()

    workers.wait_until(
        lambda: len(smtp_server.mails) >= 1 + 3 * len(readers),
        timeout=MAIL_SECONDS,
        what="every mail",
    )
    workers.wait_idle()
    recipients = [mail.envelope_to[0] for mail in smtp_server.mails]
    second_guide_mails = [
        index
        for index, mail in enumerate(smtp_server.mails)
        if mail.subject == f"New guide: {second_guide.title}"
    ]
    assert sorted(recipients) == sorted([newcomer, *readers * 3])
    assert recipients.index(newcomer) < min(second_guide_mails)
    # The scheduled guide was announced (its fan-out queued) before that batch began.
    [announcement] = ProcrastinateJob.objects.filter(
        task_name__endswith="fan_out_article", args__article_id=scheduled.pk
    )
    assert first_event(announcement.id, "deferred") < first_event(
        waiting_batch.id, "started"
    )


@pytest.mark.django_db(transaction=True)
def test_a_temporary_smtp_refusal_is_retried_and_delivered_once(workers, smtp_server):
    address = "busy@example.org"
    subscriber = confirmed_subscriber(address)
    smtp_server.refuse_once(address, 451)
    workers.start()

    publish_new_guide()
    # procrastinate waits exponential_wait ** (attempts + 1) = 4 ** 1 s, then polls.
    workers.wait_until(
        lambda: smtp_server.mails_to(address),
        timeout=MAIL_SECONDS,
        what="the retried mail",
    )
    workers.wait_idle()

    assert len(smtp_server.mails_to(address)) == 1
    first, second = smtp_server.rcpt_attempts(address)
    assert (first.code, second.code) == (451, 250)
    assert second.at - first.at >= 3.9  # the retry waited its 4 s
    delivery = Delivery.objects.get(subscriber=subscriber)
    assert delivery.status == Delivery.Status.SENT
    assert delivery.attempts == 2


@pytest.mark.django_db(transaction=True)
def test_a_permanent_smtp_refusal_fails_the_delivery_without_retry(
    workers, smtp_server
):
    address = "gone@example.org"
    subscriber = confirmed_subscriber(address)
    smtp_server.refuse_always(address, 550)
    workers.start()

    publish_new_guide()
    workers.wait_until(
        lambda: Delivery.objects.filter(status=Delivery.Status.FAILED).exists(),
        timeout=MAIL_SECONDS,
        what="the delivery to fail",
    )
    workers.wait_idle()

    delivery = Delivery.objects.get(subscriber=subscriber)
    assert delivery.attempts == 1
    assert delivery.last_error.startswith("550")
    assert [attempt.code for attempt in smtp_server.rcpt_attempts(address)] == [550]
    assert smtp_server.mails == []
    [job] = ProcrastinateJob.objects.filter(task_name__endswith="send_deliveries")
    assert job.status == "succeeded"
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.permanent_failures == 1


@pytest.mark.django_db(transaction=True)
def test_three_permanent_smtp_refusals_mark_the_subscriber_bounced(
    workers, smtp_server
):
    address = "gone@example.org"
    subscriber = confirmed_subscriber(address)
    smtp_server.refuse_always(address, 550)
    workers.start()

    for _ in range(3):
        publish_new_guide()
    workers.wait_idle()

    statuses = Delivery.objects.filter(subscriber=subscriber).values_list(
        "status", flat=True
    )
    assert list(statuses) == [Delivery.Status.FAILED] * 3
    assert len(smtp_server.rcpt_attempts(address)) == 3
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert subscriber.permanent_failures == 3


@pytest.mark.django_db(transaction=True)
def test_follow_requests_from_many_ip_addresses_send_one_confirmation(
    workers, smtp_server
):
    address = "target@example.org"
    workers.start()
    client = Client()

    responses = [
        client.post(
            "/follow/", follow_form(address), REMOTE_ADDR=f"10.0.{n // 100}.{n % 100}"
        )
        for n in range(200)
    ]

    assert {response.status_code for response in responses} == {200}
    assert len({response.content for response in responses}) == 1
    workers.wait_until(
        lambda: smtp_server.mails_to(address),
        timeout=MAIL_SECONDS,
        what="the confirmation",
    )
    workers.wait_idle()
    assert len(smtp_server.mails_to(address)) == 1
    assert len(smtp_server.mails) == 1


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_guide_goes_live_and_is_announced_once_by_the_periodic_job(
    workers, smtp_server
):
    readers = [f"reader{n}@example.org" for n in range(3)]
    for address in readers:
        confirmed_subscriber(address)
    Subscriber.objects.create(email="pending@example.org")
    guide = ArticleFactory(scheduled=True)
    client = Client()

    assert client.get(guide.get_absolute_url()).status_code == 404
    assert articles_publish_due() == []
    # Its go-live time comes. (Moved, not waited for: a wait of a few seconds would be
    # a race with the two checks above on a busy machine.)
    Article.objects.filter(pk=guide.pk).update(publish_at=timezone.now())
    # The worker starts after this, so its own every-minute run cannot go first.
    assert articles_publish_due() == [guide]
    assert client.get(guide.get_absolute_url()).status_code == 200
    assert articles_publish_due() == []

    workers.start()
    workers.wait_until(
        lambda: all(smtp_server.mails_to(address) for address in readers),
        timeout=MAIL_SECONDS,
        what="the announcements",
    )
    workers.wait_idle()
    assert (
        sorted(smtp_server.mails_to(address)[0].subject for address in readers)
        == [f"New guide: {guide.title}"] * 3
    )
    assert len(smtp_server.mails) == 3


@pytest.mark.django_db(transaction=True)
def test_an_update_the_editor_mails_reaches_followers_once_with_what_changed(
    workers, smtp_server
):
    address = "reader@example.org"
    confirmed_subscriber(address)
    guide = ArticleFactory(title="Pleurodesis", notify_subscribers=True)
    update = approved(
        guide, what_changed="We added how long recovery takes.", summary="Updated."
    )
    workers.start()

    signed_text_publish(sign_off=update, notify_followers=True)

    [mail] = workers.wait_until(
        lambda: smtp_server.mails_to(address),
        timeout=MAIL_SECONDS,
        what="the update mail",
    )
    assert mail.subject == "Updated guide: Pleurodesis"
    assert "What changed: We added how long recovery takes." in mail.text
    workers.wait_until(
        lambda: not Delivery.objects.exclude(status=Delivery.Status.SENT).exists(),
        timeout=MAIL_SECONDS,
        what="the delivery marked sent",
    )
    assert len(smtp_server.mails_to(address)) == 1
