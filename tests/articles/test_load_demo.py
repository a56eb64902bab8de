import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Announcement, Article, FaqEntry, Page, Person, Reference

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
    assert Announcement.objects.current().count() == 1
    assert set(Page.objects.values_list("slug", flat=True)) == {
        "about",
        "editorial-policy",
        "disclaimer",
    }


def test_every_published_guide_is_reviewed_and_cites_sources():
    call_command("load_demo")

    for article in Article.objects.published():
        assert article.medical_reviewer is not None, article
        assert article.next_review_due > article.last_reviewed_on
        assert article.references.exists(), article
        assert article.body_text.count("\n") > 5, article


def test_is_idempotent_and_keeps_editors_changes(capsys):
    call_command("load_demo")
    Article.objects.filter(slug="surgery-for-mesothelioma").update(title="Edited title")
    before = counts()

    call_command("load_demo")

    assert counts() == before
    assert Article.objects.get(slug="surgery-for-mesothelioma").title == "Edited title"
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
