"""The security suite's accounts, its one way to sign them in, and its counts.

Every sign-in of tests/security goes through `sign_in`: staff with a passed second
factor (tests/signing_in.py), as the admin demands; other accounts with a password
session, which is all they can have.
"""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model

from articles.staff_groups import EDITORS
from tests.factories import StaffUserFactory, reviewer_account
from tests.signing_in import sign_in_staff

COUNT_PREFIX = "security:"
ROLES = ("anonymous", "user", "staff", "editor", "reviewer", "superuser")


def sign_in(client, user):
    """Sign `user` in on the test client and return the client.

    A forced session, as django-axes refuses client.login() without a request.
    """
    if user is None:
        return client
    if user.is_staff:
        return sign_in_staff(client, user)
    client.force_login(user)
    return client


@pytest.fixture
def accounts():
    """One account per role; anonymous is None. A reviewer is linked to a person who
    is a medical reviewer, as signing off needs."""
    users = get_user_model().objects
    return {
        "anonymous": None,
        "user": users.create_user("reader", is_staff=False),
        "staff": users.create_user("staff-without-group", is_staff=True),
        "editor": StaffUserFactory(username="security-editor", group=EDITORS),
        "reviewer": reviewer_account(),
        "superuser": users.create_superuser("security-admin"),
    }


@pytest.fixture
def count(request):
    """Add to one of the suite's totals, printed at the end of the run (and kept
    with the test's report, so that pytest-xdist workers' counts add up too)."""

    def add(name: str, amount: int = 1) -> None:
        request.node.user_properties.append((COUNT_PREFIX + name, amount))

    return add


def pytest_terminal_summary(terminalreporter):
    totals = Counter()
    for reports in terminalreporter.stats.values():
        for report in reports:
            if getattr(report, "when", None) != "call":
                continue
            for name, amount in getattr(report, "user_properties", ()):
                if name.startswith(COUNT_PREFIX):
                    totals[name.removeprefix(COUNT_PREFIX)] += amount
    if totals:
        terminalreporter.write_sep("-", "security suite")
        for name, amount in sorted(totals.items()):
            terminalreporter.write_line(f"{name}: {amount}")
