"""The media library: every image and document the site shows, stored once.

An image's responsive renditions are not rows: their names follow from the file's
name and its width (MediaFile.renditions), so a page finds them without a query.
"""

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote

from django.conf import settings
from django.db import models
from django.db.models import Q

# Widths of the AVIF and WebP renditions, in CSS pixels of a 1x screen; an image gets
# those narrower than itself, and its own width when that is below the largest.
RENDITION_WIDTHS = (480, 800, 1200, 1600)
RENDITION_FORMATS = ("avif", "webp")


def rendition_widths(width: int) -> list[int]:
    """The widths an image this wide has renditions at, narrowest first."""
    widths = [each for each in RENDITION_WIDTHS if each < width]
    if width < RENDITION_WIDTHS[-1]:
        widths.append(width)
    return widths


@dataclass(frozen=True)
class Rendition:
    width: int
    format: str  # "avif" or "webp"
    name: str  # the file's name in storage

    @property
    def content_type(self) -> str:
        return f"image/{self.format}"


def url_name(url: str) -> str | None:
    """The storage name of a file at this URL, or None if the URL is not under
    MEDIA_URL (with object storage, the bucket's public address: portal/settings.py)."""
    prefix = settings.MEDIA_URL
    if not url.startswith(prefix):
        return None
    return unquote(url.removeprefix(prefix)) or None


class MediaFileQuerySet(models.QuerySet):
    def images(self):
        return self.filter(kind=MediaFile.Kind.IMAGE)

    def documents(self):
        return self.filter(kind=MediaFile.Kind.DOCUMENT)

    def with_urls(self, urls):
        """The files at these URLs (as pages link them: MEDIA_URL plus name)."""
        return self.filter(file__in=[name for url in urls if (name := url_name(url))])


class MediaFile(models.Model):
    """An image or a PDF document, stored under a name of our own."""

    class Kind(models.TextChoices):
        IMAGE = "image", "Image"
        DOCUMENT = "document", "Document (PDF)"

    file = models.FileField(upload_to="library/%Y/%m/", max_length=255)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(max_length=200, blank=True)
    alt_text = models.CharField(
        "text alternative",
        max_length=250,
        blank=True,
        help_text="What the image shows, for readers who cannot see it.",
    )
    caption = models.CharField(max_length=500, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    size = models.PositiveBigIntegerField("size in bytes", editable=False)
    sha256 = models.CharField(max_length=64, unique=True, editable=False)
    original_name = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        help_text="The name it was uploaded with; never used as a path.",
    )
    source_url = models.URLField(max_length=1000, blank=True, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = MediaFileQuerySet.as_manager()

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="document")
                | Q(width__isnull=False, height__isnull=False),
                name="image_has_dimensions",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.original_name or self.file.name

    @property
    def url(self) -> str:
        return self.file.url

    def is_image(self) -> bool:
        return self.kind == self.Kind.IMAGE

    def renditions(self) -> list[Rendition]:
        """Every AVIF and WebP rendition of this image (named after the file)."""
        if not self.is_image():
            return []
        stem = PurePosixPath(self.file.name).with_suffix("")
        return [
            Rendition(width, format, f"{stem}-{width}w.{format}")
            for format in RENDITION_FORMATS
            for width in rendition_widths(self.width)
        ]
