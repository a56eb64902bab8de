"""Both staff groups read readers' answers; editors may delete an abusive one
(articles/staff_groups.py, OTHER_APPS)."""

from django.db import migrations

from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("articles", "0021_guide_body_rich_text"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
