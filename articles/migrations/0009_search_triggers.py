"""Install the search triggers and functions from articles/search/triggers.sql.

On a database that applied the old migrations 0004, 0006 and 0008, this replaces
their definitions with the file's, which say the same.
"""

from django.db import migrations

from articles.search.triggers import InstallSearchTriggers


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_squashed_0008_search_words")]

    operations = [InstallSearchTriggers(checksum="4b76c6ba181c098d")]
