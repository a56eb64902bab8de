"""The site around the guides: the notice bar, pages such as About and Disclaimer, and
the redirects from old addresses."""

import re

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django_ckeditor_5.fields import CKEditor5Field

from articles.links import is_link_to_give, is_site_path
from articles.models.rich_text import images_described
from articles.sanitize import clean_html


def validate_link(value: str) -> None:
    """Accept a path on this site or an http(s) address, as browsers read them."""
    if not is_link_to_give(value):
        raise ValidationError(
            "Enter a path on this site starting with one / (such as /guides/...), "
            "or a web address starting with https://, without spaces or backslashes."
        )


# A phone number to call from the notice bar (a helpline): tap-to-call on a phone.
_PHONE_LINK = re.compile(r"tel:\+?[0-9]{3,15}")


def validate_notice_link(value: str) -> None:
    """Accept what validate_link does, or a phone number: tel:+18004226237."""
    if not _PHONE_LINK.fullmatch(value):
        validate_link(value)


def validate_path(value: str) -> None:
    """Accept a path on this site without a query string, such as /guides/old-name/."""
    if not is_site_path(value) or "?" in value:
        raise ValidationError(
            "Enter a path on this site starting with one /, without a ? part, "
            "spaces or backslashes."
        )


class AnnouncementQuerySet(models.QuerySet):
    def current(self):
        now = timezone.now()
        return self.filter(starts_at__lte=now, ends_at__gt=now).order_by("-starts_at")


class Announcement(models.Model):
    """The notice bar above every page, shown between its start and end."""

    text = models.CharField(max_length=200)
    link_url = models.CharField(
        "link",
        max_length=500,
        blank=True,
        validators=[validate_notice_link],
        help_text='Optional page to read more: a path on this site ("/guides/...") or '
        "https://…; or a number to call, written tel:+18004226237 (a tap calls it "
        "on a phone).",
    )
    link_text = models.CharField(max_length=60, blank=True, default="Read more")
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField()

    objects = AnnouncementQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="announcement_ends_after_start",
                violation_error_message="An announcement must end after it starts.",
            )
        ]

    def __str__(self) -> str:
        return self.text


class Page(models.Model):
    """A staff-editable page such as About, Editorial policy or Disclaimer."""

    # Its summary is the short disclaimer shown under every guide.
    DISCLAIMER_SLUG = "disclaimer"

    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.CharField(
        max_length=300,
        blank=True,
        help_text="One or two calm sentences. The disclaimer page's summary is shown "
        "in a box under every guide.",
    )
    body = CKEditor5Field(validators=[images_described])
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.body = clean_html(self.body)
        # One transaction with the redirect from its old address (articles.redirects).
        with transaction.atomic(savepoint=False):
            super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:page_detail", args=[self.slug])


class Redirect(models.Model):
    """An old address that answers 301 to where its page is now.

    articles.redirects records one whenever a guide, topic or page changes its slug,
    and its middleware answers with it only where nothing else answers (a 404).
    """

    # Long enough for a guide's: "/guides/" + a slug of up to 200 + "/".
    old_path = models.CharField(
        "old address",
        max_length=300,
        unique=True,
        validators=[validate_path],
        help_text="A path on this site, such as /guides/old-name/. Used only when "
        "no page answers there.",
    )
    new_path = models.CharField(
        "redirect to",
        max_length=300,
        validators=[validate_link],
        help_text='A path on this site ("/guides/...") or https://…',
    )

    class Meta:
        ordering = ["old_path"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(old_path=F("new_path")),
                name="redirect_leads_elsewhere",
                violation_error_message="A redirect must lead to another address.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.old_path} → {self.new_path}"
