"""Share links: one revision of a guide, shown to someone without an account (an
outside oncologist, a patient adviser) until the link expires or is revoked, and
their comments, which land in the guide's review thread.

The address carries the link's id, signed with SECRET_KEY (articles.share): it
cannot be guessed or turned into another link's, and the row says whether it still
works. Neither table is one readers' pages show: pages shown through a link are never
cached (articles/sql/generation.sql does not cover them).
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

# How long a new link works unless the editor chooses otherwise, and at most.
SHARE_DAYS = 7
SHARE_MAX_DAYS = 30
# What one comment may hold, and how many a link takes in a day.
COMMENT_MAX_LENGTH = 2000
COMMENTS_PER_LINK_PER_DAY = 30


class ShareLinkQuerySet(models.QuerySet):
    def working(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at=None, expires_at__gt=now)


class ShareLink(models.Model):
    revision = models.ForeignKey(
        "articles.Revision", on_delete=models.PROTECT, related_name="share_links"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("created_at")),
                name="share_link_expires_after_creation",
            )
        ]

    def __str__(self) -> str:
        return f"Share link to revision {self.revision.number} of “{self.guide}”"

    @property
    def guide(self):
        return self.revision.article

    def is_working(self, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and now < self.expires_at

    @staticmethod
    def expiry(days: int = SHARE_DAYS):
        return timezone.now() + timedelta(days=days)


class ShareComment(models.Model):
    """What someone with a share link said about the draft it shows."""

    link = models.ForeignKey(
        ShareLink, on_delete=models.PROTECT, related_name="comments"
    )
    name = models.CharField("name and role", max_length=120, blank=True)
    text = models.TextField(max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(text__regex=r"\S"), name="share_comment_not_empty"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name or 'Someone'} on {self.link}"
