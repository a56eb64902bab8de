"""Time the reader pages that must stay fast as the library grows, and show their SQL.

Run from the project root; it stops by itself:

    DEBUG=true .venv/bin/python bench/page_queries.py [--guides 1000]
        [--requests 20] [--keep] [--reuse]

It seeds N published, signed-off guides (bench/search.py's generator) into a scratch
database, portal_bench_page_queries, on the server of the dev database (or of
DATABASE_URL), dropped at the end unless --keep; --reuse takes a kept one as it is
(migrated, not seeded again). Then, for the guide page, a topic's first and last page,
a tag's first and last page, home, the RSS feed, the FAQ and a search:

(a) the SQL each view runs (Django's test client, DEBUG off): how many queries, and
    PostgreSQL's execution time of each (EXPLAIN ANALYZE), with the full plan of the
    slowest query of each page;
(b) gunicorn serving the scratch database as production does (DEBUG off, static files
    collected, 2 sync workers): the median wall time of R sequential requests per
    page, and the CPU the workers spent per request (utime + stime from /proc).

bench/README.md has the figures. The machine's load average is printed with them.
"""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

from scratch import (
    BASE_DIR,
    BenchError,
    in_scratch_database,
    out,
    server_url,
    with_database,
)

BENCH_DATABASE = "portal_bench_page_queries"
FAQ_ENTRIES = 200
SEED = 2026
SEARCH = "immunotherapy side effects"
DEMO_GUIDE = "immunotherapy-checkpoint-inhibitors"
WORKERS = 2


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=20, help="per page (20)")
    parser.add_argument("--keep", action="store_true", help=f"keep {BENCH_DATABASE}")
    parser.add_argument(
        "--reuse", action="store_true", help=f"use a kept {BENCH_DATABASE} as it is"
    )
    parser.add_argument("--no-serve", action="store_true", help="only (a): no gunicorn")
    parser.add_argument(
        "--only", default="", help="time only the pages whose name contains this"
    )
    args = parser.parse_args(argv)
    if args.guides < 100 or args.requests < 1:
        parser.error("--guides must be at least 100, --requests at least 1")
    if os.environ.get("DEBUG", "").lower() not in {"true", "1", "yes", "on"}:
        parser.error("run it with DEBUG=true (pages are timed with DEBUG off)")
    if args.reuse:
        sys.path.insert(0, str(BASE_DIR))
        run(args, with_database(server_url(), BENCH_DATABASE))
    else:
        in_scratch_database(BENCH_DATABASE, lambda url: run(args, url), keep=args.keep)


def run(args: argparse.Namespace, database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    import django

    django.setup()
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    from django.conf import settings
    from django.core.management import call_command

    if settings.DATABASES["default"]["NAME"] != BENCH_DATABASE:
        raise BenchError("Django is not pointed at the scratch database; stopping.")
    call_command("migrate", interactive=False, verbosity=0)
    if not args.reuse:
        seed(args.guides)
    pages = {name: url for name, url in pages_to_time().items() if args.only in name}
    out(f"Load average before: {_load()}")
    explained = explain_pages(pages)
    if not args.no_serve:
        served = serve_and_time(database_url, pages, args.requests)
    out(f"Load average after: {_load()}")
    guides = _count_guides()
    out()
    out(f"{guides:,} published guides; {os.cpu_count()} cores")
    header = f"{'page':34}{'queries':>8}{'db ms':>8}"
    if not args.no_serve:
        header += f"{'wall ms':>9}{'cpu ms':>8}"
    out(header)
    for name in pages:
        count, execution, _ = explained[name]
        line = f"{name:34}{count:>8}{execution:>8.1f}"
        if not args.no_serve:
            wall, cpu = served[name]
            line += f"{wall:>9.1f}{cpu:>8.1f}"
        out(line)
    out("(db ms: PostgreSQL's execution time, all the page's queries, one run;")
    out(f" wall ms: median of {args.requests} requests through gunicorn; cpu ms: the")
    out(" workers' CPU time per request over those requests)")
    for name, url in pages.items():
        out()
        out(f"Slowest query of {name} ({url}):")
        out(explained[name][2])


# Data ---------------------------------------------------------------------------------


def seed(n: int) -> None:
    """N guides and a few FAQ entries as bench/search.py makes them, then the demo
    content (load_demo: guides with sources and pins, FAQ, pages, the notice bar)
    through the workflow; then VACUUM ANALYZE."""
    import io

    from django.core.management import call_command
    from search import seed_faq, seed_fixed, seed_guides, vacuum_analyze

    started = time.perf_counter()
    fixed = seed_fixed()

    def progress(done: int) -> None:
        if done % 20_000 == 0 or done == n:
            out(f"  {done:>7,} guides in {time.perf_counter() - started:6.1f} s")

    seed_guides(n, fixed, SEED, progress)
    seed_faq(FAQ_ENTRIES, fixed, SEED)
    call_command("load_demo", stdout=io.StringIO())
    out(f"Seeded {n:,} guides and the demo in {time.perf_counter() - started:.1f} s.")
    out(f"VACUUM ANALYZE in {vacuum_analyze():.1f} s.")


def _count_guides() -> int:
    from articles.models import Article

    return Article.objects.published().count()


def pages_to_time() -> dict[str, str]:
    """The URLs timed: a demo guide (sources, pins, table of contents), its topic
    and tag, a generated guide from the middle of the ids, and site-wide pages."""
    import math

    from django.urls import reverse

    from articles.models import Article
    from articles.views import GUIDES_PER_PAGE

    guides = Article.objects.published()
    guide = guides.get(slug=DEMO_GUIDE)
    generated = guides.order_by("pk")[guides.count() // 2]
    topic = guide.category
    tag = guide.tags.order_by("name").first()
    topic_pages = math.ceil(guides.in_category(topic).count() / GUIDES_PER_PAGE)
    tag_pages = math.ceil(guides.tagged(tag).count() / GUIDES_PER_PAGE)
    return {
        "guide (demo)": guide.get_absolute_url(),
        "guide (generated)": generated.get_absolute_url(),
        "topic, page 1": topic.get_absolute_url(),
        f"topic, last page ({topic_pages})": (
            f"{topic.get_absolute_url()}?page={topic_pages}"
        ),
        "tag, page 1": tag.get_absolute_url(),
        f"tag, last page ({tag_pages})": f"{tag.get_absolute_url()}?page={tag_pages}",
        "home": reverse("articles:home"),
        "RSS feed": reverse("articles:feed_rss"),
        "FAQ": reverse("articles:faq"),
        "search": f"{reverse('articles:search')}?q={SEARCH.replace(' ', '+')}",
    }


# (a) SQL ------------------------------------------------------------------------------


def explain_pages(pages: dict[str, str]) -> dict[str, tuple[int, float, str]]:
    """Per page: its number of queries, their summed execution ms, and the plan
    (EXPLAIN ANALYZE, BUFFERS) of the slowest, with its SQL."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    results = {}
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["127.0.0.1"]):
        client = Client()
        for name, url in pages.items():
            client.get(url, HTTP_HOST="127.0.0.1")  # warm the caches
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, HTTP_HOST="127.0.0.1")
            if response.status_code != 200:
                raise BenchError(f"GET {url} answered {response.status_code}.")
            statements = [query["sql"] for query in captured.captured_queries]
            plans = []
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}")
                    plan = cursor.fetchone()[0]
                    plan = json.loads(plan) if isinstance(plan, str) else plan
                    plans.append(plan[0]["Execution Time"])
                slowest = max(range(len(plans)), key=plans.__getitem__)
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {statements[slowest]}")
                text = "\n".join(row[0] for row in cursor.fetchall())
            results[name] = (
                len(statements),
                sum(plans),
                f"{statements[slowest]}\n{text}",
            )
    return results


# (b) gunicorn -------------------------------------------------------------------------


def serve_and_time(
    database_url: str, pages: dict[str, str], requests: int
) -> dict[str, tuple[float, float]]:
    """Per page: median wall ms of sequential requests, and worker CPU ms a request."""
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-page-queries-not-a-secret-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
    }
    python = str(Path(sys.executable))
    subprocess.run(  # noqa: S603 (our own manage.py)
        [python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gunicorn = subprocess.Popen(  # noqa: S603 (our own app)
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
        ],
        cwd=BASE_DIR,
        env=env,
    )
    try:
        _wait_until_serving(port, gunicorn)
        workers = _children(gunicorn.pid)
        results = {}
        for name, url in pages.items():
            for _ in range(2 * WORKERS):  # warm every worker
                _get(port, url)
            cpu_before = sum(_cpu_seconds(pid) for pid in workers)
            times = [_get(port, url) for _ in range(requests)]
            cpu_after = sum(_cpu_seconds(pid) for pid in workers)
            results[name] = (
                statistics.median(times),
                (cpu_after - cpu_before) * 1000 / requests,
            )
        return results
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)


def _get(port: int, url: str) -> float:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    if response.status != 200:
        raise BenchError(f"gunicorn answered {response.status} to GET {url}.")
    return (time.perf_counter() - started) * 1000


def _wait_until_serving(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError("gunicorn exited before serving.")
        try:
            _get(port, "/robots.txt")
        except OSError:
            time.sleep(0.2)
        else:
            return
    raise BenchError("gunicorn did not serve within 60 s.")


def _children(pid: int) -> list[int]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if len(children) >= WORKERS:
            return [int(child) for child in children]
        time.sleep(0.1)
    raise BenchError("gunicorn did not start its workers.")


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        out(f"Stopped: {error}")
        sys.exit(1)
