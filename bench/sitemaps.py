"""Time sitemap.xml and every page it lists, served by gunicorn as in production.

Run from the project root; it stops by itself:

    DEBUG=true .venv/bin/python bench/sitemaps.py [--guides 100000] [--runs 5] [--keep]
    DEBUG=true .venv/bin/python bench/sitemaps.py --reuse [--keep]

It works in a scratch database, portal_bench_sitemaps, on the server of the dev
database (or of DATABASE_URL), dropped at the end unless --keep. --reuse takes the
database a --keep run left (migrated again, not seeded again). The guides are
bench/search.py's generated ones, signed off as copied; one in 50 is a draft, one in
50 withdrawn and one in 50 scheduled, none of which may be listed. One gunicorn sync
worker serves the site with DEBUG off; the bench reads the worker's memory from
/proc. bench/README.md explains the figures.
"""

import argparse
import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from scratch import (
    BASE_DIR,
    BenchError,
    in_scratch_database,
    out,
    server_url,
    with_database,
)

BENCH_DATABASE = "portal_bench_sitemaps"
# The goals for one sitemap page at 100,000 guides.
GOAL_MS = 300.0
GOAL_GROWTH_MB = 100.0
# Of every 50 guides (by id), these are not live: a draft, a withdrawn guide, and one
# scheduled for next month.
HELD_BACK = {"draft": 3, "withdrawn": 13, "scheduled": 23}
LOC = re.compile(r"<loc>([^<]*)</loc>")


# Data ---------------------------------------------------------------------------------


def seed(guides: int, seed: int) -> float:
    """Seed topics, people, tags, guides and a few FAQ entries; return seconds."""
    from search import seed_faq, seed_fixed, seed_guides

    started = time.perf_counter()
    fixed = seed_fixed()

    def progress(done: int) -> None:
        if done % 20_000 == 0 or done == guides:
            out(f"  {done:>7,} guides in {time.perf_counter() - started:6.1f} s")

    seed_guides(guides, fixed, seed, progress)
    seed_faq(20, fixed, seed)
    hold_back()
    vacuum_analyze()
    return time.perf_counter() - started


def hold_back() -> None:
    """Take one guide in 50 back to draft, withdraw one, schedule one."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET status = 'draft', first_published_at = NULL"
            " WHERE id %% 50 = %s",
            [HELD_BACK["draft"]],
        )
        cursor.execute(
            "UPDATE articles_article SET status = 'withdrawn',"
            " withdrawal_reason = 'Replaced by a newer guide.' WHERE id %% 50 = %s",
            [HELD_BACK["withdrawn"]],
        )
        cursor.execute(
            "UPDATE articles_article SET publish_at = now() + interval '30 days',"
            " first_published_at = NULL WHERE id %% 50 = %s",
            [HELD_BACK["scheduled"]],
        )


def vacuum_analyze() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("articles_article", "articles_category", "articles_tag"):
            cursor.execute(f"VACUUM ANALYZE {table}")


def live_guide_paths() -> list[str]:
    """The address of every guide readers may see, as the application builds it."""
    from articles.models import Article

    return [
        Article(slug=slug).get_absolute_url()
        for slug in Article.objects.published().values_list("slug", flat=True)
    ]


def guide_counts() -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT CASE WHEN status = 'published' AND publish_at > now()
                        THEN 'scheduled' ELSE status END, count(*)
              FROM articles_article GROUP BY 1 ORDER BY 1
            """
        )
        return dict(cursor.fetchall())


def table_size() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_pretty(pg_total_relation_size('articles_article'))"
        )
        return cursor.fetchone()[0]


# Serving ------------------------------------------------------------------------------


def production_environment(database_url: str) -> dict[str, str]:
    """What docker-compose.yml gives the web service, on the scratch database, with
    the page cache off."""
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-sitemaps-only-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        # The views are timed, not the page cache, which would answer every GET
        # after the first from memory.
        "PAGE_CACHE_SECONDS": "0",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """One sync worker, as the Dockerfile runs three; its pid for /proc."""

    def __init__(self, environment: dict[str, str], timeout: int) -> None:
        self.port = free_port()
        bin_dir = Path(sys.executable).parent
        self.log = open(BASE_DIR / "var" / "bench-sitemaps-gunicorn.log", "w")
        self.process = subprocess.Popen(  # noqa: S603 (our own command line)
            [
                str(bin_dir / "gunicorn"),
                "portal.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--timeout",
                str(timeout),
            ],
            cwd=BASE_DIR,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.worker = self._wait_for_worker()

    def _wait_for_worker(self) -> int:
        deadline = time.monotonic() + 60
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError("gunicorn exited; see var/bench-sitemaps-gunicorn.log")
            pids = children.read_text().split() if children.exists() else []
            if pids:
                try:
                    if get(self.port, "/robots.txt")[0] == 200:
                        return int(pids[0])
                except OSError:
                    pass
            time.sleep(0.2)
        raise BenchError("gunicorn did not answer within 60 s.")

    def memory_mb(self) -> tuple[float, float]:
        """The worker's resident memory now and at its peak (VmRSS, VmHWM), MB."""
        fields = {}
        for line in Path(f"/proc/{self.worker}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) / 1024
        return fields["VmRSS"], fields["VmHWM"]

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def get(port: int, path: str) -> tuple[int, bytes, float]:
    """GET path; return the status, the body and the milliseconds to the last byte."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        started = time.perf_counter()
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        body = response.read()
        return response.status, body, (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# Main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="timed GETs of each page")
    parser.add_argument("--seed", type=int, default=2026, help="of the text generator")
    parser.add_argument("--keep", action="store_true", help=f"keep {BENCH_DATABASE}")
    parser.add_argument(
        "--reuse", action="store_true", help=f"serve the kept {BENCH_DATABASE} as it is"
    )
    parser.add_argument(
        "--timeout", type=int, default=120, help="gunicorn's worker timeout, seconds"
    )
    args = parser.parse_args(argv)
    if args.guides < 1 or args.runs < 1:
        parser.error("--guides and --runs must be at least 1")
    if os.environ.get("DEBUG", "").lower() not in {"true", "1", "yes", "on"}:
        parser.error("run it with DEBUG=true (gunicorn serves with DEBUG off)")

    if not args.reuse:
        in_scratch_database(
            BENCH_DATABASE, lambda url: run(args, url, fresh=True), keep=args.keep
        )
        return
    sys.path.insert(0, str(BASE_DIR))
    database_url = with_database(server_url(), BENCH_DATABASE)
    out(f"Reusing {database_url}")
    try:
        run(args, database_url, fresh=False)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            from scratch import database_recreate

            database_recreate(server_url(), BENCH_DATABASE, create=False)
            out(f"Dropped {BENCH_DATABASE}.")


def run(args: argparse.Namespace, database_url: str, *, fresh: bool) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    if settings.DATABASES["default"]["NAME"] != BENCH_DATABASE:
        raise BenchError("Django is not pointed at the scratch database; stopping.")
    call_command("migrate", interactive=False, verbosity=0)
    if fresh:
        seconds = seed(args.guides, args.seed)
        out(f"Seeded {args.guides:,} guides in {seconds:.1f} s.")
    counts = guide_counts()
    out(f"Guides: {counts}; the guide table with TOAST and indexes: {table_size()}")
    expected = live_guide_paths()

    environment = production_environment(database_url)
    subprocess.run(  # noqa: S603 (our own command line)
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=BASE_DIR,
        env=environment,
        check=True,
    )
    out(f"Load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    server = Gunicorn(environment, args.timeout)
    try:
        measure(args, server, expected)
    finally:
        server.stop()
    out(f"Load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def measure(args: argparse.Namespace, server: Gunicorn, expected: list[str]) -> None:
    get(server.port, "/robots.txt")  # a warm-up: URLconf, middleware, templates
    rss_start, peak_start = server.memory_mb()
    status, body, _ = get(server.port, "/sitemap.xml")
    if status != 200:
        raise BenchError(f"/sitemap.xml answered {status}")
    if b"<sitemapindex" in body:
        pages = ["/sitemap.xml"] + [path_of(url) for url in LOC.findall(body.decode())]
    else:
        pages = ["/sitemap.xml"]  # one sitemap, no index (as before issue 12)

    out(
        f"\n{len(pages)} pages (the index first), {args.runs} timed GETs each after"
        " one untimed; milliseconds to the last byte"
    )
    out(f"{'page':44}{'URLs':>7}{'kB':>7}{'median':>9}{'max':>9}{'RSS MB':>9}")
    listed: list[str] = []
    results = []
    for page in pages:
        get(server.port, page)  # a warm-up GET, not timed
        times = []
        for _ in range(args.runs):
            status, body, ms = get(server.port, page)
            times.append(ms)
        locs = LOC.findall(body.decode()) if status == 200 else []
        if page != "/sitemap.xml" or len(pages) == 1:
            listed += [path_of(loc) for loc in locs]
        rss, _ = server.memory_mb()
        median = statistics.median(times)
        results.append((page, status, median))
        label = page if status == 200 else f"{page} ({status})"
        out(
            f"{label:44}{len(locs):>7,}{len(body) / 1000:>7.0f}"
            f"{median:>9.1f}{max(times):>9.1f}{rss:>9.0f}"
        )
    rss_end, peak_end = server.memory_mb()

    out()
    out(
        f"Worker memory: {rss_start:.0f} MB after a warm-up GET of /robots.txt;"
        f" {rss_end:.0f} MB at the end (+{rss_end - rss_start:.0f} MB);"
        f" peak {peak_end:.0f} MB (+{peak_end - rss_start:.0f} MB)"
    )
    report_coverage(listed, expected)
    slowest = max(median for _, _, median in results)
    failed = [(page, status) for page, status, _ in results if status != 200]
    growth = peak_end - rss_start
    out(
        f"Slowest page: median {slowest:.1f} ms (goal under {GOAL_MS:.0f});"
        f" peak memory growth {growth:.0f} MB (goal under {GOAL_GROWTH_MB:.0f});"
        f" pages that failed: {failed or 'none'}"
    )


def report_coverage(listed: list[str], expected: list[str]) -> None:
    """Every live guide listed once; nothing else under /guides/."""
    guides = [path for path in listed if path.startswith("/guides/")]
    seen: dict[str, int] = {}
    for path in guides:
        seen[path] = seen.get(path, 0) + 1
    wanted = set(expected)
    missing = len(wanted - seen.keys())
    twice = sum(1 for count in seen.values() if count > 1)
    extra = len(seen.keys() - wanted)
    out(
        f"Guides: {len(wanted):,} live; listed {len(seen):,} distinct; missing"
        f" {missing:,}; listed more than once {twice:,}; listed but not live {extra:,}"
    )


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        sys.stderr.write(f"bench/sitemaps.py FAILED: {error}\n")
        sys.exit(1)
