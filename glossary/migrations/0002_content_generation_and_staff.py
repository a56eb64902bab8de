"""Every change to the glossary raises the content generation, so a cached page shows
an edited definition at once (articles/sql/generation.sql), and the staff groups get
their permissions (articles/staff_groups.py, OTHER_APPS).

The triggers call articles' function and work as its own do: deferred to the commit.
They are named for this app, so that articles' test of its own tables stays exact;
tests/conftest.py makes them immediate in tests that roll back.
"""

from django.db import migrations

from articles.staff_groups import ensure_staff_groups

TABLES = ["glossary_term", "glossary_term_see_also"]

TRIGGERS = "\n".join(
    f"""
DROP TRIGGER IF EXISTS glossary_content_changed ON {table};
CREATE CONSTRAINT TRIGGER glossary_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON {table}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER glossary_content_truncated
    AFTER TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();
"""
    for table in TABLES
)
NO_TRIGGERS = "\n".join(
    f"DROP TRIGGER IF EXISTS glossary_content_changed ON {table};"
    f"DROP TRIGGER IF EXISTS glossary_content_truncated ON {table};"
    for table in TABLES
)


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_initial"),
        ("articles", "0024_share_links"),
    ]

    operations = [
        migrations.RunSQL(TRIGGERS, NO_TRIGGERS),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
