"""The demo's clinical trials: the two phase 3 trials behind the first-line
immunotherapy approvals, listed on the guides that discuss them. Their details are
read from the registry by the worker when the network allows."""

from django.db import transaction

from articles.models import Article
from trials.models import ClinicalTrial, GuideTrial
from trials.tasks import refresh_new_trials

# Guide slug: NCT numbers (ClinicalTrials.gov), checked against the trials' papers:
# CheckMate 743 is NCT02899299 (Baas et al., Lancet 2021); IND.227/KEYNOTE-483 is
# NCT02784171 (Chu et al., Lancet 2023).
DEMO_TRIALS = {
    "nivolumab-ipilimumab-first-line": ["NCT02899299"],
    "immunotherapy-checkpoint-inhibitors": ["NCT02899299", "NCT02784171"],
}


def load_demo_trials(sender, **kwargs) -> dict[str, int]:
    created = []
    for slug, nct_ids in DEMO_TRIALS.items():
        article = Article.objects.filter(slug=slug).first()
        if article is None or article.trial_listings.exists():
            continue
        for order, nct_id in enumerate(nct_ids):
            trial, new = ClinicalTrial.objects.get_or_create(nct_id=nct_id)
            if new:
                created.append(trial.pk)
            GuideTrial.objects.create(article=article, trial=trial, order=order)
    if created:
        transaction.on_commit(lambda: refresh_new_trials.defer(trial_ids=created))
    return {"clinical trials": len(created)}
