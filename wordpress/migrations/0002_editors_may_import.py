"""Editors may import WordPress exports (articles/staff_groups.py, OTHER_APPS)."""

from django.db import migrations

from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("wordpress", "0001_imported_items"),
        ("articles", "0024_share_links"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
