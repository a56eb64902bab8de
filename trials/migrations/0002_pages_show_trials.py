"""Readers' pages show trials: a write to either table raises the content generation
(articles/sql, RaiseGenerationOn). Editors manage them, reviewers read them
(articles/staff_groups.py, OTHER_APPS)."""

from django.db import migrations

from articles.sql import RaiseGenerationOn
from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("trials", "0001_clinical_trials")]

    operations = [
        RaiseGenerationOn("trials_clinicaltrial", "trials_guidetrial"),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
