"""Both staff groups read readers' answers; editors may delete an abusive one."""

from django.db import migrations

from feedback.staff_groups import grant_feedback_permissions


def grant(apps, schema_editor):
    grant_feedback_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
