"""The database side of the project, kept in SQL files here and installed by migrations.

`search.sql` keeps the search vectors current; `signoff.sql` makes the database refuse
unsigned medical text on the public site and any change to the sign-off records;
`generation.sql` raises the content generation that page caches key on whenever
content changes.

A migration installs a file as it is now with InstallSqlFile(name, checksum=...). The
checksum says which version of the file the migration was written for: only the
operation naming the current version acts, so a fresh database gets the current
definitions once, from the newest such migration, after every column they use exists.
A test checks that the newest one names the current file, and that the database holds
exactly what the files define. Every statement in a file can run again on a database
that has it (CREATE OR REPLACE; PostgreSQL 14 or newer).
"""

import hashlib
import re
from pathlib import Path

from django.db import migrations

_FUNCTION = re.compile(r"CREATE OR REPLACE FUNCTION (\w+)\(")
_TRIGGER = re.compile(
    r"CREATE (?:OR REPLACE )?(?:CONSTRAINT )?TRIGGER (\w+)"
    r"\s+(?:BEFORE|AFTER)[^;]*?\sON (\w+)"
)


class SqlFile:
    def __init__(self, name: str, *, also_drop: tuple[str, ...] = ()):
        self.name = name
        self.path = Path(__file__).with_name(f"{name}.sql")
        self.also_drop = also_drop

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def checksum(self) -> str:
        """The first 16 hex digits of the file's SHA-256."""
        return hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]

    def function_names(self) -> list[str]:
        return _FUNCTION.findall(self.sql())

    def function_sql(self, name: str) -> str:
        """The file's CREATE OR REPLACE FUNCTION statement of one function."""
        sql = self.sql()
        start = sql.index(f"CREATE OR REPLACE FUNCTION {name}(")
        return sql[start : sql.index(";", sql.index("$$ LANGUAGE", start)) + 1]

    def triggers(self) -> list[tuple[str, str]]:
        """(trigger, table) for every trigger the file defines."""
        return _TRIGGER.findall(self.sql())

    def drop_sql(self) -> str:
        """SQL that removes everything the file installs."""
        statements = [
            f"DROP TRIGGER IF EXISTS {name} ON {table};"
            for name, table in self.triggers()
        ]
        statements += [
            f"DROP FUNCTION IF EXISTS {name};" for name in self.function_names()
        ]
        return "\n".join([*statements, *self.also_drop])


# The text search configuration the vectors and queries use (English stemming,
# accents ignored); search.sql creates it.
SEARCH_CONFIG = "portal_english"

FILES = {
    "search": SqlFile(
        "search",
        also_drop=(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG};",),
    ),
    "signoff": SqlFile("signoff"),
    "generation": SqlFile("generation"),
}


class InstallSqlFile(migrations.operations.base.Operation):
    """Install articles/sql/<name>.sql, if `checksum` names its current version."""

    reduces_to_sql = True
    reversible = True

    def __init__(self, name: str, checksum: str):
        self.name = name
        self.checksum = checksum

    def deconstruct(self):
        return (self.__class__.__name__, [self.name], {"checksum": self.checksum})

    def state_forwards(self, app_label, state) -> None:
        pass  # database objects only; no model changes

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        # An older version's migration on a fresh database: a newer migration
        # installs the current file once the columns it uses exist.
        sql_file = FILES[self.name]
        if self.checksum == sql_file.checksum():
            schema_editor.execute(sql_file.sql(), params=None)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        schema_editor.execute(FILES[self.name].drop_sql(), params=None)

    def describe(self) -> str:
        return f"Install articles/sql/{self.name}.sql ({self.checksum})"


class RaiseGenerationOn(migrations.operations.base.Operation):
    """Make writes to other apps' tables that readers' pages show raise the content
    generation, as generation.sql does for articles' own tables (the same triggers
    and function), so that page caches never show an old copy of them."""

    reduces_to_sql = True
    reversible = True

    def __init__(self, *tables: str):
        self.tables = tables

    def deconstruct(self):
        return (self.__class__.__name__, list(self.tables), {})

    def state_forwards(self, app_label, state) -> None:
        pass  # database objects only; no model changes

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        # On a new database, generation.sql is installed by the newest articles
        # migration that names its current version, which may come after this one:
        # the triggers' function (plpgsql, reading only the generation row) first.
        schema_editor.execute(
            FILES["generation"].function_sql("articles_content_changed"), params=None
        )
        for table in self.tables:
            schema_editor.execute(
                f"""
                DROP TRIGGER IF EXISTS articles_content_changed ON {table};
                CREATE CONSTRAINT TRIGGER articles_content_changed
                    AFTER INSERT OR UPDATE OR DELETE ON {table}
                    DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
                CREATE OR REPLACE TRIGGER articles_content_truncated
                    AFTER TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();
                """,
                params=None,
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        for table in self.tables:
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS articles_content_changed ON {table};"
                f"DROP TRIGGER IF EXISTS articles_content_truncated ON {table};",
                params=None,
            )

    def describe(self) -> str:
        return f"Raise the content generation on writes to {', '.join(self.tables)}"
