import pytest
from django.contrib.auth.models import Group

from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS


def _staff_client(client, django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.lower(), is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    """A client logged in as a staff member of the Editors group."""
    return _staff_client(client, django_user_model, EDITORS)


@pytest.fixture
def reviewer_client(client, django_user_model):
    """A client logged in as a staff member of the Medical reviewers group."""
    return _staff_client(client, django_user_model, MEDICAL_REVIEWERS)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
