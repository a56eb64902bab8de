"""A guide's featured image becomes an image of the media library (issue 15).

An uploaded featured image (a file under guides/) goes into the library through
media_library.services, as every image does: re-encoded, metadata stripped,
renditions made; its text alternative stays with the guide. A file that is missing
or not an image is reported and the guide keeps no featured image (the text
alternative stays, so nothing typed is lost).
"""

import sys

import django.db.models.deletion
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import migrations, models


def into_library(apps, schema_editor):
    # The service works on the current models: this migration must run before any
    # later change to media_library's models (squash it with them if there is one).
    from media_library.services import media_file_add

    Article = apps.get_model("articles", "Article")
    uploaded = Article.objects.exclude(uploaded_featured_image="")
    for article in uploaded.only(
        "title", "uploaded_featured_image", "featured_image_alt"
    ):
        name = article.uploaded_featured_image.name
        try:
            with default_storage.open(name) as file:
                content = file.read()
            image = media_file_add(
                content=content,
                filename=name,
                title=article.title,
                alt_text=article.featured_image_alt,
            )
        except (OSError, ValidationError) as error:
            sys.stdout.write(
                f"\n  Guide “{article.title}”: featured image {name} not moved: {error}"
            )
            continue
        Article.objects.filter(pk=article.pk).update(featured_image=image.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0025_body_images_described"),
        ("media_library", "0002_staff_group_permissions"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="article", name="featured_image_has_alt_text"
        ),
        migrations.RenameField(
            model_name="article",
            old_name="featured_image",
            new_name="uploaded_featured_image",
        ),
        migrations.AddField(
            model_name="article",
            name="featured_image",
            field=models.ForeignKey(
                blank=True,
                help_text="An image from the media library.",
                limit_choices_to={"kind": "image"},
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="featured_in",
                to="media_library.mediafile",
            ),
        ),
        migrations.RunPython(into_library, migrations.RunPython.noop),
        migrations.RemoveField(model_name="article", name="uploaded_featured_image"),
        migrations.AlterField(
            model_name="article",
            name="featured_image_alt",
            field=models.CharField(
                blank=True,
                help_text="What the image shows, for readers who cannot see it. Left "
                "empty, the library's text alternative is used.",
                max_length=250,
                verbose_name="featured image text alternative",
            ),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=models.Q(("featured_image__isnull", True))
                | ~models.Q(("featured_image_alt", "")),
                name="featured_image_has_alt_text",
                violation_error_message="Describe the featured image in words.",
            ),
        ),
    ]
