"""Background jobs (procrastinate). They take ids, are idempotent and call a service."""

from datetime import UTC, datetime

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone
from procrastinate import JobContext, RetryStrategy
from procrastinate.contrib.django import app

from subscriptions.delivery import TemporaryDeliveryError, deliveries_send
from subscriptions.fanout import article_fan_out, digests_fan_out, update_fan_out
from subscriptions.follow_requests import follow_request_handle
from subscriptions.review_reminders import review_reminders_run

# A mail server's 4xx or one out of reach, and a database that went away in the middle
# of a job (a restart, a failover): retried 6 times, after 4 s, 16 s, 1, 4, 17 and
# 68 min. Every job here is idempotent, so a rerun sends nothing twice.
MAIL_RETRY = RetryStrategy(
    max_attempts=6,
    exponential_wait=4,
    retry_exceptions={TemporaryDeliveryError, OperationalError, InterfaceError},
)


# Priorities (higher runs first): a worker runs one job at a time, oldest first among
# equals, so with a large fan-out queued everything else would wait for all of it.
# Requeueing a dead worker's jobs goes first (20, as publishing guides does), a reader
# waiting for a confirmation link next (10); fan-out and digest batches stay at 0. A
# requeued batch keeps 0 but, being older, goes before the batches queued after it.
@app.task(queue="mail", retry=MAIL_RETRY, priority=10, pass_context=True)
def handle_follow_request(context: JobContext, request_id: int) -> None:
    """Act on a follow form: a new follower, a confirmation link, or nothing."""
    follow_request_handle(request_id=request_id, last_attempt=_last_attempt(context))


@app.task(queue="mail", retry=MAIL_RETRY)
def fan_out_article(article_id: int) -> None:
    """Create the guide's deliveries and queue them in batches."""
    _queue(article_fan_out(article_id=article_id))


@app.task(queue="mail", retry=MAIL_RETRY)
def fan_out_update(update_id: int) -> None:
    """Create the deliveries of a guide's update and queue them in batches."""
    _queue(update_fan_out(update_id=update_id))


@app.task(queue="mail", retry=MAIL_RETRY, pass_context=True)
def send_deliveries(context: JobContext, delivery_ids: list[int]) -> None:
    deliveries_send(delivery_ids=delivery_ids, last_attempt=_last_attempt(context))


@app.periodic(cron="0 * * * *", periodic_id="weekly_digest")
@app.task(queue="mail", queueing_lock="weekly_digest", retry=MAIL_RETRY)
def send_weekly_digests(timestamp: int) -> None:
    """Hourly; acts in the hour the digest is due in the site's time zone (DST-safe)."""
    local = timezone.localtime(datetime.fromtimestamp(timestamp, tz=UTC))
    due = settings.DIGEST_SEND_TIME
    if local.weekday() == settings.DIGEST_WEEKDAY and local.hour == due.hour:
        _queue(digests_fan_out(send_day=local.date()))


# Hourly, not weekly: the first run after the week's reminder time (site time zone,
# REVIEW_REMINDER_WEEKDAY and REVIEW_REMINDER_TIME) records and sends the week's
# reminders; later runs find them recorded and send only what a crash or a busy mail
# server left pending. Priority 0, as digests: nobody waits for it by the minute.
@app.periodic(cron="0 * * * *", periodic_id="review_reminders")
@app.task(queue="mail", queueing_lock="review_reminders", retry=MAIL_RETRY)
def send_review_reminders(timestamp: int) -> None:
    """Remind medical reviewers of reviews coming due; alert editors to overdue ones."""
    review_reminders_run(now=datetime.fromtimestamp(timestamp, tz=UTC))


@app.periodic(cron="* * * * *", periodic_id="retry_stalled_jobs")
@app.task(queueing_lock="retry_stalled_jobs", pass_context=True, priority=20)
async def retry_stalled_jobs(context, timestamp: int) -> None:
    """Requeue jobs whose worker died (no heartbeat): a killed worker loses nothing."""
    manager = context.app.job_manager
    stalled = await manager.get_stalled_jobs(
        seconds_since_heartbeat=settings.PROCRASTINATE_STALLED_AFTER_SECONDS
    )
    for job in stalled:
        await manager.retry_job(job)


def _last_attempt(context: JobContext) -> bool:
    # procrastinate retries while earlier attempts < max_attempts: this run is the last.
    return context.job.attempts >= MAIL_RETRY.max_attempts


def _queue(batches: list[list[int]]) -> None:
    if batches:
        send_deliveries.batch_defer(*({"delivery_ids": batch} for batch in batches))
