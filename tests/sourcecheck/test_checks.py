"""The periodic check of cited sources, against a local web server (never the
internet): what it records, how gently it asks, and what editors see."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sourcecheck import checker
from sourcecheck.models import SourceCheck
from sourcecheck.tasks import sources_check
from sourcecheck.templatetags.source_checks import broken_sources
from tests.factories import ArticleFactory, ReferenceFactory, StaffUserFactory
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


class Site(BaseHTTPRequestHandler):
    """/ok answers 200, /gone 404, /moved two redirects to /ok, /loop redirects
    forever, /slow answers after the check's timeout; every request is noted."""

    requests: list[tuple[str, str]] = []
    release = threading.Event()

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).requests.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/moved":
            self._redirect(301, "/moved-again")
        elif self.path == "/moved-again":
            self._redirect(302, "/ok")
        elif self.path == "/loop":
            self._redirect(302, "/loop")
        elif self.path == "/slow":
            type(self).release.wait(timeout=30)
            self._answer(200)
        else:
            self._answer(200 if self.path.startswith("/ok") else 404)

    def _redirect(self, status, location):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _answer(self, status):
        body = b"<p>A source.</p>"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site(settings):
    settings.SOURCE_CHECK_PRIVATE_ADDRESSES = True
    settings.SOURCE_CHECK_TIMEOUT = 1
    Site.requests = []
    Site.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    Site.release.set()
    server.shutdown()
    server.server_close()


def test_a_check_records_the_answer_and_every_redirect(site):
    moved = checker.check(f"{site}/moved")
    gone = checker.check(f"{site}/gone")

    assert moved.ok and moved.status_code == 200
    assert moved.final_url == f"{site}/ok"
    assert moved.redirects == [
        {"status": 301, "location": f"{site}/moved-again"},
        {"status": 302, "location": f"{site}/ok"},
    ]
    assert not gone.ok and gone.status_code == 404
    assert gone.error == "HTTP 404 Not Found"
    assert all(agent.startswith("MesoGuidesSourceCheck/") for _, agent in Site.requests)


def test_endless_redirects_timeouts_and_closed_ports_are_failures_not_errors(site):
    loop = checker.check(f"{site}/loop")
    slow = checker.check(f"{site}/slow")
    closed = checker.check("http://127.0.0.1:9/nothing-listens")

    assert not loop.ok and len(loop.redirects) <= checker.MAX_REDIRECTS + 1
    assert not slow.ok and "timed out" in slow.error
    assert not closed.ok and closed.error


def test_addresses_inside_our_network_are_never_fetched(settings):
    settings.SOURCE_CHECK_PRIVATE_ADDRESSES = False

    for url in ["http://127.0.0.1:9/", "http://10.0.0.1/", "http://[::1]/"]:
        outcome = checker.check(url)
        assert not outcome.ok
        assert "not a public address" in outcome.error


def test_a_source_is_broken_after_two_failed_checks_and_mended_by_one_good(site):
    guide = ArticleFactory(title="Pleurectomy")
    ReferenceFactory(article=guide, url=f"{site}/gone")
    ReferenceFactory(article=guide, url=f"{site}/ok")
    now = timezone.now()

    sources_check(now=now)
    after_one = SourceCheck.objects.get(url=f"{site}/gone")
    sources_check(now=now + timedelta(days=8))
    gone = SourceCheck.objects.get(url=f"{site}/gone")

    assert after_one.failures == 1 and not after_one.is_broken
    assert gone.is_broken and gone.failing_since == after_one.failing_since
    assert not SourceCheck.objects.get(url=f"{site}/ok").is_broken
    panel = broken_sources(StaffUserFactory())
    assert [(source.url, guides) for source, guides in panel["items"]] == [
        (
            f"{site}/gone",
            [
                (
                    "Pleurectomy",
                    reverse("admin:articles_article_change", args=[guide.pk]),
                )
            ],
        )
    ]


def test_a_run_asks_one_host_at_most_so_often_and_skips_what_is_not_due(site, settings):
    settings.SOURCE_CHECK_PER_HOST = 3
    guide = ArticleFactory()
    for n in range(5):
        ReferenceFactory(article=guide, url=f"{site}/ok/{n}")
    ReferenceFactory(article=ArticleFactory(draft=True), url=f"{site}/ok/draft")
    now = timezone.now()

    first = sources_check(now=now)
    second = sources_check(now=now)
    third = sources_check(now=now)

    assert (first, second, third) == (3, 2, 0)
    assert len(Site.requests) == 5
    assert f"{site}/ok/draft" not in set(
        SourceCheck.objects.values_list("url", flat=True)
    )


def test_a_source_no_published_guide_cites_is_forgotten(site):
    reference = ReferenceFactory(article=ArticleFactory(), url=f"{site}/gone")
    sources_check()

    reference.delete()
    sources_check()

    assert not SourceCheck.objects.exists()


def test_checks_do_not_empty_the_page_cache(site):
    from articles.models import ContentGeneration

    ReferenceFactory(article=ArticleFactory(), url=f"{site}/ok")
    before = ContentGeneration.objects.get().generation

    sources_check()

    assert ContentGeneration.objects.get().generation == before


def test_editors_see_broken_sources_on_the_desk_and_in_their_list(site):
    guide = ArticleFactory(title="Radiotherapy")
    ReferenceFactory(article=guide, url=f"{site}/gone")
    sources_check()
    sources_check(now=timezone.now() + timedelta(days=8))
    client = sign_in_staff(Client(), StaffUserFactory())

    desk = client.get(reverse("admin:index")).content.decode()
    listed = client.get(
        reverse("admin:sourcecheck_sourcecheck_changelist"), {"state": "broken"}
    )

    assert "Broken sources" in desk and f"{site}/gone" in desk
    assert listed.status_code == 200
    assert [s.url for s in listed.context["cl"].result_list] == [f"{site}/gone"]
