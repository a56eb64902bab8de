"""Readers' answers to "Was this page helpful?", and the counts that limit them.

Nothing here says who sent an answer: no account, no cookie, no address. The limit
per address counts by a keyed hash of the address and the hour, deleted once the
hour has passed (docs/design.md, "Readers' feedback").
"""

from django.db import models
from django.db.models import Count, Max, Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone

from articles.models import Article, Person

# What a reader may write: about a paragraph. Browsers count a line break as one
# character, and so does the form (feedback/forms.py).
COMMENT_MAX_LENGTH = 1000


class FeedbackQuerySet(models.QuerySet):
    def for_guide(self, article_id: int):
        return self.filter(article_id=article_id)

    def for_faq(self):
        return self.filter(article__isnull=True)

    def with_comment(self):
        return self.exclude(comment="")

    def totals(self) -> dict:
        """Yes and no answers and comments among these, in one query."""
        return self.aggregate(
            yes=Count("pk", filter=Q(helpful=True)),
            no=Count("pk", filter=Q(helpful=False)),
            comments=Count("pk", filter=~Q(comment="")),
        )

    def totals_by_page(self):
        """One row per page that has answers (a guide, or the FAQ page: no guide),
        with its counts and latest answer, latest first."""
        return (
            self.values("article_id", "article__title")
            .annotate(
                yes=Count("pk", filter=Q(helpful=True)),
                no=Count("pk", filter=Q(helpful=False)),
                comments=Count("pk", filter=~Q(comment="")),
                latest=Max("created_at"),
            )
            .order_by("-latest")
        )

    def authors_to_digest(self):
        """The authors, with an account that has an email address, of guides with
        comments that no digest has carried yet."""
        waiting = self.with_comment().filter(
            digest_sent_at__isnull=True, article__isnull=False
        )
        return (
            Person.objects.filter(pk__in=waiting.values("article__author"))
            .filter(user__is_active=True)
            .exclude(user__email="")
            .select_related("user")
            .order_by("pk")
        )

    def undigested_for(self, author: Person):
        """Comments on this person's guides that no digest has carried yet."""
        return (
            self.with_comment()
            .filter(article__author=author, digest_sent_at__isnull=True)
            .select_related("article")
            .order_by("article__title", "article_id", "created_at", "pk")
        )


class Feedback(models.Model):
    """One answer: helpful or not, and an optional comment. Who sent it is not kept."""

    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feedback",
        help_text="The guide; none for the questions and answers page.",
    )
    helpful = models.BooleanField()
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # When the weekly digest mailed this comment to the guide's author: each comment
    # goes out once.
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "answer"
        verbose_name_plural = "answers"
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["article", "-created_at"], name="feedback_page_newest"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("comment"), COMMENT_MAX_LENGTH),
                name="feedback_comment_length",
                violation_error_message="A comment holds at most 1,000 characters.",
            )
        ]

    def __str__(self) -> str:
        answer = "Helpful" if self.helpful else "Not helpful"
        return f"{answer}, {self.created_at:%Y-%m-%d %H:%M}"

    def page_title(self) -> str:
        return self.article.title if self.article_id else "Questions and answers"


class AddressCount(models.Model):
    """How many answers came from one address in one hour, to limit them.

    The address is kept as a keyed hash of the address and the hour, so a row cannot
    be matched to another hour's, and only until purge_feedback_counts deletes it.
    """

    address_hash = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    answers = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["address_hash", "window_start"],
                name="one_count_per_address_and_hour",
            )
        ]
        indexes = [models.Index(fields=["window_start"], name="feedback_count_window")]

    def __str__(self) -> str:
        return f"{self.answers} from {self.address_hash[:8]} since {self.window_start}"
