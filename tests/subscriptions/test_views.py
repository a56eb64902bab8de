import re
from datetime import timedelta

import pytest
from django.urls import reverse

from subscriptions import services
from subscriptions.forms import FORM_SALT, FormStampSigner
from subscriptions.models import FollowRequest, Subscriber
from subscriptions.tokens import confirmation_token
from tests.factories import ArticleFactory, CategoryFactory, SubscriberFactory
from tests.subscriptions.pages import FOLLOW_URL, assert_not_on_the_list
from tests.subscriptions.stamps import stamp_issued

pytestmark = pytest.mark.django_db


def form_stamp_age(stamp: str) -> timedelta:
    return FormStampSigner(salt=FORM_SALT).age(stamp)


def follow_data(**overrides) -> dict:
    return {
        "email": "reader@example.org",
        "frequency": "immediate",
        "stamp": stamp_issued(),
        "source": "/guides/x/",
        "website": "",
        **overrides,
    }


class TestFollow:
    def test_every_public_page_carries_the_follow_box(self, client):
        article = ArticleFactory()

        for url in [reverse("articles:home"), article.get_absolute_url()]:
            content = client.get(url).content.decode()
            assert f'action="{FOLLOW_URL}"' in content
            assert 'name="stamp"' in content

    def test_the_follow_box_carries_no_stamp_and_says_where_to_fetch_one(self, client):
        content = client.get(ArticleFactory().get_absolute_url()).content.decode()

        stamp_url = reverse("subscriptions:follow_stamp")
        assert f'data-stamp-url="{stamp_url}"' in content
        assert '<input type="hidden" name="stamp" value="">' in content

    def test_the_stamp_is_fresh_signed_cookie_free_and_never_cached(self, client):
        response = client.get(reverse("subscriptions:follow_stamp"))

        assert response.status_code == 200
        assert not response.cookies
        assert "no-store" in response.headers["Cache-Control"]
        stamp = response.json()["stamp"]
        assert form_stamp_age(stamp) < timedelta(seconds=2)

    def test_a_box_sent_without_a_stamp_is_asked_again_with_one(self, client):
        response = client.post(
            FOLLOW_URL, follow_data(stamp="", email="reader@example.org")
        )

        content = response.content.decode()
        assert response.status_code == 400
        assert "press “Follow by email” again" in content
        assert 'value="reader@example.org"' in content
        [stamp] = re.findall(r'name="stamp" value="([^"]+)"', content)
        assert form_stamp_age(stamp) < timedelta(seconds=2)

    def test_the_follow_page_offers_topics_and_frequency_without_a_cookie(self, client):
        CategoryFactory(name="Surgery")

        response = client.get(FOLLOW_URL)

        content = response.content.decode()
        assert response.status_code == 200
        assert "Surgery" in content
        assert "A weekly digest" in content
        assert not response.cookies

    def test_a_request_gets_the_same_answer_for_a_new_and_a_known_address(self, client):
        new = client.post(FOLLOW_URL, follow_data(email="new@example.org"))
        SubscriberFactory(email="known@example.org")
        known = client.post(FOLLOW_URL, follow_data(email="known@example.org"))

        assert new.status_code == known.status_code == 200
        assert new.content == known.content
        assert b"Check your inbox" in new.content
        assert not new.cookies

    def test_a_filled_honeypot_looks_like_success_and_does_nothing(self, client):
        response = client.post(FOLLOW_URL, follow_data(website="https://spam.example"))

        assert response.status_code == 200
        assert b"Check your inbox" in response.content
        assert not FollowRequest.objects.exists()

    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"email": "not-an-address"}, "Enter a valid email address."),
            (
                {"email": "a" * 10_000 + "@example.org"},
                "Ensure this value has at most 254",
            ),
            (
                {"email": "a@example.org\r\nBcc: victim@example.org"},
                "valid email address",
            ),
            ({"topics": "999999"}, "Select a valid choice."),
            ({"frequency": "hourly"}, "Select a valid choice."),
            ({"source": "x" * 10_000}, "Ensure this value has at most 200"),
            ({"topics": ["1", "x" * 10_000]}, "is not a valid value"),
            ({"stamp": "forged"}, "This form is too old."),
            ({"stamp": stamp_issued(25 * 3600)}, "This form is too old."),
            ({"stamp": ""}, "press “Follow by email” again."),
        ],
        ids=[
            "malformed",
            "overlong",
            "header-injection",
            "topic",
            "frequency",
            "overlong-source",
            "overlong-topic",
            "forged-stamp",
            "stale-stamp",
            "no-stamp",
        ],
    )
    def test_bad_input_is_a_400_with_a_clear_message(self, client, overrides, message):
        response = client.post(FOLLOW_URL, follow_data(**overrides))

        assert response.status_code == 400
        assert message in response.content.decode()
        assert not FollowRequest.objects.exists()

    def test_a_form_sent_as_soon_as_its_stamp_was_issued_is_refused(self, client):
        response = client.post(FOLLOW_URL, follow_data(stamp=stamp_issued(0)))

        assert response.status_code == 400
        assert "quicker than a person can fill in the form" in response.content.decode()
        assert not FollowRequest.objects.exists()

    def test_too_many_requests_from_one_address_get_a_friendly_429(self, client):
        for n in range(services.SUBSCRIBE_LIMIT_PER_IP):
            client.post(FOLLOW_URL, follow_data(email=f"r{n}@example.org"))

        response = client.post(FOLLOW_URL, follow_data(email="late@example.org"))

        assert response.status_code == 429
        assert b"Please try again in an hour" in response.content


class TestConfirm:
    def test_get_shows_a_button_and_changes_nothing(self, client):
        subscriber = SubscriberFactory(
            status=Subscriber.Status.PENDING, confirmed_at=None
        )
        url = reverse("subscriptions:confirm", args=[confirmation_token(subscriber)])

        response = client.get(url)

        subscriber.refresh_from_db()
        assert response.status_code == 200
        assert b"Confirm my address" in response.content
        assert subscriber.status == Subscriber.Status.PENDING

    def test_post_confirms(self, client):
        subscriber = SubscriberFactory(
            status=Subscriber.Status.PENDING, confirmed_at=None
        )
        url = reverse("subscriptions:confirm", args=[confirmation_token(subscriber)])

        response = client.post(url)

        subscriber.refresh_from_db()
        assert response.status_code == 200
        assert subscriber.status == Subscriber.Status.CONFIRMED

    @pytest.mark.parametrize("method", ["get", "post"])
    def test_a_tampered_link_gets_a_clear_page_offering_a_new_mail(
        self, client, method
    ):
        subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)
        token = confirmation_token(subscriber)[:-3] + "abc"

        response = getattr(client, method)(
            reverse("subscriptions:confirm", args=[token])
        )

        subscriber.refresh_from_db()
        assert response.status_code == 400
        assert b"This link does not work" in response.content
        assert b"Send me a new link" in response.content
        assert subscriber.status == Subscriber.Status.PENDING

    @pytest.mark.parametrize("method", ["get", "post"])
    @pytest.mark.parametrize(
        "status", [Subscriber.Status.UNSUBSCRIBED, Subscriber.Status.BOUNCED]
    )
    def test_a_link_from_before_leaving_does_not_bring_the_address_back(
        self, client, method, status
    ):
        subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)
        url = reverse("subscriptions:confirm", args=[confirmation_token(subscriber)])
        Subscriber.objects.filter(pk=subscriber.pk).update(status=status)

        response = getattr(client, method)(url)

        subscriber.refresh_from_db()
        content = response.content.decode()
        assert response.status_code == 410
        assert "You are no longer following our guides" in content
        assert "This link cannot start the emails again." in content
        assert f'href="{FOLLOW_URL}"' in content
        assert subscriber.status == status
        assert not subscriber.consents.filter(action="confirm").exists()

    @pytest.mark.parametrize("method", ["get", "post"])
    def test_a_link_of_an_erased_address_says_so(self, client, method):
        subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)
        url = reverse("subscriptions:confirm", args=[confirmation_token(subscriber)])
        services.subscriber_erase(subscriber=subscriber, source="test", ip="")

        response = getattr(client, method)(url)

        assert response.status_code == 410
        assert_not_on_the_list(response)
        assert not Subscriber.objects.exists()
