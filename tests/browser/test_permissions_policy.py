"""Chromium reads the site's Permissions-Policy without a complaint and applies it:
camera and the like are off, passkeys allowed for the site itself."""

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

ALLOWS = "feature => document.featurePolicy.allowsFeature(feature)"


def complaints(page) -> list[str]:
    """Console messages about a Permissions-Policy header, from now on."""
    messages = []
    page.on(
        "console",
        lambda message: (
            "Permissions-Policy" in message.text and messages.append(message.text)
        ),
    )
    return messages


def test_a_bad_policy_would_be_heard(live_server, page):
    """The probe: Chromium does tell the console about a feature it does not know."""
    messages = complaints(page)
    page.route(
        "**/probe/",
        lambda route: route.fulfill(
            body="<p>probe</p>",
            content_type="text/html",
            headers={"Permissions-Policy": "no-such-feature=()"},
        ),
    )

    page.goto(f"{live_server.url}/probe/")

    assert any("no-such-feature" in message for message in messages)


@pytest.mark.parametrize("path", ["/", "/admin/login/"])
def test_chromium_reads_the_policy_and_applies_it(live_server, page, path):
    messages = complaints(page)

    page.goto(f"{live_server.url}{path}")

    assert messages == []
    assert not page.evaluate(ALLOWS, "camera")
    assert not page.evaluate(ALLOWS, "geolocation")
    assert page.evaluate(ALLOWS, "publickey-credentials-get")
    assert page.evaluate(ALLOWS, "publickey-credentials-create")
