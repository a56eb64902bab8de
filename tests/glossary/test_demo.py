"""The demo glossary: at least 60 terms an editor could have saved, loaded once with
the rest of the demo (`manage.py load_demo`)."""

import io

import pytest
from django.core.management import call_command

from articles.readability import reading_grade
from glossary.demo import load_demo_terms
from glossary.demo_terms import TERMS
from glossary.models import Term

pytestmark = pytest.mark.django_db


def test_the_demo_loads_every_term_with_its_see_also_and_guide():
    out = io.StringIO()
    call_command("load_demo", stdout=out)

    assert f"{len(TERMS)} glossary terms" in out.getvalue()
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
    load_demo_terms(sender=None)

    for term in Term.objects.all():
        term.full_clean()
        assert len(term.definition) <= 400


def test_loading_again_adds_nothing_and_keeps_edits():
    load_demo_terms(sender=None)
    Term.objects.filter(slug="pleura").update(definition="Edited by an editor.")

    assert load_demo_terms(sender=None) == {"glossary terms": 0}

    assert Term.objects.count() == len(TERMS)
    assert Term.objects.get(slug="pleura").definition == "Edited by an editor."


def test_without_the_demo_guides_terms_load_without_a_guide():
    load_demo_terms(sender=None)

    assert not Term.objects.filter(guide__isnull=False).exists()


def test_the_demo_definitions_read_at_grade_8_or_lower():
    text = "".join(f"<p>{entry['definition']}</p>" for entry in TERMS)

    assert reading_grade(text) <= 8
