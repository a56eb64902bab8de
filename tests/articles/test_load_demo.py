import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles import demo_content
from articles.models import (
    Announcement,
    Article,
    FaqEntry,
    Page,
    Person,
    Reference,
    Revision,
    WorkflowEvent,
)
from articles.search import search
from media_library.models import MediaFile

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Article, FaqEntry, Person, Reference, Page, Announcement)
    }


def test_loads_the_demo_site():
    call_command("load_demo", stdout=None)

    assert Article.objects.published().count() >= 8
    assert Article.objects.scheduled().count() == 1
    assert Article.objects.drafts().count() == 1
    assert FaqEntry.objects.published().count() >= 15
    assert Person.objects.count() == 3
    assert (
        get_user_model().objects.filter(person__is_medical_reviewer=True).count() == 2
    )
    assert Announcement.objects.current().count() == 1
    assert set(Page.objects.values_list("slug", flat=True)) == {
        "about",
        "accessibility",
        "contact",
        "editorial-policy",
        "disclaimer",
    }


def test_every_published_guide_is_reviewed_and_cites_sources():
    call_command("load_demo")

    for article in Article.objects.published():
        approval = article.sign_off
        assert approval.reviewer == article.medical_reviewer, article
        assert approval.revision.content["title"] == article.title
        assert approval.actor.person == approval.reviewer  # signed in as themselves
        assert article.next_review_due > article.last_reviewed_on
        assert article.public_sources(), article
        assert article.body_text.count("\n") > 5, article
    for entry in FaqEntry.objects.published():
        assert entry.sign_off.revision.content["answer"] == entry.answer


def test_shows_the_workflow_with_a_draft_and_an_update_awaiting_review():
    call_command("load_demo")

    awaiting = {
        revision.subject.slug: revision
        for revision in Revision.objects.awaiting_review()
    }
    assert set(awaiting) == {
        "peritoneal-mesothelioma-surgery-hipec",
        "managing-side-effects",
    }
    update = awaiting["managing-side-effects"]
    live = Article.objects.get(slug="managing-side-effects")
    assert update.number == 2 and live.sign_off.revision.number == 1
    new_line = "a fever of 100.4°F (38°C) or higher, new breathing problems"
    assert new_line in update.content["body"]
    assert new_line not in live.body  # readers keep the signed text
    assert WorkflowEvent.objects.filter(
        revision=update, kind="submitted", what_changed__startswith="We now say"
    ).exists()


def test_is_idempotent_and_keeps_editors_changes(capsys):
    call_command("load_demo")
    Article.objects.filter(slug="surgery-for-mesothelioma").update(is_featured=True)
    before = counts()

    call_command("load_demo")

    assert counts() == before
    assert Article.objects.get(slug="surgery-for-mesothelioma").is_featured
    assert "already loaded" in capsys.readouterr().out


def test_creates_demo_accounts_once_and_prints_their_passwords(capsys):
    call_command("load_demo")
    first = capsys.readouterr().out
    call_command("load_demo")
    second = capsys.readouterr().out

    reviewer = get_user_model().objects.get(username="reviewer")
    assert "Demo account created: editor / " in first
    assert "Demo account created" not in second
    assert reviewer.groups.filter(name="Medical reviewers").exists()
    assert reviewer.person.is_medical_reviewer


def test_the_demo_has_its_own_drawings_in_the_library_and_on_its_guides(client):
    call_command("load_demo", stdout=None)
    call_command("load_demo", stdout=None)  # a second run adds no second copy

    assert MediaFile.objects.count() == 2
    featured = Article.objects.exclude(featured_image=None)
    assert {guide.slug for guide in featured} == set(demo_content.FEATURED_IMAGES)
    assert all(guide.featured_image_alt for guide in featured)
    guide = Article.objects.get(slug="nivolumab-ipilimumab-first-line")
    drawing = MediaFile.objects.get(title="How a PD-1 checkpoint inhibitor works")
    assert f'<img src="{drawing.url}" alt="Two-part drawing.' in guide.body
    page = client.get(guide.get_absolute_url()).content.decode()
    assert '<source type="image/avif" srcset=' in page
    assert "<figcaption>How blocking PD-1 lets a T cell attack." in page


def test_patients_everyday_words_find_the_right_guide_first():
    call_command("load_demo")
    # What patients type (issue 16), and the guide that answers it.
    answers = {
        "lung lining cancer chemo": "chemotherapy-pemetrexed-platinum",
        "asbestos compensation": "compensation-and-benefits",
        "how long will i live": "outlook-and-prognosis",
        "life expectancy": "outlook-and-prognosis",
        "water on the lung": "breathlessness",
        "can i sue": "compensation-and-benefits",
        "swollen belly": "peritoneal-mesothelioma",
        "tumour treating fields": "tumor-treating-fields",
        "is it in my genes": "bap1-genetic-testing",
    }

    first_guides = {}
    for query in answers:
        guides = [r.pk for r in search(query).results if r.kind == "guide"]
        first_guides[query] = Article.objects.get(pk=guides[0]).slug
    assert first_guides == answers
