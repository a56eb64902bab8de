"""Every change to the glossary raises the content generation, so a cached page shows
an edited definition at once (articles/sql, RaiseGenerationOn), and the staff groups
get their permissions (articles/staff_groups.py, OTHER_APPS)."""

from django.db import migrations

from articles.sql import RaiseGenerationOn
from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_initial"),
        ("articles", "0024_share_links"),
    ]

    operations = [
        RaiseGenerationOn("glossary_term", "glossary_term_see_also"),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
