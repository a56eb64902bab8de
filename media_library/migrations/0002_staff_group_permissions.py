"""Editors add, change and delete library files; medical reviewers see them
(articles/staff_groups.py, OTHER_APPS)."""

from django.db import migrations

from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("media_library", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("articles", "0024_share_links"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
