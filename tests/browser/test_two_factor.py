"""Two-factor sign-in in Chromium: an authenticator app and a passkey (Chromium's
virtual authenticator), each enrolled at the first sign-in and used at the next."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp

from tests.browser.axe import axe_violations
from tests.staff.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def nurse():
    return get_user_model().objects.create_user(
        "nurse", password=PASSWORD, is_staff=True
    )


def sign_in_with_password(page, base_url):
    page.goto(f"{base_url}/admin/")
    page.fill("#id_username", "nurse")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")


def sign_out(page):
    page.locator("#logout-form button").click()
    page.wait_for_url("**/admin/logout/")


def app_code(secret: str, steps_ahead: int = 0) -> str:
    return f"{totp(b32decode(secret), drift=steps_ahead):06d}"


def test_an_authenticator_app_is_enrolled_at_first_sign_in_and_used_next_time(
    live_server, open_tab, nurse
):
    page = open_tab(390)
    sign_in_with_password(page, live_server.url)

    page.wait_for_url(re.compile(r"/admin/two-factor/\?next="))
    assert page.locator("h1").inner_text() == "Set up two-factor sign-in"
    assert axe_violations(page) == ""
    page.get_by_role("link", name="Set up an authenticator app").click()
    secret = page.locator("#totp-secret").inner_text()
    assert axe_violations(page) == ""
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.fill("#id_code", app_code(secret))
    page.get_by_role("button", name="Add this app").click()

    codes = page.locator(".staff-codes code").all_inner_texts()
    assert len(codes) == 10
    assert axe_violations(page) == ""
    page.get_by_role("link", name="Continue").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    sign_out(page)

    sign_in_with_password(page, live_server.url)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/\?next="))
    assert axe_violations(page) == ""
    # The code of the next 30 seconds: the one just used is never accepted twice.
    page.fill("#id_code", app_code(secret, steps_ahead=1))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.evaluate("window.__cspViolations") == []


def test_a_passkey_is_enrolled_at_first_sign_in_and_used_next_time(
    live_server, open_tab, nurse
):
    page = open_tab(1280)
    authenticator = page.context.new_cdp_session(page)
    authenticator.send("WebAuthn.enable")
    authenticator.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    sign_in_with_password(page, live_server.url)

    page.get_by_role("button", name="Add a passkey").click()
    page.wait_for_url(re.compile(r"/admin/two-factor/recovery-codes/\?next="))
    assert page.locator(".staff-codes code").count() == 10
    page.get_by_role("link", name="Continue").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    sign_out(page)

    sign_in_with_password(page, live_server.url)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/\?next="))
    page.get_by_role("button", name="Use your passkey").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("#site-name").count() == 1
    assert page.evaluate("window.__cspViolations") == []
