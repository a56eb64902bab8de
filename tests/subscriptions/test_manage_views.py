"""The pages a follower reaches from a mail: manage, erase, one-click unsubscribe;
and every old link of an address that is no longer on the list."""

import json

import pytest
from django.urls import reverse

from subscriptions.models import ConsentRecord, Subscriber
from subscriptions.tokens import confirmation_token
from tests.factories import CategoryFactory, SubscriberFactory
from tests.subscriptions.pages import assert_not_on_the_list

pytestmark = pytest.mark.django_db


class TestManage:
    def test_changes_topics_and_frequency(self, client):
        topic = CategoryFactory()
        subscriber = SubscriberFactory()
        url = reverse("subscriptions:manage", args=[subscriber.manage_token])

        response = client.post(
            url, {"action": "update", "topics": [topic.pk], "frequency": "weekly"}
        )

        subscriber.refresh_from_db()
        assert response.status_code == 200
        assert b"Saved." in response.content
        assert subscriber.frequency == "weekly"
        assert list(subscriber.topics.all()) == [topic]

    def test_invalid_choices_are_a_400(self, client):
        subscriber = SubscriberFactory()
        url = reverse("subscriptions:manage", args=[subscriber.manage_token])

        response = client.post(url, {"action": "update", "frequency": "daily"})

        assert response.status_code == 400
        subscriber.refresh_from_db()
        assert subscriber.frequency == "immediate"

    def test_download_my_data(self, client):
        subscriber = SubscriberFactory()

        response = client.get(
            reverse("subscriptions:manage_data", args=[subscriber.manage_token])
        )

        assert response["Content-Disposition"].startswith("attachment;")
        assert json.loads(response.content)["email"] == subscriber.email

    def test_unsubscribe(self, client):
        subscriber = SubscriberFactory()
        url = reverse("subscriptions:manage", args=[subscriber.manage_token])

        response = client.post(url, {"action": "unsubscribe"})

        subscriber.refresh_from_db()
        assert response.status_code == 200
        assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    def test_erasing_is_a_separate_page_that_asks_first(self, client):
        subscriber = SubscriberFactory()
        manage_url = reverse("subscriptions:manage", args=[subscriber.manage_token])
        erase_url = reverse("subscriptions:erase", args=[subscriber.manage_token])

        manage_page = client.get(manage_url).content.decode()
        page = client.get(erase_url)

        assert f'href="{erase_url}"' in manage_page
        assert 'value="erase"' not in manage_page  # no button that erases at once
        content = page.content.decode()
        assert page.status_code == 200
        assert "This cannot be undone" in content
        # The safe choice looks like the main button; erasing never does.
        assert f'<a class="button" href="{manage_url}">No, keep my settings</a>' in (
            content
        )
        assert (
            '<button type="submit" class="button-danger">Yes, erase my data</button>'
            in content
        )
        assert Subscriber.objects.filter(pk=subscriber.pk).exists()

    def test_the_erase_page_erases_when_its_button_is_pressed(self, client):
        subscriber = SubscriberFactory(email="gone@example.org")

        response = client.post(
            reverse("subscriptions:erase", args=[subscriber.manage_token])
        )

        assert response.status_code == 200
        assert b"Your data is erased" in response.content
        assert not Subscriber.objects.exists()
        assert ConsentRecord.objects.get().action == ConsentRecord.Action.ERASE

    def test_an_erase_button_of_an_old_manage_page_asks_first(self, client):
        subscriber = SubscriberFactory()
        url = reverse("subscriptions:manage", args=[subscriber.manage_token])

        response = client.post(url, {"action": "erase"})

        assert response.status_code == 302
        assert response["Location"] == reverse(
            "subscriptions:erase", args=[subscriber.manage_token]
        )
        assert Subscriber.objects.filter(pk=subscriber.pk).exists()

    def test_after_erasing_every_old_link_says_the_address_is_gone(self, client):
        subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)
        token = subscriber.manage_token
        links = [
            ("get", reverse("subscriptions:manage", args=[token])),
            ("post", reverse("subscriptions:manage", args=[token])),
            ("get", reverse("subscriptions:erase", args=[token])),
            ("post", reverse("subscriptions:erase", args=[token])),
            ("get", reverse("subscriptions:manage_data", args=[token])),
            ("get", reverse("subscriptions:one_click", args=[token])),
            ("post", reverse("subscriptions:one_click", args=[token])),
            (
                "get",
                reverse("subscriptions:confirm", args=[confirmation_token(subscriber)]),
            ),
        ]
        client.post(reverse("subscriptions:erase", args=[token]))

        for method, url in links:
            response = getattr(client, method)(url)

            assert response.status_code == 410, url
            assert_not_on_the_list(response)

    def test_an_unknown_token_gets_the_same_page(self, client):
        response = client.get(reverse("subscriptions:manage", args=["nope"]))

        assert response.status_code == 410
        assert_not_on_the_list(response)


class TestOneClickUnsubscribe:
    def test_post_unsubscribes_with_200_and_no_redirect_and_is_idempotent(self, client):
        subscriber = SubscriberFactory()
        url = reverse("subscriptions:one_click", args=[subscriber.manage_token])

        first = client.post(
            url, "List-Unsubscribe=One-Click", content_type="text/plain"
        )
        second = client.post(url, {"List-Unsubscribe": "One-Click"})

        subscriber.refresh_from_db()
        assert first.status_code == second.status_code == 200
        assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    def test_get_shows_a_button_and_changes_nothing(self, client):
        subscriber = SubscriberFactory()

        response = client.get(
            reverse("subscriptions:one_click", args=[subscriber.manage_token])
        )

        subscriber.refresh_from_db()
        assert response.status_code == 200
        assert b"Unsubscribe" in response.content
        assert subscriber.status == Subscriber.Status.CONFIRMED

    def test_an_unknown_token_is_410_with_a_clear_page(self, client):
        response = client.post(reverse("subscriptions:one_click", args=["forged"]))

        assert response.status_code == 410
        assert_not_on_the_list(response)


def test_pages_reached_with_a_token_are_never_cached(client):
    subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)
    urls = [
        reverse("subscriptions:confirm", args=[confirmation_token(subscriber)]),
        reverse("subscriptions:manage", args=[subscriber.manage_token]),
        reverse("subscriptions:erase", args=[subscriber.manage_token]),
        reverse("subscriptions:manage_data", args=[subscriber.manage_token]),
        reverse("subscriptions:one_click", args=[subscriber.manage_token]),
        reverse("subscriptions:manage", args=["erased-or-never-was"]),
    ]

    for url in urls:
        cache_control = client.get(url).headers["Cache-Control"]
        assert "no-store" in cache_control and "public" not in cache_control, url
