"""Grant the staff groups their permissions on the search models.

Migration 0002 made the groups before 0004 added synonyms, promoted results and
unanswered searches, so on a database migrated step by step the Editors could not
manage them (load_demo granted them; a production database never got them).
"""

from django.db import migrations

from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_search_triggers")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
