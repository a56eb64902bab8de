"""How guides are grouped and who stands behind them: topics, tags and people."""

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse


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

    def save(self, *args, **kwargs) -> None:
        # One transaction with the redirects from its old addresses
        # (articles.redirects).
        with transaction.atomic(savepoint=False):
            super().save(*args, **kwargs)

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
