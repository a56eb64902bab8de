"""Production settings: refuse to start without secrets, and pass `check --deploy`."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from tests.waiting import scaled

BASE_DIR = Path(settings.BASE_DIR)
ENV_EXAMPLE = (BASE_DIR / ".env.example").read_text()
# Every line of .env.example is a comment; those of the form `# NAME=value` show a
# variable with its development default.
DOCUMENTED = dict(re.findall(r"^# ([A-Z_]+)=(.*)$", ENV_EXAMPLE, re.M))
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "guides.example.org",
    "DATABASE_URL": "postgres://portal:secret@db.example.org:5432/portal",
}
# As `make run` has it: DEBUG on, and the database this test run uses.
DEVELOPMENT_ENV = {"DEBUG": "true", "DATABASE_URL": os.environ["DATABASE_URL"]}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run manage.py with `env` and none of the portal's variables from this shell."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in DOCUMENTED and not key.startswith("DJANGO_")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=scaled(60),
    )


def test_check_deploy_passes_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
@pytest.mark.parametrize("left", ["out", "empty"])
def test_production_refuses_to_start_without(missing, left):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    if left == "empty":
        env[missing] = ""

    result = manage("check", env=env)

    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_takes_the_default_of_an_optional_variable_left_empty():
    empty = {name: "" for name in DOCUMENTED if name not in PRODUCTION_ENV}

    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", env={**PRODUCTION_ENV, **empty}
    )

    assert "EMAIL_URL" in empty
    assert result.returncode == 0, result.stderr


# Python for `manage.py shell -c`: print every setting portal/settings.py makes.
PRINT_SETTINGS = (
    "from portal import settings as s; "
    "print(sorted((k, repr(getattr(s, k))) for k in dir(s) if k.isupper()))"
)


def test_env_example_sets_nothing_so_a_copy_of_it_runs_as_is():
    lines = [line for line in ENV_EXAMPLE.splitlines() if line.strip()]

    assert all(line.startswith("#") for line in lines)


def test_env_example_shows_each_variable_with_its_development_default():
    as_shown = {**DOCUMENTED, **DEVELOPMENT_ENV}
    as_unset = {**dict.fromkeys(DOCUMENTED, ""), **DEVELOPMENT_ENV}

    shown = manage("shell", "-c", PRINT_SETTINGS, env=as_shown)
    unset = manage("shell", "-c", PRINT_SETTINGS, env=as_unset)

    assert shown.returncode == 0, shown.stderr
    assert unset.returncode == 0, unset.stderr
    assert shown.stdout == unset.stdout


@pytest.mark.parametrize(
    ("env", "site_url"),
    [
        ({}, "http://127.0.0.1:8000"),
        ({"PORT": "8001"}, "http://127.0.0.1:8001"),
        (
            {"PORT": "8001", "SITE_URL": "https://guides.example.org"},
            "https://guides.example.org",
        ),
    ],
    ids=["default", "make-run-port", "site-url-wins"],
)
def test_links_in_mails_follow_the_port_of_make_run_unless_site_url_is_set(
    env, site_url
):
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SITE_URL)",
        env={**DEVELOPMENT_ENV, **env},
    )

    assert result.stdout.strip().splitlines()[-1] == site_url


def test_debug_is_off_unless_asked_for():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DEBUG"}

    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        env=env,
    )

    assert result.stdout.strip().endswith("False")


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_database_is_postgresql_with_persistent_connections():
    database = settings.DATABASES["default"]

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["CONN_MAX_AGE"] > 0


@pytest.mark.django_db
def test_connections_tell_the_planner_that_pages_are_cheap_to_reach():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone() == ("1.1",)


def test_env_example_documents_every_variable_the_settings_read_and_no_other():
    read = set(
        re.findall(
            r'env(?:\.\w+)?\(\s*"([A-Z_]+)"',
            (BASE_DIR / "portal" / "settings.py").read_text(),
        )
    )

    assert read
    assert read == set(DOCUMENTED), read ^ set(DOCUMENTED)
