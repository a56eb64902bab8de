"""`manage.py worker` processes for tests, on the test database, their output in
log files: one process (WorkerProcess), or a pool that tests wait on (the `workers`
fixture). The worker uses its own connections, so it sees only committed rows:
tests that use them are transactional."""

import os
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateJob, ProcrastinateWorker
from procrastinate.exceptions import AlreadyEnqueued

from tests import waiting
from tests.database import database_url
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


SITE = "http://testserver"
# Ceilings in seconds, before TEST_TIMEOUT_SCALE; a wait ends as soon as it can.
WORKER_START_SECONDS = 60
MAIL_SECONDS = 60  # a few mails, or a retry after its 4 s
# A live worker beats every 0.5 s; one silent this long counts as dead. Load can delay a
# heartbeat, so this is a ceiling too: a live worker taken for dead would send twice.
HEARTBEAT_SECONDS = 0.5
STALLED_AFTER_SECONDS = waiting.scaled(5)


def clear_job_tables() -> None:
    # Unmanaged models: the transactional tests' flush leaves them alone.
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE procrastinate_jobs, procrastinate_events,"
            " procrastinate_periodic_defers, procrastinate_workers"
        )


class Worker(WorkerProcess):
    """A worker process on the test database."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.known_ids = set(ProcrastinateWorker.objects.values_list("id", flat=True))
        super().__init__(env, log_path)

    def wait_registered(self) -> None:
        """Wait until it has registered in procrastinate_workers, so it is ready.

        The row is in the test database: proof that DATABASE_URL names it.
        """
        waiting.wait_until(
            lambda: ProcrastinateWorker.objects.exclude(id__in=self.known_ids).exists(),
            timeout=WORKER_START_SECONDS,
            what="the worker to start",
            check=self.assert_running,
            details=self.log,
        )


class Workers:
    """Starts workers on demand; waits for conditions while they work."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        self.started: list[Worker] = []
        self.killed: list[Worker] = []

    def start(self) -> Worker:
        worker = Worker(self.env, self.log_dir / f"worker-{len(self.started)}.log")
        self.started.append(worker)  # stopped at teardown, whatever happens next
        worker.wait_registered()
        return worker

    def kill(self, worker: Worker) -> None:
        worker.kill()
        self.killed.append(worker)

    def wait_until(self, condition, *, timeout: float, what: str, interval=0.05):
        """waiting.wait_until, failing early when a worker died unasked."""
        return waiting.wait_until(
            condition,
            timeout=timeout,
            what=what,
            interval=interval,
            check=self._assert_alive,
            details=lambda: "\n".join(worker.log() for worker in self.started),
        )

    def _assert_alive(self) -> None:
        for worker in self.started:
            if worker not in self.killed:
                worker.assert_running()

    def wait_idle(self, timeout: float = MAIL_SECONDS) -> None:
        """Wait until no job is queued, running or due for a retry."""
        self.wait_until(
            lambda: (
                not ProcrastinateJob.objects.filter(
                    status__in=["todo", "doing"]
                ).exists()
            ),
            timeout=timeout,
            what="the jobs to finish",
        )

    def stop_all(self) -> None:
        for worker in self.started:
            worker.stop()


# Use: `from tests.subscriptions.worker_process import workers_fixture`, with the
# fixtures of smtp_server.py.
@pytest.fixture(name="workers")
def workers_fixture(transactional_db, smtp_server, smtp_email_url, tmp_path):
    """Real worker processes on the test database, mailing to smtp_server."""
    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": database_url(),
        "EMAIL_URL": smtp_email_url,
        "SITE_URL": SITE,
        "JOB_HEARTBEAT_SECONDS": str(HEARTBEAT_SECONDS),
        "JOB_STALLED_AFTER_SECONDS": str(STALLED_AFTER_SECONDS),
        "LOG_LEVEL": "INFO",
    }
    clear_job_tables()
    pool = Workers(env, tmp_path)
    yield pool
    smtp_server.release()  # a worker waiting for a held answer could not stop
    pool.stop_all()
    clear_job_tables()


def defer_now(task) -> None:
    """Queue a periodic task as its every-minute schedule does, only sooner."""
    try:
        task.defer(timestamp=int(time.time()))
    except AlreadyEnqueued:
        pass  # one is queued already, at the same priority
