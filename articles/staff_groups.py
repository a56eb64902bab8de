"""The two staff groups: Editors (all content) and Medical reviewers (review only)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

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
    "searchsynonym",
    "promotedresult",
    "unansweredsearch",
    "redirect",
]
# Append-only records (the database refuses changes): everyone on staff may read them.
RECORD_MODELS = ["revision", "workflowevent"]
# Records other apps write for staff to read, by app label (named, never imported:
# they depend on articles, not the other way round).
OTHER_RECORDS = {"sourcecheck": ["sourcecheck"]}
EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"


def ensure_staff_groups(apps=global_apps) -> None:
    """Create both groups if missing and grant their permissions (idempotent).

    `apps` is the migration state when a data migration calls this.
    """
    # Permissions are normally made after migrate; make them now so the groups get them.
    # (A migration's app config stub cannot list models, hence the global one.)
    create_permissions(global_apps.get_app_config("articles"), apps=apps, verbosity=0)
    others = [label for label in OTHER_RECORDS if global_apps.is_installed(label)]
    for label in others:
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content = Permission.objects.filter(
        content_type__app_label="articles", content_type__model__in=CONTENT_MODELS
    )

    records = Permission.objects.filter(
        content_type__app_label="articles",
        content_type__model__in=RECORD_MODELS,
        codename__startswith="view_",
    ) | Permission.objects.filter(
        content_type__app_label__in=others,
        content_type__model__in=[m for label in others for m in OTHER_RECORDS[label]],
        codename__startswith="view_",
    )

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*content.exclude(codename="review_article"), *records)

    reviewers, _ = Group.objects.get_or_create(name=MEDICAL_REVIEWERS)
    reviewers.permissions.add(
        *content.filter(codename__startswith="view_"),
        *content.filter(codename="review_article"),
        *records,
    )
