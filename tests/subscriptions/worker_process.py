"""A `manage.py worker` process for tests: its output goes to a log file."""

import sys
from pathlib import Path

import pytest

from tests.processes import LoggedProcess


class WorkerProcess(LoggedProcess):
    """One `manage.py worker` process (procrastinate's worker, started again after
    a database outage), with the environment given (DATABASE_URL, EMAIL_URL...)."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        # Retries are due in seconds here; look for them often.
        command = [sys.executable, "manage.py", "worker"]
        super().__init__(
            [*command, "--fetch-job-polling-interval", "0.5"], env, log_path
        )

    def assert_running(self) -> None:
        if not self.running():
            pytest.fail(f"The worker exited ({self.process.returncode}).\n{self.log()}")
