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
EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
# What the groups may do with other apps' records, by app label and permission
# codename: named here, never imported (those apps depend on articles, not the other
# way round), so that this one table says what each group may do.
OTHER_APPS = {
    # Readers' answers: both read them, editors delete an abusive one; nobody edits.
    "feedback": {
        EDITORS: ["view_feedback", "delete_feedback"],
        MEDICAL_REVIEWERS: ["view_feedback"],
    },
    # Images and PDF handouts: editors manage them, reviewers see what guides show.
    "media_library": {
        EDITORS: [
            "view_mediafile",
            "add_mediafile",
            "change_mediafile",
            "delete_mediafile",
        ],
        MEDICAL_REVIEWERS: ["view_mediafile"],
    },
    # The glossary: editors keep it, reviewers read it.
    "glossary": {
        EDITORS: ["add_term", "change_term", "delete_term", "view_term"],
        MEDICAL_REVIEWERS: ["view_term"],
    },
    # Written by the source-check job; read by both.
    "sourcecheck": {
        EDITORS: ["view_sourcecheck"],
        MEDICAL_REVIEWERS: ["view_sourcecheck"],
    },
    # Editors list trials on guides; the registry's details are the job's to write.
    "trials": {
        EDITORS: [
            *(
                f"{action}_{model}"
                for action in ("add", "change", "delete", "view")
                for model in ("clinicaltrial", "guidetrial")
            ),
        ],
        MEDICAL_REVIEWERS: ["view_clinicaltrial", "view_guidetrial"],
    },
    # Editors import WordPress exports and see what came from where.
    "wordpress": {EDITORS: ["import_wordpress", "view_importeditem"]},
}


def ensure_staff_groups(apps=global_apps) -> None:
    """Create both groups if missing and grant their permissions (idempotent).

    `apps` is the migration state when a data migration calls this.
    """
    # Permissions are normally made after migrate; make them now so the groups get them.
    # (A migration's app config stub cannot list models, hence the global one.)
    create_permissions(global_apps.get_app_config("articles"), apps=apps, verbosity=0)
    others = [label for label in OTHER_APPS if global_apps.is_installed(label)]
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
    )

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*content.exclude(codename="review_article"), *records)

    reviewers, _ = Group.objects.get_or_create(name=MEDICAL_REVIEWERS)
    reviewers.permissions.add(
        *content.filter(codename__startswith="view_"),
        *content.filter(codename="review_article"),
        *records,
    )

    for label in others:
        for group in (editors, reviewers):
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=label,
                    codename__in=OTHER_APPS[label].get(group.name, []),
                )
            )
