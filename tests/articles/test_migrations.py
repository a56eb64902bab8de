"""The functions and triggers in the database are those of the SQL files in
articles/sql/, and a database from before the squash of migrations 0001-0008 ends up
like a new one."""

import gzip
import importlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from articles.sql import FILES, SEARCH_CONFIG, InstallSqlFile
from tests.database import database_url

pytestmark = pytest.mark.django_db

# pg_dump (PostgreSQL 18) of a database migrated at the commit before the squash,
# 0c6783c: every app's tables, the rows migrations write, no content.
DATABASE_AT_0008 = Path(__file__).parent / "data" / "database_at_0008.sql.gz"

SCHEMA = {
    "columns": """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
               a.attnotnull, a.attstorage, pg_get_expr(d.adbin, d.adrelid)
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
           AND a.attnum > 0 AND NOT a.attisdropped""",
    "constraints": """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace""",
    "indexes": """
        SELECT tablename, indexname, indexdef FROM pg_indexes
         WHERE schemaname = 'public'""",
    "triggers": """
        SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)
          FROM pg_trigger WHERE NOT tgisinternal""",
    "functions": """
        SELECT oid::regprocedure::text, pg_get_functiondef(oid) FROM pg_proc
         WHERE pronamespace = 'public'::regnamespace AND prokind IN ('f', 'p')""",
    "extensions": "SELECT extname, extversion FROM pg_extension",
    "text search": """
        SELECT cfgname, maptokentype, mapseqno, mapdict::regdictionary::text
          FROM pg_ts_config c JOIN pg_ts_config_map m ON m.mapcfg = c.oid
         WHERE c.cfgnamespace = 'public'::regnamespace""",
    "staff groups": """
        SELECT g.name, ct.app_label, ct.model, p.codename
          FROM auth_group g
          JOIN auth_group_permissions gp ON gp.group_id = g.id
          JOIN auth_permission p ON p.id = gp.permission_id
          JOIN django_content_type ct ON ct.id = p.content_type_id""",
}


def schema_of(cursor) -> dict[str, list[tuple]]:
    """What migrations made of a database, in an order-free form (column order is
    left out: a column added later sits last, where a new table has it in place)."""
    found = {}
    for kind, query in SCHEMA.items():
        cursor.execute(query)
        found[kind] = sorted(tuple(map(str, row)) for row in cursor.fetchall())
    return found


def project_objects(cursor) -> dict[str, str]:
    """The definitions of the project's functions and triggers, by name."""
    cursor.execute(
        """
        SELECT proname, pg_get_functiondef(oid) FROM pg_proc
         WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'articles\\_%%'
        UNION ALL
        SELECT tgname || ' ON ' || tgrelid::regclass::text, pg_get_triggerdef(oid)
          FROM pg_trigger
         WHERE NOT tgisinternal AND tgrelid::regclass::text LIKE 'articles\\_%%'
        UNION ALL
        SELECT cfgname || ' ' || maptokentype || ' ' || mapseqno,
               mapdict::regdictionary::text
          FROM pg_ts_config c JOIN pg_ts_config_map m ON m.mapcfg = c.oid
         WHERE cfgname = %s
        """,
        [SEARCH_CONFIG],
    )
    return dict(cursor.fetchall())


def test_the_database_holds_exactly_what_the_sql_files_define():
    with connection.cursor() as cursor:
        installed = project_objects(cursor)
        for sql_file in FILES.values():
            cursor.execute(sql_file.sql())  # rolled back with the test's transaction
        from_files = project_objects(cursor)

    assert installed == from_files
    defined = {
        name
        for sql_file in FILES.values()
        for name in [
            *sql_file.function_names(),
            *(f"{name} ON {table}" for name, table in sql_file.triggers()),
        ]
    }
    assert len(FILES["search"].function_names()) == 8  # the files were read
    assert len(FILES["signoff"].triggers()) >= 4
    assert {name for name in installed if name.startswith("articles_")} == defined


@pytest.mark.parametrize("name", FILES)
def test_the_newest_migration_installing_a_sql_file_names_its_current_version(name):
    loader = MigrationLoader(None, ignore_no_migrations=True)
    [leaf] = loader.graph.leaf_nodes("articles")
    installs = [
        (key, operation.checksum)
        for key in loader.graph.forwards_plan(leaf)
        for operation in loader.graph.nodes[key].operations
        if isinstance(operation, InstallSqlFile) and operation.name == name
    ]

    assert installs, f"no migration installs articles/sql/{name}.sql"
    newest, checksum = installs[-1]
    assert checksum == FILES[name].checksum(), (
        f"articles/sql/{name}.sql changed after {newest[1]}: add a migration with "
        f'InstallSqlFile("{name}", checksum="{FILES[name].checksum()}")'
    )


@pytest.fixture
def database_at_0008():
    """A scratch database restored from the dump taken before the squash."""
    name = f"{connection.settings_dict['NAME']}_at_0008"
    with psycopg.connect(database_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
    try:
        dump = gzip.decompress(DATABASE_AT_0008.read_bytes()).decode()
        # psql meta-commands and a setting PostgreSQL 15 lacks are left out.
        script = "\n".join(
            line
            for line in dump.splitlines()
            if not line.startswith("\\")
            and not line.startswith("SET transaction_timeout")
        )
        with psycopg.connect(database_url(name), autocommit=True) as scratch:
            scratch.execute(script)
        yield name
    finally:
        with psycopg.connect(database_url("postgres"), autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_database_from_before_the_squash_migrates_to_the_schema_of_a_new_one(
    database_at_0008,
):
    url = database_url(database_at_0008)
    migrate = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DEBUG": "true", "DATABASE_URL": url},
        capture_output=True,
        text=True,
        check=False,
    )
    assert migrate.returncode == 0, migrate.stderr
    assert "Applying articles.0009_search_triggers... OK" in migrate.stdout
    assert "Applying articles.0010_staff_groups_search_permissions... OK" in (
        migrate.stdout
    )
    assert "Applying articles.0011_redirect_permissions... OK" in migrate.stdout

    with psycopg.connect(url) as upgraded, upgraded.cursor() as cursor:
        upgraded_schema = schema_of(cursor)
        cursor.execute("SELECT app, name FROM django_migrations WHERE app = 'articles'")
        articles_migrations = {name for _, name in cursor.fetchall()}
    with connection.cursor() as cursor:
        new_schema = schema_of(cursor)

    assert "0001_squashed_0008_search_words" in articles_migrations
    assert upgraded_schema["staff groups"]  # the comparison compares something
    for kind in SCHEMA:
        assert upgraded_schema[kind] == new_schema[kind], kind


def test_what_was_live_before_sign_off_is_recorded_or_taken_down():
    """Migration 0013's data step, on rows as they were before sign-off existed."""
    from django.apps import apps

    from articles.models import Article, FaqEntry, WorkflowEvent
    from tests.factories import CategoryFactory, PersonFactory, ReviewerFactory

    migration = importlib.import_module("articles.migrations.0013_signoff_enforced")
    topic, author = CategoryFactory(), PersonFactory()
    reviewer = ReviewerFactory(name="Dr Old Review", credentials="MD")
    reviewed = date(2026, 3, 2)

    def guide(slug, **fields):
        return Article(
            slug=slug,
            title=slug.title(),
            summary="S.",
            body="<p>B.</p>",
            category=topic,
            author=author,
            publish_at=timezone.now(),
            **fields,
        )

    live, unreviewed, in_review = Article.objects.bulk_create(
        [
            guide(
                "live",
                status="published",
                medical_reviewer=reviewer,
                last_reviewed_on=reviewed,
            ),
            guide("unreviewed", status="published"),
            guide("in-review", status="in_review"),
        ]
    )
    [answer] = FaqEntry.objects.bulk_create(
        [
            FaqEntry(
                question="Q?", slug="q", answer="<p>A.</p>", category=topic,
                is_published=True,
            )
        ]
    )  # fmt: skip

    migration.record_what_was_live(apps, None)

    live.refresh_from_db()
    approval = live.sign_off
    assert approval.kind == "approved" and approval.reviewer == reviewer
    assert (approval.reviewer_name, approval.reviewed_on) == ("Dr Old Review", reviewed)
    assert live.next_review_due == date(2027, 3, 2) == approval.next_review_due
    assert approval.revision.content["title"] == live.title
    assert "migration 0013" in approval.note
    assert Article.objects.get(pk=unreviewed.pk).status == "draft"
    assert Article.objects.get(pk=in_review.pk).status == "draft"
    answer.refresh_from_db()
    assert not answer.is_published
    assert WorkflowEvent.objects.get(faq_entry=answer).kind == "withdrawn"
