"""What guides and FAQ entries share: medical text that readers see only as a
revision a medical reviewer approved (articles/models/signoff.py)."""

from django.db import models
from django.utils import timezone

from articles.models.signoff import WorkflowEvent, sources_as_references


class SignedText(models.Model):
    """What guides and FAQ entries share: readers see their medical text only as a
    revision a medical reviewer approved.

    MEDICAL_FIELDS are the public columns a sign-off covers; its sources are medical
    too, in `content["sources"]`: the Reference rows (related name `references`) are
    their working copy. Every other field is not medical and is saved at once.
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
        """The working copy: the medical fields as they are on this object, and its
        sources as they are in the database."""
        sources = [
            {
                "citation": reference.citation,
                "url": reference.url,
                "doi": reference.doi,
                "pmid": reference.pmid,
            }
            for reference in self.references.all()
        ]
        return {
            **{field: getattr(self, field) for field in self.MEDICAL_FIELDS},
            "sources": sources,
        }

    # Set by a guide's previewing(): the unsaved sources a preview shows.
    previewed_sources: list | None = None

    def public_sources(self) -> list:
        """The sources of the signed-off text; a never signed-off draft's own; a
        preview's unsaved ones."""
        if self.previewed_sources is not None:
            return self.previewed_sources
        if not self.sign_off_id:
            return list(self.references.all())
        if hasattr(self, "signed_sources"):  # read with the text (for_detail() ...)
            return sources_as_references(self.signed_sources or [])
        return self.sign_off.revision.sources()

    def is_live(self) -> bool:
        raise NotImplementedError

    def is_review_overdue(self) -> bool:
        return (
            self.next_review_due is not None
            and self.next_review_due < timezone.localdate()
        )
