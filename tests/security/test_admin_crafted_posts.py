"""Crafted admin POSTs: a role sends what its screens do not offer it. Each is
refused (and changes nothing), while the role that may do it gets through with the
same request, so a refusal is the permission at work, not a malformed request."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from articles.models import Article, Category, Person, WorkflowEvent
from articles.workflow import latest_revision, revision_record, revision_submit
from subscriptions.models import Subscriber
from tests.factories import ArticleFactory, PersonFactory, SubscriberFactory, approved
from tests.security.conftest import sign_in

pytestmark = pytest.mark.django_db


def post(accounts, role: str, url: str, data=None, **options):
    client = sign_in(Client(**options), accounts[role])
    return client.post(url, data or {})


@pytest.fixture
def draft():
    return ArticleFactory(draft=True)


@pytest.fixture
def submitted(accounts, draft):
    """The draft, awaiting review: submitted by the editor."""
    revision = revision_record(subject=draft, user=accounts["editor"])
    revision_submit(revision=revision, user=accounts["editor"])
    return draft


@pytest.mark.parametrize(
    ("role", "status"), [("editor", 403), ("superuser", 403), ("reviewer", 302)]
)
def test_only_a_linked_medical_reviewer_signs_off(accounts, submitted, role, status):
    revision = latest_revision(submitted)
    url = reverse("admin:articles_article_review", args=[submitted.pk])
    data = {
        "revision": revision.number,
        "decision": "approve",
        "review_months": 12,
        "content_hash": revision.content_hash,
    }

    response = post(accounts, role, url, data)

    assert response.status_code == status
    approvals = WorkflowEvent.objects.filter(
        revision=revision, kind=WorkflowEvent.Kind.APPROVED
    )
    assert approvals.exists() == (status == 302)


@pytest.mark.parametrize(
    ("role", "status"), [("reviewer", 403), ("staff", 403), ("editor", 302)]
)
def test_only_editors_publish(accounts, draft, role, status):
    approval = approved(draft, editor=accounts["editor"])
    url = reverse("admin:articles_article_publish", args=[draft.pk])

    response = post(accounts, role, url)

    assert response.status_code == status
    draft.refresh_from_db()
    assert (draft.sign_off_id == approval.pk) == (status == 302)


@pytest.mark.parametrize(("role", "published"), [("reviewer", False), ("editor", True)])
def test_the_publish_action_runs_only_for_editors(accounts, draft, role, published):
    approved(draft, editor=accounts["editor"])
    url = reverse("admin:articles_article_changelist")

    post(accounts, role, url, {"action": "publish", "_selected_action": [draft.pk]})

    assert Article.objects.published().filter(pk=draft.pk).exists() == published


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_only_a_superuser_makes_someone_a_medical_reviewer(accounts, role):
    person = PersonFactory()
    url = reverse("admin:articles_person_change", args=[person.pk])
    data = {
        "name": person.name, "slug": person.slug, "credentials": person.credentials,
        "bio": "", "is_medical_reviewer": "on", "user": accounts["editor"].pk,
    }  # fmt: skip

    assert post(accounts, role, url, data).status_code == 302
    person = Person.objects.get(pk=person.pk)
    assert person.is_medical_reviewer == (role == "superuser")
    assert (person.user_id == accounts["editor"].pk) == (role == "superuser")


@pytest.mark.parametrize(
    ("role", "status"), [("editor", 403), ("reviewer", 403), ("superuser", 200)]
)
def test_only_a_superuser_changes_accounts(accounts, role, status):
    editor = accounts["editor"]
    url = reverse("admin:auth_user_change", args=[editor.pk])
    data = {
        "username": editor.username,
        "is_superuser": "on",
        "is_staff": "on",
        "is_active": "on",
    }

    response = post(accounts, role, url, data)

    assert response.status_code in (status, 302)
    assert (
        not get_user_model().objects.get(pk=editor.pk).is_superuser
        or role == "superuser"
    )


@pytest.mark.parametrize("action", ["export_csv", "delete_selected"])
@pytest.mark.parametrize(("role", "status"), [("editor", 403), ("reviewer", 403)])
def test_followers_addresses_stay_with_site_administrators(
    accounts, action, role, status
):
    follower = SubscriberFactory()
    url = reverse("admin:subscriptions_subscriber_changelist")

    response = post(
        accounts,
        role,
        url,
        {"action": action, "_selected_action": [follower.pk], "post": "yes"},
    )

    assert response.status_code == status
    assert follower.email.encode() not in response.content
    assert Subscriber.objects.filter(pk=follower.pk).exists()


def test_a_guide_with_a_workflow_record_is_never_deleted_even_by_a_superuser(
    accounts, submitted
):
    url = reverse("admin:articles_article_delete", args=[submitted.pk])

    assert post(accounts, "superuser", url, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=submitted.pk).exists()


@pytest.mark.parametrize(("csrf", "created"), [(True, False), (False, True)])
def test_an_admin_post_without_the_csrf_token_is_refused(accounts, csrf, created):
    url = reverse("admin:articles_category_add")
    data = {"name": "Forged", "slug": "forged", "description": "", "order": 0}

    response = post(accounts, "editor", url, data, enforce_csrf_checks=csrf)

    assert response.status_code == (403 if csrf else 302)
    assert Category.objects.filter(slug="forged").exists() == created


@pytest.mark.parametrize(
    ("role", "url", "status"),
    [
        ("staff", "/admin/", 200),
        ("staff", "/admin/articles/", 404),
        ("editor", "/admin/articles/", 200),
        ("editor", "/admin/subscriptions/", 404),
        ("editor", "/admin/auth/", 404),
        ("reviewer", "/admin/articles/", 200),
        ("superuser", "/admin/subscriptions/", 200),
        ("user", "/admin/", 302),
        ("anonymous", "/admin/password_change/", 302),
    ],
)
def test_the_admin_index_and_app_lists_show_only_what_a_role_may_use(
    accounts, role, url, status
):
    client = sign_in(Client(), accounts[role])

    assert client.get(url).status_code == status
