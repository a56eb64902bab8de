"""Editors keep the glossary in the admin; medical reviewers read it."""

import pytest
from django.urls import reverse

from glossary.models import Term
from tests.factories import TermFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:glossary_term_add")


def form(**values) -> dict:
    return {
        "term": "Pleural effusion",
        "slug": "pleural-effusion",
        "other_forms": "pleural effusions, Pleural Effusions",
        "definition": "A build-up of fluid between the two layers of the pleura.",
        **values,
    }


def test_an_editor_adds_a_term_with_its_forms_and_see_also(editor_client):
    pleura = TermFactory(term="Pleura", slug="pleura")

    response = editor_client.post(ADD, form(see_also=[pleura.pk]))

    assert response.status_code == 302
    term = Term.objects.get(slug="pleural-effusion")
    assert term.other_forms == ["pleural effusions", "Pleural Effusions"]
    assert list(term.see_also.all()) == [pleura]


def test_a_form_of_another_term_is_refused_and_nothing_is_saved(editor_client):
    TermFactory(term="Effusion", other_forms=["pleural effusions"])

    response = editor_client.post(ADD, form())

    assert response.status_code == 200
    assert "A word can belong to one term only" in response.content.decode()
    assert not Term.objects.filter(slug="pleural-effusion").exists()


def test_an_editor_finds_a_term_by_its_definition(editor_client):
    TermFactory(term="Pleurodesis", definition="Makes the layers stick together.")
    TermFactory(term="Biopsy", definition="A small piece of tissue.")

    response = editor_client.get(
        reverse("admin:glossary_term_changelist"), {"q": "stick"}
    )

    assert [term.term for term in response.context["cl"].result_list] == ["Pleurodesis"]


def test_an_editor_edits_and_deletes_a_term(editor_client):
    term = TermFactory()
    change = reverse("admin:glossary_term_change", args=[term.pk])

    editor_client.post(change, form(term="Pleura", slug=term.slug, other_forms=""))
    term.refresh_from_db()
    assert (term.term, term.other_forms) == ("Pleura", [])
    delete = reverse("admin:glossary_term_delete", args=[term.pk])
    editor_client.post(delete, {"post": "yes"})
    assert not Term.objects.exists()


def test_a_reviewer_reads_the_glossary_but_does_not_change_it(reviewer_client):
    term = TermFactory()
    change = reverse("admin:glossary_term_change", args=[term.pk])

    assert reviewer_client.get(change).status_code == 200
    assert reviewer_client.get(ADD).status_code == 403
    assert reviewer_client.post(change, form(slug=term.slug)).status_code == 403
    assert Term.objects.get().term == term.term
