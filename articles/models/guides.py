"""Treatment guides: the model, and one guide's behaviour. Their reads (lists, the
guide page, search) are ArticleQuerySet methods in guide_reads.py."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models, transaction
from django.db.models import Case, F, Q, When
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from articles import readability
from articles.contents import Heading, add_heading_anchors
from articles.models.guide_page import (
    Correction,
    HandoutToPrint,
    corrections_from,
    handouts_from,
)
from articles.models.guide_reads import ArticleQuerySet, GuideStatus
from articles.models.rich_text import RichTextField, images_described
from articles.models.signed_text import SignedText
from articles.models.signoff import sources_as_references
from articles.models.taxonomy import Category, Person, Tag
from articles.sanitize import clean_html, html_to_text
from media_library.rendering import pictures_in

# Guides per sitemap of guides (articles/sitemaps.py): page p lists ids
# ((p - 1) * n, p * n]. The index article_sitemap_page is built on this number.
SITEMAP_GUIDES_PER_PAGE = 1000


def sitemap_changed() -> Case:
    """When readers last saw a listed or withdrawn guide change, as the sitemap
    indexes store it: its last save, or its go-live if later (a scheduled guide
    appears with no save). A query must spell it this way to use those indexes."""
    return Case(
        When(status=GuideStatus.PUBLISHED, then=Greatest("updated_at", "publish_at")),
        default=F("updated_at"),
    )


class Article(SignedText):
    """A treatment guide.

    Its title, summary and body columns are what readers see: the approved revision
    `sign_off` points to, or while it has never been signed off, the working copy
    (nobody but staff can see it then). Editors' changes to a signed-off guide wait in
    newer revisions, and its sources in the Reference rows, until a revision is
    approved and published (articles/workflow.py, articles/services.py).
    """

    MEDICAL_FIELDS = ("title", "summary", "body")
    SUBJECT_FIELD = "article"

    Status = GuideStatus

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200, unique=True, help_text="The guide's web address."
    )
    summary = models.TextField(
        max_length=300,
        help_text="Plain text, one or two sentences: for cards and search engines.",
    )
    body = RichTextField(blank=True, validators=[images_described])
    body_text = models.TextField(blank=True, editable=False)
    # The Flesch-Kincaid grade of the body editors work on (articles.readability),
    # stored for the guide list: of the newest revision (articles.workflow keeps
    # it), which for a signed-off guide is not this row's body; of the body while
    # the guide is not signed off (save), which its first revision then copies.
    reading_grade = models.FloatField(null=True, blank=True, editable=False)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles"
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    author = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="authored_articles"
    )
    status = models.CharField(
        max_length=20, choices=Status, default=Status.DRAFT, editable=False
    )
    publish_at = models.DateTimeField(
        "goes live", null=True, blank=True, editable=False
    )
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    related_articles = models.ManyToManyField(
        "self",
        through="PinnedRelatedArticle",
        through_fields=("from_article", "to_article"),
        symmetrical=False,
        blank=True,
    )
    # Shown at the top of the guide, on its cards and in links shared elsewhere.
    featured_image = models.ForeignKey(
        "media_library.MediaFile",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="featured_in",
        limit_choices_to={"kind": "image"},
        help_text="An image from the media library.",
    )
    # Per guide, not the library's: one picture can illustrate different points.
    featured_image_alt = models.CharField(
        "featured image text alternative",
        max_length=250,
        blank=True,
        help_text="What the image shows, for readers who cannot see it. Left empty, "
        "the library's text alternative is used.",
    )
    notify_subscribers = models.BooleanField(
        default=True, help_text="Email followers when this guide first goes live."
    )
    # Kept current by database triggers (articles/sql/search.sql): title A,
    # summary and tags B, body C, with the portal_english configuration (English
    # stemming, accents ignored).
    search_vector = SearchVectorField(null=True, editable=False)
    is_featured = models.BooleanField(
        "featured",
        default=False,
        help_text="Show it among the featured guides on the home page.",
    )
    # An approved update waiting for its publication time (publish_due_guides).
    scheduled_update = models.ForeignKey(
        "articles.WorkflowEvent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    scheduled_update_at = models.DateTimeField(null=True, blank=True, editable=False)
    scheduled_update_notifies = models.BooleanField(default=False, editable=False)
    withdraw_at = models.DateTimeField(
        "scheduled withdrawal", null=True, blank=True, editable=False
    )
    withdrawal_reason = models.TextField(blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "title"]
        verbose_name = "guide"
        permissions = [
            ("review_article", "Can sign off the medical text of guides and FAQ")
        ]
        indexes = [
            models.Index(
                fields=["status", "publish_at"], name="article_status_publish_at"
            ),
            # For the moment the next guide's review falls overdue (page caches).
            models.Index(
                fields=["next_review_due"],
                condition=Q(status="published"),
                name="article_review_due_published",
            ),
            # A topic's live guides, newest first, with their ids: its listing
            # pages and count read the index alone (articles/pagination.py), and
            # related guides take the newest on a topic from it.
            models.Index(
                fields=["category", "status", "-publish_at", "id"],
                name="article_topic_newest",
            ),
            # The home page's featured guides: a few among thousands, wherever they
            # are in the order of publication.
            models.Index(
                fields=["status", "-publish_at"],
                condition=Q(is_featured=True),
                name="article_featured_newest",
            ),
            GinIndex(fields=["search_vector"], name="article_search_vector"),
            GinIndex(
                fields=["title"],
                opclasses=["gin_trgm_ops"],
                name="article_title_trigram",
            ),
            # The sitemaps read guides from this index alone (articles/sitemaps.py).
            models.Index(
                fields=["id"],
                include=["status", "publish_at", "updated_at", "slug", "category"],
                condition=Q(status__in=["published", "withdrawn"]),
                name="article_sitemap",
            ),
            # When each sitemap of guides and each topic last changed: the newest
            # of a page's (or a topic's) guides is the first entry of its range.
            models.Index(
                (F("id") - 1) / SITEMAP_GUIDES_PER_PAGE,
                sitemap_changed().desc(),
                include=["status", "publish_at", "updated_at"],
                condition=Q(status__in=["published", "withdrawn"]),
                name="article_sitemap_page",
            ),
            models.Index(
                F("category"),
                sitemap_changed().desc(),
                include=["status", "publish_at", "updated_at"],
                condition=Q(status__in=["published", "withdrawn"]),
                name="article_sitemap_topic",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(publish_at__isnull=False),
                name="published_article_has_publish_at",
                violation_error_message="A published guide needs a go-live time.",
            ),
            models.CheckConstraint(
                condition=Q(next_review_due__isnull=True)
                | Q(last_reviewed_on__isnull=True)
                | Q(next_review_due__gt=F("last_reviewed_on")),
                name="review_due_after_last_review",
                violation_error_message="The next review must follow the last review.",
            ),
            models.CheckConstraint(
                condition=Q(featured_image__isnull=True) | ~Q(featured_image_alt=""),
                name="featured_image_has_alt_text",
                violation_error_message="Describe the featured image in words.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.featured_image and not self.featured_image_alt.strip():
            self.featured_image_alt = self.featured_image.alt_text

    def save(self, *args, **kwargs) -> None:
        if self.sign_off_id is None:
            # Signed-off text is stored exactly as signed: it was cleaned when its
            # revision was saved, and cleaning it again under a later allowlist would
            # change text a reviewer approved (the database would refuse it).
            self.body = clean_html(self.body)
            # Not signed off: this body is the working copy (see reading_grade).
            self.reading_grade = readability.reading_grade(self.body)
        self.body_text = html_to_text(self.body)
        # One transaction with the redirect from its old address (articles.redirects).
        with transaction.atomic(savepoint=False):
            super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:article_detail", args=[self.slug])

    def previewing(self, content: dict, *, tags) -> "Article":
        """This guide showing unsaved medical content (`content` as a revision holds
        it) and tags, for a preview: never saved, and no sign-off covers the text, so
        the page names no reviewer."""
        for field in self.MEDICAL_FIELDS:
            setattr(self, field, content[field])
        self.body_text = html_to_text(self.body)
        self.sign_off = None
        self.previewed_sources = sources_as_references(content["sources"])
        self.tag_list = [{"name": tag.name, "slug": tag.slug} for tag in tags]
        return self

    def handouts_to_print(self) -> list[HandoutToPrint]:
        """Its PDF handouts in order (read by for_detail(), else read now)."""
        if hasattr(self, "handout_list"):
            return handouts_from(self.handout_list)
        if self.pk is None:  # the preview of a guide not saved yet
            return []
        return [
            HandoutToPrint(handout.title, handout.file.url, handout.file.size)
            for handout in self.handouts.select_related("file")
        ]

    def corrections(self) -> list[Correction]:
        """Published corrections of its text, newest first (read by for_detail())."""
        return corrections_from(self.correction_list)

    def is_live(self) -> bool:
        return self.is_published()

    SCHEDULED_UPDATE_FIELDS = [
        "scheduled_update",
        "scheduled_update_at",
        "scheduled_update_notifies",
    ]

    def clear_scheduled_update(self) -> None:
        self.scheduled_update = None
        self.scheduled_update_at = None
        self.scheduled_update_notifies = False

    def is_published(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    # Reading speed of an adult reading unfamiliar health text, in words per minute.
    WORDS_PER_MINUTE = 200
    # A table of contents helps only when a guide has several sections.
    CONTENTS_MIN_HEADINGS = 3

    def reading_minutes(self) -> int:
        return max(1, round(len(self.body_text.split()) / self.WORDS_PER_MINUTE))

    @cached_property
    def body_with_contents(self) -> tuple[str, list[Heading]]:
        """The body as readers get it (anchors on headings, images responsive),
        and its headings."""
        return add_heading_anchors(pictures_in(self.body))

    def body_with_anchors(self) -> str:
        return self.body_with_contents[0]

    def table_of_contents(self) -> list[Heading]:
        headings = self.body_with_contents[1]
        return headings if len(headings) >= self.CONTENTS_MIN_HEADINGS else []
