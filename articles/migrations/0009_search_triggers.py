"""Install the search triggers and functions from articles/sql/search.sql.

On a database that applied the old migrations 0004, 0006 and 0008, this replaces
their definitions with the file's, which say the same.
"""

from django.db import migrations

from articles.sql import InstallSqlFile


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_squashed_0008_search_words")]

    operations = [InstallSqlFile("search", checksum="4b76c6ba181c098d")]
