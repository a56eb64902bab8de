import io
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff.models import SignInEvent, SignInEventKind
from tests.factories import ArticleFactory
from tests.signing_in import enrolled_test_factor, one_time_code, sign_in_staff
from tests.staff.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def kinds(user):
    events = SignInEvent.objects.filter(user=user).order_by("pk")
    return list(events.values_list("kind", flat=True))


def code_of(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """What the authenticator app shows (steps_ahead: the next code, still accepted,
    for a second sign-in within one 30-second step)."""
    return f"{totp(device.bin_key, device.step, device.t0, drift=steps_ahead):06d}"


def test_without_a_factor_the_admin_sends_staff_to_enrolment(password_only):
    response = password_only.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("staff:factors"))
    enrol = password_only.get(response["Location"])
    assert "Set up two-factor sign-in" in enrol.content.decode()


def test_with_a_factor_the_admin_asks_for_it(password_only, nurse):
    enrolled_test_factor(nurse)

    response = password_only.get(reverse("admin:articles_article_changelist"))

    assert response.status_code == 302
    assert response["Location"] == (
        reverse("staff:verify") + "?next=%2Fadmin%2Farticles%2Farticle%2F"
    )


def test_a_password_alone_shows_no_draft_on_the_public_site(password_only):
    draft = ArticleFactory(draft=True)

    assert password_only.get(draft.get_absolute_url()).status_code == 404


def test_an_app_is_enrolled_with_a_code_it_shows_then_recovery_codes_shown_once(
    password_only, nurse
):
    page = password_only.get(reverse("staff:app_add"))
    secret = page.context["secret"]
    device = TOTPDevice.objects.get(user=nurse, confirmed=False)
    assert device.config_url.count(secret) == 1

    confirmed = password_only.post(
        reverse("staff:app_add"), {"code": code_of(device), "next": "/admin/"}
    )

    assert confirmed.status_code == 302
    codes_page = password_only.get(confirmed["Location"])
    codes = codes_page.context["codes"]
    assert len(codes) == 10
    assert all(code in codes_page.content.decode() for code in codes)
    assert password_only.get(reverse("admin:index")).status_code == 200
    again = password_only.get(reverse("staff:recovery_codes"))
    assert not any(code in again.content.decode() for code in codes)
    assert kinds(nurse)[-2:] == ["factor_added", "recovery_codes_created"]


def test_a_wrong_code_does_not_enrol_the_app(password_only, nurse):
    password_only.get(reverse("staff:app_add"))

    response = password_only.post(reverse("staff:app_add"), {"code": "000000x"})

    assert response.status_code == 200
    assert "not right" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=nurse, confirmed=True).exists()


def test_the_apps_code_passes_the_second_factor(password_only, nurse):
    device = enrolled_test_factor(nurse)

    response = password_only.post(
        reverse("staff:verify"), {"code": code_of(device), "next": "/admin/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert password_only.get(reverse("admin:index")).status_code == 200
    assert kinds(nurse)[-1] == "verified"


def test_a_recovery_code_works_once(password_only, nurse):
    code = one_time_code(nurse)

    first = password_only.post(reverse("staff:verify"), {"code": code})
    assert first.status_code == 302
    assert not StaticToken.objects.filter(token=code).exists()
    assert kinds(nurse)[-2:] == ["recovery_code_used", "verified"]

    password_only.post(reverse("admin:logout"))
    password_only.post(
        reverse("admin:login"), {"username": "nurse", "password": PASSWORD}
    )
    second = password_only.post(reverse("staff:verify"), {"code": code})
    assert second.status_code == 200
    assert "not right" in second.content.decode()


def test_a_wrong_code_pauses_the_next_and_each_is_on_the_trail(
    password_only, nurse, settings
):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a pause no slow machine outlasts
    device = enrolled_test_factor(nurse)
    password_only.post(reverse("staff:verify"), {"code": "123456"})

    response = password_only.post(
        reverse("staff:verify"),
        {"code": code_of(device)},
        REMOTE_ADDR="10.0.0.9",
        HTTP_USER_AGENT="Phone browser",
    )

    assert response.status_code == 200
    assert re.search(r"Too many wrong codes: wait \d+ s", response.content.decode())
    assert kinds(nurse).count("factor_failed") == 2
    failed = SignInEvent.objects.filter(kind=SignInEventKind.FACTOR_FAILED).first()
    assert (failed.ip_address, failed.user_agent) == ("10.0.0.9", "Phone browser")


def test_adding_a_factor_needs_a_passed_one_first(password_only, nurse):
    enrolled_test_factor(nurse)

    response = password_only.get(reverse("staff:app_add"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("staff:verify"))
    assert not TOTPDevice.objects.filter(user=nurse, confirmed=False).exists()


def test_a_passkey_cannot_be_added_before_the_second_factor(password_only, nurse):
    enrolled_test_factor(nurse)

    response = password_only.post(
        reverse("otp_webauthn:credential-registration-begin"),
        content_type="application/json",
    )

    assert response.status_code == 403


def test_removing_a_factor_ends_what_it_verified_in_other_sessions(client, nurse):
    other = sign_in_staff(Client(), nurse)
    sign_in_staff(client, nurse)
    device = enrolled_test_factor(nurse)

    removed = client.post(reverse("staff:factor_delete", args=["app", device.pk]))

    assert removed.status_code == 302
    assert other.get(reverse("admin:index"))["Location"].startswith(
        reverse("staff:factors")
    )
    assert kinds(nurse)[-1] == "factor_removed"


def test_only_ones_own_factor_can_be_removed(client, nurse, django_user_model):
    someone = django_user_model.objects.create_user("someone", is_staff=True)
    theirs = enrolled_test_factor(someone)
    sign_in_staff(client, nurse)

    response = client.post(reverse("staff:factor_delete", args=["app", theirs.pk]))

    assert response.status_code == 404
    assert TOTPDevice.objects.filter(pk=theirs.pk).exists()


def test_an_unknown_kind_of_factor_is_404(client, nurse):
    sign_in_staff(client, nurse)

    response = client.post(reverse("staff:factor_delete", args=["fax", 1]))

    assert response.status_code == 404


def test_new_recovery_codes_void_the_old_ones(client, nurse):
    sign_in_staff(client, nurse)
    first = client.get(reverse("staff:recovery_codes")).context["codes"]

    second = client.post(reverse("staff:recovery_codes")).context["codes"]

    assert set(StaticToken.objects.values_list("token", flat=True)) == set(second)
    assert not set(first) & set(second)


def test_the_next_address_must_be_on_this_site(password_only, nurse):
    device = enrolled_test_factor(nurse)

    response = password_only.post(
        reverse("staff:verify"),
        {"code": code_of(device), "next": "https://evil.example/"},
    )

    assert response["Location"] == reverse("admin:index")


def test_a_demo_account_is_asked_to_enrol_at_its_first_sign_in(client):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    password = re.search(r"Demo account created: editor / (\S+)", out.getvalue())[1]

    client.post(reverse("admin:login"), {"username": "editor", "password": password})
    response = client.get(reverse("admin:index"), follow=True)

    assert "make code ACCOUNT=editor" in out.getvalue()
    assert response.redirect_chain[-1][0].startswith(reverse("staff:factors"))
    assert "Set up two-factor sign-in" in response.content.decode()


def test_the_admin_links_to_ones_second_factors(client, nurse):
    sign_in_staff(client, nurse)

    index = client.get(reverse("admin:index")).content.decode()
    factors = client.get(reverse("staff:factors")).content.decode()

    assert f'href="{reverse("staff:factors")}"' in index
    assert "Authenticator app: Test authenticator" in factors
    assert "0 unused recovery codes left" in factors
