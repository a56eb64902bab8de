"""What a guide points readers to: its sources (an FAQ answer's too), and related guides
an editor pinned."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q

from articles.links import validate_web_address
from articles.models.subjects import one_subject


class PinnedRelatedArticle(models.Model):
    """A related guide chosen by an editor, shown before the automatic matches."""

    from_article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="pins"
    )
    to_article = models.ForeignKey(
        "articles.Article",
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
    """A source cited by a guide or an FAQ answer, listed under it in order: the
    working copy of its sources (readers see those of the signed revision)."""

    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="references",
    )
    faq_entry = models.ForeignKey(
        "articles.FaqEntry",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="references",
    )
    order = models.PositiveSmallIntegerField(default=0)
    citation = models.TextField(
        help_text="Authors. Title. Journal or publisher. Year;volume(issue):pages."
    )
    url = models.URLField(
        "URL", max_length=500, blank=True, validators=[validate_web_address]
    )
    doi = models.CharField(
        "DOI", max_length=200, blank=True, validators=[doi_validator]
    )
    pmid = models.CharField(
        "PubMed ID", max_length=12, blank=True, validators=[pmid_validator]
    )

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=one_subject(),
                name="reference_of_one_text",
                violation_error_message="A source belongs to one guide or one answer.",
            )
        ]

    def __str__(self) -> str:
        return self.citation

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""


class Handout(models.Model):
    """A PDF from the media library offered with a guide, for readers to print."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="handouts"
    )
    file = models.ForeignKey(
        "media_library.MediaFile",
        on_delete=models.PROTECT,
        related_name="handouts",
        limit_choices_to={"kind": "document"},
        verbose_name="PDF",
    )
    title = models.CharField(
        max_length=200,
        help_text="As readers see it, such as “Questions for your doctor”.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "file"],
                name="handout_once_per_guide",
                violation_error_message="This PDF is a handout of the guide already.",
            ),
        ]

    def __str__(self) -> str:
        return self.title
