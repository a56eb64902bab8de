"""Who has a change form of the admin open: one row per editor and object, stamped each
time they open it, so that the next editor can be told (articles/admin/editing.py)."""

from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models


class EditorVisitQuerySet(models.QuerySet):
    def of(self, obj: models.Model):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )

    def since(self, moment: datetime):
        return self.filter(opened_at__gte=moment)


class EditorVisit(models.Model):
    """The last time a staff user opened the change form of an object."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    # A string, as in the admin's LogEntry: any model's primary key fits.
    object_id = models.CharField(max_length=64)
    opened_at = models.DateTimeField()

    objects = EditorVisitQuerySet.as_manager()

    class Meta:
        app_label = "articles"
        constraints = [
            # Its index serves the lookup too: who opened this object (since when).
            models.UniqueConstraint(
                fields=["content_type", "object_id", "user"],
                name="one_editor_visit_per_object",
            )
        ]
        # Pruning deletes by age.
        indexes = [models.Index(fields=["opened_at"], name="editor_visit_opened_at")]

    def __str__(self) -> str:
        return f"{self.user} opened {self.content_type} {self.object_id}"

    @classmethod
    def record(
        cls, *, user, obj: models.Model, at: datetime, forget_before: datetime
    ) -> None:
        """Stamp user's visit of obj at `at`; forget visits before forget_before."""
        # Visits are read only within the last few minutes, so the table stays as
        # small as the number of forms opened in them: one indexed delete keeps it so.
        cls.objects.filter(opened_at__lt=forget_before).delete()
        cls.objects.bulk_create(
            [
                cls(
                    user=user,
                    content_type=ContentType.objects.get_for_model(obj),
                    object_id=str(obj.pk),
                    opened_at=at,
                )
            ],
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "user"],
            update_fields=["opened_at"],
        )
