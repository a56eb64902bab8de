"""A process a test starts (a worker, a web server), its output in a log file."""

import http.client
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests import waiting
from tests.database import database_url

SERVER_START_SECONDS = 60


class LoggedProcess:
    """A command run from the project's folder with the environment given, its
    output and errors in `log_path`; stopped with SIGTERM, then killed after
    `stop_seconds` (scaled by TEST_TIMEOUT_SCALE)."""

    stop_seconds = 20

    def __init__(self, command: list[str], env: dict[str, str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            command,
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def running(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """kill -9: no clean-up, no goodbye."""
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.running():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=waiting.scaled(self.stop_seconds))
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]


class Server(LoggedProcess):
    """One `gunicorn portal.wsgi` process (one worker unless told) with the page
    cache on, on the pytest test database (it sees committed rows only:
    transactional tests)."""

    def __init__(self, log_path: Path, workers: int = 1) -> None:
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
            [*command, "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers)],
            env,
            log_path,
        )

    def request(self, method: str, path: str, headers=None, body=None):
        """(status, headers, body) of one request, on a new connection."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            body = response.read().decode(errors="replace")  # gzipped if asked
            return response.status, response.headers, body
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

    def wait_answering(self) -> None:
        waiting.wait_until(
            self.answering,
            timeout=SERVER_START_SECONDS,
            what="the server to answer",
            details=self.log,
        )
