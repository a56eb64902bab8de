"""Addresses never break: an old address of a guide, topic or page answers 301, and
editors manage the redirects in the admin."""

import pytest
from django.urls import reverse

from articles.models import Redirect
from tests.factories import RedirectFactory

pytestmark = pytest.mark.django_db

REDIRECTS_URL = reverse("admin:articles_redirect_changelist")


def redirect_change_url(redirect: Redirect) -> str:
    return reverse("admin:articles_redirect_change", args=[redirect.pk])


class TestAdmin:
    def test_an_editor_sees_the_redirects(self, editor_client):
        RedirectFactory(old_path="/guides/old-name/", new_path="/guides/new-name/")

        response = editor_client.get(REDIRECTS_URL)

        assert response.status_code == 200
        assert "/guides/old-name/" in response.content.decode()

    def test_an_editor_adds_a_redirect(self, editor_client):
        response = editor_client.post(
            reverse("admin:articles_redirect_add"),
            {"old_path": "/leaflet/", "new_path": "/guides/new-name/"},
        )

        assert response.status_code == 302
        assert Redirect.objects.get(old_path="/leaflet/").new_path == (
            "/guides/new-name/"
        )

    @pytest.mark.parametrize(
        ("old_path", "new_path", "message"),
        [
            ("/same/", "/same/", "A redirect must lead to another address."),
            ("guides/x/", "/guides/y/", "Enter a path on this site starting with /"),
            ("/x/?page=2", "/guides/y/", "Enter a path on this site starting with /"),
            ("/x/", "javascript:alert(1)", "Enter a path starting with / or a web"),
        ],
    )
    def test_a_redirect_that_cannot_work_is_a_form_error(
        self, editor_client, old_path, new_path, message
    ):
        response = editor_client.post(
            reverse("admin:articles_redirect_add"),
            {"old_path": old_path, "new_path": new_path},
        )

        assert response.status_code == 200
        assert message in response.content.decode()
        assert not Redirect.objects.exists()

    def test_a_reviewer_sees_the_redirects_but_cannot_change_one(self, reviewer_client):
        redirect = RedirectFactory(old_path="/guides/a/", new_path="/guides/b/")

        page = reviewer_client.get(redirect_change_url(redirect))
        response = reviewer_client.post(
            redirect_change_url(redirect),
            {"old_path": "/guides/a/", "new_path": "/guides/elsewhere/"},
        )

        assert page.status_code == 200
        assert response.status_code == 403
        redirect.refresh_from_db()
        assert redirect.new_path == "/guides/b/"
