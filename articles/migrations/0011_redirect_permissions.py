"""The table of redirects from old addresses, and the staff groups' permissions on it.

Editors may add, change and delete redirects; medical reviewers may view them.
articles.redirects records them when a slug changes; docs/design.md says why this is
our own table rather than django.contrib.redirects.
"""

from django.db import migrations, models

import articles.models.site
from articles.staff_groups import ensure_staff_groups


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_staff_groups_search_permissions")]

    operations = [
        migrations.CreateModel(
            name="Redirect",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "old_path",
                    models.CharField(
                        help_text="A path on this site, such as /guides/old-name/. Used only when no page answers there.",
                        max_length=300,
                        unique=True,
                        validators=[articles.models.site.validate_path],
                        verbose_name="old address",
                    ),
                ),
                (
                    "new_path",
                    models.CharField(
                        help_text='A path on this site ("/guides/...") or https://…',
                        max_length=300,
                        validators=[articles.models.site.validate_link],
                        verbose_name="redirect to",
                    ),
                ),
            ],
            options={
                "ordering": ["old_path"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("old_path", models.F("new_path")), _negated=True
                        ),
                        name="redirect_leads_elsewhere",
                        violation_error_message="A redirect must lead to another address.",
                    )
                ],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
