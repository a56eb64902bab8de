import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from staff.models import SignInEvent, SignInEventKind
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def test_a_password_sign_in_is_recorded_with_address_and_browser(password_only, nurse):
    event = SignInEvent.objects.get(kind=SignInEventKind.SIGNED_IN)

    assert (event.user, event.username) == (nurse, "nurse")
    assert (event.ip_address, event.user_agent) == ("10.0.0.7", "Test browser")


def test_a_wrong_password_is_recorded_with_the_name_tried(client, nurse):
    client.post(
        reverse("admin:login"),
        {"username": "nurse", "password": "wrong"},
        REMOTE_ADDR="10.0.0.8",
    )

    event = SignInEvent.objects.get(kind=SignInEventKind.PASSWORD_FAILED)
    assert (event.username, event.ip_address, event.user) == ("nurse", "10.0.0.8", None)


def test_signing_out_is_recorded(client, nurse):
    sign_in_staff(client, nurse)

    client.post(reverse("admin:logout"))

    assert SignInEvent.objects.filter(
        kind=SignInEventKind.SIGNED_OUT, user=nurse
    ).exists()


def test_the_trail_is_append_only_in_the_database(password_only):
    event = SignInEvent.objects.get(kind=SignInEventKind.SIGNED_IN)

    for change in (
        lambda: SignInEvent.objects.filter(pk=event.pk).update(detail="edited"),
        lambda: SignInEvent.objects.filter(pk=event.pk).delete(),
    ):
        with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
            change()


def test_deleting_an_account_keeps_its_trail(password_only, nurse):
    nurse.delete()

    assert SignInEvent.objects.filter(username="nurse").exists()


def test_superusers_read_the_trail_in_the_admin(client, nurse):
    sign_in_staff(client, nurse)

    listing = client.get(reverse("admin:staff_signinevent_changelist"))

    assert listing.status_code == 200
    assert "nurse" in listing.content.decode()
    assert client.get(reverse("admin:staff_signinevent_add")).status_code == 403


def test_other_staff_cannot_read_the_trail(editor_client):
    response = editor_client.get(reverse("admin:staff_signinevent_changelist"))

    assert response.status_code == 403
