"""The words of live guides' titles, kept by a trigger, for "Did you mean".

Looking them up in the titles themselves (trigram word similarity on 100,000 titles)
rechecked every title sharing a few trigrams with the misspelling: 130 to 250 ms for
"clincal trial" or "perotoneal". The distinct words with a trigram GiST index answer
in about a millisecond.
"""

import django.contrib.postgres.indexes
from django.contrib.postgres.operations import CreateExtension
from django.db import migrations, models

# The words of a title as articles/search.py reads a query: runs of four letters or
# more, lower case.
TITLE_WORDS = """
CREATE FUNCTION articles_title_words(title text) RETURNS text[] AS $$
    SELECT coalesce(array_agg(DISTINCT word ORDER BY word), '{}')
      FROM regexp_split_to_table(lower(coalesce(title, '')), '[^a-z]+') AS word
     WHERE length(word) >= 4
$$ LANGUAGE sql IMMUTABLE;
"""

# Counts per word, so a word goes when the last guide using it does. Only guides that
# have gone live (first_published_at is stamped then): a scheduled guide's title is
# not hinted at before its time.
WORDS_TRIGGER = """
CREATE FUNCTION articles_article_search_words_sync() RETURNS trigger AS $$
DECLARE
    old_words text[] := '{}';
    new_words text[] := '{}';
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'published'
       AND OLD.first_published_at IS NOT NULL THEN
        old_words := articles_title_words(OLD.title);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'published'
       AND NEW.first_published_at IS NOT NULL THEN
        new_words := articles_title_words(NEW.title);
    END IF;
    IF old_words = new_words THEN
        RETURN NULL;
    END IF;
    UPDATE articles_searchword SET guides = guides - 1
     WHERE word IN (SELECT unnest(old_words) EXCEPT SELECT unnest(new_words));
    DELETE FROM articles_searchword WHERE word = ANY(old_words) AND guides = 0;
    INSERT INTO articles_searchword (word, guides)
    SELECT word, 1
      FROM (SELECT unnest(new_words) EXCEPT SELECT unnest(old_words)) AS added (word)
     ORDER BY word
    ON CONFLICT (word) DO UPDATE SET guides = articles_searchword.guides + 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER articles_article_search_words
    AFTER INSERT OR DELETE OR UPDATE OF title, status, first_published_at
    ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_words_sync();

INSERT INTO articles_searchword (word, guides)
SELECT word, count(*)
  FROM articles_article, unnest(articles_title_words(title)) AS word
 WHERE status = 'published' AND first_published_at IS NOT NULL
 GROUP BY word;
"""

DROP = """
DROP TRIGGER articles_article_search_words ON articles_article;
DROP FUNCTION articles_article_search_words_sync();
DROP FUNCTION articles_title_words(text);
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_faq_vector_in_row")]

    operations = [
        # levenshtein(): of the words trigrams find close, the fewest typing slips away.
        CreateExtension("fuzzystrmatch"),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "word",
                    models.CharField(max_length=200, primary_key=True, serialize=False),
                ),
                ("guides", models.PositiveIntegerField()),
            ],
            options={
                "indexes": [
                    django.contrib.postgres.indexes.GistIndex(
                        django.contrib.postgres.indexes.OpClass(
                            "word", name="gist_trgm_ops"
                        ),
                        name="search_word_trigram",
                    )
                ],
            },
        ),
        migrations.RunSQL(TITLE_WORDS + WORDS_TRIGGER, DROP),
    ]
