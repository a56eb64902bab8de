"""The content version that page caches key on: a generation number and the clock.

The database raises the generation whenever a transaction that wrote to a table
readers' pages show commits (articles/sql/generation.sql), whatever wrote it. Pages
also change with no write when the clock passes a moment: a scheduled guide goes live,
an announcement starts or ends, a guide's next review falls due (its page then says
the review is overdue). `ContentGeneration.objects.version()` reads both: one query
for the generation row, and a second only when the generation or the clock has moved
on since this process last asked.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import connection, models
from django.db.models import Q
from django.utils import timezone

# The generation row: one primary-key probe, read for every cached page.
GENERATION_SQL = (
    "SELECT generation, changed_at FROM articles_contentgeneration WHERE id = 1"
)
# The whole version, the moments too: a function of articles/sql/generation.sql, where
# every part is one index probe. It costs the database three times the row's probe,
# so it runs only when a version cannot be reused (ContentVersion.holds).
VERSION_SQL = "SELECT * FROM articles_content_version(%s, %s)"


@dataclass(frozen=True)
class ContentVersion:
    """What readers' pages show, as of one moment: equal versions, equal pages."""

    generation: int
    written_at: datetime  # the last commit that changed content
    clock_changed_at: datetime | None  # the latest moment passed, if any
    next_change_at: datetime | None  # the next moment to come, if any
    read_at: datetime  # the moment it describes

    @property
    def key(self) -> str:
        """A string naming this version (the next moment names the clock's part)."""
        coming = self.next_change_at.timestamp() if self.next_change_at else "none"
        return f"{self.generation}.{self.written_at.timestamp()}.{coming}"

    @property
    def last_modified(self) -> datetime:
        """When content last changed, by a write or by the clock."""
        return max(filter(None, [self.written_at, self.clock_changed_at]))

    def holds(self, generation: int, written_at: datetime, now: datetime) -> bool:
        """Whether this is still the version at `now`, the generation row reading
        (generation, written_at): no commit changed content since, and no moment has
        passed. The moments come from rows whose every change raises the generation,
        so an unchanged row means unchanged moments. The time of the write is
        compared too: a test database's rollback can give a number back."""
        return (
            (generation, written_at) == (self.generation, self.written_at)
            and self.read_at <= now
            and (self.next_change_at is None or now < self.next_change_at)
        )


def review_overdue_from(due: date | None) -> datetime | None:
    """The moment a guide whose next review was due on `due` becomes overdue: the
    start of the next day, local time (SignedText.is_review_overdue)."""
    if due is None:
        return None
    return timezone.make_aware(datetime.combine(due + timedelta(days=1), time.min))


# The version this process read last: most requests find it still holds, and pay one
# primary-key probe instead of the whole function. A plain global is safe with threads
# too: a ContentVersion is immutable, and a lost update costs one query.
_last_read: ContentVersion | None = None


class ContentGenerationQuerySet(models.QuerySet):
    def version(self, now: datetime | None = None) -> ContentVersion | None:
        """The content version now; None if the row is missing (nothing to key on)."""
        global _last_read  # noqa: PLW0603 (module docstring, _last_read)
        now = now or timezone.now()
        with connection.cursor() as cursor:
            cursor.execute(GENERATION_SQL)
            current = cursor.fetchone()
            if current is None:
                return None
            if _last_read is not None and _last_read.holds(*current, now):
                return _last_read
            cursor.execute(VERSION_SQL, [now, timezone.localdate(now)])
            row = cursor.fetchone()
        if row is None:
            return None
        (generation, written_at, went_live, goes_live, started, starts, ended, ends) = (
            row[:8]
        )
        fell_due, falls_due = (review_overdue_from(due) for due in row[8:])
        passed = [m for m in (went_live, started, ended, fell_due) if m is not None]
        coming = [m for m in (goes_live, starts, ends, falls_due) if m is not None]
        version = ContentVersion(
            generation=generation,
            written_at=written_at,
            clock_changed_at=max(passed, default=None),
            next_change_at=min(coming, default=None),
            read_at=now,
        )
        _last_read = version
        return version


class ContentGeneration(models.Model):
    """One row: the generation of what readers see (articles/sql/generation.sql)."""

    generation = models.BigIntegerField()
    changed_at = models.DateTimeField()
    # The transaction that raised it last, so that one commit raises it once.
    changed_in = models.BigIntegerField(null=True)

    objects = ContentGenerationQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(id=1),
                name="one_content_generation",
                violation_error_message="There is one content generation row.",
            )
        ]

    def __str__(self) -> str:
        return f"Content generation {self.generation}"
