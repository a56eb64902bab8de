"""Terms: their forms, their letter, and the rules an editor's save must pass."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import ContentGeneration
from glossary.models import Term
from tests.factories import TermFactory

pytestmark = pytest.mark.django_db


def test_a_term_lives_at_its_anchor_on_the_glossary_page():
    term = TermFactory(slug="pleura")

    assert term.get_absolute_url() == "/glossary/#pleura"


def test_the_forms_are_the_term_and_its_other_forms_each_once():
    term = TermFactory(
        term="Pleural effusion",
        other_forms=["pleural effusions", "Pleural  effusion"],
    )

    assert term.forms() == ["Pleural effusion", "pleural effusions"]


@pytest.mark.parametrize(
    ("name", "letter"), [("asbestos", "A"), ("PD-1", "P"), ("5-FU", "#")]
)
def test_a_term_is_listed_under_its_first_letter(name, letter):
    assert Term(term=name).letter == letter


def test_a_form_another_term_has_is_refused_with_a_clear_message():
    TermFactory(term="Radiotherapy", other_forms=["radiation therapy"])
    term = TermFactory.build(term="Radiation", other_forms=["Radiation  Therapy"])

    with pytest.raises(ValidationError) as refused:
        term.full_clean()

    assert refused.value.messages == [
        "A word can belong to one term only: “Radiation Therapy” is in “Radiotherapy”."
    ]


def test_a_term_may_keep_its_own_forms_when_edited():
    term = TermFactory(term="Biopsy", other_forms=["biopsies"])
    term.definition = "Taking a small piece of tissue to look at."

    term.full_clean()


def test_a_form_without_a_letter_or_digit_is_refused():
    term = TermFactory.build(term="Biopsy", other_forms=["--"])

    with pytest.raises(ValidationError) as refused:
        term.full_clean()

    assert "other_forms" in refused.value.message_dict


def test_the_database_refuses_two_terms_of_one_name_in_any_case():
    TermFactory(term="Pleura")

    with pytest.raises(IntegrityError), transaction.atomic():
        TermFactory(term="pleura")


def test_a_change_to_a_term_or_its_see_also_raises_the_content_generation():
    pleura, effusion = TermFactory(), TermFactory()
    before = ContentGeneration.objects.get().generation

    Term.objects.filter(pk=pleura.pk).update(definition="New words.")
    effusion.see_also.add(pleura)

    assert ContentGeneration.objects.get().generation == before + 2


@pytest.mark.parametrize("definition", ["", "x" * 401])
def test_the_database_refuses_an_empty_or_long_definition(definition):
    with pytest.raises(IntegrityError), transaction.atomic():
        TermFactory(definition=definition)


def test_a_long_definition_is_refused_with_a_clear_message():
    term = TermFactory.build(definition="x" * 401)

    with pytest.raises(ValidationError) as refused:
        term.full_clean()

    assert refused.value.messages == [
        "A definition is one or two sentences: at most 400 characters."
    ]
