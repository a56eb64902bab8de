"""Docker cannot run here, so the compose file and Dockerfile are checked as data.

The caching proxy's config (deploy/nginx.conf) is run too, on a local nginx with only
its addresses changed (bench/proxy.py), when an nginx binary is installed (Debian:
`apt install nginx`); without one those tests are skipped.
"""

import gzip
import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from django.conf import settings

from bench import proxy as local_proxy
from tests.factories import ArticleFactory
from tests.waiting import scaled, wait_until

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


# The caching proxy, run on a local nginx

needs_nginx = pytest.mark.skipif(
    local_proxy.nginx_binary() is None,
    reason="no nginx binary (Debian: apt install nginx)",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_proxy(workdir: Path, upstream: str):
    listen = f"127.0.0.1:{_free_port()}"
    config = local_proxy.write_config(workdir, upstream=upstream, listen=listen)
    return local_proxy.start(config, listen, timeout=scaled(20)), listen


class FakeApp(BaseHTTPRequestHandler):
    """An upstream whose answers say what the real app may say, path by path."""

    requests: list = []  # (method, path, headers) of every request that reached it

    def do_GET(self):
        self.requests.append(("GET", self.path, dict(self.headers)))
        path = unquote(urlsplit(self.path).path)
        headers = {"Cache-Control": "public, max-age=300"}
        body = f"{path} for {self.headers['Host']} #{len(self.requests)}".encode()
        if path.startswith("/short/"):
            headers = {"Cache-Control": "public, max-age=1", "ETag": '"v1"'}
            if self.headers.get("If-None-Match") == '"v1"':
                return self._answer(304, headers, b"")
        elif path.startswith("/cookie/"):
            headers["Set-Cookie"] = "csrftoken=abc; Path=/"
        elif path.startswith("/private/"):
            headers = {"Cache-Control": "private, no-cache"}
        elif path.startswith("/plain/"):
            headers = {}
        elif path.startswith("/static/"):
            headers = {
                "Cache-Control": "max-age=315360000, public, immutable",
                "Vary": "Accept-Encoding",
                "Content-Type": "text/css",
            }
            body = b"body { color: black; }"
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                headers["Content-Encoding"] = "gzip"
                body = gzip.compress(body)
        elif path.startswith("/echo/"):
            body = repr(dict(self.headers)).encode()
        self._answer(200, headers, body)

    def do_POST(self):
        self.requests.append(("POST", self.path, dict(self.headers)))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer(200, {"Cache-Control": "public, max-age=300"}, b"posted")

    def _answer(self, status, headers, body):
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def fake_app():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeApp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def proxy(fake_app, tmp_path_factory):
    """The address of deploy/nginx.conf on a local nginx, in front of FakeApp."""
    upstream = f"127.0.0.1:{fake_app.server_address[1]}"
    process, listen = _start_proxy(tmp_path_factory.mktemp("nginx"), upstream)
    yield listen
    local_proxy.stop(process)


def get(address, path, method="GET", **headers):
    connection = http.client.HTTPConnection(address, timeout=scaled(10))
    connection.request(
        method,
        path,
        body=b"" if method == "POST" else None,
        headers={name.replace("_", "-"): value for name, value in headers.items()},
    )
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def reached_app(path):
    return sum(1 for _, seen, _ in FakeApp.requests if seen == path)


@needs_nginx
def test_proxy_config_passes_nginx_config_test(tmp_path):
    config = local_proxy.write_config(
        tmp_path, upstream="127.0.0.1:9", listen="127.0.0.1:9"
    )

    result = local_proxy.config_test(config)

    assert result.returncode == 0, result.stderr


@needs_nginx
def test_a_public_page_is_stored_and_then_served_by_the_proxy(proxy):
    first, first_body = get(proxy, "/public/stored/")
    second, second_body = get(proxy, "/public/stored/")

    assert first.headers["X-Cache-Status"] == "MISS"
    assert second.headers["X-Cache-Status"] == "HIT"
    assert second_body == first_body
    assert reached_app("/public/stored/") == 1


@needs_nginx
def test_signed_in_requests_bypass_the_cache_and_are_not_stored(proxy):
    get(proxy, "/public/staff/")

    staff, staff_body = get(proxy, "/public/staff/", Cookie="sessionid=s3cret")
    fresh, _ = get(proxy, "/public/staff-only/", Cookie="sessionid=s3cret")
    anonymous, _ = get(proxy, "/public/staff-only/")

    assert staff.headers["X-Cache-Status"] == "BYPASS"
    assert reached_app("/public/staff/") == 2
    assert fresh.headers["X-Cache-Status"] == "BYPASS"
    assert anonymous.headers["X-Cache-Status"] == "MISS"


@needs_nginx
@pytest.mark.parametrize(
    "path",
    [
        "/admin/login/",
        "/follow/manage/t0ken/",
        "/%61dmin/",
        "/ckeditor5/x/",
        "/search/?q=nothing",
    ],
)
def test_admin_follow_and_search_pages_are_never_stored(proxy, path):
    get(proxy, path)
    second, _ = get(proxy, path)

    assert second.headers["X-Cache-Status"] == "BYPASS"
    assert reached_app(path) == 2


@needs_nginx
@pytest.mark.parametrize("path", ["/cookie/", "/private/", "/plain/"])
def test_responses_that_set_a_cookie_are_private_or_unmarked_are_not_stored(
    proxy, path
):
    get(proxy, path)
    second, _ = get(proxy, path)

    assert second.headers["X-Cache-Status"] == "MISS"
    assert reached_app(path) == 2


@needs_nginx
def test_posts_always_reach_the_app_and_are_not_stored(proxy):
    get(proxy, "/public/form/", method="POST")
    get(proxy, "/public/form/", method="POST")
    after, body = get(proxy, "/public/form/")

    assert [
        method for method, path, _ in FakeApp.requests if path == "/public/form/"
    ] == ["POST", "POST", "GET"]
    assert after.headers["X-Cache-Status"] == "MISS"
    assert body != b"posted"


@needs_nginx
def test_a_stale_page_is_served_while_one_request_revalidates_it(proxy):
    _, first_body = get(proxy, "/short/")

    stale = wait_until(
        lambda: (
            (answer := get(proxy, "/short/"))[0].headers["X-Cache-Status"]
            in ("STALE", "UPDATING")
            and answer
        ),
        timeout=10,
        what="a stale copy of /short/",
    )
    wait_until(
        lambda: any(
            path == "/short/" and headers.get("If-None-Match") == '"v1"'
            for _, path, headers in FakeApp.requests
        ),
        timeout=10,
        what="the proxy to revalidate /short/ with its ETag",
    )

    assert stale[1] == first_body


@needs_nginx
def test_static_files_are_stored_once_per_encoding(proxy):
    answers = [
        get(proxy, "/static/site.css", Accept_Encoding=encoding)
        for encoding in ("gzip", "identity", "gzip", "identity")
    ]

    plain = b"body { color: black; }"
    assert [response.headers["X-Cache-Status"] for response, _ in answers] == [
        "MISS",
        "MISS",
        "HIT",
        "HIT",
    ]
    for response, body in answers[::2]:
        assert response.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == plain
    for response, body in answers[1::2]:
        assert "Content-Encoding" not in response.headers
        assert body == plain


@needs_nginx
def test_the_app_gets_the_client_address_and_host_and_each_host_its_own_copy(proxy):
    _, seen = get(proxy, "/echo/", Host="one.test", X_Forwarded_For="203.0.113.9")
    other, other_body = get(proxy, "/echo/", Host="two.test")
    again, again_body = get(proxy, "/echo/", Host="one.test")

    assert "'X-Forwarded-For': '127.0.0.1'" in seen.decode()
    assert "'X-Forwarded-Proto': 'http'" in seen.decode()
    assert "'Host': 'one.test'" in seen.decode()
    assert other.headers["X-Cache-Status"] == "MISS"
    assert "'Host': 'two.test'" in other_body.decode()
    assert again.headers["X-Cache-Status"] == "HIT"
    assert again_body == seen


# The app itself behind the proxy


@pytest.fixture
def proxied_app(live_server, tmp_path):
    process, listen = _start_proxy(tmp_path, urlsplit(live_server.url).netloc)
    yield listen
    local_proxy.stop(process)


@needs_nginx
def test_the_proxy_stores_the_apps_public_page_but_not_a_staff_preview(
    proxied_app, admin_client
):
    guide = ArticleFactory()
    url = guide.get_absolute_url()
    session = admin_client.cookies[settings.SESSION_COOKIE_NAME].value

    first, _ = get(proxied_app, url)
    second, _ = get(proxied_app, url)
    staff, _ = get(proxied_app, url, Cookie=f"{settings.SESSION_COOKIE_NAME}={session}")

    assert first.status == 200
    assert first.headers["X-Cache-Status"] == "MISS"
    assert second.headers["X-Cache-Status"] == "HIT"
    assert staff.headers["X-Cache-Status"] == "BYPASS"
    assert "private" in staff.headers["Cache-Control"]
