"""Hard words and their plain definitions, shown on the A-Z page and marked where a
guide or FAQ answer first uses them (glossary/marking.py)."""

import re

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length, Lower
from django.db.models.lookups import Range
from django.urls import reverse

from articles.models import Article

# One or two sentences.
DEFINITION_MAX = 400
# A form must hold a letter or digit: the marking matches whole words.
WORD = re.compile(r"\w")


def normalized(form: str) -> str:
    """A form as the marking compares it: case folded, single spaces."""
    return " ".join(form.split()).casefold()


class TermQuerySet(models.QuerySet):
    def alphabetical(self):
        return self.order_by(Lower("term"), "pk")

    def for_marking(self):
        """What marking a text needs of every term: its words and its definition."""
        return self.alphabetical().only("term", "slug", "other_forms", "definition")

    def for_listing(self):
        """The A-Z page: every term, its see-also terms and its guide if live."""
        return self.alphabetical().prefetch_related(
            models.Prefetch("see_also", queryset=Term.objects.for_links()),
            models.Prefetch(
                "guide", queryset=Article.objects.published().only("title", "slug")
            ),
        )

    def for_links(self):
        return self.alphabetical().only("term", "slug")


class Term(models.Model):
    term = models.CharField(
        max_length=100, help_text="As readers meet it, e.g. “Pleural effusion”."
    )
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Its address on the glossary page: /glossary/#slug.",
    )
    other_forms = ArrayField(
        models.CharField(max_length=100),
        blank=True,
        default=list,
        help_text=(
            "Other ways the word is written that mean the same, separated by commas: "
            "plurals, US and UK spellings, abbreviations, brand names. Forms in "
            "capitals (PET, CT) are matched only in capitals."
        ),
    )
    definition = models.TextField(
        max_length=DEFINITION_MAX,
        help_text=(
            "One or two plain sentences in our own words, at reading grade 8 or lower. "
            "Shown as written: no formatting."
        ),
    )
    see_also = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="seen_from",
        verbose_name="see also",
    )
    guide = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="A guide that explains more (shown while it is live).",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = TermQuerySet.as_manager()

    class Meta:
        ordering = [Lower("term")]
        constraints = [
            models.CheckConstraint(
                condition=Range(Length("definition"), (1, DEFINITION_MAX)),
                name="definition_is_short",
                violation_error_message=(
                    f"A definition is one or two sentences: at most {DEFINITION_MAX} "
                    "characters."
                ),
            ),
            models.UniqueConstraint(
                Lower("term"),
                name="one_term_per_word",
                violation_error_message="There is already a term with this name.",
            ),
        ]

    def __str__(self) -> str:
        return self.term

    def get_absolute_url(self) -> str:
        return self.url_on(reverse("glossary:glossary"))

    def url_on(self, glossary_url: str) -> str:
        """Its entry on the glossary page at `glossary_url` (reverse() once a page)."""
        return f"{glossary_url}#{self.slug}"

    def forms(self) -> list[str]:
        """The term and its other forms, each once."""
        forms = {normalized(self.term): self.term}
        for form in self.other_forms:
            forms.setdefault(normalized(form), form)
        return list(forms.values())

    @property
    def letter(self) -> str:
        """Its heading on the A-Z page: its first letter, or # for a digit."""
        first = self.term.strip()[:1].upper()
        return first if first.isalpha() else "#"

    def clean(self) -> None:
        self.term = " ".join(self.term.split())
        self.other_forms = [" ".join(form.split()) for form in self.other_forms]
        self.other_forms = [form for form in self.other_forms if form]
        if not WORD.search(self.term):
            raise ValidationError(
                {"term": "A term needs at least one letter or digit."}
            )
        if any(not WORD.search(form) for form in self.other_forms):
            raise ValidationError(
                {"other_forms": "Each form needs at least one letter or digit."}
            )
        taken = self._forms_of_other_terms()
        clashes = [form for form in self.forms() if normalized(form) in taken]
        if clashes:
            raise ValidationError(
                "A word can belong to one term only: "
                + "; ".join(
                    f"“{form}” is in “{taken[normalized(form)]}”" for form in clashes
                )
                + "."
            )

    def _forms_of_other_terms(self) -> dict[str, str]:
        taken = {}
        for other in Term.objects.exclude(pk=self.pk).only("term", "other_forms"):
            for form in other.forms():
                taken[normalized(form)] = other.term
        return taken
