"""A `manage.py worker` process for tests: its output goes to a log file."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests import waiting

WORKER_STOP_SECONDS = 20


class WorkerProcess:
    """One `manage.py worker` process (procrastinate's worker, started again after
    a database outage), with the environment given (DATABASE_URL, EMAIL_URL...)."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "worker",
                # Retries are due in seconds here; look for them often.
                "--fetch-job-polling-interval",
                "0.5",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def running(self) -> bool:
        return self.process.poll() is None

    def assert_running(self) -> None:
        if not self.running():
            pytest.fail(f"The worker exited ({self.process.returncode}).\n{self.log()}")

    def kill(self) -> None:
        """kill -9: no clean-up, no goodbye to the database."""
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.running():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=waiting.scaled(WORKER_STOP_SECONDS))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]
