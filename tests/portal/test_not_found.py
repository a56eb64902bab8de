"""A missing page is the site's own 404 page, under DEBUG (`make run`) too."""

import pytest
from django.urls import path

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
@pytest.mark.parametrize(
    "missing",
    ["/no/such/page/", "/guides/no-such-guide/"],
    ids=["no-url-matches", "a-view-raises-http404"],
)
def test_a_missing_page_is_the_sites_404_page_with_its_headers(
    client, settings, debug, missing
):
    settings.DEBUG = debug

    response = client.get(missing)

    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


def fail(request):
    raise RuntimeError("A bug in a view")


urlpatterns = [path("fail/", fail)]


@pytest.mark.urls(__name__)
def test_an_error_under_debug_still_shows_the_traceback(client, settings):
    settings.DEBUG = True
    client.raise_request_exception = False

    response = client.get("/fail/")

    assert response.status_code == 500
    assert "A bug in a view" in response.content.decode()
    assert "Traceback" in response.content.decode()
