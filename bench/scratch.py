"""What the benchmarks share: a scratch database beside the dev one, plain output."""

import os
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent


class BenchError(Exception):
    """The bench could not finish; the message says why."""


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def with_database(url: str, name: str) -> str:
    """The same server's URL, naming another database."""
    return urlsplit(url)._replace(path="/" + name).geturl()


def server_url() -> str:
    """DATABASE_URL if set, else the embedded dev server's (started if needed)."""
    url = os.environ.get("DATABASE_URL", "")
    if url:
        return url
    sys.path.insert(0, str(BASE_DIR))
    from portal.devdb import ensure_dev_database

    return ensure_dev_database(BASE_DIR)


def database_recreate(url: str, name: str, *, create: bool = True) -> None:
    """Drop the database (even with sessions open), then create it unless told not."""
    import psycopg
    from psycopg import sql

    maintenance = with_database(url, "postgres")
    with psycopg.connect(maintenance, autocommit=True, connect_timeout=30) as db:
        db.execute("SET statement_timeout = '120s'")
        name_sql = sql.Identifier(name)
        db.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name_sql))
        if create:
            db.execute(sql.SQL("CREATE DATABASE {}").format(name_sql))


def in_scratch_database(name: str, run: Callable[[str], None], *, keep: bool) -> None:
    """Run run(url) in a fresh database `name`, dropped afterwards unless keep."""
    sys.path.insert(0, str(BASE_DIR))
    server = server_url()
    if urlsplit(server).path.lstrip("/") == name:
        raise BenchError(f"DATABASE_URL names {name}: point it elsewhere.")
    database_url = with_database(server, name)
    out(f"Scratch database: {database_url}")
    database_recreate(server, name)
    try:
        run(database_url)
    finally:
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        if keep:
            out(f"Kept {name}.")
        else:
            database_recreate(server, name, create=False)
            out(f"Dropped {name}.")
