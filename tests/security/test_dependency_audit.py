"""The dependency audit's verdicts (tests/security/dependency_audit.py): a known
vulnerability fails the run; an advisory feed that cannot be asked says so plainly."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.security.dependency_audit import (
    describe,
    feed_unavailable,
    outcome_of,
    run_pip_audit,
)


def report(*dependencies) -> str:
    return json.dumps({"dependencies": list(dependencies), "fixes": []})


DJANGO = {"name": "django", "version": "5.2.19", "vulns": []}


def test_a_known_vulnerability_fails_the_audit_and_names_the_fix():
    vulnerable = {
        **DJANGO,
        "vulns": [{"id": "PYSEC-2026-1", "fix_versions": ["5.2.20", "6.0.1"]}],
    }

    status, message = describe(
        outcome_of(1, report(vulnerable, DJANGO), ""), required=False
    )

    assert status == 1
    assert "django 5.2.19: PYSEC-2026-1 (fixed in 5.2.20, 6.0.1)" in message
    assert "requirements.txt" in message


def test_no_known_vulnerability_passes():
    status, message = describe(outcome_of(0, report(DJANGO), ""), required=True)

    assert status == 0
    assert message == "Dependency audit: 1 releases, no known vulnerabilities."


def test_a_feed_without_data_for_any_release_is_reported_as_not_run():
    skipped = {"name": "django", "skip_reason": "Dependency not found on PyPI"}

    status, message = describe(outcome_of(0, report(skipped), ""), required=False)

    assert status == 0
    assert message.startswith("Dependency audit NOT RUN: the advisory service")
    assert "Nothing was checked" in message


def test_not_running_fails_when_the_audit_is_required():
    outcome = outcome_of(1, "", "requests.exceptions.ConnectionError: refused")

    status, message = describe(outcome, required=True)

    assert status == 1
    assert "ConnectionError: refused" in message


def test_an_unreachable_advisory_service_is_reported_by_the_real_pip_audit(tmp_path):
    pins = tmp_path / "requirements.txt"
    pins.write_text("django==5.2.19\n")

    outcome = run_pip_audit(
        [pins],
        extra=(
            "--no-deps",
            "--disable-pip",
            "-s",
            "osv",
            "--osv-url",
            "http://127.0.0.1:9/",
        ),
    )

    assert outcome.not_run
    assert not outcome.failed


class Feed(BaseHTTPRequestHandler):
    """A stand-in for PyPI's JSON API: /ok/ has advisory data, /bare/ has none,
    anything else is missing (what a proxy without the JSON API answers)."""

    def do_GET(self):
        answers = {"ok": {"vulnerabilities": []}, "bare": {"info": {}}}
        answer = answers.get(self.path.split("/")[1])
        self.send_response(200 if answer else 404)
        self.end_headers()
        if answer:
            self.wfile.write(json.dumps(answer).encode())

    def log_message(self, *args):
        pass  # quiet


@pytest.fixture
def feed():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("ok", ""),
        ("bare", "has no advisory data"),
        ("missing", "answered 404"),
    ],
)
def test_the_feed_is_asked_about_our_first_pin_before_anything_else(feed, path, reason):
    unavailable = feed_unavailable(feed=f"{feed}/{path}/{{name}}/{{version}}/json")

    assert reason in unavailable
    assert bool(unavailable) == bool(reason)
    assert "/django/" in unavailable or not reason


def test_an_unreachable_feed_is_reported():
    assert "could not be read" in feed_unavailable(feed="http://127.0.0.1:9/{name}")
