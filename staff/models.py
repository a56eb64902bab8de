from django.conf import settings
from django.db import models
from django.utils import timezone


class SignInEventKind(models.TextChoices):
    SIGNED_IN = "signed_in", "Signed in (password)"
    VERIFIED = "verified", "Second factor passed"
    SIGNED_OUT = "signed_out", "Signed out"
    PASSWORD_FAILED = "password_failed", "Wrong username or password"
    FACTOR_FAILED = "factor_failed", "Wrong second factor"
    LOCKED_OUT = "locked_out", "Locked out"
    FACTOR_ADDED = "factor_added", "Second factor added"
    FACTOR_REMOVED = "factor_removed", "Second factor removed"
    RECOVERY_CODES_CREATED = "recovery_codes_created", "Recovery codes created"
    RECOVERY_CODE_USED = "recovery_code_used", "Recovery code used"


class SignInEvent(models.Model):
    """One line of the sign-in audit trail. Append-only: the database refuses changes
    and deletions (migration 0001), so the trail outlives the accounts it names."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    kind = models.CharField(max_length=30, choices=SignInEventKind)
    # No foreign key constraint: deleting an account must not touch its trail.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    username = models.CharField(max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=255, blank=True)
    detail = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["username", "-at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.username or '?'} at {self.at}"
