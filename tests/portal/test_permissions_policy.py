"""Every response says which browser features the site may use: none it does not
need, and passkeys (WebAuthn) for the site itself, which the admin sign-in uses."""

import pytest
from django.core.cache import caches
from django.urls import reverse

from pagecache.middleware import CACHE_ALIAS
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

HEADER = "Permissions-Policy"


def policy(response) -> dict[str, str]:
    return dict(item.split("=", 1) for item in response[HEADER].split(", "))


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    caches[CACHE_ALIAS].clear()
    yield
    caches[CACHE_ALIAS].clear()


def test_features_the_site_never_uses_are_off(client):
    features = policy(client.get(reverse("articles:home")))

    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()", feature
    assert features["browsing-topics"] == "()"


def test_passkeys_stay_allowed_for_the_site_itself(client):
    features = policy(client.get(reverse("admin:login")))

    assert features["publickey-credentials-get"] == "(self)"
    assert features["publickey-credentials-create"] == "(self)"


def test_every_kind_of_response_carries_it(client, admin_client, page_cache_on):
    guide = ArticleFactory().get_absolute_url()
    first = client.get(guide)
    responses = {
        "page": first,
        "cached page": client.get(guide),
        "304": client.get(guide, headers={"if-none-match": first["ETag"]}),
        "404": client.get("/no-such-page/"),
        "search": client.get(reverse("articles:search"), {"q": "-" * 40}),
        "feed": client.get(reverse("articles:feed_rss")),
        "redirect": client.get("/favicon.ico"),
        "admin": admin_client.get(reverse("admin:index")),
    }

    assert responses["cached page"]["X-Page-Cache"] == "hit"
    assert responses["304"].status_code == 304
    for kind, response in responses.items():
        assert policy(response)["camera"] == "()", kind
