"""Snoozing the reminders of a review in the admin: by the reviewer who signed the
text off, and nobody else, whatever they post."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import WorkflowEvent
from tests.articles.review_reminders import (
    faq_entry_due_in,
    guide_due_in,
    reviewer_with_email,
)
from tests.factories import ArticleFactory, StaffUserFactory
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def url(subject, page: str = "snooze") -> str:
    model = subject._meta.model_name
    return reverse(f"admin:articles_{model}_{page}", args=[subject.pk])


def signed_in(user) -> Client:
    return sign_in_staff(Client(), user)


@pytest.fixture
def sam():
    return reviewer_with_email("sam@example.org")


@pytest.fixture
def guide(sam):
    return guide_due_in(20, sam, title="Pleurodesis")


def snoozes():
    return WorkflowEvent.objects.filter(kind=WorkflowEvent.Kind.REVIEW_SNOOZED)


def test_the_reviewer_snoozes_from_the_change_page(sam, guide):
    client = signed_in(sam.user)
    change_page = client.get(url(guide, "change")).content.decode()
    assert f'href="{url(guide)}"' in change_page

    form = client.get(url(guide))
    assert form.status_code == 200
    assert "Snooze review reminders" in form.content.decode()

    response = client.post(url(guide), {"days": "21", "reason": "Guideline in May."})

    assert response.status_code == 302
    assert response["Location"] == url(guide, "change")
    snooze = snoozes().get()
    assert snooze.note == "Guideline in May."
    assert snooze.actor == sam.user
    until = timezone.localdate() + timedelta(days=21)
    page = client.get(url(guide, "change")).content.decode()
    assert f"snoozed until {until:%B} {until.day}, {until.year}" in page
    assert "Guideline in May." in client.get(url(guide, "history")).content.decode()


def test_of_an_faq_entry(sam):
    entry = faq_entry_due_in(5, sam)

    response = signed_in(sam.user).post(url(entry), {"days": "3", "reason": "Soon."})

    assert response.status_code == 302
    assert snoozes().get().faq_entry == entry


@pytest.mark.parametrize(
    "data, error",
    [
        ({"days": "0", "reason": "Why."}, "greater than or equal to 1"),
        ({"days": "91", "reason": "Why."}, "less than or equal to 90"),
        ({"days": "ten", "reason": "Why."}, "Enter a whole number"),
        ({"days": "", "reason": "Why."}, "This field is required"),
        ({"days": "5", "reason": "   "}, "This field is required"),
        ({"days": "5", "reason": "x" * 501}, "at most 500 characters"),
        ({}, "This field is required"),
    ],
)
def test_bad_input_is_shown_and_nothing_is_recorded(sam, guide, data, error):
    response = signed_in(sam.user).post(url(guide), data)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not snoozes().exists()


@pytest.mark.parametrize("who", ["other reviewer", "editor", "superuser"])
def test_nobody_else_may_snooze_even_with_a_crafted_post(guide, who, admin_user):
    user = {
        "other reviewer": lambda: reviewer_with_email("lena@example.org").user,
        "editor": StaffUserFactory,
        "superuser": lambda: admin_user,
    }[who]()
    client = signed_in(user)

    assert client.get(url(guide)).status_code == 403
    response = client.post(url(guide), {"days": "30", "reason": "Not mine."})

    assert response.status_code == 403
    assert not snoozes().exists()
    assert (
        f'href="{url(guide)}"' not in client.get(url(guide, "change")).content.decode()
    )


def test_signed_out_goes_to_the_sign_in_page(guide):
    response = Client().post(url(guide), {"days": "30", "reason": "Anon."})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert not snoozes().exists()


def test_a_text_never_signed_off_cannot_be_snoozed(sam):
    draft = ArticleFactory(draft=True)

    response = signed_in(sam.user).post(url(draft), {"days": "5", "reason": "No."})

    assert response.status_code == 403
    assert not snoozes().exists()


def test_an_unknown_text_is_404(sam):
    response = signed_in(sam.user).get(
        reverse("admin:articles_article_snooze", args=[999999])
    )

    assert response.status_code == 404


def test_the_snooze_page_costs_a_fixed_number_of_queries(
    sam, guide, django_assert_num_queries
):
    client = signed_in(sam.user)
    client.get(url(guide))  # sessions and second factor settle on the first visit

    # Session, account, second factor, the guide, permissions (2), the reviewer's
    # person, the snooze in force.
    with django_assert_num_queries(8):
        assert client.get(url(guide)).status_code == 200
