"""What readers see of the trials a guide lists: the registry's details in plain
words, how old they are, and a link to the registry."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory
from trials.models import ClinicalTrial, GuideTrial
from trials.tasks import trials_refresh

pytestmark = pytest.mark.django_db


def list_on(article, *nct_ids: str) -> None:
    for order, nct_id in enumerate(nct_ids):
        trial, _ = ClinicalTrial.objects.get_or_create(nct_id=nct_id)
        GuideTrial.objects.create(article=article, trial=trial, order=order)


def trials_section(client, article) -> str:
    content = client.get(article.get_absolute_url()).content.decode()
    start = content.find('<section class="guide-trials"')
    return content[start : content.index("</section>", start)] if start >= 0 else ""


def test_a_guide_shows_each_trial_in_plain_words_with_the_date_checked(
    client, registry
):
    article = ArticleFactory()
    list_on(article, "NCT09990001", "NCT09990002")
    trials_refresh()

    section = trials_section(client, article)

    assert section.index("Drug A Added") < section.index("Surgery or No Surgery")
    assert '<a href="https://clinicaltrials.gov/study/NCT09990001"' in section
    assert "Phase 2/3. Recruiting." in section
    assert (
        "Sites in Australia, Canada, France, Italy, Netherlands and 2 more countries."
        in section
    )
    assert "Completed." in section  # no phase for a study that has none
    today = timezone.localdate()
    assert f'<time datetime="{today:%Y-%m-%d}">' in section
    assert "may be out of date" not in section


def test_details_not_refreshed_for_a_week_say_they_may_be_out_of_date(client, registry):
    article = ArticleFactory()
    list_on(article, "NCT09990001")
    trials_refresh(now=timezone.now() - timedelta(days=9))

    section = trials_section(client, article)

    assert "they may be out of date, so check the registry" in section
    assert "1\xa0week" in section  # "1 week, 2 days ago"


def test_a_trial_not_yet_read_from_the_registry_links_to_it(client):
    article = ArticleFactory()
    list_on(article, "NCT09990001")

    section = trials_section(client, article)

    assert "Study NCT09990001" in section
    assert "Details have not been read from the registry yet" in section


def test_a_guide_without_trials_has_no_trials_section(client):
    assert trials_section(client, ArticleFactory()) == ""


def test_the_registry_s_text_is_shown_as_text(client):
    article = ArticleFactory()
    list_on(article, "NCT09990001")
    ClinicalTrial.objects.update(
        title='<img src=x onerror="alert(1)">', fetched_at=timezone.now()
    )

    section = trials_section(client, article)

    assert "<img" not in section
    assert "&lt;img src=x" in section


def test_the_trials_cost_one_query_however_many(client, django_assert_num_queries):
    for how_many in (0, 6):
        article = ArticleFactory()
        list_on(article, *(f"NCT0999{n:04d}" for n in range(how_many)))

        # the guide's queries (tests/articles/test_views.py), its trials among them
        with django_assert_num_queries(6):
            client.get(article.get_absolute_url())
