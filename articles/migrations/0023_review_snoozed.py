# Review reminders: the snooze of a review's reminders (a workflow event) and the
# record of the reminder mails sent (articles/reviews_due.py).

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0022_article_reading_grade"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="workflowevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("submitted", "Submitted for medical review"),
                    ("changes_requested", "Changes requested"),
                    ("approved", "Approved (signed off)"),
                    ("published", "Published"),
                    ("scheduled", "Publication scheduled"),
                    ("schedule_cancelled", "Scheduled publication cancelled"),
                    ("withdrawal_scheduled", "Withdrawal scheduled"),
                    ("withdrawn", "Withdrawn"),
                    ("restored", "Earlier revision restored as a new draft"),
                    ("review_snoozed", "Review reminders snoozed"),
                ],
                max_length=30,
            ),
        ),
        migrations.AddConstraint(
            model_name="workflowevent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("kind", "review_snoozed"), _negated=True),
                    models.Q(
                        ("effective_at__isnull", False),
                        ("revision__isnull", False),
                        models.Q(("note", ""), _negated=True),
                    ),
                    _connector="OR",
                ),
                name="snooze_names_revision_end_and_reason",
            ),
        ),
        migrations.CreateModel(
            name="ReviewReminder",
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
                    "kind",
                    models.CharField(
                        choices=[
                            ("weekly", "Reviews due this week"),
                            ("escalation", "Overdue review escalated"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "week",
                    models.DateField(
                        blank=True,
                        help_text="A weekly list: the Monday its week starts.",
                        null=True,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Pending"),
                            ("sent", "Sent"),
                            ("failed", "Failed"),
                            ("skipped", "Not sent: nothing left to remind of"),
                        ],
                        default="pending",
                        max_length=20,
                    ),
                ),
                ("attempts", models.PositiveSmallIntegerField(default=0)),
                ("last_error", models.CharField(blank=True, max_length=500)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("sent_at", models.DateTimeField(blank=True, null=True)),
                (
                    "recipient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "sign_off",
                    models.ForeignKey(
                        blank=True,
                        help_text="An escalation: the approval whose next review is "
                        "overdue.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="articles.workflowevent",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("kind", "weekly")),
                        fields=("recipient", "week"),
                        name="one_review_reminder_per_week",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("kind", "escalation")),
                        fields=("recipient", "sign_off"),
                        name="one_escalation_per_overdue_review",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("kind", "weekly"),
                                ("sign_off__isnull", True),
                                ("week__isnull", False),
                            ),
                            models.Q(
                                ("kind", "escalation"),
                                ("sign_off__isnull", False),
                                ("week__isnull", True),
                            ),
                            _connector="OR",
                        ),
                        name="review_reminder_names_its_week_or_review",
                    ),
                ],
            },
        ),
    ]
