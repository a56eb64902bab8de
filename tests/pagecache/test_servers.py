"""Two web servers, each with its own page cache in memory, as two machines would be:
a guide published through one shows at once on the other.

Each server is a real gunicorn process on the pytest test database; they see only
committed rows, so the test is transactional. Every wait is for a condition, under a
ceiling TEST_TIMEOUT_SCALE stretches (tests/waiting.py).
"""

import re

import pytest
from django.test import Client

from tests.factories import ArticleFactory, StaffUserFactory, approved
from tests.processes import Server
from tests.signing_in import sign_in_staff

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.servers]


@pytest.fixture
def servers(tmp_path):
    started = [Server(tmp_path / f"server-{n}.log") for n in (1, 2)]
    try:
        for server in started:
            server.wait_answering()
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
