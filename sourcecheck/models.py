"""What the periodic check found at each address guides cite (sourcecheck/tasks.py).

Kept apart from the references themselves: a reference is part of the signed text and
of the page readers see (a write to it raises the content generation and empties the
page cache), while a check result is for editors only and changes on every run. One
row per address, so a source cited by many guides is fetched once.
"""

from datetime import timedelta

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from articles.models import Article, Reference

# A source counts as broken after this many failed checks in a row: one failure may be
# the other site's bad minute.
BROKEN_AFTER_FAILURES = 2


class SourceCheckQuerySet(models.QuerySet):
    def cited(self):
        """Addresses a published guide cites now."""
        citing = Reference.objects.filter(
            url=OuterRef("url"), article__in=Article.objects.published()
        )
        return self.filter(Exists(citing))

    def due(self, *, now, every: timedelta):
        """Never checked, or last checked longer ago than `every`."""
        return self.filter(Q(checked_at=None) | Q(checked_at__lte=now - every))

    def broken(self):
        return self.filter(failures__gte=BROKEN_AFTER_FAILURES)


class SourceCheck(models.Model):
    url = models.URLField("URL", max_length=500, unique=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField("where it led", max_length=2000, blank=True)
    # Each redirect followed: [{"status": 301, "location": "https://..."}].
    redirects = models.JSONField(default=list, blank=True)
    error = models.CharField(max_length=300, blank=True)
    failures = models.PositiveSmallIntegerField(
        default=0, help_text="Failed checks in a row."
    )
    failing_since = models.DateTimeField(null=True, blank=True)

    objects = SourceCheckQuerySet.as_manager()

    class Meta:
        ordering = ["url"]
        verbose_name = "source check"

    def __str__(self) -> str:
        return self.url

    @property
    def is_broken(self) -> bool:
        return self.failures >= BROKEN_AFTER_FAILURES

    def record(self, outcome, *, at=None) -> None:
        """Keep what a check found (checker.Outcome)."""
        at = at or timezone.now()
        self.checked_at = at
        self.status_code = outcome.status_code
        self.final_url = outcome.final_url
        self.redirects = outcome.redirects
        self.error = outcome.error[:300]
        if outcome.ok:
            self.failures, self.failing_since = 0, None
        else:
            self.failures = min(self.failures + 1, 32767)
            self.failing_since = self.failing_since or at
        self.save()
