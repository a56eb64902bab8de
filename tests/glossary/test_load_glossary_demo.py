"""The demo glossary: at least 60 terms an editor could have saved, loaded once."""

import io

import pytest
from django.core.management import call_command

from articles.readability import reading_grade
from glossary.demo_terms import TERMS
from glossary.models import Term

pytestmark = pytest.mark.django_db


def load() -> str:
    out = io.StringIO()
    call_command("load_glossary_demo", stdout=out)
    return out.getvalue()


def test_it_loads_every_term_with_its_see_also_and_guide():
    call_command("load_demo", stdout=io.StringIO())

    assert load() == f"Demo glossary loaded: {len(TERMS)} terms.\n"

    assert Term.objects.count() == len(TERMS) >= 60
    effusion = Term.objects.get(slug="pleural-effusion")
    assert {t.slug for t in effusion.see_also.all()} == {
        "pleurodesis",
        "indwelling-pleural-catheter",
        "thoracentesis",
    }
    assert Term.objects.get(slug="hipec").guide.slug == (
        "peritoneal-mesothelioma-surgery-hipec"
    )


def test_every_demo_term_passes_the_checks_an_editor_would_meet():
    load()

    for term in Term.objects.all():
        term.full_clean()
        assert len(term.definition) <= 400


def test_loading_again_adds_nothing_and_keeps_edits():
    load()
    Term.objects.filter(slug="pleura").update(definition="Edited by an editor.")

    assert load() == "Demo glossary: every term was there already.\n"

    assert Term.objects.count() == len(TERMS)
    assert Term.objects.get(slug="pleura").definition == "Edited by an editor."


def test_without_the_demo_guides_terms_load_without_a_guide():
    load()

    assert not Term.objects.filter(guide__isnull=False).exists()


def test_the_demo_definitions_read_at_grade_8_or_lower():
    text = "".join(f"<p>{entry['definition']}</p>" for entry in TERMS)

    assert reading_grade(text) <= 8
