"""A narrow table of guides' title, summary and tags vectors, kept by a trigger.

Ranking every guide that matches a broad word ("treatment" is in nearly every guide)
reads tens of thousands of wide rows. Searches now look for the words in this table
first and rank at most a bounded number of those guides (articles/search.py);
bench/README.md has the measurements.
"""

from importlib import import_module

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

search_0004 = import_module("articles.migrations.0004_search")

# One formula for a guide's head (title A, summary and tags B), used by the full vector
# of migration 0004's trigger (head plus body C) and by the head table.
HEAD_VECTOR = """
CREATE FUNCTION articles_article_head_vector(
    guide_id bigint, guide_title text, guide_summary text
)
RETURNS tsvector AS $$
    SELECT setweight(to_tsvector('portal_english', coalesce(guide_title, '')), 'A')
        || setweight(to_tsvector('portal_english', coalesce(guide_summary, '')), 'B')
        || setweight(to_tsvector('portal_english', coalesce((
            SELECT string_agg(tag.name, ' ')
              FROM articles_tag tag
              JOIN articles_article_tags link ON link.tag_id = tag.id
             WHERE link.article_id = guide_id), '')), 'B')
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION articles_article_search_update() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.search_vector IS NULL
       OR NEW.title IS DISTINCT FROM OLD.title
       OR NEW.summary IS DISTINCT FROM OLD.summary
       OR NEW.body_text IS DISTINCT FROM OLD.body_text THEN
        NEW.search_vector :=
            articles_article_head_vector(NEW.id, NEW.title, NEW.summary)
            || setweight(to_tsvector('portal_english', coalesce(NEW.body_text, '')), 'C');
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""

# After the guide's row is written (its vector is then current, tags included): a
# changed vector, status, go-live time or topic is copied to the head table.
HEAD_TRIGGER = """
CREATE FUNCTION articles_article_search_head_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector
       AND NEW.status IS NOT DISTINCT FROM OLD.status
       AND NEW.publish_at IS NOT DISTINCT FROM OLD.publish_at
       AND NEW.category_id IS NOT DISTINCT FROM OLD.category_id THEN
        RETURN NULL;
    END IF;
    INSERT INTO articles_articlesearchhead
        (article_id, category_id, status, publish_at, vector)
    VALUES (NEW.id, NEW.category_id, NEW.status, NEW.publish_at,
            articles_article_head_vector(NEW.id, NEW.title, NEW.summary))
    ON CONFLICT (article_id) DO UPDATE SET
        category_id = EXCLUDED.category_id,
        status = EXCLUDED.status,
        publish_at = EXCLUDED.publish_at,
        vector = EXCLUDED.vector;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER articles_article_search_head AFTER INSERT OR UPDATE ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_head_sync();

INSERT INTO articles_articlesearchhead (article_id, category_id, status, publish_at, vector)
SELECT id, category_id, status, publish_at,
       articles_article_head_vector(id, title, summary)
  FROM articles_article;
"""

DROP_HEAD_TRIGGER = """
DROP TRIGGER articles_article_search_head ON articles_article;
DROP FUNCTION articles_article_search_head_sync();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_search_vector_in_row"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArticleSearchHead",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_head",
                        serialize=False,
                        to="articles.article",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("in_review", "In review"),
                            ("published", "Published"),
                        ],
                        max_length=20,
                    ),
                ),
                ("publish_at", models.DateTimeField(null=True)),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
                (
                    "category",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="articles.category",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["status", "publish_at"],
                        name="search_head_status_publish",
                    ),
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["vector"], name="search_head_vector"
                    ),
                ],
            },
        ),
        migrations.RunSQL(
            HEAD_VECTOR,
            # Back to 0004's triggers, which compute the head inline.
            [
                search_0004.DROP_SEARCH_TRIGGERS,
                search_0004.SEARCH_TRIGGERS,
                "DROP FUNCTION articles_article_head_vector(bigint, text, text);",
            ],
        ),
        migrations.RunSQL(HEAD_TRIGGER, DROP_HEAD_TRIGGER),
    ]
