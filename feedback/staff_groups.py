"""What the staff groups (articles/staff_groups.py) may do with readers' answers:
both groups read them; editors also delete an abusive one. Nobody adds or edits."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS, ensure_staff_groups


def grant_feedback_permissions(apps=global_apps) -> None:
    """Give both staff groups their permissions on answers (idempotent).

    `apps` is the migration state when a data migration calls this.
    """
    ensure_staff_groups(apps)
    # As ensure_staff_groups does: permissions are normally made after migrate.
    create_permissions(global_apps.get_app_config("feedback"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    answers = Permission.objects.filter(
        content_type__app_label="feedback", content_type__model="feedback"
    )
    Group.objects.get(name=EDITORS).permissions.add(
        *answers.filter(codename__in=["view_feedback", "delete_feedback"])
    )
    Group.objects.get(name=MEDICAL_REVIEWERS).permissions.add(
        *answers.filter(codename="view_feedback")
    )
