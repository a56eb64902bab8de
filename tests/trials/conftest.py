"""A stand-in for ClinicalTrials.gov on this machine (the tests never use the
internet): it answers GET /studies/<NCT number> with the file of that name in
registry/, written by hand in the shape of the API's version 2 answers; any other
number gets the API's 404. /studies/NCT09990500 answers 500 and /studies/NCT09990666
with a body that is not JSON. Every request is noted."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

RECORDS = Path(__file__).with_name("registry")


class Registry(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).requests.append(self.path)
        nct_id = self.path.rsplit("/", 1)[-1]
        record = RECORDS / f"{nct_id}.json"
        if nct_id == "NCT09990500":
            self._answer(500, b'{"message": "Internal error"}')
        elif nct_id == "NCT09990666":
            self._answer(200, b"<html>maintenance</html>")
        elif self.path.startswith("/api/v2/studies/") and record.is_file():
            self._answer(200, record.read_bytes())
        else:
            self._answer(404, b'{"message": "Study not found"}')

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def registry(settings):
    Registry.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Registry)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CLINICALTRIALS_API_URL = (
        f"http://127.0.0.1:{server.server_address[1]}/api/v2"
    )
    yield Registry
    server.shutdown()
    server.server_close()
