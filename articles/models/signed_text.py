"""What guides and FAQ entries share: medical text that readers see only as a
revision a medical reviewer approved (articles/models/signoff.py)."""

from django.db import models
from django.utils import timezone

from articles.models.signoff import WorkflowEvent


class SignedText(models.Model):
    """What guides and FAQ entries share: readers see their medical text only as a
    revision a medical reviewer approved.

    MEDICAL_FIELDS are the public columns a sign-off covers (a guide's sources too,
    in `content["sources"]`); every other field is not medical and is saved at once.
    The review fields below are copied from the sign-off by the publishing service
    and checked against it by the database.
    """

    MEDICAL_FIELDS: tuple[str, ...] = ()
    SUBJECT_FIELD = ""  # the foreign key naming it on Revision and WorkflowEvent

    sign_off = models.ForeignKey(
        WorkflowEvent,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The approval of the revision readers see.",
    )
    medical_reviewer = models.ForeignKey(
        "articles.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    last_reviewed_on = models.DateField(null=True, blank=True, editable=False)
    next_review_due = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def medical_content(self) -> dict:
        """The medical fields as they are now on this object (its working copy)."""
        return {field: getattr(self, field) for field in self.MEDICAL_FIELDS}

    def is_live(self) -> bool:
        raise NotImplementedError

    def is_review_overdue(self) -> bool:
        return (
            self.next_review_due is not None
            and self.next_review_due < timezone.localdate()
        )
