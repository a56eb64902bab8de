"""Clinical trials that editors list on a guide, by NCT number, with what the
ClinicalTrials.gov registry says of each (trials/registry.py, refreshed daily by
trials/tasks.py).

Which trials a guide lists is the editors' choice; what each trial is (its title,
phase, status, countries) is the registry's, copied as it stands, so it needs no
medical sign-off. A failed refresh keeps the last good copy: readers see how old it is.
"""

from datetime import timedelta

from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

# After this long without a good refresh, the guide says the details may be out of date.
STALE_AFTER = timedelta(days=7)

STATUS_WORDS = {
    "RECRUITING": "Recruiting",
    "NOT_YET_RECRUITING": "Not yet recruiting",
    "ENROLLING_BY_INVITATION": "Enrolling by invitation only",
    "ACTIVE_NOT_RECRUITING": "Running, not recruiting",
    "SUSPENDED": "Paused",
    "TERMINATED": "Stopped early",
    "COMPLETED": "Completed",
    "WITHDRAWN": "Withdrawn before it started",
    "AVAILABLE": "Available outside a trial",
    "NO_LONGER_AVAILABLE": "No longer available",
    "TEMPORARILY_NOT_AVAILABLE": "Not available for now",
    "APPROVED_FOR_MARKETING": "Approved",
    "WITHHELD": "Not shown by the registry",
    "UNKNOWN": "Status not known",
}
PHASE_WORDS = {
    "EARLY_PHASE1": "early phase 1",
    "PHASE1": "1",
    "PHASE2": "2",
    "PHASE3": "3",
    "PHASE4": "4",
}

nct_number = RegexValidator(
    r"^NCT\d{8}\Z",
    "An NCT number is NCT followed by 8 digits, for example NCT02784171.",
)


class ClinicalTrialQuerySet(models.QuerySet):
    def of_guide(self, article):
        return self.filter(listings__article=article).order_by(
            "listings__order", "nct_id"
        )

    def due(self, *, now, every: timedelta):
        """Trials never fetched, or whose last attempt is older than `every`."""
        return self.filter(
            models.Q(tried_at__isnull=True) | models.Q(tried_at__lte=now - every)
        )


class ClinicalTrial(models.Model):
    nct_id = models.CharField(
        "NCT number", max_length=11, unique=True, validators=[nct_number]
    )
    # The registry's copy; empty until the first good refresh.
    title = models.CharField(max_length=500, blank=True, editable=False)
    phases = ArrayField(
        models.CharField(max_length=20), default=list, blank=True, editable=False
    )
    status = models.CharField(max_length=40, blank=True, editable=False)
    countries = ArrayField(
        models.CharField(max_length=100), default=list, blank=True, editable=False
    )
    registry_updated_on = models.DateField(null=True, blank=True, editable=False)
    fetched_at = models.DateTimeField(
        "last good refresh", null=True, blank=True, editable=False
    )
    tried_at = models.DateTimeField(
        "last refresh tried", null=True, blank=True, editable=False
    )
    error = models.CharField(
        "why the last refresh failed", max_length=300, blank=True, editable=False
    )

    objects = ClinicalTrialQuerySet.as_manager()

    class Meta:
        ordering = ["nct_id"]
        verbose_name = "clinical trial"

    def __str__(self) -> str:
        return f"{self.nct_id}: {self.title}" if self.title else self.nct_id

    def save(self, *args, **kwargs) -> None:
        self.nct_id = self.nct_id.strip().upper()
        super().save(*args, **kwargs)

    @property
    def registry_url(self) -> str:
        return f"https://clinicaltrials.gov/study/{self.nct_id}"

    @property
    def status_words(self) -> str:
        return STATUS_WORDS.get(self.status, "")

    @property
    def phase_words(self) -> str:
        """'Phase 2/3', 'Phase early phase 1' reads badly: 'Early phase 1'."""
        named = [PHASE_WORDS[phase] for phase in self.phases if phase in PHASE_WORDS]
        if not named:
            return ""
        if named == ["early phase 1"]:
            return "Early phase 1"
        return "Phase " + "/".join(named)

    def is_stale(self, now=None) -> bool:
        now = now or timezone.now()
        return self.fetched_at is None or now - self.fetched_at > STALE_AFTER


class GuideTrial(models.Model):
    """One trial listed on one guide, in the editors' order."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="trial_listings"
    )
    trial = models.ForeignKey(
        ClinicalTrial, on_delete=models.CASCADE, related_name="listings"
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "clinical trial on this guide"
        verbose_name_plural = "clinical trials on this guide"
        constraints = [
            models.UniqueConstraint(
                fields=["article", "trial"],
                name="trial_listed_once_per_guide",
                violation_error_message="This trial is already listed on the guide.",
            )
        ]

    def __str__(self) -> str:
        return self.trial.nct_id
