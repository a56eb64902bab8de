"""A process a test starts (a worker, a web server), its output in a log file."""

import signal
import subprocess
from pathlib import Path

from django.conf import settings

from tests import waiting


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
