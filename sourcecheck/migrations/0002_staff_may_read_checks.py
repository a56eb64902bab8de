"""Both staff groups read the source checks (articles/staff_groups.py, OTHER_APPS)."""

from django.db import migrations

from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("sourcecheck", "0001_initial"),
        ("articles", "0021_guide_body_rich_text"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
