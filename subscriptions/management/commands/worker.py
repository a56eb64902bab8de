"""`manage.py worker`: procrastinate's worker, started again after a database outage.

procrastinate 3.10's worker stops for good when PostgreSQL goes away: its heartbeat,
its LISTEN connection or its next look for jobs raises, the worker shuts down
(procrastinate/worker.py: _monitor_side_tasks, _run_loop) and
`manage.py procrastinate worker` exits. Nothing in procrastinate reconnects, and
outside docker-compose nothing starts it again: no mails, no scheduled publishing,
no recovery of a dead worker's jobs until someone notices.

This runs the same worker (options from PROCRASTINATE_WORKER_DEFAULTS) and, when it
stops without being asked, logs why and starts it again on a fresh connection pool,
after a pause that doubles from 1 s up to 30 s while the database stays away. Jobs
the outage interrupted are retried (subscriptions/tasks.py) or, if their worker's
registration was lost, requeued by retry_stalled_jobs. SIGTERM or Ctrl-C stops it
as they stop procrastinate's own command: the job in hand finishes first.
"""

import asyncio
import contextlib
import logging
import signal
import time

import psycopg
from django.core.management.base import BaseCommand
from procrastinate.contrib.django import app
from procrastinate.exceptions import ConnectorException

logger = logging.getLogger(__name__)

FIRST_PAUSE_SECONDS = 1.0
LONGEST_PAUSE_SECONDS = 30.0
# A worker that ran this long before it stopped was not failing to start: the next
# pause is the first one again.
STEADY_SECONDS = 60.0
# What a database that went away raises: procrastinate's wrapper of driver errors, and
# the driver's own (opening the pool raises PoolTimeout, an OperationalError).
DATABASE_GONE = (ConnectorException, psycopg.Error)


class Command(BaseCommand):
    help = "Run the background worker; start it again after a database outage."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fetch-job-polling-interval",
            type=float,
            help="Seconds between two looks for due jobs, besides LISTEN/NOTIFY "
            "(procrastinate's default: 5).",
        )

    def handle(self, *args, fetch_job_polling_interval=None, **options):
        worker_options = {}
        if fetch_job_polling_interval is not None:
            worker_options["fetch_job_polling_interval"] = fetch_job_polling_interval
        # As `manage.py procrastinate worker` does: a worker needs a connector with a
        # pool and LISTEN, not Django's own connection.
        with app.replace_connector(app.connector.get_worker_connector()):
            asyncio.run(worker_run_until_stopped(worker_options))


async def worker_run_until_stopped(worker_options: dict) -> None:
    """Run the worker until SIGTERM or SIGINT, starting it again whenever it stops."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)

    def stop_requested() -> None:
        stop.set()
        # As procrastinate's own handler: a second signal ends the process at once.
        for signum in signals:
            loop.remove_signal_handler(signum)

    for signum in signals:
        loop.add_signal_handler(signum, stop_requested)
    pause = FIRST_PAUSE_SECONDS
    while True:
        started = time.monotonic()
        worker = asyncio.create_task(_worker_run(worker_options))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({worker, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set():
            # procrastinate's graceful stop: the job in hand finishes, then it leaves.
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, *DATABASE_GONE):
                await worker
            return
        stopping.cancel()
        error = worker.exception()
        if error is not None and not isinstance(error, DATABASE_GONE):
            raise error
        if time.monotonic() - started > STEADY_SECONDS:
            pause = FIRST_PAUSE_SECONDS
        logger.warning(
            "The worker stopped (%s); starting it again in %g s.",
            _described(error),
            pause,
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=pause)
            return  # asked to stop during the pause
        pause = min(pause * 2, LONGEST_PAUSE_SECONDS)


async def _worker_run(worker_options: dict) -> None:
    try:
        async with app.open_async():
            await app.run_worker_async(install_signal_handlers=False, **worker_options)
    finally:
        # A pool that failed to open stays on the connector, closed, and the next
        # open would take it for open: drop it, so that each start has a new pool.
        await app.close_async()


def _described(error: BaseException | None) -> str:
    if error is None:
        # A side task (heartbeat, LISTEN, periodic jobs) failed and the worker shut
        # down cleanly: the database came back before it unregistered.
        return "a side task failed; see the error above"
    causes = []
    while error is not None:  # procrastinate wraps the driver's error: name both
        causes.append(f"{type(error).__name__}: {' '.join(str(error).split())}")
        error = error.__cause__
    return "; ".join(causes)
