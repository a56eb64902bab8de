"""The test database's server, for tests that need a second database or process."""

from urllib.parse import quote

from django.db import connection


def database_url(name: str | None = None) -> str:
    """DATABASE_URL naming a database on the test database's server (default: the
    test database itself), for a subprocess such as manage.py."""
    params = connection.settings_dict
    user = quote(params["USER"] or "", safe="")
    password = quote(params["PASSWORD"] or "", safe="")
    name = name or params["NAME"]
    host = params["OPTIONS"].get("host") or params["HOST"] or "localhost"
    if host.startswith("/"):
        # A unix socket directory (the embedded PostgreSQL): django-environ reads the
        # ?host= form, not a percent-encoded host.
        return f"postgresql://{user}:{password}@/{name}?host={host}"
    port = params["PORT"] or 5432
    return f"postgresql://{user}:{password}@{host}:{port}/{name}"
