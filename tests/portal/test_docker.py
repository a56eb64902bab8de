"""Docker cannot run here, so the compose file and Dockerfile are checked as data."""

from pathlib import Path

import pytest
import yaml
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


@pytest.fixture(scope="module")
def services():
    return yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())["services"]


def test_compose_has_database_web_worker_and_mail(services):
    assert set(services) >= {"db", "web", "worker", "mail"}


def test_worker_runs_procrastinate_with_the_web_settings(services):
    worker = services["worker"]

    assert worker["command"] == "python manage.py procrastinate worker"
    assert worker["environment"] == services["web"]["environment"]
    assert worker["depends_on"]["db"]["condition"] == "service_healthy"


def test_database_is_postgres_18_with_a_volume_and_healthcheck(services):
    db = services["db"]

    assert db["image"] == "postgres:18"
    assert db["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_web_migrates_then_serves_with_gunicorn_after_a_healthy_database(services):
    web = services["web"]

    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    assert web["command"].index("migrate") < web["command"].index("gunicorn")
    assert "8000:8000" in web["ports"]


def test_web_gets_production_settings(services):
    environment = services["web"]["environment"]

    assert environment["DEBUG"] == "false"
    assert environment["DATABASE_URL"].startswith("postgres://")
    assert "@db:5432/" in environment["DATABASE_URL"]
    assert environment["SECRET_KEY"]
    assert environment["ALLOWED_HOSTS"]
    assert environment["EMAIL_URL"] == "smtp://mail:1025"


def test_mail_is_mailpit_with_its_web_ui(services):
    mail = services["mail"]

    assert "mailpit" in mail["image"]
    assert "8025:8025" in mail["ports"]


def test_dockerfile_runs_gunicorn_as_a_non_root_user():
    lines = (BASE_DIR / "Dockerfile").read_text().splitlines()

    assert lines[0] == "FROM python:3.12-slim"
    user_lines = [line for line in lines if line.startswith("USER ")]
    assert user_lines and user_lines[-1] not in ("USER root", "USER 0")
    assert any(line.startswith("CMD") and "gunicorn" in line for line in lines)
