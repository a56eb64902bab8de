"""Questions and answers readers ask most, grouped by topic on the FAQ page."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import models
from django.db.models import F
from django.urls import reverse
from django_ckeditor_5.fields import CKEditor5Field

from articles.models.guide_reads import search_rank
from articles.models.guides import Article
from articles.models.rich_text import images_described
from articles.models.signed_text import SignedText
from articles.models.taxonomy import Category
from articles.sanitize import clean_html, html_to_text


class FaqEntryQuerySet(models.QuerySet):
    # Grouped by topic, in the editors' order within each.
    FAQ_ORDER = ("category__order", "category__name", "order", "pk")

    def published(self):
        return self.filter(is_published=True)

    def highlights(self):
        return self.filter(is_highlighted=True)

    def search(self, query: SearchQuery):
        return self.filter(search_vector=query)

    def ranked(self, query: SearchQuery, words=()):
        """Best first: the question counts more than the answer (see search_rank for
        `words`)."""
        return self.annotate(rank=search_rank(query, words)).order_by(
            "-rank", "order", "pk"
        )

    def for_listing(self):
        """In FAQ order, with what the FAQ page shows of each answer: its topic, its
        review and the guide to read next (its title and address, not its body)."""
        return (
            self.select_related("category", "article", "sign_off")
            # The sources readers see: those of the signed revision.
            .annotate(signed_sources=F("sign_off__revision__content__sources"))
            .only(
                "question",
                "slug",
                "answer",
                "last_reviewed_on",
                "category__name",
                "category__slug",
                "article__title",
                "article__slug",
                "article__status",
                "article__publish_at",
                "sign_off__reviewer_name",
                "sign_off__reviewer_credentials",
            )
            .order_by(*self.FAQ_ORDER)
        )

    def for_links(self):
        """In FAQ order, with only what a link to an answer shows."""
        return self.only("question", "slug").order_by(*self.FAQ_ORDER)


class FaqEntry(SignedText):
    """A question and its answer, with its sources. Like a guide's text, readers see
    them only as a revision a medical reviewer approved (see SignedText)."""

    MEDICAL_FIELDS = ("question", "answer")
    SUBJECT_FIELD = "faq_entry"

    question = models.CharField(max_length=250)
    slug = models.SlugField(
        max_length=120, unique=True, help_text="The question's stable link anchor."
    )
    answer = CKEditor5Field(validators=[images_described])
    answer_text = models.TextField(blank=True, editable=False)
    # Kept current by a database trigger (articles/sql/search.sql): question A,
    # answer B.
    search_vector = SearchVectorField(null=True, editable=False)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="faq_entries"
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first.")
    is_published = models.BooleanField("published", default=False, editable=False)
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
        if self.sign_off_id is None:  # signed text is stored as signed (see Article)
            self.answer = clean_html(self.answer)
        self.answer_text = html_to_text(self.answer)
        super().save(*args, **kwargs)

    def is_live(self) -> bool:
        return self.is_published

    def get_absolute_url(self) -> str:
        return f"{reverse('articles:faq')}#{self.slug}"
