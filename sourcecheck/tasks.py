"""The periodic check of cited sources (procrastinate)."""

from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from procrastinate.contrib.django import app

from articles.models import Article, Reference
from sourcecheck import checker
from sourcecheck.models import SourceCheck


def sources_check(now=None) -> int:
    """Check the cited addresses that are due; return how many were fetched.

    Each run fetches at most SOURCE_CHECK_PER_HOST addresses of one host, and runs
    start a minute apart at least (the job's cron and lock), so no site gets more
    than that many requests a minute from us. Addresses no published guide cites any
    more are forgotten.
    """
    now = now or timezone.now()
    cited = Reference.objects.filter(article__in=Article.objects.published()).exclude(
        url=""
    )
    SourceCheck.objects.bulk_create(
        (
            SourceCheck(url=url)
            for url in cited.values_list("url", flat=True).distinct()
        ),
        ignore_conflicts=True,
    )
    SourceCheck.objects.exclude(url__in=cited.values("url")).delete()
    per_host = Counter()
    fetched = 0
    due = SourceCheck.objects.due(
        now=now, every=timedelta(days=settings.SOURCE_CHECK_EVERY_DAYS)
    ).order_by("checked_at", "pk")
    for source in due.iterator():
        host = (urlsplit(source.url).hostname or "").lower()
        if per_host[host] >= settings.SOURCE_CHECK_PER_HOST:
            continue
        per_host[host] += 1
        source.record(checker.check(source.url))
        fetched += 1
        if fetched >= settings.SOURCE_CHECK_PER_RUN:
            break
    return fetched


@app.periodic(cron="*/10 * * * *", periodic_id="check_sources")
@app.task(queueing_lock="check_sources", lock="check_sources")
def check_sources(timestamp: int) -> None:
    """Every ten minutes: fetch the cited sources that are due (sources_check)."""
    sources_check()
