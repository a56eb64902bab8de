"""Install the sign-off guards, and record what was live before them.

A guide that was live named a medical reviewer and a review date: its text becomes
revision 1 with an approval in that reviewer's name, noted as recorded by this
migration. FAQ answers had no reviewer: they are taken off the site until one signs
them off, and that is recorded too. Guides "in review" become drafts (review is now
a step of a revision, not a status).

The data steps come after the SQL: the hash of a revision is computed by the
database, and the commit checks that every published text is signed.
"""

from datetime import date

from django.db import migrations

from articles.sql import InstallSqlFile
from articles.staff_groups import ensure_staff_groups

NOTE = (
    "Recorded by migration 0013 from the guide's reviewer and review date, which "
    "were typed in by an editor before sign-off was enforced."
)


def record_what_was_live(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    FaqEntry = apps.get_model("articles", "FaqEntry")
    Revision = apps.get_model("articles", "Revision")
    WorkflowEvent = apps.get_model("articles", "WorkflowEvent")

    Article.objects.filter(status="in_review").update(status="draft")
    for guide in Article.objects.filter(status="published"):
        if guide.medical_reviewer_id is None or guide.last_reviewed_on is None:
            guide.status = "draft"
            guide.save(update_fields=["status"])
            continue
        sources = [
            {"citation": r.citation, "url": r.url, "doi": r.doi, "pmid": r.pmid}
            for r in apps.get_model("articles", "Reference")
            .objects.filter(article=guide)
            .order_by("order", "pk")
        ]
        revision = Revision.objects.create(
            article=guide,
            number=1,
            content={
                "title": guide.title,
                "summary": guide.summary,
                "body": guide.body,
                "sources": sources,
            },
        )
        revision.refresh_from_db()
        reviewed = guide.last_reviewed_on
        due = guide.next_review_due
        if due is None or due <= reviewed:
            due = _a_year_after(reviewed)
        reviewer = guide.medical_reviewer
        guide.sign_off = WorkflowEvent.objects.create(
            kind="approved",
            article=guide,
            revision=revision,
            reviewer=reviewer,
            reviewer_name=reviewer.name,
            reviewer_credentials=reviewer.credentials,
            content_hash=revision.content_hash,
            reviewed_on=reviewed,
            next_review_due=due,
            note=NOTE,
        )
        guide.next_review_due = due
        guide.save(update_fields=["sign_off", "next_review_due"])

    for entry in FaqEntry.objects.filter(is_published=True):
        entry.is_published = False
        entry.save(update_fields=["is_published"])
        WorkflowEvent.objects.create(
            kind="withdrawn",
            faq_entry=entry,
            note="Taken off the site by migration 0013: FAQ answers now need a "
            "medical sign-off, and this one had none.",
        )


def _a_year_after(day: date) -> date:
    return day.replace(year=day.year + 1, day=28 if day.month == 2 else day.day)


def grant(apps, schema_editor):
    ensure_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_signoff")]

    operations = [
        InstallSqlFile("search", checksum="c28fd414344e6a61"),
        InstallSqlFile("signoff", checksum="36566574ecec7ce1"),
        migrations.RunPython(record_what_was_live, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
