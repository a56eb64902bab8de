import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def editor_client(client, django_user_model):
    """A client logged in as a staff member of the Editors group."""
    user = django_user_model.objects.create_user("ed", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def reviewer_client(client, django_user_model):
    """A client logged in as a staff member of the Medical reviewers group."""
    user = django_user_model.objects.create_user("rev", is_staff=True)
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
