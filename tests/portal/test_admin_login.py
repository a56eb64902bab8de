import pytest
from axes.models import AccessAttempt
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("admin:login")
PASSWORD = "a-long-correct-password"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "nurse", password=PASSWORD, is_staff=True
    )


def attempt(client, password, ip="10.0.0.1"):
    return client.post(
        LOGIN_URL,
        {"username": "nurse", "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


def test_five_failures_lock_that_username_from_that_address(client, staff):
    for _ in range(4):
        assert attempt(client, "wrong").status_code == 200
    assert attempt(client, "wrong").status_code == 429  # the fifth failure locks

    locked = attempt(client, PASSWORD)

    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()
    assert "30 minutes" in locked.content.decode()


def test_the_same_username_from_another_address_still_signs_in(client, staff):
    for _ in range(5):
        attempt(client, "wrong")

    response = attempt(client, PASSWORD, ip="10.0.0.2")

    assert response.status_code == 302


def test_success_resets_the_failure_count(client, staff):
    for _ in range(4):
        attempt(client, "wrong")

    assert attempt(client, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="nurse").exists()
