import pytest
from django.urls import reverse

PASSWORD = "a-long-correct-password"


@pytest.fixture
def nurse(django_user_model):
    """A staff member (superuser, so no permission hides an admin page from her)."""
    return django_user_model.objects.create_superuser(
        "nurse", email="nurse@example.org", password=PASSWORD
    )


@pytest.fixture
def password_only(client, nurse):
    """A client signed in through the admin's form with the password, no factor yet."""
    response = client.post(
        reverse("admin:login"),
        {"username": "nurse", "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.7",
        HTTP_USER_AGENT="Test browser",
    )
    assert response.status_code == 302
    return client
