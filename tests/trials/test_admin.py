"""Editors list trials on a guide by NCT number; the registry's details follow
within a minute (a job), and bad numbers are refused with nothing saved."""

import pytest
from django.urls import reverse
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from tests.articles.admin_forms import article_form_data, opened_version
from tests.factories import ArticleFactory
from trials.models import ClinicalTrial, GuideTrial

pytestmark = pytest.mark.django_db


def change_url(article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def guide_form(client, article, *numbers: str, listed=()) -> dict:
    """The guide's change form as it stands, with its trials' rows: the GuideTrial
    objects `listed` first, then new rows with these NCT numbers typed in."""
    rows = [(listing.pk, listing.trial.nct_id) for listing in listed]
    rows += [("", number) for number in numbers]
    data = article_form_data(
        category=article.category,
        author=article.author,
        title=article.title,
        slug=article.slug,
        summary=article.summary,
        body=article.body,
        **opened_version(client, change_url(article)),
    )
    data["trial_listings-TOTAL_FORMS"] = str(len(rows))
    data["trial_listings-INITIAL_FORMS"] = str(len(listed))
    for index, (pk, number) in enumerate(rows):
        data[f"trial_listings-{index}-id"] = pk
        data[f"trial_listings-{index}-article"] = article.pk
        data[f"trial_listings-{index}-nct_id"] = number
        data[f"trial_listings-{index}-order"] = str(index)
    return data


def save_guide_with_trials(client, article, *numbers: str):
    return client.post(change_url(article), guide_form(client, article, *numbers))


def refresh_jobs() -> list[dict]:
    return list(
        ProcrastinateJob.objects.filter(
            task_name="trials.tasks.refresh_new_trials"
        ).values_list("args", flat=True)
    )


def test_an_editor_lists_trials_and_their_details_are_asked_for_at_once(
    editor_client, django_capture_on_commit_callbacks
):
    article = ArticleFactory()

    with django_capture_on_commit_callbacks(execute=True):
        response = save_guide_with_trials(
            editor_client, article, "NCT09990001", " nct09990002 "
        )

    assert response.status_code == 302
    assert list(
        GuideTrial.objects.filter(article=article).values_list(
            "trial__nct_id", flat=True
        )
    ) == ["NCT09990001", "NCT09990002"]
    [job] = refresh_jobs()
    assert sorted(job["trial_ids"]) == sorted(
        ClinicalTrial.objects.values_list("pk", flat=True)
    )
    article.refresh_from_db()
    assert article.is_published()  # not medical text: no new sign-off needed


def test_a_trial_already_known_is_reused_and_not_asked_for_again(
    editor_client, django_capture_on_commit_callbacks
):
    ClinicalTrial.objects.create(nct_id="NCT09990001", tried_at=timezone.now())

    with django_capture_on_commit_callbacks(execute=True):
        save_guide_with_trials(editor_client, ArticleFactory(), "NCT09990001")

    assert ClinicalTrial.objects.count() == 1
    assert refresh_jobs() == []


@pytest.mark.parametrize(
    ("numbers", "message"),
    [
        (["NCT123"], "An NCT number is NCT followed by 8 digits"),
        (["<script>NCT09990001"], "An NCT number is NCT followed by 8 digits"),
        (["NCT09990001", "NCT09990001"], "NCT09990001 is listed more than once"),
    ],
)
def test_a_bad_or_repeated_number_is_refused_and_nothing_is_saved(
    editor_client, numbers, message
):
    article = ArticleFactory()

    response = save_guide_with_trials(editor_client, article, *numbers)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ClinicalTrial.objects.exists()
    assert not GuideTrial.objects.exists()


def test_an_editor_removes_a_trial_from_a_guide(editor_client):
    article = ArticleFactory()
    listing = GuideTrial.objects.create(
        article=article, trial=ClinicalTrial.objects.create(nct_id="NCT09990001")
    )
    data = guide_form(editor_client, article, listed=[listing])
    data["trial_listings-0-DELETE"] = "on"

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 302
    assert not GuideTrial.objects.exists()


def test_reviewers_read_trials_but_cannot_list_them(reviewer_client):
    article = ArticleFactory()
    ClinicalTrial.objects.create(nct_id="NCT09990001")

    listed = reviewer_client.get(reverse("admin:trials_clinicaltrial_changelist"))
    refused = reviewer_client.post(
        reverse("admin:trials_clinicaltrial_add"), {"nct_id": "NCT09990002"}
    )

    assert listed.status_code == 200
    assert "NCT09990001" in listed.content.decode()
    assert refused.status_code == 403
    assert not reviewer_client.user.has_perm("trials.add_guidetrial")
    assert article.trial_listings.count() == 0
