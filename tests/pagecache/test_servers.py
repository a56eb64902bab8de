"""Two web servers, each with its own page cache in memory, as two machines would be:
a guide published through one shows at once on the other.

Each server is a real gunicorn process on the pytest test database; they see only
committed rows, so the test is transactional. Every wait is for a condition, under a
ceiling TEST_TIMEOUT_SCALE stretches (tests/waiting.py).
"""

import http.client
import os
import re
import socket
import sys
from pathlib import Path

import pytest
from django.test import Client

from tests import waiting
from tests.database import database_url
from tests.factories import ArticleFactory, StaffUserFactory, approved
from tests.processes import LoggedProcess
from tests.signing_in import sign_in_staff

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.servers]

SERVER_START_SECONDS = 60


class Server(LoggedProcess):
    """One `gunicorn portal.wsgi` process with one worker and the page cache on."""

    def __init__(self, log_path: Path) -> None:
        with socket.socket() as probe:  # a free port, for the moment
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        env = {
            **{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
            "DEBUG": "true",
            "DATABASE_URL": database_url(),
            "PAGE_CACHE_SECONDS": "3600",
        }
        command = [sys.executable, "-m", "gunicorn", "portal.wsgi"]
        super().__init__(
            [*command, "--bind", f"127.0.0.1:{self.port}", "--workers", "1"],
            env,
            log_path,
        )

    def request(self, method: str, path: str, headers=None, body=None):
        """(status, headers, body) of one request, on a new connection."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read().decode()
        finally:
            connection.close()

    def get(self, path: str, **headers):
        return self.request("GET", path, headers=headers)

    def answering(self) -> bool:
        if not self.running():
            pytest.fail(f"The server exited ({self.process.returncode}).\n{self.log()}")
        try:
            return self.get("/robots.txt")[0] == 200
        except OSError:
            return False


@pytest.fixture
def servers(tmp_path):
    started = [Server(tmp_path / f"server-{n}.log") for n in (1, 2)]
    try:
        for server in started:
            waiting.wait_until(
                server.answering,
                timeout=SERVER_START_SECONDS,
                what="the server to answer",
                details=server.log,
            )
        yield started
    finally:
        for server in started:
            server.stop()


def test_a_guide_published_through_one_server_shows_at_once_on_the_other(servers):
    one, two = servers
    ArticleFactory(title="Live already")
    draft = ArticleFactory(draft=True, title="Just published")
    approved(draft)
    editor = sign_in_staff(Client(), StaffUserFactory())
    session = f"sessionid={editor.cookies['sessionid'].value}"
    for server in servers:
        assert server.get("/")[1]["X-Page-Cache"] == "miss"
        status, headers, home = server.get("/")
        assert (status, headers["X-Page-Cache"]) == (200, "hit")
        assert "Live already" in home and "Just published" not in home

    publish = f"/admin/articles/article/{draft.pk}/publish/"
    status, headers, form = one.get(publish, Cookie=session)
    assert status == 200, form
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"])[1]
    status, headers, _ = one.request(
        "POST",
        publish,
        headers={
            "Cookie": f"{session}; csrftoken={csrf_cookie}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        body=f"csrfmiddlewaretoken={token}&at=",
    )
    assert status == 302, one.log()

    for server in (two, one):
        status, headers, home = server.get("/")
        assert (status, headers["X-Page-Cache"]) == (200, "miss")
        assert "Just published" in home
