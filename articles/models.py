from datetime import date, timedelta

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.indexes import GinIndex, GistIndex, OpClass
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import JSONObject, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django_ckeditor_5.fields import CKEditor5Field

from articles.contents import Heading, add_heading_anchors
from articles.sanitize import clean_html, html_to_text

# Weights of the D, C, B, A parts of a vector: body C, summary and tags B, title A.
SEARCH_WEIGHTS = [0.1, 0.2, 0.4, 1.0]


class Category(models.Model):
    """A treatment topic: Immunotherapy, Chemotherapy, Surgery, ..."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, help_text="One or two plain sentences.")
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first.")

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "treatment topic"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:category_detail", args=[self.slug])


class Tag(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:tag_detail", args=[self.slug])


class Person(models.Model):
    """An author or medical reviewer, named on the guides they wrote or reviewed."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    credentials = models.CharField(
        max_length=160, help_text='Degrees and role, e.g. "MD, thoracic oncologist".'
    )
    bio = models.TextField(blank=True)
    is_medical_reviewer = models.BooleanField(
        default=False, help_text="Can be named as the medical reviewer of a guide."
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The staff account of this person, if they sign in.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}"


def live() -> Q:
    """Guides readers may see: published, and their go-live time has come."""
    return Q(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live())

    def scheduled(self):
        return self.filter(
            status=Article.Status.PUBLISHED, publish_at__gt=timezone.now()
        )

    def drafts(self):
        return self.filter(status__in=[Article.Status.DRAFT, Article.Status.IN_REVIEW])

    def visible_to(self, user):
        """Staff see every guide (to preview it); everyone else only published ones."""
        if user.is_active and user.is_staff:
            return self.all()
        return self.published()

    def in_category(self, category: "Category"):
        return self.filter(category=category)

    def tagged(self, tag: "Tag"):
        return self.filter(tags=tag)

    def featured(self):
        return self.filter(is_featured=True)

    def first_published_between(self, start, end):
        return self.filter(first_published_at__gte=start, first_published_at__lt=end)

    def for_listing(self):
        return self.select_related("category").order_by("-publish_at", "pk")

    def search(self, query: SearchQuery):
        return self.filter(search_vector=query)

    def ranked(self, query: SearchQuery, first=()):
        """Best first: the guides whose ids are in `first`, then by weighted rank
        (title counts most), newer first on a tie."""
        ranked = self.annotate(
            rank=SearchRank(F("search_vector"), query, weights=SEARCH_WEIGHTS)
        )
        order = ["-rank", "-publish_at", "pk"]
        if first:  # Q(pk__in=[]) in ORDER BY would empty the query
            is_first = ExpressionWrapper(Q(pk__in=first), output_field=BooleanField())
            ranked = ranked.alias(is_first=is_first)
            order.insert(0, "-is_first")
        return ranked.order_by(*order)

    def for_feed(self):
        """Newest first, with the author and tags every feed item names."""
        return self.for_listing().select_related("author").prefetch_related("tags")

    def for_detail(self):
        # Tags ride along as a JSON array (no extra query); sources are prefetched.
        tags = Tag.objects.filter(articles=OuterRef("pk")).values(
            json=JSONObject(name="name", slug="slug")
        )
        return (
            self.select_related("category", "author", "medical_reviewer")
            .annotate(tag_list=ArraySubquery(tags))
            .prefetch_related("references")
        )

    def related_to(self, article: "Article", limit: int = 4):
        """Pinned guides first, in order; then same topic, most shared tags, newest.

        One query: pins and shared-tag counts are subqueries, not round trips.
        """
        pin_order = PinnedRelatedArticle.objects.filter(
            from_article=article.pk, to_article=OuterRef("pk")
        ).values("order")[:1]
        article_tags = Article.tags.through.objects.filter(article=article.pk).values(
            "tag"
        )
        shared_tags = (
            Article.tags.through.objects.filter(
                article=OuterRef("pk"), tag__in=article_tags
            )
            .values("article")
            .annotate(count=Count("*"))
            .values("count")
        )
        return (
            self.exclude(pk=article.pk)
            .annotate(
                pin_order=Subquery(pin_order, output_field=IntegerField()),
                same_category=Case(
                    When(category=article.category_id, then=Value(1)),
                    default=Value(0),
                ),
                shared_tags=Subquery(shared_tags, output_field=IntegerField()),
            )
            .select_related("category")
            .order_by(
                F("pin_order").asc(nulls_last=True),
                "-same_category",
                F("shared_tags").desc(nulls_last=True),
                "-publish_at",
                "pk",
            )[:limit]
        )


class Article(models.Model):
    """A treatment guide."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200, unique=True, help_text="The guide's web address."
    )
    summary = models.TextField(
        max_length=300,
        help_text="Plain text, one or two sentences: for cards and search engines.",
    )
    body = CKEditor5Field(blank=True)
    body_text = models.TextField(blank=True, editable=False)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles"
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    author = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="authored_articles"
    )
    medical_reviewer = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviewed_articles",
        limit_choices_to={"is_medical_reviewer": True},
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a published guide goes live: empty is now, later schedules it.",
    )
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    last_reviewed_on = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    related_articles = models.ManyToManyField(
        "self",
        through="PinnedRelatedArticle",
        through_fields=("from_article", "to_article"),
        symmetrical=False,
        blank=True,
    )
    featured_image = models.ImageField(upload_to="guides/%Y/", blank=True)
    featured_image_alt = models.CharField(
        "featured image text alternative",
        max_length=250,
        blank=True,
        help_text="What the image shows, for readers who cannot see it.",
    )
    notify_subscribers = models.BooleanField(
        default=True, help_text="Email followers when this guide first goes live."
    )
    # Kept current by database triggers (migration 0004): title A, summary and tags B,
    # body C, with the portal_english configuration (English stemming, accents ignored).
    search_vector = SearchVectorField(null=True, editable=False)
    is_featured = models.BooleanField(
        "featured",
        default=False,
        help_text="Show it among the featured guides on the home page.",
    )

    # How long a medical review stays current (the review engine will make it editable).
    REVIEW_INTERVAL = timedelta(days=365)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "title"]
        verbose_name = "guide"
        permissions = [("review_article", "Can record the medical review of a guide")]
        indexes = [
            models.Index(
                fields=["status", "publish_at"], name="article_status_publish_at"
            ),
            GinIndex(fields=["search_vector"], name="article_search_vector"),
            GinIndex(
                fields=["title"],
                opclasses=["gin_trgm_ops"],
                name="article_title_trigram",
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
                condition=Q(featured_image="") | ~Q(featured_image_alt=""),
                name="featured_image_has_alt_text",
                violation_error_message="Describe the featured image in words.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.body = clean_html(self.body)
        self.body_text = html_to_text(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:article_detail", args=[self.slug])

    def clean(self) -> None:
        if self.status == self.Status.PUBLISHED:
            missing = self.missing_for_publication()
            if missing:
                raise ValidationError(
                    f"Before it is published this guide needs {', '.join(missing)}."
                )
            if self.publish_at is None:
                self.publish_at = timezone.now()

    def missing_for_publication(self) -> list[str]:
        """What a guide still lacks before readers may trust it."""
        missing = []
        if not html_to_text(clean_html(self.body)):
            missing.append("a body")
        if self.medical_reviewer_id is None:
            missing.append("a medical reviewer")
        if self.last_reviewed_on is None:
            missing.append("the date of its last medical review")
        return missing

    def mark_reviewed(self, *, by: Person, on: date | None = None) -> None:
        """Record a medical review by `by` on `on` (default today) and the next due."""
        on = on or timezone.localdate()
        self.medical_reviewer = by
        self.last_reviewed_on = on
        self.next_review_due = on + self.REVIEW_INTERVAL
        self.save(
            update_fields=[
                "medical_reviewer",
                "last_reviewed_on",
                "next_review_due",
                "updated_at",
            ]
        )

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
        return add_heading_anchors(self.body)

    def body_with_anchors(self) -> str:
        return self.body_with_contents[0]

    def table_of_contents(self) -> list[Heading]:
        headings = self.body_with_contents[1]
        return headings if len(headings) >= self.CONTENTS_MIN_HEADINGS else []

    def is_review_overdue(self) -> bool:
        return (
            self.next_review_due is not None
            and self.next_review_due < timezone.localdate()
        )


class ArticleSearchHeadQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live())

    def search(self, query: SearchQuery):
        return self.filter(vector=query)

    def newest(self):
        return self.order_by("-publish_at", "article_id")


class ArticleSearchHead(models.Model):
    """A guide's title, summary and tags as a small search vector, beside the columns
    a search filters and orders by.

    A database trigger (migration 0006) keeps one row per guide. Searches look here
    first: its rows are about a tenth of the width of a guide's, so even a word in
    tens of thousands of guides is found quickly.
    """

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="search_head"
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=20, choices=Article.Status)
    publish_at = models.DateTimeField(null=True)
    # Title A, summary and tags B: the same weights as Article.search_vector.
    vector = SearchVectorField()

    objects = ArticleSearchHeadQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["status", "publish_at"], name="search_head_status_publish"
            ),
            GinIndex(fields=["vector"], name="search_head_vector"),
        ]

    def __str__(self) -> str:
        return f"Search head of guide {self.article_id}"


class PinnedRelatedArticle(models.Model):
    """A related guide chosen by an editor, shown before the automatic matches."""

    from_article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="pins"
    )
    to_article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="pinned_by",
        verbose_name="related guide",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "pinned related guide"
        constraints = [
            models.UniqueConstraint(
                fields=["from_article", "to_article"],
                name="pin_related_guide_once",
                violation_error_message="This related guide is pinned already.",
            ),
            models.CheckConstraint(
                condition=~Q(from_article=F("to_article")),
                name="pin_not_itself",
                violation_error_message="A guide cannot be related to itself.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_article} → {self.to_article}"


doi_validator = RegexValidator(
    r"^10\.\d{4,9}/\S+$", 'A DOI looks like "10.1016/S0140-6736(20)32714-8".'
)
pmid_validator = RegexValidator(r"^\d{1,9}$", "A PubMed ID is a number.")


class Reference(models.Model):
    """A source cited by a guide, listed under it in order."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="references"
    )
    order = models.PositiveSmallIntegerField(default=0)
    citation = models.TextField(
        help_text="Authors. Title. Journal or publisher. Year;volume(issue):pages."
    )
    url = models.URLField("URL", max_length=500, blank=True)
    doi = models.CharField(
        "DOI", max_length=200, blank=True, validators=[doi_validator]
    )
    pmid = models.CharField(
        "PubMed ID", max_length=12, blank=True, validators=[pmid_validator]
    )

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.citation

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""


class FaqEntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def highlights(self):
        return self.filter(is_highlighted=True)

    def search(self, query: SearchQuery):
        return self.filter(search_vector=query)

    def ranked(self, query: SearchQuery):
        """Best first: the question counts more than the answer."""
        return self.annotate(
            rank=SearchRank(F("search_vector"), query, weights=SEARCH_WEIGHTS)
        ).order_by("-rank", "order", "pk")

    def for_listing(self):
        return self.select_related("category", "article").order_by(
            "category__order", "category__name", "order", "pk"
        )


class FaqEntry(models.Model):
    question = models.CharField(max_length=250)
    slug = models.SlugField(
        max_length=120, unique=True, help_text="The question's stable link anchor."
    )
    answer = CKEditor5Field()
    answer_text = models.TextField(blank=True, editable=False)
    # Kept current by a database trigger: question A, answer B.
    search_vector = SearchVectorField(null=True, editable=False)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="faq_entries"
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first.")
    is_published = models.BooleanField("published", default=True)
    is_highlighted = models.BooleanField(
        "highlighted", default=False, help_text="Show it on the home page."
    )
    article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="faq_entries",
        verbose_name="guide to read next",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = FaqEntryQuerySet.as_manager()

    class Meta:
        ordering = ["category__order", "order", "pk"]
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"
        indexes = [
            GinIndex(fields=["search_vector"], name="faq_search_vector"),
            GinIndex(
                fields=["question"],
                opclasses=["gin_trgm_ops"],
                name="faq_question_trigram",
            ),
        ]

    def __str__(self) -> str:
        return self.question

    def save(self, *args, **kwargs) -> None:
        self.answer = clean_html(self.answer)
        self.answer_text = html_to_text(self.answer)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{reverse('articles:faq')}#{self.slug}"


def validate_link(value: str) -> None:
    """Accept a path on this site or an http(s) URL."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(
        schemes=["http", "https"],
        message="Enter a path starting with / or a web address.",
    )(value)


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
        validators=[validate_link],
        help_text='Optional page to read more: a path on this site ("/guides/...") or https://…',
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


class PageQuerySet(models.QuerySet):
    def disclaimer(self) -> "Page | None":
        return self.filter(slug=Page.DISCLAIMER_SLUG).first()


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
    body = CKEditor5Field()
    updated_at = models.DateTimeField(auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.body = clean_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:page_detail", args=[self.slug])


class SearchSynonym(models.Model):
    """Words that mean the same to a reader: brand and generic drug names, lay and
    clinical words. A search for any of them also finds the others."""

    term = models.CharField(max_length=80, unique=True, help_text='e.g. "Keytruda".')
    equivalents = models.CharField(
        max_length=300,
        help_text='Comma-separated, e.g. "pembrolizumab". Phrases work: "lung lining".',
    )

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} = {self.equivalents}"

    def words(self) -> list[str]:
        """The term and its equivalents, lower-case."""
        return [self.term.lower()] + [
            word.strip().lower() for word in self.equivalents.split(",") if word.strip()
        ]


class SearchWord(models.Model):
    """A word of four letters or more in the titles of guides that have gone live,
    and how many such guides use it: what "Did you mean" corrects a query to, with
    tags, topics and synonyms. A database trigger (migration 0008) keeps it."""

    word = models.CharField(max_length=200, primary_key=True)
    guides = models.PositiveIntegerField()

    class Meta:
        indexes = [
            # Trigram distance ordering (<->): the closest word without a scan.
            GistIndex(OpClass("word", name="gist_trgm_ops"), name="search_word_trigram")
        ]

    def __str__(self) -> str:
        return self.word


class PromotedResult(models.Model):
    """A guide an editor pins to the top of the results for a search term."""

    term = models.CharField(
        max_length=80, help_text="Matched against the whole search, any case."
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="promotions"
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["term", "order"]
        constraints = [
            models.UniqueConstraint(
                Lower("term"), "article", name="promote_guide_once_per_term"
            )
        ]

    def __str__(self) -> str:
        return f"{self.term} → {self.article}"


class UnansweredSearch(models.Model):
    """A search that found nothing, counted per normalized query; nothing about who."""

    query = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    first_searched_at = models.DateTimeField(auto_now_add=True)
    last_searched_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-count", "-last_searched_at"]
        verbose_name_plural = "unanswered searches"

    def __str__(self) -> str:
        return f"{self.query} ({self.count})"
