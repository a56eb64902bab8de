"""Indexes that keep topic listings and related guides flat as the library grows.

A topic's live guides, newest first, with their ids (its pages, their count, the
newest on the topic for related guides); the featured guides by date (the home
page); and the guides of a tag by id (related guides take the latest tagged with
each of a guide's tags). The tag link table is
Django's own for the many-to-many field, with no model to declare an index on, so
its index is SQL. Indexes only: no staff-group permissions change.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0017_content_generation"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["category", "status", "-publish_at", "id"],
                name="article_topic_newest",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("is_featured", True)),
                fields=["status", "-publish_at"],
                name="article_featured_newest",
            ),
        ),
        migrations.RunSQL(
            "CREATE INDEX article_tags_tag_article"
            " ON articles_article_tags (tag_id, article_id)",
            reverse_sql="DROP INDEX article_tags_tag_article",
        ),
    ]
