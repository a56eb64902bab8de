"""The database side of search, kept in triggers.sql and installed by migrations.

A migration installs the file as it is now with InstallSearchTriggers(checksum=...).
The checksum says which version of the file the migration was written for: only the
operation naming the current version acts, so a fresh database gets the current
definitions once, from the newest such migration, after every column they use
exists. A test checks that the newest one names the current file, and that the
database holds exactly what the file defines.
"""

import hashlib
import re
from pathlib import Path

from django.db import migrations

# The text search configuration the vectors and queries use (English stemming,
# accents ignored); triggers.sql creates it.
CONFIG = "portal_english"

SQL_PATH = Path(__file__).with_name("triggers.sql")

_FUNCTION = re.compile(r"CREATE OR REPLACE FUNCTION (\w+)\(")
_TRIGGER = re.compile(
    r"CREATE OR REPLACE TRIGGER (\w+)\s+(?:BEFORE|AFTER)[^;]*?\sON (\w+)"
)


def sql() -> str:
    return SQL_PATH.read_text(encoding="utf-8")


def checksum() -> str:
    """The first 16 hex digits of the SHA-256 of triggers.sql."""
    return hashlib.sha256(SQL_PATH.read_bytes()).hexdigest()[:16]


def function_names() -> list[str]:
    return _FUNCTION.findall(sql())


def triggers() -> list[tuple[str, str]]:
    """(trigger, table) for every trigger triggers.sql defines."""
    return _TRIGGER.findall(sql())


def drop_sql() -> str:
    """SQL that removes everything triggers.sql installs."""
    statements = [
        f"DROP TRIGGER IF EXISTS {name} ON {table};" for name, table in triggers()
    ]
    statements += [f"DROP FUNCTION IF EXISTS {name};" for name in function_names()]
    statements.append(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG};")
    return "\n".join(statements)


class InstallSearchTriggers(migrations.operations.base.Operation):
    """Install triggers.sql, if `checksum` names its current version."""

    reduces_to_sql = True
    reversible = True

    def __init__(self, checksum: str):
        self.checksum = checksum

    def deconstruct(self):
        return (self.__class__.__name__, [], {"checksum": self.checksum})

    def state_forwards(self, app_label, state) -> None:
        pass  # database objects only; no model changes

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        # An older version's migration on a fresh database: a newer migration
        # installs the current file once the columns it uses exist.
        if self.checksum == checksum():
            schema_editor.execute(sql(), params=None)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        schema_editor.execute(drop_sql(), params=None)

    def describe(self) -> str:
        return f"Install articles/search/triggers.sql ({self.checksum})"
