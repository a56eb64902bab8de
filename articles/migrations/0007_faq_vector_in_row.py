"""Keep FAQ entries' search vectors in the table row, as 0005 does for guides.

An answer's HTML, its text and its vector together pass the size at which PostgreSQL
moves a value out of line, and it moved the vector. A search reads the vector of every
match: at 10,000 entries a common word took 14 ms instead of 7 (bench/search.py).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_search_head")]

    operations = [
        migrations.RunSQL(
            [
                "ALTER TABLE articles_faqentry ALTER COLUMN search_vector"
                " SET STORAGE MAIN",
                # Rewrite the stored vectors so existing rows move into the row too; the
                # trigger only acts on a change of question or answer.
                "UPDATE articles_faqentry"
                " SET search_vector = search_vector::text::tsvector",
            ],
            "ALTER TABLE articles_faqentry ALTER COLUMN search_vector"
            " SET STORAGE EXTENDED",
        )
    ]
