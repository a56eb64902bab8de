"""The one way tests sign staff in: with a passed second factor, as the admin
requires (staff.middleware). Never `client.force_login` or `client.login` for staff.

- `sign_in_staff(client, user)`: a Django test client (or pytest-django's `client`).
- `sign_in_staff_in_browser(page, base_url, user, password)`: a Playwright page, through
  the admin's sign-in form and the second-factor page, as a person signs in.
The fixtures `admin_client`, `editor_client` and `reviewer_client` (tests/conftest.py)
go through `sign_in_staff`.
"""

import re

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

TEST_FACTOR_NAME = "Test authenticator"


# The password of the staff accounts browser tests sign in with.
BROWSER_PASSWORD = "correct horse battery staple"


def enrolled_test_factor(user) -> TOTPDevice:
    """The authenticator app enrolled for tests (made on first use)."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name=TEST_FACTOR_NAME, defaults={"confirmed": True}
    )
    return device


def sign_in_staff(client, user):
    """Sign the test client in as `user`, second factor passed; return the client."""
    device = enrolled_test_factor(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def one_time_code(user) -> str:
    """A recovery code for one sign-in of `user` (enrolled with the test factor): an
    app's code would be refused the second time within its 30 seconds."""
    enrolled_test_factor(user)
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Test codes")
    return device.token_set.create(token=StaticToken.random_token()).token


def sign_in_staff_in_browser(
    page, base_url: str, user, password: str, next_url: str = "/admin/"
):
    """Sign in on the page as a person does: password, then a second factor."""
    code = one_time_code(user)  # enrols the test factor before the sign-in
    page.goto(f"{base_url}/admin/login/?next={next_url}")
    page.fill("#id_username", user.get_username())
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/\?"))
    page.fill("#id_code", code)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"**{next_url}")
    return page
