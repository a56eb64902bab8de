"""Docker cannot run here, so the compose file and Dockerfile are checked as data.

So is the config of the caching proxy they put in front of web (deploy/nginx.conf);
test_proxy.py runs it.
"""

import re
from ipaddress import ip_address, ip_network
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


def test_worker_runs_the_resilient_worker_with_the_web_settings(services):
    worker = services["worker"]

    assert worker["command"] == "python manage.py worker"
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
    assert "0.0.0.0:8000" in web["command"]


def test_readers_reach_web_only_through_the_caching_proxy(services):
    proxy, web = services["proxy"], services["web"]

    assert proxy["image"].startswith("nginx:")
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in proxy["volumes"]
    assert proxy["ports"] == ["8000:80"]
    assert proxy["depends_on"]["web"]["condition"] == "service_started"
    assert "ports" not in web
    assert web["expose"] == ["8000"]
    # Links in mails point at the proxy's address, plain HTTP on localhost.
    assert web["environment"]["SITE_URL"] == "http://localhost:8000"


def test_web_gets_production_settings(services):
    environment = services["web"]["environment"]

    assert environment["DEBUG"] == "false"
    assert environment["DATABASE_URL"].startswith("postgres://")
    assert "@db:5432/" in environment["DATABASE_URL"]
    assert environment["ALLOWED_HOSTS"]
    assert environment["EMAIL_URL"] == "smtp://mail:1025"


def test_compose_refuses_to_start_without_a_secret_key(services):
    """No published fallback: `${VAR:?message}` makes compose stop with the message
    when SECRET_KEY is unset or empty (in the shell or .env)."""
    secret = services["web"]["environment"]["SECRET_KEY"]

    assert re.fullmatch(r"\$\{SECRET_KEY:\?[^}]*\.env[^}]*\}", secret), secret
    assert services["worker"]["environment"]["SECRET_KEY"] == secret
    assert ":-" not in (BASE_DIR / "docker-compose.yml").read_text()


def test_web_believes_the_forwarded_address_of_the_compose_proxy_alone(services):
    compose = yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())
    proxy_address = services["proxy"]["networks"]["default"]["ipv4_address"]
    (subnet,) = compose["networks"]["default"]["ipam"]["config"]

    assert services["web"]["environment"]["TRUSTED_PROXIES"] == proxy_address
    assert ip_address(proxy_address) in ip_network(subnet["subnet"])
    # Only containers of the project reach web: none can pose as the proxy from
    # outside.
    assert "ports" not in services["web"]


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


# The caching proxy's config, as data

NGINX_CONF = BASE_DIR / "deploy" / "nginx.conf"


def test_proxy_never_caches_for_the_apps_session_cookie():
    text = NGINX_CONF.read_text()
    cookie = f"$cookie_{settings.SESSION_COOKIE_NAME}"

    assert f"proxy_cache_bypass {cookie} " in text
    assert f"proxy_no_cache {cookie} " in text


def test_proxy_serves_stale_while_one_request_refreshes():
    text = NGINX_CONF.read_text()

    assert "proxy_cache_use_stale updating" in text
    assert "proxy_cache_background_update on;" in text
    assert "proxy_cache_revalidate on;" in text


def test_proxy_honours_the_apps_caching_headers():
    """Nothing overrides the app's word: no fixed lifetimes, no ignored headers."""
    text = NGINX_CONF.read_text()

    assert "proxy_cache_valid" not in text.replace("No proxy_cache_valid", "")
    assert "proxy_ignore_headers" not in text
