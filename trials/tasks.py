"""Refreshing the trials' details from the registry (procrastinate): daily, and at
once for a trial an editor has just listed."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from procrastinate.contrib.django import app

from trials.models import ClinicalTrial
from trials.registry import RegistryError, study_fetch

# Shorter than a day, so that the daily run finds every trial due.
REFRESH_EVERY = timedelta(hours=20)


def trials_refresh(*, now=None, trials=None) -> dict[str, int]:
    """Fetch each due trial (or `trials`) and keep what the registry says; a failure
    keeps the last good copy and records why. All rows are written in one transaction
    at the end, so readers' cached pages change once a run."""
    now = now or timezone.now()
    if trials is None:
        trials = ClinicalTrial.objects.due(now=now, every=REFRESH_EVERY)
    results = {}
    for trial in trials:
        try:
            results[trial.pk] = study_fetch(trial.nct_id)
        except RegistryError as error:
            results[trial.pk] = error
    with transaction.atomic():
        for pk, result in results.items():
            if isinstance(result, RegistryError):
                ClinicalTrial.objects.filter(pk=pk).update(
                    tried_at=now, error=str(result)[:300]
                )
            else:
                ClinicalTrial.objects.filter(pk=pk).update(
                    title=result.title,
                    phases=result.phases,
                    status=result.status,
                    countries=result.countries,
                    registry_updated_on=result.updated_on,
                    fetched_at=now,
                    tried_at=now,
                    error="",
                )
    failed = sum(isinstance(result, RegistryError) for result in results.values())
    return {"refreshed": len(results) - failed, "failed": failed}


@app.periodic(cron="40 5 * * *", periodic_id="refresh_trials")
@app.task(queueing_lock="refresh_trials", lock="refresh_trials")
def refresh_trials(timestamp: int) -> None:
    """Every day at 05:40: refresh the trials due (trials_refresh)."""
    trials_refresh()


@app.task(lock="refresh_trials")
def refresh_new_trials(trial_ids: list[int]) -> None:
    """The trials an editor has just listed, so their details show within a minute."""
    trials_refresh(trials=ClinicalTrial.objects.filter(pk__in=trial_ids))
