"""Background jobs of readers' feedback (procrastinate)."""

from smtplib import SMTPException

from django.db import InterfaceError, OperationalError
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from feedback.services import author_digests_send, feedback_counts_purge

# A mail server that refuses or is out of reach, a database that went away: retried
# 6 times, after 4 s, 16 s, 1, 4, 17 and 68 min. Each run mails only what no digest
# carried, so a retry sends nothing twice.
DIGEST_RETRY = RetryStrategy(
    max_attempts=6,
    exponential_wait=4,
    retry_exceptions={SMTPException, OSError, OperationalError, InterfaceError},
)


# Mondays at 08:00 UTC. A run that was missed or failed leaves the comments for the
# next one.
@app.periodic(cron="0 8 * * 1", periodic_id="feedback_author_digests")
@app.task(queue="mail", queueing_lock="feedback_author_digests", retry=DIGEST_RETRY)
def send_author_digests(timestamp: int) -> None:
    """Mail each guide's author their readers' new comments."""
    author_digests_send()


# The per-address counts exist only to limit answers within their hour.
@app.periodic(cron="*/5 * * * *", periodic_id="purge_feedback_counts")
@app.task(queueing_lock="purge_feedback_counts", priority=20)
def purge_feedback_counts(timestamp: int) -> None:
    """Delete the per-address counts of hours that have passed."""
    feedback_counts_purge()
