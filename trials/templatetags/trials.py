from django import template
from django.utils import timezone

from trials.models import ClinicalTrial

register = template.Library()

# Beyond this many countries a trial says "and N more".
COUNTRIES_SHOWN = 5


@register.inclusion_tag("trials/guide_trials.html")
def guide_trials(article) -> dict:
    """The trials a guide lists, with what the registry said and how long ago
    (one query)."""
    if article.pk is None:  # a preview of a guide not saved yet
        return {"trials": []}
    trials = list(ClinicalTrial.objects.of_guide(article))
    now = timezone.now()
    return {
        "trials": [
            {
                "trial": trial,
                "countries": trial.countries[:COUNTRIES_SHOWN],
                "more_countries": max(len(trial.countries) - COUNTRIES_SHOWN, 0),
                "stale": trial.is_stale(now),
            }
            for trial in trials
        ]
    }
