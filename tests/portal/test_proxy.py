"""The caching proxy (deploy/nginx.conf, the compose file's), run on a local nginx with
only its addresses changed (bench/proxy.py), in front of a fake app and of the app
itself, when an nginx binary is installed (Debian: `apt install nginx`); without one
these tests are skipped. test_docker.py reads its config as data.
"""

import gzip
import http.client
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_network
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from bench import proxy as local_proxy
from tests.factories import ArticleFactory
from tests.waiting import scaled, wait_until

BASE_DIR = Path(settings.BASE_DIR)


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
def proxy_workdir(tmp_path_factory):
    """Where the local nginx keeps its files; uploads in its media/ (bench/proxy.py)."""
    return tmp_path_factory.mktemp("nginx")


@pytest.fixture(scope="module")
def proxy(fake_app, proxy_workdir):
    """The address of deploy/nginx.conf on a local nginx, in front of FakeApp."""
    upstream = f"127.0.0.1:{fake_app.server_address[1]}"
    process, listen = _start_proxy(proxy_workdir, upstream)
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
        "/draft/t0ken/",
        "/feedback/guides/1/",
    ],
)
def test_admin_follow_and_search_pages_are_never_stored(proxy, path):
    get(proxy, path)
    second, _ = get(proxy, path)

    assert second.headers["X-Cache-Status"] == "BYPASS"
    assert reached_app(path) == 2


@needs_nginx
def test_uploaded_images_are_served_by_the_proxy_from_the_media_volume(
    proxy, proxy_workdir
):
    image = proxy_workdir / "media" / "guides" / "2026" / "pleura.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n not really an image")
    (proxy_workdir / "secret.txt").write_text("outside the media folder")

    served, body = get(proxy, "/media/guides/2026/pleura.png")
    missing, _ = get(proxy, "/media/guides/2026/none.png")
    escaped, escaped_body = get(proxy, "/media/../secret.txt")

    assert served.status == 200
    assert body == image.read_bytes()
    assert served.headers["Content-Type"] == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert missing.status == 404
    assert escaped_body != b"outside the media folder"
    assert reached_app("/media/guides/2026/pleura.png") == 0


@needs_nginx
def test_handouts_are_served_as_pdfs_that_open_in_the_browser(proxy, proxy_workdir):
    handout = proxy_workdir / "media" / "library" / "2026" / "12" / "Xy_9-a.pdf"
    handout.parent.mkdir(parents=True, exist_ok=True)
    handout.write_bytes(b"%PDF-1.4\n%%EOF\n")

    served, body = get(proxy, "/media/library/2026/12/Xy_9-a.pdf")

    assert served.status == 200
    assert body == handout.read_bytes()
    assert served.headers["Content-Type"] == "application/pdf"
    assert served.headers["Content-Disposition"] is None  # inline: opens to print
    assert served.headers["X-Content-Type-Options"] == "nosniff"


@needs_nginx
def test_an_upload_over_the_limit_is_refused_by_the_proxy(proxy):
    connection = http.client.HTTPConnection(proxy, timeout=scaled(10))
    connection.request(
        "POST",
        "/ckeditor5/image_upload/",
        body=b"\0" * (22 * 1024 * 1024),
        headers={"Content-Type": "application/octet-stream"},
    )
    response = connection.getresponse()
    connection.close()

    assert response.status == 413
    assert reached_app("/ckeditor5/image_upload/") == 0


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

    # Appended to what the client sent; the app reads it from the right.
    assert "'X-Forwarded-For': '203.0.113.9, 127.0.0.1'" in seen.decode()
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


@needs_nginx
def test_behind_the_proxy_the_app_counts_the_readers_address(proxied_app, settings):
    """A reader at 127.0.0.3 who claims to be 203.0.113.9, through the proxy, which
    reaches the app from 127.0.0.1: the sign-in lockout counts 127.0.0.3."""
    settings.TRUSTED_PROXIES = [ip_network("127.0.0.1/32")]
    reader = http.client.HTTPConnection(
        proxied_app, timeout=scaled(10), source_address=("127.0.0.3", 0)
    )
    reader.request("GET", "/admin/login/")
    form = reader.getresponse()
    page = form.read().decode()
    cookie = form.headers["Set-Cookie"].split(";")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]

    reader.request(
        "POST",
        "/admin/login/",
        body=urlencode(
            {"csrfmiddlewaretoken": token, "username": "nurse", "password": "no"}
        ),
        headers={
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Forwarded-For": "203.0.113.9",
        },
    )
    answer = reader.getresponse()
    answer.read()
    reader.close()

    assert answer.status == 200
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [
        "127.0.0.3"
    ]
