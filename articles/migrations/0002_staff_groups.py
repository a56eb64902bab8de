"""Create the two staff groups: Editors (all content) and Medical reviewers (review only)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_MODELS = [
    "category",
    "tag",
    "person",
    "article",
    "pinnedrelatedarticle",
    "reference",
    "faqentry",
    "announcement",
    "page",
]


def create_groups(apps, schema_editor):
    # Permissions are normally made after migrate; make them now so the groups get them.
    # (The migration state's app config stub cannot list models, hence the global one.)
    create_permissions(global_apps.get_app_config("articles"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content = Permission.objects.filter(
        content_type__app_label="articles", content_type__model__in=CONTENT_MODELS
    )

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*content.exclude(codename="review_article"))

    reviewers, _ = Group.objects.get_or_create(name="Medical reviewers")
    reviewers.permissions.add(
        *content.filter(codename__startswith="view_"),
        *content.filter(codename="review_article"),
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Editors", "Medical reviewers"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
