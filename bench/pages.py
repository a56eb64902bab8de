"""Load the reader pages with wrk, served as in production, beside the Wagtail anchor.

Run from the project root (`make bench-pages` does this); it stops by itself:

    DEBUG=true .venv/bin/python bench/pages.py [--guides 1000]
        [--sizes 1000,10000,100000] [--faq 100] [--no-anchor] [--no-proxy] [--keep]

In one run: our site under gunicorn (DEBUG off, collectstatic, 2 sync workers,
persistent database connections) and the Wagtail anchor (../shared/bench/wagtail/
wagtail_site.sh: setup, start, stop), loaded in turn in the same rounds with the
anchor's wrk settings (THREADS, CONNS, DURATION, WARMUP, RUNS, read from the
environment with the anchor's defaults); then our caching proxy (deploy/nginx.conf on a
local nginx) in front; then a scale table at each size of --sizes. Our pages come from a
scratch database, portal_bench_pages, seeded with bench/search.py's generator (COPY, the
sign-offs the database demands) and dropped at the end unless --keep.
bench/README.md explains the procedure and the figures.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scratch import (
    BASE_DIR,
    BenchError,
    database_recreate,
    out,
    server_url,
    with_database,
)

BENCH_DATABASE = "portal_bench_pages"
RESULTS = BASE_DIR / "var" / "bench-pages"

# The anchor's wrk settings and names (wagtail_site.sh), read the way it reads them.
THREADS = os.environ.get("THREADS", "2")
CONNS = os.environ.get("CONNS", "16")
DURATION = os.environ.get("DURATION", "15s")
WARMUP = os.environ.get("WARMUP", "3s")
RUNS = int(os.environ.get("RUNS", "2"))
GUNICORN_WORKERS = os.environ.get("GUNICORN_WORKERS", "2")
CONN_MAX_AGE = os.environ.get("WAGBENCH_CONN_MAX_AGE", "600")
# wrk gives up on a response after 2 s by default and leaves it out of the figures;
# a slow page at 100,000 guides must be counted, so both sites get a longer one.
WRK_TIMEOUT = os.environ.get("WRK_TIMEOUT", "30s")
# What a browser sends; the anchor's pages ignore it, ours may compress.
ACCEPT_ENCODING = "Accept-Encoding: gzip"

ANCHOR = Path(
    os.environ.get("WAGTAIL_ANCHOR")
    or BASE_DIR.parent / "shared" / "bench" / "wagtail" / "wagtail_site.sh"
)
# Our own copy of the anchor's site and ports, so that another checkout's anchor run
# is neither reused nor stopped by this one.
ANCHOR_ENV = {
    "WAGBENCH_DIR": os.environ.get(
        "WAGBENCH_DIR", str(Path(tempfile.gettempdir()) / "wagbench-pages")
    ),
    "WAGTAIL_PORT": os.environ.get("WAGTAIL_PORT", "8431"),
}
ANCHOR_SLUG = os.environ.get("ARTICLE_SLUG", "article-0500")
OUR_PORT = int(os.environ.get("PAGES_PORT", "8411"))
PROXY_PORT = int(os.environ.get("PAGES_PROXY_PORT", "8412"))
SEARCH_QUERY = "immunotherapy side effects"

# A new address for every request (a query string no cache has seen): the uncached
# figure, whatever caches the site has. The same script loads the anchor's pages.
NEW_URL_EACH_REQUEST = """
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end
function init(args)
    prefix = "?"
    if string.find(wrk.path, "?", 1, true) then prefix = "&" end
    prefix = prefix .. "uncached=" .. args[1] .. "-" .. id .. "-"
    n = 0
end
function request()
    n = n + 1
    return wrk.format(nil, wrk.path .. prefix .. n)
end
"""


@dataclass
class Target:
    """One page loaded by wrk: where, what it must answer, what it is compared with."""

    name: str
    url: str
    expect: int = 200
    uncached: bool = True  # a new address for every request
    conditional: bool = False  # If-None-Match with the page's current ETag
    headers: list[str] = field(default_factory=list)
    anchor: str = ""  # the anchor's page its ratio is taken against
    site: str = "ours"  # ours, proxy (ours behind nginx) or wagtail
    page: str = ""  # its key in our_paths(), for the SQL count


@dataclass
class Measured:
    target: Target
    guides: int
    run: int
    req_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx_3xx: int
    socket_errors: str
    answers: str = ""


# wrk ----------------------------------------------------------------------------------

UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match[1]) * UNIT_MS[match[2]] if match else float("nan")


def parse_wrk(text: str) -> dict:
    """The figures of one `wrk --latency` run."""
    rate = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if rate is None:
        raise BenchError(f"wrk printed no rate:\n{text}")
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.MULTILINE)
    done = re.search(r"(\d+) requests in", text)
    non_ok = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors: (.*)", text)
    return {
        "req_s": float(rate[1]),
        "p50_ms": _ms(p50[1]) if p50 else float("nan"),
        "p99_ms": _ms(p99[1]) if p99 else float("nan"),
        "requests": int(done[1]) if done else 0,
        "non_2xx_3xx": int(non_ok[1]) if non_ok else 0,
        "socket_errors": errors[1].strip() if errors else "none",
    }


def wrk_command(target: Target, duration: str, scripts: Path, tag: str) -> list[str]:
    """wrk with the anchor's settings, for one target."""
    command = [shutil.which("wrk"), f"-t{THREADS}", f"-c{CONNS}", f"-d{duration}"]
    command += ["--latency", "--timeout", WRK_TIMEOUT, "-H", ACCEPT_ENCODING]
    for header in target.headers:
        command += ["-H", header]
    if target.conditional:
        command += ["-H", f"If-None-Match: {current_etag(target)}"]
    if target.uncached:
        script = scripts / "new_url_each_request.lua"
        return [*command, "-s", str(script), target.url, "--", tag]
    return [*command, target.url]


def wrk(target: Target, guides: int, run: int, scripts: Path) -> Measured:
    """A discarded warm-up, then the timed run, each followed by a drain."""
    tag = f"{run}{secrets.token_hex(3)}"
    etag_before = current_etag(target) if target.conditional else ""
    warm_up = wrk_command(target, WARMUP, scripts, tag + "w")
    subprocess.run(warm_up, capture_output=True, check=False)  # noqa: S603
    drain(target)
    result = subprocess.run(  # noqa: S603
        wrk_command(target, DURATION, scripts, tag),
        capture_output=True,
        text=True,
        check=False,
    )
    drained = drain(target)
    answers = ""
    if target.conditional:
        # wrk counts 304s and 200s alike; with the ETag the same before and after the
        # run, every answer was a 304.
        same = current_etag(target) == etag_before
        answers = "all 304" if same else "the ETag changed: 200s after the change"
    name = re.sub(r"\W+", "-", f"{guides} {target.site} {target.name}").strip("-")
    (scripts / "raw" / f"{name}-run{run}.txt").write_text(
        result.stdout + result.stderr + f"Drained in {drained:.1f} s\n"
    )
    measured = Measured(target, guides, run, **parse_wrk(result.stdout))
    measured.answers = answers
    line = (
        f"  {target.site:7} {target.name:36} {measured.req_s:10.1f} req/s"
        f"  p50 {measured.p50_ms:8.1f}  p99 {measured.p99_ms:8.1f} ms"
    )
    if drained > 1:
        line += f"  drained in {drained:.0f} s"
    if measured.non_2xx_3xx:
        line += f"  non-2xx/3xx {measured.non_2xx_3xx}/{measured.requests}"
    if measured.socket_errors != "none":
        line += f"  socket errors: {measured.socket_errors}"
    if measured.answers:
        line += f"  answers: {measured.answers}"
    out(line)
    return measured


def drain(target: Target) -> float:
    """Wait until the app server behind target has answered what wrk left queued.

    When wrk stops, the requests it sent are still in the server's queue and its sync
    workers answer every one of them; a slow page would eat into the next target's
    run. A cheap request to the same server is answered after them: wait for it.
    """
    port = ANCHOR_ENV["WAGTAIL_PORT"] if target.site == "wagtail" else OUR_PORT
    started = time.monotonic()
    try:
        fetch(f"http://127.0.0.1:{port}/robots.txt", timeout=900)
    except (OSError, http.client.HTTPException) as error:
        raise BenchError(
            f"The server behind {target.name} did not drain: {error}"
        ) from error
    return time.monotonic() - started


def seconds(duration: str) -> float:
    """wrk's duration ("15s", "2m", "1h") in seconds."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([smh]?)", duration)
    if match is None:
        raise BenchError(f"Cannot read the duration {duration!r}.")
    return float(match[1]) * {"": 1, "s": 1, "m": 60, "h": 3600}[match[2]]


# HTTP and processes -------------------------------------------------------------------


def fetch(url: str, headers: dict | None = None, timeout: float = 120):
    """GET url without following redirects: (status, headers, body)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.netloc, timeout=timeout)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.headers, body


def with_query(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


def request_headers(target: Target) -> dict[str, str]:
    """The headers wrk sends for target (for a conditional GET, the current ETag)."""
    headers = dict(line.split(": ", 1) for line in [ACCEPT_ENCODING, *target.headers])
    if target.conditional:
        headers["If-None-Match"] = current_etag(target)
    return headers


def current_etag(target: Target) -> str:
    _, headers, _ = fetch(target.url, {"Accept-Encoding": "gzip"})
    return headers.get("ETag", "")


def one_request_ms(target: Target, times: int = 5) -> float:
    """Median time of single requests, one at a time, after one warm-up."""
    timings = []
    for n in range(times + 1):
        url = target.url
        if target.uncached:
            url = with_query(url, f"uncached=alone-{secrets.token_hex(4)}-{n}")
        headers = request_headers(target)
        started = time.perf_counter()
        try:
            fetch(url, headers)
        except (OSError, http.client.HTTPException):
            return float("nan")  # a worker timed out and was killed, say
        if n:
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def port_free(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return True
    return False


def wait_for_http(url: str, process: subprocess.Popen, what: str, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"{what} exited; see {log}")
        try:
            fetch(url, timeout=5)
            return
        except OSError:
            time.sleep(0.2)
    raise BenchError(f"{what} did not answer within 120 s; see {log}")


def production_env(database_url: str) -> dict:
    """The environment gunicorn gets: DEBUG off, as the compose file sets it."""
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "CONN_MAX_AGE": CONN_MAX_AGE,
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def collectstatic(env: dict) -> None:
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )


def gunicorn_start(env: dict, log: Path) -> subprocess.Popen:
    """gunicorn as in production: 2 sync workers (the anchor's), no access log."""
    if not port_free(OUR_PORT):
        raise BenchError(f"Port {OUR_PORT} is taken; set PAGES_PORT.")
    process = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{OUR_PORT}",
            "--workers",
            GUNICORN_WORKERS,
            "--worker-class",
            "sync",
            # gunicorn 27 opens ~/.gunicorn/gunicorn.ctl otherwise, shared with the
            # anchor's gunicorn (its README, "Pitfalls").
            "--no-control-socket",
            "--error-logfile",
            str(log),
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_http(f"http://127.0.0.1:{OUR_PORT}/", process, "gunicorn", log)
    return process


def worker_memory_mb(master: subprocess.Popen) -> dict[int, tuple[float, float]]:
    """Each gunicorn worker's resident and peak resident memory, MB (from /proc)."""
    pids = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    memory = {}
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        fields = dict(line.split(":", 1) for line in status if ":" in line)
        memory[int(pid)] = tuple(
            int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM")
        )
    return memory


def process_stop(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# The anchor ---------------------------------------------------------------------------


def anchor_run(command: str, capture: bool = False) -> str:
    """`bash wagtail_site.sh COMMAND` with our own folder and port for the anchor."""
    env = {**os.environ, **ANCHOR_ENV}
    for name in ("DEBUG", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"):
        env.pop(name, None)  # ours, not the anchor's
    result = subprocess.run(  # noqa: S603
        [shutil.which("bash"), str(ANCHOR), command],
        env=env,
        capture_output=capture,
        text=True,
        check=False,
    )
    if result.returncode:
        raise BenchError(
            f"wagtail_site.sh {command} failed ({result.returncode})"
            + (f":\n{result.stderr[-2000:]}" if capture else "")
        )
    return result.stdout if capture else ""


def anchor_running() -> bool:
    return "gunicorn: running" in anchor_run("status", capture=True)


def anchor_targets() -> dict[str, Target]:
    base = f"http://127.0.0.1:{ANCHOR_ENV['WAGTAIL_PORT']}"
    return {
        name: Target(name=name, url=base + path, expect=status, site="wagtail")
        for name, path, status in [
            ("article", f"/articles/{ANCHOR_SLUG}/", 200),
            ("listing", "/articles/", 200),
            ("404", "/articles/no-such-article/", 404),
        ]
    }


# Our pages ----------------------------------------------------------------------------


def seed(guides: int, faq: int, seed_value: int) -> None:
    """Topics, people, N signed-off guides, FAQ entries and the site pages."""
    from search import seed_faq, seed_fixed, seed_guides, vacuum_analyze

    from articles import demo_content
    from articles.models import Page

    started = time.perf_counter()
    fixed = seed_fixed()
    seed_guides(guides, fixed, seed_value, lambda done: None)
    seed_faq(faq, fixed, seed_value)
    for item in demo_content.PAGES:
        summary = demo_content.DISCLAIMER_SHORT if item["slug"] == "disclaimer" else ""
        Page.objects.create(**item, summary=summary)
    vacuum_analyze()
    out(
        f"Seeded {guides:,} guides and {faq:,} FAQ entries in "
        f"{time.perf_counter() - started:.1f} s."
    )


def our_paths(guides: int) -> dict[str, str]:
    """The addresses measured: the middle guide (as the anchor's 500th of 1,000)."""
    from articles.models import Article, Category
    from articles.views import GUIDES_PER_PAGE

    guide = Article.objects.get(pk=guides // 2)
    topic = Category.objects.order_by("order").first()
    in_topic = Article.objects.published().in_category(topic).count()
    last_page = max(1, -(-in_topic // GUIDES_PER_PAGE))
    return {
        "guide": guide.get_absolute_url(),
        "home": "/",
        "topic": topic.get_absolute_url(),
        "topic, last page": f"{topic.get_absolute_url()}?page={last_page}",
        "FAQ": "/faq/",
        "search": f"/search/?q={SEARCH_QUERY.replace(' ', '+')}",
        "404": "/guides/no-such-guide/",
        "sitemap.xml": "/sitemap.xml",
    }


def facts_main() -> None:
    """In a process with gunicorn's environment: SQL queries per page, and whether a
    page cache and a 304 that skips rendering exist (fewer queries than a new URL)."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    paths = json.load(sys.stdin)
    client = Client(HTTP_HOST="127.0.0.1")

    def get(path: str, **headers) -> tuple[int, object]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, headers={"accept-encoding": "gzip", **headers})
        return len(queries), response

    facts: dict = {"queries": {}}
    for name, path in paths.items():
        get(path)
        get(path)
        count, _ = get(with_query(path, "uncached=facts"))
        facts["queries"][name] = count
    guide = paths["guide"]
    new_url, _ = get(with_query(guide, "uncached=facts-again"))
    repeated, response = get(guide)
    etag = response.headers.get("ETag", "")
    conditional, answer = get(guide, **{"if-none-match": etag})
    facts["page_cache"] = repeated < new_url
    facts["skips_render_304"] = answer.status_code == 304 and conditional < new_url
    facts["guide_queries"] = {
        "new URL": new_url,
        "same URL again": repeated,
        "conditional GET": conditional,
    }
    sys.stdout.write(json.dumps(facts))


def our_facts(paths: dict[str, str], env: dict) -> dict:
    result = subprocess.run(  # noqa: S603
        [sys.executable, __file__, "--facts"],
        input=json.dumps(paths),
        capture_output=True,
        text=True,
        cwd=BASE_DIR,
        env=env,
        check=False,
    )
    if result.returncode:
        raise BenchError(f"Counting queries failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def sitemap_targets(base: str) -> list[Target]:
    """sitemap.xml and, when it is an index, the first and last of its sitemaps of
    guides (or of all its sitemaps, when none is named for guides)."""
    _, _, body = fetch(f"{base}/sitemap.xml")
    targets = [Target("sitemap.xml", f"{base}/sitemap.xml", page="sitemap.xml")]
    if b"<sitemapindex" in body:
        sections = [loc.decode() for loc in re.findall(rb"<loc>([^<]+)</loc>", body)]
        sections = [loc for loc in sections if "guide" in loc] or sections
        ends = [("sitemap of guides, first", sections[0])]
        if len(sections) > 1:
            ends.append(("sitemap of guides, last", sections[-1]))
        for name, loc in ends:
            parts = urlsplit(loc)
            query = f"?{parts.query}" if parts.query else ""
            targets.append(Target(name, f"{base}{parts.path}{query}"))
    return targets


def check_answers(targets: list[Target]) -> None:
    """Every target answers what it should before any load is sent."""
    for target in targets:
        url = (
            with_query(target.url, "uncached=check") if target.uncached else target.url
        )
        status, _, _ = fetch(url, request_headers(target))
        if status != target.expect:
            raise BenchError(f"{url} answered {status}, not {target.expect}.")


# The run ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--guides",
        type=int,
        default=1000,
        help="guides beside the anchor (default 1,000, as many as its articles)",
    )
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        help="guides in the scale table (default 1000,10000,100000)",
    )
    parser.add_argument("--faq", type=int, default=100, help="FAQ entries (100)")
    parser.add_argument("--seed", type=int, default=2026, help="of the text generator")
    parser.add_argument("--no-anchor", action="store_true", help="ours alone")
    parser.add_argument("--no-proxy", action="store_true", help="no nginx rows")
    parser.add_argument("--keep", action="store_true", help=f"keep {BENCH_DATABASE}")
    parser.add_argument("--facts", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.facts:  # the bench's own subprocess, with gunicorn's environment
        facts_main()
        return
    try:
        sizes = [int(size) for size in args.sizes.split(",") if size]
    except ValueError:
        parser.error("--sizes takes numbers separated by commas")
    if min([args.guides, *sizes]) < 2 or args.faq < 1:
        parser.error("at least 2 guides and 1 FAQ entry")
    if os.environ.get("DEBUG", "").lower() not in {"true", "1", "yes", "on"}:
        parser.error("run it with DEBUG=true (the site is served with DEBUG off)")
    if shutil.which("wrk") is None:
        raise BenchError(
            "wrk is needed (Debian: apt install wrk; the anchor's setup installs it)."
        )
    Bench(args, sizes).run()


class Bench:
    """One run: the comparison beside the anchor, then the scale table."""

    def __init__(self, args: argparse.Namespace, sizes: list[int]) -> None:
        self.args = args
        # The comparison's size first, then the others, each measured once.
        self.sizes = list(dict.fromkeys([args.guides, *sorted(sizes)]))
        self.folder = RESULTS / datetime.now(tz=UTC).strftime("%Y%m%dT%H%M%SZ")
        (self.folder / "raw").mkdir(parents=True)
        (self.folder / "new_url_each_request.lua").write_text(NEW_URL_EACH_REQUEST)
        self.measured: list[Measured] = []
        self.loads: list[str] = []  # load average at the start of each round
        self.notes: list[str] = []
        self.facts: dict[int, dict] = {}
        self.alone_ms: dict[tuple[int, str, str], float] = {}
        self.body_bytes: dict[tuple[int, str, str], int] = {}
        self.not_loaded: dict[tuple[int, str, str], float] = {}
        # The most a worker grew over a size's whole run, MB (peak minus start).
        self.memory_growth: dict[int, float] = {}
        self.all_targets: dict[int, list[Target]] = {}
        self.anchor = not args.no_anchor and ANCHOR.is_file()
        self.anchor_started = False
        self.anchor_queries = ""
        self.proxy_shown = ""

    def run(self) -> None:
        out(f"Load average at the start: {load_average()}")
        if self.args.no_anchor:
            self.notes.append("Wagtail anchor: left out (--no-anchor), so no ratios.")
        elif not self.anchor:
            self.notes.append(
                f"**Wagtail anchor: NOT FOUND** at {ANCHOR}. It needs ../shared beside "
                "the checkout (or WAGTAIL_ANCHOR=path/to/wagtail_site.sh). Our pages "
                "were measured alone; no ratio is computed."
            )
        for note in self.notes:
            out(note)
        sys.path.insert(0, str(BASE_DIR))
        server = server_url()
        if urlsplit(server).path.lstrip("/") == BENCH_DATABASE:
            raise BenchError(
                f"DATABASE_URL names {BENCH_DATABASE}: point it elsewhere."
            )
        self.database_url = with_database(server, BENCH_DATABASE)
        os.environ["DATABASE_URL"] = self.database_url
        os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
        import django

        django.setup()
        try:
            if self.anchor:
                self.anchor_up()
            for size in self.sizes:
                self.measure_size(server, size, beside_anchor=size == self.sizes[0])
                if self.anchor_started:  # the comparison is done
                    anchor_run("stop")
                    self.anchor_started = False
        finally:
            self.cleanup(server)
        self.report()

    def anchor_up(self) -> None:
        out(f"Wagtail anchor: {ANCHOR} (its site in {ANCHOR_ENV['WAGBENCH_DIR']})")
        already = anchor_running()
        anchor_run("setup")
        anchor_run("start")
        self.anchor_started = not already
        self.anchor_queries = anchor_run("queries", capture=True)

    def measure_size(self, server: str, guides: int, *, beside_anchor: bool) -> None:
        from django.core.management import call_command
        from django.db import connections

        out()
        out(f"== {guides:,} guides" + (", beside the anchor" if beside_anchor else ""))
        connections.close_all()
        database_recreate(server, BENCH_DATABASE)
        call_command("migrate", interactive=False, verbosity=0)
        seed(guides, self.args.faq, self.args.seed)
        paths = our_paths(guides)
        connections.close_all()

        env = production_env(self.database_url)
        collectstatic(env)
        self.facts[guides] = our_facts(paths, env)
        gunicorn = nginx = None
        try:
            gunicorn = gunicorn_start(env, self.folder / f"gunicorn-{guides}.log")
            memory_at_start = worker_memory_mb(gunicorn)
            base = f"http://127.0.0.1:{OUR_PORT}"
            targets = self.targets(base, paths, guides, beside_anchor)
            if beside_anchor and not self.args.no_proxy:
                nginx, behind = self.proxy_up(paths["guide"])
                targets += behind
            check_answers(targets)
            for target in targets:
                key = (guides, target.site, target.name)
                _, _, body = fetch(target.url, request_headers(target))
                self.body_bytes[key] = len(body)
                self.alone_ms[key] = one_request_ms(target)
            self.all_targets[guides] = targets
            self.load(targets, guides)
            self.memory_growth[guides] = max(
                peak - memory_at_start[pid][0]
                for pid, (_, peak) in worker_memory_mb(gunicorn).items()
                if pid in memory_at_start  # not a worker restarted on the way
            )
            out(f"  worker memory growth: {self.memory_growth[guides]:.0f} MB")
        finally:
            if nginx is not None:
                import proxy

                proxy.stop(nginx)
            process_stop(gunicorn)

    def targets(self, base: str, paths: dict, guides: int, beside_anchor: bool):
        """Our pages (and the anchor's), in the order of a round."""
        url = {name: base + path for name, path in paths.items()}
        guide = Target("guide, uncached", url["guide"], anchor="article", page="guide")
        topic = Target("topic, page 1", url["topic"], anchor="listing", page="topic")
        scale = [
            Target(
                "topic, last page", url["topic, last page"], page="topic, last page"
            ),
            *sitemap_targets(base),
        ]
        if not beside_anchor:
            return [guide, topic, *scale]
        cached = Target("guide, cached", guide.url, uncached=False, anchor="article")
        not_modified = Target(
            "guide, 304 (conditional GET)",
            guide.url,
            expect=304,
            uncached=False,
            conditional=True,
            anchor="article",
        )
        anchor = anchor_targets() if self.anchor else {}
        order = [
            anchor.get("article"),
            guide,
            cached if self.facts[guides]["page_cache"] else None,
            not_modified,
            Target("FAQ", url["FAQ"], anchor="article", page="FAQ"),
            anchor.get("listing"),
            Target("home", url["home"], anchor="listing", page="home"),
            topic,
            Target("search", url["search"], anchor="listing", page="search"),
            anchor.get("404"),
            Target("404", url["404"], expect=404, anchor="404", page="404"),
            *scale,
        ]
        return [target for target in order if target is not None]

    def proxy_up(self, guide_path: str):
        """deploy/nginx.conf on a local nginx before our gunicorn, shown to work."""
        import proxy

        if proxy.nginx_binary() is None:
            self.notes.append("Behind the proxy: not measured, no nginx binary here.")
            return None, []
        if not port_free(PROXY_PORT):
            raise BenchError(f"Port {PROXY_PORT} is taken; set PAGES_PROXY_PORT.")
        listen = f"127.0.0.1:{PROXY_PORT}"
        config = proxy.write_config(
            self.folder / "nginx",
            upstream=f"127.0.0.1:{OUR_PORT}",
            listen=listen,
            worker_processes="auto",
        )
        nginx = proxy.start(config, listen)
        url = f"http://{listen}{guide_path}"
        gzip = request_headers(Target("", url))
        fetch(url, gzip)
        status, headers, page = fetch(url, gzip)
        shown = [f"GET {guide_path} through the proxy, the second time: HTTP {status}"]
        for name in ("X-Cache-Status", "Cache-Control", "ETag", "Content-Encoding"):
            if headers.get(name):
                shown.append(f"  {name}: {headers[name]}")
        _, _, plain = fetch(url)
        stylesheet = re.search(rb'href="(/static/[^"]+\.css)"', plain)
        if stylesheet:
            css = f"http://{listen}{stylesheet[1].decode()}"
            fetch(css, gzip)
            code, css_headers, _ = fetch(css, gzip)
            shown.append(
                f"GET {stylesheet[1].decode()} through the proxy, the second time: "
                f"HTTP {code}, {css_headers.get('Content-Type')}, "
                f"X-Cache-Status: {css_headers.get('X-Cache-Status')}, "
                f"Cache-Control: {css_headers.get('Cache-Control')}"
            )
        self.proxy_shown = "\n".join(shown)
        out(self.proxy_shown)
        if headers.get("X-Cache-Status") != "HIT":
            proxy.stop(nginx)
            raise BenchError("The proxy did not serve the guide from its cache.")
        stored = {"uncached": False, "anchor": "article", "site": "proxy"}
        return nginx, [
            Target("guide, stored", url, **stored),
            Target(
                "guide, stored, Connection: close",
                url,
                **stored,
                headers=["Connection: close"],
            ),
            Target("guide, new URL (a miss)", url, anchor="article", site="proxy"),
        ]

    def load(self, targets: list[Target], guides: int) -> None:
        out(
            f"wrk -t{THREADS} -c{CONNS} -d{DURATION} --timeout {WRK_TIMEOUT} "
            f"(after a {WARMUP} warm-up each), {RUNS} rounds"
        )
        # A page so slow that 16 connections on 2 workers would each wait longer than
        # the run for a second answer only queues: it is timed alone, not loaded.
        per_connection = int(CONNS) / int(GUNICORN_WORKERS)
        budget_ms = seconds(DURATION) * 1000 / per_connection
        loaded = []
        for target in targets:
            alone = self.alone_ms[(guides, target.site, target.name)]
            if alone > budget_ms or alone != alone:  # nan: it failed alone
                self.not_loaded[(guides, target.site, target.name)] = alone
                out(f"  {target.name}: not loaded, {alone:,.0f} ms alone")
            else:
                loaded.append(target)
        for run in range(1, RUNS + 1):
            load = load_average()
            self.loads.append(f"{guides:,} guides, round {run}: {load}")
            out(f" round {run}, load average {load}")
            for target in loaded:
                self.measured.append(wrk(target, guides, run, self.folder))

    def cleanup(self, server: str) -> None:
        from django.db import connections

        connections.close_all()
        if self.anchor_started:
            anchor_run("stop")
        if self.args.keep:
            out(f"Kept {BENCH_DATABASE}.")
        else:
            database_recreate(server, BENCH_DATABASE, create=False)
            out(f"Dropped {BENCH_DATABASE}.")

    # The report -----------------------------------------------------------------------

    def rates(self, guides: int, site: str, name: str) -> list[float]:
        return [
            m.req_s
            for m in self.measured
            if (m.guides, m.target.site, m.target.name) == (guides, site, name)
        ]

    def report(self) -> None:
        text = "\n".join(self.report_lines())
        (self.folder / "report.md").write_text(text + "\n")
        summary = "\n".join(self.summary_lines())
        (self.folder / "summary.md").write_text(summary + "\n")
        self.write_tsv()
        out()
        out(text)
        out()
        out("For the README (summary.md):")
        out()
        out(summary)
        out()
        out(f"Report, summary, results.tsv and raw wrk output: {self.folder}")

    def summary_lines(self) -> list[str]:
        """The README's short table: ratios to the anchor, and the scale in req/s."""
        main = self.sizes[0]
        date = datetime.now(tz=UTC).strftime("%Y-%m-%d")
        loads = sorted(float(load.split(": ")[1].split()[0]) for load in self.loads)
        lines = [
            f"{date}, {os.cpu_count()} cores, {main:,} guides, wrk -t{THREADS} "
            f"-c{CONNS} -d{DURATION} x {RUNS} rounds; 1-minute load average "
            f"{loads[0]:.1f} to {loads[-1]:.1f}.",
            "",
            "| page | ours, req/s | Wagtail's page, req/s | ours / Wagtail |",
            "|---|---:|---:|---:|",
        ]
        for m in self.measured:
            target = m.target
            if m.guides != main or target.site == "wagtail" or m.run != 1:
                continue
            if not target.anchor:
                continue
            ours = self.rates(main, target.site, target.name)
            theirs = self.rates(main, "wagtail", target.anchor)
            ratios = [a / b for a, b in zip(ours, theirs, strict=False) if b]
            label = target.name
            if target.site == "proxy":
                label = f"behind the proxy: {label}"
            anchor = ""
            if theirs:
                anchor = f"{statistics.median(theirs):,.0f} ({target.anchor})"
            ratio = f"{statistics.median(ratios):.2f}" if ratios else "n/a"
            lines.append(
                f"| {label} | {statistics.median(ours):,.0f} | {anchor} | {ratio} |"
            )
            if target.name == "guide, uncached" and not self.facts[main]["page_cache"]:
                lines.append("| guide, cached | not built | | |")
        return lines + self.scale_lines("Uncached pages by number of guides:")

    def report_lines(self) -> list[str]:
        main = self.sizes[0]
        facts = self.facts[main]
        now = datetime.now(tz=UTC).strftime("%Y-%m-%d %H:%M UTC")
        lines = [
            f"{now}, {os.cpu_count()} cores. wrk -t{THREADS} -c{CONNS} -d{DURATION} "
            f"after a {WARMUP} warm-up, {RUNS} rounds, --timeout {WRK_TIMEOUT}, "
            f"`{ACCEPT_ENCODING}`; gunicorn: {GUNICORN_WORKERS} sync workers, DEBUG "
            f"off, CONN_MAX_AGE {CONN_MAX_AGE}.",
            "",
            "Load average (1, 5, 15 min) at the start of each round: "
            + "; ".join(self.loads)
            + f"; at the end: {load_average()}.",
            *[f"\n{note}" for note in self.notes],
            "",
            f"#### {main:,} guides and {self.args.faq} FAQ entries"
            + (" beside the Wagtail anchor (1,000 articles)" if self.anchor else ""),
            "",
            "req/s of each round; ratio: ours over the anchor's page in the same round "
            "(median). Uncached: a new address for each request.",
            "",
            "| page | req/s | alone, ms | bytes | SQL | anchor's page | its req/s "
            "| its alone, ms | ratio |",
            "|---|---:|---:|---:|---:|---|---:|---:|---:|",
        ]
        for target in self.all_targets[main]:
            site, name = target.site, target.name
            if site == "wagtail" or target.page == "topic, last page":
                continue
            if name.startswith("sitemap"):
                continue  # in the scale table
            ours = self.rates(main, site, name)
            theirs = self.rates(main, "wagtail", target.anchor)
            ratios = [a / b for a, b in zip(ours, theirs, strict=False) if b]
            sql = facts["queries"].get(target.page, "")
            if name.startswith("guide, 304"):
                sql = facts["guide_queries"]["conditional GET"]
            if name == "guide, cached":
                sql = facts["guide_queries"]["same URL again"]
            label = f"proxy: {name}" if site == "proxy" else name
            loaded = _rounds(ours) or "not loaded"
            lines.append(
                f"| {label} | {loaded} "
                f"| {_alone(self.alone_ms.get((main, site, name)))} "
                f"| {self.body_bytes.get((main, site, name), 0):,} | {sql} "
                f"| {target.anchor if theirs else ''} | {_rounds(theirs)} "
                f"| {_alone(self.alone_ms.get((main, 'wagtail', target.anchor)))} "
                f"| {_ratio(ratios)} |"
            )
            if name == "guide, uncached" and not facts["page_cache"]:
                lines.append("| guide, cached | not built | | | | | | | |")
        queries = ", ".join(f"{k} {v}" for k, v in facts["guide_queries"].items())
        lines += ["", f"SQL queries for the guide: {queries}."]
        if not facts["skips_render_304"]:
            lines.append(
                "The 304 is answered after rendering the page (a 304 that skips "
                "rendering: not built)."
            )
        answers = [m.answers for m in self.measured if m.guides == main and m.answers]
        if answers:
            lines.append(
                f"Answers to the conditional GETs, by round: {'; '.join(answers)}."
            )
        if self.anchor_queries:
            lines += [
                "",
                "The anchor's SQL queries per page (its `queries` command):",
                "",
                "```",
                self.anchor_queries.strip(),
                "```",
            ]
        if self.proxy_shown:
            lines += ["", "Through the proxy:", "", "```", self.proxy_shown, "```"]
        return lines + self.scale_lines()

    def scale_lines(self, heading: str = "#### Uncached pages by number of guides"):
        scale = ("guide, uncached", "topic, page 1", "topic, last page", "sitemap")
        measured = [(m.target.site, m.target.name) for m in self.measured]
        columns = list(
            dict.fromkeys(
                name
                for site, name in [*measured, *[k[1:] for k in self.not_loaded]]
                if site == "ours" and name.startswith(scale)
            )
        )
        pages = {m.target.name: m.target.page for m in self.measured}
        pages.setdefault("sitemap.xml", "sitemap.xml")
        lines = [
            "",
            heading,
            "",
            "Each cell: median req/s of the rounds under load; one request alone, ms; "
            "SQL queries. Not loaded: so slow alone that 16 connections on 2 workers "
            "would only queue. Memory: the most a gunicorn worker grew during the "
            "size's whole run (its peak resident memory minus its memory once "
            "started).",
            "",
            "| guides | " + " | ".join(columns) + " | worker memory growth |",
            "|---:|" + "---:|" * (len(columns) + 1),
        ]
        for size in self.sizes:
            cells = []
            for name in columns:
                rates = self.rates(size, "ours", name)
                alone = self.alone_ms.get((size, "ours", name))
                sql = self.facts[size]["queries"].get(pages.get(name, ""), "")
                if rates:
                    rate = f"{statistics.median(rates):,.1f}"
                elif (size, "ours", name) in self.not_loaded:
                    rate = "not loaded"
                else:
                    cells.append("-")
                    continue
                cells.append(f"{rate}; {_alone(alone)} ms; {sql}")
            growth = self.memory_growth.get(size)
            cells.append("-" if growth is None else f"{growth:.0f} MB")
            lines.append(f"| {size:,} | " + " | ".join(cells) + " |")
        return lines

    def write_tsv(self) -> None:
        header = "guides site page run url req_s p50_ms p99_ms requests non_2xx_3xx"
        rows = ["\t".join([*header.split(), "socket_errors"])]
        for m in self.measured:
            values = [m.guides, m.target.site, m.target.name, m.run, m.target.url]
            values += [f"{m.req_s:.2f}", f"{m.p50_ms:.2f}", f"{m.p99_ms:.2f}"]
            values += [m.requests, m.non_2xx_3xx, m.socket_errors]
            rows.append("\t".join(map(str, values)))
        (self.folder / "results.tsv").write_text("\n".join(rows) + "\n")


def _rounds(values: list[float]) -> str:
    return " / ".join(f"{value:,.1f}" for value in values)


def _alone(ms: float | None) -> str:
    if ms is None:
        return ""
    if ms != ms:  # nan
        return "failed"
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def _ratio(ratios: list[float]) -> str:
    if not ratios:
        return "n/a"
    each = " / ".join(f"{ratio:.2f}" for ratio in ratios)
    return f"{each} (**{statistics.median(ratios):.2f}**)"


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        sys.stderr.write(f"bench/pages.py FAILED: {error}\n")
        sys.exit(1)
