"""The consent trail: what a reader agreed to or withdrew, when, on which wording.

Written by the services of the web process and by the worker's follow-request job,
so it sits below both (subscriptions/tasks.py cannot import services.py).
"""

from datetime import datetime

from django.utils import timezone

from articles.models import Category
from subscriptions.models import ConsentRecord, Subscriber, fingerprint

# Bump when the sentence readers agree to changes; consent records keep the version.
CONSENT_WORDING_VERSION = "2026-11-1"


def consent_record(
    subscriber: Subscriber,
    action: str,
    source: str,
    ip_hash: str,
    *,
    topics: list[Category] | None = None,
    at: datetime | None = None,
) -> ConsentRecord:
    """Record one consent action; at is when the reader acted (default: now)."""
    details = {"frequency": subscriber.frequency}
    if topics is not None:
        details["topics"] = [topic.slug for topic in topics] or ["all"]
    return ConsentRecord.objects.create(
        subscriber=subscriber,
        email_hash=fingerprint(subscriber.email),
        action=action,
        wording_version=CONSENT_WORDING_VERSION,
        source=source[:200],
        ip_hash=ip_hash,
        details=details,
        created_at=at or timezone.now(),
    )
