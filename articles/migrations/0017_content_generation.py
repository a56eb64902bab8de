"""The content generation that page caches key on (articles/sql/generation.sql), and
an index for the moment a guide's review falls overdue."""

from django.db import migrations, models

from articles.sql import InstallSqlFile


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_article_sitemap_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentGeneration",
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
                ("generation", models.BigIntegerField()),
                ("changed_at", models.DateTimeField()),
                ("changed_in", models.BigIntegerField(null=True)),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)),
                        name="one_content_generation",
                        violation_error_message="There is one content generation row.",
                    )
                ],
            },
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published")),
                fields=["next_review_due"],
                name="article_review_due_published",
            ),
        ),
        InstallSqlFile("generation", checksum="351b2ddbf51bc98e"),
    ]
