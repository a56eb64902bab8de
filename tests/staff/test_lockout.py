from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone

from staff.models import SignInEvent, SignInEventKind
from tests.staff.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("admin:login")


def attempt(client, password, ip, username="nurse"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


def test_ten_failures_from_ten_addresses_lock_the_username_everywhere(client, nurse):
    for n in range(10):
        attempt(client, "wrong", ip=f"10.0.1.{n}")

    locked = attempt(client, PASSWORD, ip="10.0.2.1")

    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()
    assert SignInEvent.objects.filter(
        kind=SignInEventKind.LOCKED_OUT, username="nurse"
    ).exists()


def test_nine_failures_from_many_addresses_do_not_lock_the_username(client, nurse):
    for n in range(9):
        attempt(client, "wrong", ip=f"10.0.1.{n}")

    assert attempt(client, PASSWORD, ip="10.0.2.1").status_code == 302


def test_the_username_lock_lifts_after_five_minutes(client, nurse):
    for n in range(10):
        attempt(client, "wrong", ip=f"10.0.1.{n}")
    assert attempt(client, PASSWORD, ip="10.0.2.1").status_code == 429

    # The failures were made just over five minutes ago.
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(minutes=5, seconds=1)
    )

    assert attempt(client, PASSWORD, ip="10.0.2.1").status_code == 302


def test_tries_during_a_lockout_do_not_extend_it(client, nurse):
    for n in range(10):
        attempt(client, "wrong", ip=f"10.0.1.{n}")
    last_failure = AccessAttempt.objects.latest("attempt_time").attempt_time

    for n in range(5):
        assert attempt(client, "wrong", ip=f"10.0.3.{n}").status_code == 429

    assert AccessAttempt.objects.latest("attempt_time").attempt_time == last_failure


def test_thirty_usernames_from_one_address_lock_that_address(client, nurse):
    for n in range(30):
        attempt(client, "guess", ip="10.0.9.9", username=f"someone{n}")

    assert attempt(client, PASSWORD, ip="10.0.9.9").status_code == 429
    assert attempt(client, PASSWORD, ip="10.0.9.10").status_code == 302


def test_the_address_lock_lasts_thirty_minutes(client, nurse):
    for n in range(30):
        attempt(client, "guess", ip="10.0.9.9", username=f"someone{n}")

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=29))
    assert attempt(client, PASSWORD, ip="10.0.9.9").status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(minutes=30, seconds=1)
    )
    assert attempt(client, PASSWORD, ip="10.0.9.9").status_code == 302
