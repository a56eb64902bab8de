"""A guide's source URL is checked as browsers read it (articles.links): no spaces,
tabs or backslashes, which browsers read otherwise than people do. A validator
only: nothing changes in the database."""

from django.db import migrations, models

import articles.links


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_sitemap_page_times"),
    ]

    operations = [
        migrations.AlterField(
            model_name="reference",
            name="url",
            field=models.URLField(
                blank=True,
                max_length=500,
                validators=[articles.links.validate_web_address],
                verbose_name="URL",
            ),
        ),
    ]
