import pytest
from django.contrib.auth.models import Group
from django.db import InternalError, connection
from django.test import Client

from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS
from tests.signing_in import sign_in_staff


def _staff_client(client, django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.lower(), is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    sign_in_staff(client, user)
    client.user = user
    return client


@pytest.fixture
def admin_client(admin_user):
    """A client of its own (as pytest-django's), signed in as a superuser with a
    second factor passed: pytest-django's has none, so the admin turns it away."""
    return sign_in_staff(Client(), admin_user)


@pytest.fixture
def editor_client(client, django_user_model):
    """A client logged in as a staff member of the Editors group."""
    return _staff_client(client, django_user_model, EDITORS)


@pytest.fixture
def reviewer_client(client, django_user_model):
    """A client logged in as a staff member of the Medical reviewers group."""
    return _staff_client(client, django_user_model, MEDICAL_REVIEWERS)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files of each test in a folder of its own, never in var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _rolls_back(request) -> bool:
    """Whether the test runs in a transaction that is rolled back, never committed."""
    marker = request.node.get_closest_marker("django_db")
    rolls_back = (
        marker is not None and not marker.kwargs.get("transaction")
    ) or "db" in request.fixturenames
    return rolls_back and "transactional_db" not in request.fixturenames


@pytest.fixture(autouse=True)
def published_text_checked(request):
    """Run the database's commit-time sign-off checks at the end of every test that
    rolls back instead of committing (most do), which would skip them."""
    if not _rolls_back(request):
        yield
        return
    request.getfixturevalue("db")  # set up first, so torn down (rolled back) after
    yield
    try:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    except InternalError:
        pass  # the test left its transaction failed on purpose


@pytest.fixture(autouse=True)
def content_changes_seen_at_once(request):
    """In a test that rolls back, raise the content generation at every statement
    that changes content, not at a commit that never comes (articles/sql/
    generation.sql, and other apps' tables given the same triggers by
    RaiseGenerationOn), so that page caches see each change as a reader would."""
    if _rolls_back(request):
        request.getfixturevalue("db")
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS articles_content_changed IMMEDIATE")
