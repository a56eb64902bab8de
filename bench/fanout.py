"""Time a guide's fan-out to N followers: our worker against plain smtplib.

Run from the project root; it stops by itself (every wait has a timeout):

    DEBUG=true .venv/bin/python bench/fanout.py [--subscribers 100000] [--keep]

It works in a scratch database, portal_bench, created on the server of the dev
database (or of DATABASE_URL) and dropped at the end unless --keep. Mail goes to an
SMTP sink in this process that only counts. bench/README.md explains the figures.
"""

import argparse
import os
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from scratch import BASE_DIR, BenchError, in_scratch_database, out

BENCH_DATABASE = "portal_bench"
SITE_URL = "https://guides.example.org"
# How often the bench looks at the sink, and at the database (a COUNT over N rows).
POLL_SECONDS = 0.2
DB_POLL_SECONDS = 5.0
# Grace for a worker to stop on SIGTERM, and for the sink to count the last mail.
STOP_TIMEOUT = 30.0
SMTP_TIMEOUT = 60.0


# Scratch database ---------------------------------------------------------------------


# SMTP sink ----------------------------------------------------------------------------


@dataclass
class CountingHandler:
    """aiosmtpd handler: accept every message and count it; no parsing."""

    count: int = 0
    size: int = 0
    first_at: float | None = None
    last_at: float | None = None

    def reset(self) -> None:
        self.count = self.size = 0
        self.first_at = self.last_at = None

    async def handle_DATA(self, server, session, envelope) -> str:
        now = time.monotonic()
        if self.first_at is None:
            self.first_at = now
        self.last_at = now
        self.size += len(envelope.content)
        self.count += 1  # last, so a reader that sees the count sees last_at too
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sink_start(handler: CountingHandler):
    from aiosmtpd.controller import Controller

    controller = Controller(
        handler, hostname="127.0.0.1", port=free_port(), ready_timeout=10
    )
    controller.start()
    return controller


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise BenchError(f"Timed out after {timeout:.0f} s waiting for {what}.")
        time.sleep(POLL_SECONDS)


# Data ---------------------------------------------------------------------------------


def seed(subscribers: int) -> int:
    """One topic, one published guide, N confirmed immediate followers; the guide id."""
    from django.db import transaction
    from django.utils import timezone

    from articles.models import Article, Category, Person
    from articles.services import signed_text_publish
    from subscriptions.models import Subscriber

    now = timezone.now()
    reviewed = timezone.localdate() - timedelta(days=10)
    with transaction.atomic():
        category = Category.objects.create(name="Treatment", slug="treatment")
        author = Person.objects.create(
            name="Dana Author", slug="dana-author", credentials="RN"
        )
        reviewer = Person.objects.create(
            name="Sam Reviewer",
            slug="sam-reviewer",
            credentials="MD, thoracic oncologist",
            is_medical_reviewer=True,
        )
        article = Article.objects.create(
            title="Pleurectomy and decortication: what to expect",
            slug="pleurectomy-decortication",
            summary="How the operation works, who it suits and how recovery goes.",
            body="<p>What the operation is.</p><h2>Recovery</h2><p>Plainly.</p>",
            category=category,
            author=author,
            # Live before the bench: the bench starts the fan-out itself.
            first_published_at=now - timedelta(days=1),
        )
        signed_text_publish(sign_off=_approved(article, reviewer, reviewed))
        Subscriber.objects.bulk_create(
            (
                Subscriber(
                    email=f"reader{i:07d}@example.org",
                    status=Subscriber.Status.CONFIRMED,
                    frequency=Subscriber.Frequency.IMMEDIATE,
                    confirmed_at=now,
                )
                for i in range(subscribers)
            ),
            batch_size=5000,
        )
    return article.pk


# Our fan-out: one real worker ---------------------------------------------------------


@dataclass
class Ours:
    """Seconds from worker start (Popen) to each milestone."""

    last_mail: float = 0.0
    all_sent: float = 0.0
    fan_out_start: float = 0.0
    fan_out_end: float = 0.0
    first_mail: float = 0.0
    size: int = 0
    worker_peak_rss_mb: float | None = None


def _job_failures(task_names: list[str]) -> list[str]:
    from procrastinate.contrib.django.models import ProcrastinateJob

    problems = ProcrastinateJob.objects.filter(task_name__in=task_names).filter(
        status__in=["failed", "cancelled", "aborted"]
    ) | ProcrastinateJob.objects.filter(
        task_name__in=task_names, status="todo", attempts__gt=0
    )
    return [
        f"job {job.id} {job.task_name} {job.status} after {job.attempts} attempt(s)"
        for job in problems[:5]
    ]


def _event_at(task_name: str, event: str) -> datetime | None:
    """When a job of this task first had this event (procrastinate's events table)."""
    from django.db.models import Min
    from procrastinate.contrib.django.models import ProcrastinateEvent

    events = ProcrastinateEvent.objects.filter(job__task_name=task_name, type=event)
    return events.aggregate(at=Min("at"))["at"]


def _tail(path: str, lines: int = 40) -> str:
    with open(path, errors="replace") as log:
        return "".join(log.readlines()[-lines:])


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident memory so far (Linux), in MB."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def worker_stop(worker: subprocess.Popen) -> None:
    if worker.poll() is not None:
        return
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        out(f"Worker ignored SIGTERM for {STOP_TIMEOUT:.0f} s; killing it.")
        worker.kill()
        worker.wait(timeout=STOP_TIMEOUT)


def _approved(article, reviewer, reviewed_on):
    """Take the guide through the medical review as an editor and the reviewer."""
    from django.contrib.auth.models import Group, User

    from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS
    from articles.workflow import (
        SignOffDecision,
        revision_record,
        revision_sign_off,
        revision_submit,
    )

    editor = User.objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    reviewer.user = User.objects.create_user("bench-reviewer", is_staff=True)
    reviewer.user.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    reviewer.save(update_fields=["user"])
    revision = revision_record(subject=article, user=editor)
    revision_submit(revision=revision, user=editor)
    return revision_sign_off(
        revision=revision,
        user=reviewer.user,
        decision=SignOffDecision(approve=True, content_hash=revision.content_hash),
        reviewed_on=reviewed_on,
    )


def time_ours(
    *,
    article_id: int,
    n: int,
    database_url: str,
    port: int,
    handler,
    timeout: float,
    concurrency: int,
) -> Ours:
    """Defer the fan-out, start one worker and wait for N mails at the sink."""
    from django.db.models import Max

    from subscriptions.models import Delivery
    from subscriptions.tasks import fan_out_article, send_deliveries

    task_names = [fan_out_article.name, send_deliveries.name]
    handler.reset()
    fan_out_article.defer(article_id=article_id)
    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": database_url,
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "SITE_URL": SITE_URL,
        "PYTHONUNBUFFERED": "1",
    }
    log = tempfile.NamedTemporaryFile(
        prefix="bench-fanout-worker-", suffix=".log", delete=False
    )
    command = [sys.executable, "manage.py", "procrastinate", "worker"]
    if concurrency != 1:
        command += ["--concurrency", str(concurrency)]
    out(f"Worker: {' '.join(command[1:])} (log: {log.name})")
    started_wall = time.time()
    started = time.monotonic()
    worker = subprocess.Popen(  # noqa: S603 (our own interpreter and manage.py)
        command,
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a Ctrl-C here reaches the worker only via SIGTERM
    )
    sent = 0
    peak_rss = None
    try:
        next_db_poll = started
        while True:
            now = time.monotonic()
            if worker.poll() is not None:
                raise BenchError(
                    f"The worker exited ({worker.returncode}):\n{_tail(log.name)}"
                )
            if now - started > timeout:
                sent = Delivery.objects.filter(
                    article_id=article_id, status=Delivery.Status.SENT
                ).count()
                raise BenchError(
                    f"Timed out after {timeout:.0f} s: {handler.count}/{n} mails at "
                    f"the sink, {sent}/{n} deliveries sent.\n{_tail(log.name)}"
                )
            if handler.count >= n or now >= next_db_poll:
                deliveries = Delivery.objects.filter(article_id=article_id)
                created = deliveries.count()
                sent = deliveries.filter(status=Delivery.Status.SENT).count()
                if handler.count >= n and sent >= n:
                    peak_rss = peak_rss_mb(worker.pid)
                    break
                if failures := _job_failures(task_names):
                    raise BenchError(
                        "Jobs failed or are being retried:\n  "
                        + "\n  ".join(failures)
                        + f"\n{_tail(log.name)}"
                    )
                out(
                    f"  {now - started:7.1f} s  deliveries {created:>7}  "
                    f"sent {sent:>7}  at sink {handler.count:>7}"
                )
                next_db_poll = now + DB_POLL_SECONDS
            time.sleep(POLL_SECONDS)
    finally:
        worker_stop(worker)
        log.close()
    os.unlink(log.name)

    def since_start(at: datetime | None) -> float:
        if at is None:
            raise BenchError("A job event is missing.")
        return at.timestamp() - started_wall

    last_sent_at = Delivery.objects.filter(article_id=article_id).aggregate(
        at=Max("sent_at")
    )["at"]
    return Ours(
        last_mail=handler.last_at - started,
        first_mail=handler.first_at - started,
        all_sent=since_start(last_sent_at),
        fan_out_start=since_start(_event_at(fan_out_article.name, "started")),
        fan_out_end=since_start(_event_at(fan_out_article.name, "succeeded")),
        size=handler.size,
        worker_peak_rss_mb=peak_rss,
    )


# Plain smtplib ------------------------------------------------------------------------


def build_messages(article_id: int) -> list[tuple[str, list[str], bytes]]:
    """The mails the worker sent, as Django's SMTP backend hands them to smtplib."""
    from django.conf import settings
    from django.core.mail.message import sanitize_address

    from subscriptions.emails import delivery_message
    from subscriptions.models import Delivery

    deliveries = (
        Delivery.objects.filter(article_id=article_id)
        .select_related("subscriber", "article__category", "article__sign_off")
        .order_by("pk")
    )
    messages = []
    for delivery in deliveries.iterator(chunk_size=2000):
        message = delivery_message(delivery)
        encoding = message.encoding or settings.DEFAULT_CHARSET
        messages.append(
            (
                sanitize_address(message.from_email, encoding),
                [sanitize_address(to, encoding) for to in message.recipients()],
                message.message().as_bytes(linesep="\r\n"),
            )
        )
    return messages


def send_plain(messages, *, port: int, handler, timeout: float) -> float:
    """Send every message over one SMTP connection; return the seconds it took."""
    handler.reset()
    started = time.monotonic()
    with smtplib.SMTP("127.0.0.1", port, timeout=SMTP_TIMEOUT) as smtp:
        for from_email, recipients, data in messages:
            smtp.sendmail(from_email, recipients, data)
            if time.monotonic() - started > timeout:
                raise BenchError(f"Plain sending took over {timeout:.0f} s.")
    seconds = time.monotonic() - started
    wait_for(lambda: handler.count >= len(messages), STOP_TIMEOUT, "the sink")
    return seconds


# Report -------------------------------------------------------------------------------


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}" if seconds > 0 else "-"


def report(
    n: int, setup: dict, ours: Ours, build: float, plain: float, size: int, workers: str
) -> None:
    sending = ours.last_mail - ours.first_mail
    rows = [
        ("Setup (untimed)", None, None),
        ("  migrate the scratch database", setup["migrate"], None),
        (f"  create {n:,} followers and the guide", setup["seed"], None),
        (f"Ours: {workers}, seconds from its start", None, None),
        ("  fan-out job starts (worker boot)", ours.fan_out_start, None),
        ("  fan-out job ends (deliveries + jobs)", ours.fan_out_end, None),
        ("  first mail at the sink", ours.first_mail, None),
        ("  last mail at the sink (TOTAL)", ours.last_mail, rate(n, ours.last_mail)),
        ("  all deliveries 'sent'", ours.all_sent, rate(n, ours.all_sent)),
        ("  sending only (first to last mail)", sending, rate(n, sending)),
        ("Plain smtplib, same mails, same sink", None, None),
        ("  build: render + bytes (timed apart)", build, rate(n, build)),
        ("  send over one connection", plain, rate(n, plain)),
        ("  build + send", build + plain, rate(n, build + plain)),
    ]
    out()
    out(f"{'':44}{'seconds':>10}{'mails/s':>10}")
    for label, seconds, per_second in rows:
        if seconds is None:
            out(label)
        else:
            out(f"{label:44}{seconds:10.1f}{per_second or '':>10}")
    ratio = plain / ours.last_mail
    out()
    out(f"Ratio ours / plain send, mails/s:            {ratio:.2f}")
    out(f"  ours sending only / plain send:            {plain / sending:.2f}")
    out(f"  ours sending only / plain build + send:    {(build + plain) / sending:.2f}")
    fan_out = ours.fan_out_end - ours.fan_out_start
    out(f"Fan-out job (deliveries + batch jobs):       {fan_out:.1f} s")
    out(f"Bytes at the sink: ours {ours.size:,}, plain {size:,}")
    if ours.worker_peak_rss_mb is not None:
        out(f"Worker peak RSS: {ours.worker_peak_rss_mb:.0f} MB")
    out()
    out("For the README (date | cores | followers | fan-out | total | ours/s")
    out("| plain/s | ratio):")
    out(
        f"| {time.strftime('%Y-%m-%d')} | {os.cpu_count()} | {n:,} | {fan_out:.1f} s "
        f"| {ours.last_mail:.1f} s | {rate(n, ours.last_mail)} "
        f"| {rate(n, plain)} | {ratio:.2f} |"
    )


# Main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds per timed phase"
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=1,
        help="the worker's --concurrency (default 1, as `make worker`)",
    )
    parser.add_argument("--keep", action="store_true", help="keep portal_bench")
    args = parser.parse_args(argv)
    if args.subscribers < 1:
        parser.error("--subscribers must be at least 1")
    if os.environ.get("DEBUG", "").lower() not in {"true", "1", "yes", "on"}:
        # The worker runs with DEBUG=true; this process renders the same mails.
        parser.error("run it with DEBUG=true, as the worker it starts")

    in_scratch_database(BENCH_DATABASE, lambda url: run(args, url), keep=args.keep)


def run(args: argparse.Namespace, database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["SITE_URL"] = SITE_URL
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    if settings.DATABASES["default"]["NAME"] != BENCH_DATABASE:
        raise BenchError("Django is not pointed at the scratch database; stopping.")

    n = args.subscribers
    setup = {}
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    setup["migrate"] = time.monotonic() - started
    started = time.monotonic()
    article_id = seed(n)
    setup["seed"] = time.monotonic() - started
    out(f"Migrated in {setup['migrate']:.1f} s; seeded {n:,} in {setup['seed']:.1f} s")

    handler = CountingHandler()
    controller = sink_start(handler)
    try:
        ours = time_ours(
            article_id=article_id,
            n=n,
            database_url=database_url,
            port=controller.port,
            handler=handler,
            timeout=args.timeout,
            concurrency=args.concurrency,
        )
        out(f"Ours: {n:,} mails in {ours.last_mail:.1f} s. Building plain mails...")
        started = time.monotonic()
        messages = build_messages(article_id)
        build = time.monotonic() - started
        if len(messages) != n:
            raise BenchError(f"Built {len(messages)} mails, expected {n}.")
        out(f"Built in {build:.1f} s. Sending them with smtplib...")
        plain = send_plain(
            messages, port=controller.port, handler=handler, timeout=args.timeout
        )
        if handler.count != n:
            raise BenchError(f"The sink counted {handler.count} plain mails, not {n}.")
        size = handler.size
    finally:
        controller.stop()
    workers = f"1 worker, concurrency {args.concurrency}"
    report(n, setup, ours, build, plain, size, workers)


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        sys.stderr.write(f"bench/fanout.py FAILED: {error}\n")
        sys.exit(1)
