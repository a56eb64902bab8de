"""The reading grade of each guide, stored for the guide list, and computed here for
the guides there are: the list is right as soon as the migration has run, with no
step an operator could forget (docs/design.md, "Plain-language score")."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

from articles.readability import reading_grade

BATCH = 500


def grade_guides(apps, schema_editor):
    """Grade each guide's working copy as the admin form shows it: its newest
    revision, or its body while it has none."""
    Article = apps.get_model("articles", "Article")
    Revision = apps.get_model("articles", "Revision")
    newest_body = Revision.objects.filter(article=OuterRef("pk")).order_by("-number")
    guides = Article.objects.annotate(
        newest_body=Subquery(newest_body.values("content__body")[:1])
    ).only("pk", "body")
    graded = []
    for guide in guides.iterator(chunk_size=BATCH):
        body = guide.body if guide.newest_body is None else guide.newest_body
        guide.reading_grade = reading_grade(body)
        graded.append(guide)
        if len(graded) == BATCH:
            Article.objects.bulk_update(graded, ["reading_grade"])
            graded = []
    Article.objects.bulk_update(graded, ["reading_grade"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0021_guide_body_rich_text"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="reading_grade",
            field=models.FloatField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(grade_guides, migrations.RunPython.noop, elidable=True),
    ]
