import django.db.models.deletion
import django.db.models.functions.text
import django.db.models.lookups
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0021_guide_body_rich_text"),
    ]

    operations = [
        migrations.CreateModel(
            name="AddressCount",
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
                ("address_hash", models.CharField(max_length=64)),
                ("window_start", models.DateTimeField()),
                ("answers", models.PositiveIntegerField(default=0)),
            ],
            options={
                "indexes": [
                    models.Index(fields=["window_start"], name="feedback_count_window")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("address_hash", "window_start"),
                        name="one_count_per_address_and_hour",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Feedback",
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
                ("helpful", models.BooleanField()),
                ("comment", models.TextField(blank=True)),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now),
                ),
                (
                    "digest_sent_at",
                    models.DateTimeField(blank=True, editable=False, null=True),
                ),
                (
                    "article",
                    models.ForeignKey(
                        blank=True,
                        help_text="The guide; none for the questions and answers page.",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="feedback",
                        to="articles.article",
                    ),
                ),
            ],
            options={
                "verbose_name": "answer",
                "verbose_name_plural": "answers",
                "ordering": ["-created_at", "-pk"],
                "indexes": [
                    models.Index(
                        fields=["article", "-created_at"], name="feedback_page_newest"
                    )
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=django.db.models.lookups.LessThanOrEqual(
                            django.db.models.functions.text.Length("comment"), 1000
                        ),
                        name="feedback_comment_length",
                        violation_error_message=(
                            "A comment holds at most 1,000 characters."
                        ),
                    )
                ],
            },
        ),
    ]
