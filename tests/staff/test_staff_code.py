import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def staff_code(username: str) -> str:
    out = io.StringIO()
    call_command("staff_code", username, stdout=out)
    return out.getvalue()


def test_the_printed_code_passes_the_second_factor(password_only, settings):
    settings.DEBUG = True
    printed = staff_code("nurse")

    code = re.search(r"Code for nurse: (\d{6})", printed)[1]
    response = password_only.post(reverse("staff:verify"), {"code": code})

    assert "Enrolled a development authenticator" in printed
    assert response.status_code == 302
    assert password_only.get(reverse("admin:index")).status_code == 200


def test_it_is_for_development_only(nurse, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="Only with DEBUG on"):
        staff_code("nurse")


def test_an_unknown_account_is_named(settings):
    settings.DEBUG = True

    with pytest.raises(CommandError, match="No account named 'nobody'"):
        staff_code("nobody")
