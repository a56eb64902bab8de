import time
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from staff.middleware import SEEN_SESSION_KEY
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def session_of(client) -> Session:
    return Session.objects.get(session_key=client.session.session_key)


def last_seen(client, seconds_ago: int, ends_in: timedelta) -> None:
    """Make the client's session look as if its last renewal was a while ago."""
    session = client.session
    session[SEEN_SESSION_KEY] = int(time.time()) - seconds_ago
    session.save()
    Session.objects.filter(session_key=session.session_key).update(
        expire_date=timezone.now() + ends_in
    )


def test_a_request_moves_the_end_of_the_session_thirty_minutes_on(
    client, nurse, settings
):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    sign_in_staff(client, nurse)
    last_seen(client, seconds_ago=29 * 60, ends_in=timedelta(minutes=1))

    assert client.get(reverse("admin:index")).status_code == 200

    expires_in = session_of(client).expire_date - timezone.now()
    assert timedelta(minutes=29) < expires_in <= timedelta(minutes=30)


def test_requests_within_a_minute_leave_the_session_as_it_is(client, nurse):
    # Each save writes the whole session back: a request beside another would
    # overwrite what that one stored (a passkey ceremony's state).
    sign_in_staff(client, nurse)
    last_seen(client, seconds_ago=10, ends_in=timedelta(minutes=29))
    before = session_of(client).expire_date

    client.get(reverse("admin:index"))

    assert session_of(client).expire_date == before


def test_an_idle_session_has_ended(client, nurse):
    sign_in_staff(client, nurse)
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )

    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_password_change_signs_out_the_users_other_sessions(client, nurse):
    other = sign_in_staff(Client(), nurse)
    sign_in_staff(client, nurse)

    changed = client.post(
        reverse("admin:password_change"),
        {
            "old_password": "a-long-correct-password",
            "new_password1": "another-long-password-9",
            "new_password2": "another-long-password-9",
        },
    )

    assert changed.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    signed_out = other.get(reverse("admin:index"))
    assert signed_out.status_code == 302
    assert signed_out["Location"].startswith(reverse("admin:login"))
