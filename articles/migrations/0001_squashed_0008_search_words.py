"""The articles tables as migrations 0001 to 0008 left them, in one migration.

Databases that applied 0001 to 0008 count this as applied; new ones run it. The
search triggers and functions are installed by 0009 from articles/sql/search.sql.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.core.validators
import django.db.models.deletion
import django.db.models.functions.text
import django.utils.timezone
import django_ckeditor_5.fields
from django.conf import settings
from django.contrib.postgres.operations import (
    CreateExtension,
    TrigramExtension,
    UnaccentExtension,
)
from django.db import migrations, models

import articles.models.site
from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS, ensure_staff_groups


def create_staff_groups(apps, schema_editor):
    ensure_staff_groups(apps)


def remove_staff_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[EDITORS, MEDICAL_REVIEWERS]
    ).delete()


class Migration(migrations.Migration):
    replaces = [
        ("articles", "0001_initial"),
        ("articles", "0002_staff_groups"),
        ("articles", "0003_reader_features"),
        ("articles", "0004_search"),
        ("articles", "0005_search_vector_in_row"),
        ("articles", "0006_search_head"),
        ("articles", "0007_faq_vector_in_row"),
        ("articles", "0008_search_words"),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        # Trigram indexes (titles, questions, "Did you mean" words), accents ignored
        # in search, and levenshtein() for "Did you mean".
        TrigramExtension(),
        UnaccentExtension(),
        CreateExtension("fuzzystrmatch"),
        migrations.CreateModel(
            name="Category",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("name", models.CharField(max_length=80, unique=True)),
                ("slug", models.SlugField(max_length=80, unique=True)),
                (
                    "description",
                    models.TextField(
                        blank=True, help_text="One or two plain sentences."
                    ),
                ),
                (
                    "order",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lower comes first."
                    ),
                ),
            ],
            options={
                "verbose_name": "treatment topic",
                "ordering": ["order", "name"],
            },
        ),
        migrations.CreateModel(
            name="Page",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("title", models.CharField(max_length=120)),
                ("slug", models.SlugField(max_length=120, unique=True)),
                (
                    "summary",
                    models.CharField(
                        blank=True,
                        help_text="One or two calm sentences. The disclaimer page's summary is shown in a box under every guide.",
                        max_length=300,
                    ),
                ),
                ("body", django_ckeditor_5.fields.CKEditor5Field()),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "ordering": ["title"],
            },
        ),
        migrations.CreateModel(
            name="SearchSynonym",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "term",
                    models.CharField(
                        help_text='e.g. "Keytruda".', max_length=80, unique=True
                    ),
                ),
                (
                    "equivalents",
                    models.CharField(
                        help_text='Comma-separated, e.g. "pembrolizumab". Phrases work: "lung lining".',
                        max_length=300,
                    ),
                ),
            ],
            options={
                "ordering": ["term"],
            },
        ),
        migrations.CreateModel(
            name="Tag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("name", models.CharField(max_length=80, unique=True)),
                ("slug", models.SlugField(max_length=80, unique=True)),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="UnansweredSearch",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("query", models.CharField(max_length=200, unique=True)),
                ("count", models.PositiveIntegerField(default=0)),
                ("first_searched_at", models.DateTimeField(auto_now_add=True)),
                ("last_searched_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "verbose_name_plural": "unanswered searches",
                "ordering": ["-count", "-last_searched_at"],
            },
        ),
        migrations.CreateModel(
            name="Announcement",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("text", models.CharField(max_length=200)),
                (
                    "link_url",
                    models.CharField(
                        blank=True,
                        help_text='Optional page to read more: a path on this site ("/guides/...") or https://…',
                        max_length=500,
                        validators=[articles.models.site.validate_link],
                        verbose_name="link",
                    ),
                ),
                (
                    "link_text",
                    models.CharField(blank=True, default="Read more", max_length=60),
                ),
                ("starts_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("ends_at", models.DateTimeField()),
            ],
            options={
                "ordering": ["-starts_at"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("ends_at__gt", models.F("starts_at"))),
                        name="announcement_ends_after_start",
                        violation_error_message="An announcement must end after it starts.",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Person",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("name", models.CharField(max_length=120)),
                ("slug", models.SlugField(max_length=120, unique=True)),
                (
                    "credentials",
                    models.CharField(
                        help_text='Degrees and role, e.g. "MD, thoracic oncologist".',
                        max_length=160,
                    ),
                ),
                ("bio", models.TextField(blank=True)),
                (
                    "is_medical_reviewer",
                    models.BooleanField(
                        default=False,
                        help_text="Can be named as the medical reviewer of a guide.",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        blank=True,
                        help_text="The staff account of this person, if they sign in.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="person",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "people",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="Article",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("title", models.CharField(max_length=200)),
                (
                    "slug",
                    models.SlugField(
                        help_text="The guide's web address.",
                        max_length=200,
                        unique=True,
                    ),
                ),
                (
                    "summary",
                    models.TextField(
                        help_text="Plain text, one or two sentences: for cards and search engines.",
                        max_length=300,
                    ),
                ),
                ("body", django_ckeditor_5.fields.CKEditor5Field(blank=True)),
                ("body_text", models.TextField(blank=True, editable=False)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("in_review", "In review"),
                            ("published", "Published"),
                        ],
                        default="draft",
                        max_length=20,
                    ),
                ),
                (
                    "publish_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="When a published guide goes live: empty is now, later schedules it.",
                        null=True,
                    ),
                ),
                (
                    "first_published_at",
                    models.DateTimeField(blank=True, editable=False, null=True),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("last_reviewed_on", models.DateField(blank=True, null=True)),
                ("next_review_due", models.DateField(blank=True, null=True)),
                (
                    "featured_image",
                    models.ImageField(blank=True, upload_to="guides/%Y/"),
                ),
                (
                    "featured_image_alt",
                    models.CharField(
                        blank=True,
                        help_text="What the image shows, for readers who cannot see it.",
                        max_length=250,
                        verbose_name="featured image text alternative",
                    ),
                ),
                (
                    "notify_subscribers",
                    models.BooleanField(
                        default=True,
                        help_text="Email followers when this guide first goes live.",
                    ),
                ),
                (
                    "search_vector",
                    django.contrib.postgres.search.SearchVectorField(
                        editable=False, null=True
                    ),
                ),
                (
                    "is_featured",
                    models.BooleanField(
                        default=False,
                        help_text="Show it among the featured guides on the home page.",
                        verbose_name="featured",
                    ),
                ),
                (
                    "category",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="articles",
                        to="articles.category",
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="authored_articles",
                        to="articles.person",
                    ),
                ),
                (
                    "medical_reviewer",
                    models.ForeignKey(
                        blank=True,
                        limit_choices_to={"is_medical_reviewer": True},
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="reviewed_articles",
                        to="articles.person",
                    ),
                ),
            ],
            options={
                "verbose_name": "guide",
                "ordering": ["-publish_at", "title"],
                "permissions": [
                    ("review_article", "Can record the medical review of a guide")
                ],
            },
        ),
        migrations.CreateModel(
            name="PinnedRelatedArticle",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("order", models.PositiveSmallIntegerField(default=0)),
                (
                    "from_article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="pins",
                        to="articles.article",
                    ),
                ),
                (
                    "to_article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="pinned_by",
                        to="articles.article",
                        verbose_name="related guide",
                    ),
                ),
            ],
            options={
                "verbose_name": "pinned related guide",
                "ordering": ["order", "pk"],
            },
        ),
        migrations.AddField(
            model_name="article",
            name="related_articles",
            field=models.ManyToManyField(
                blank=True,
                through="articles.PinnedRelatedArticle",
                through_fields=("from_article", "to_article"),
                to="articles.article",
            ),
        ),
        migrations.CreateModel(
            name="PromotedResult",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "term",
                    models.CharField(
                        help_text="Matched against the whole search, any case.",
                        max_length=80,
                    ),
                ),
                ("order", models.PositiveSmallIntegerField(default=0)),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="promotions",
                        to="articles.article",
                    ),
                ),
            ],
            options={
                "ordering": ["term", "order"],
            },
        ),
        migrations.CreateModel(
            name="Reference",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("order", models.PositiveSmallIntegerField(default=0)),
                (
                    "citation",
                    models.TextField(
                        help_text="Authors. Title. Journal or publisher. Year;volume(issue):pages."
                    ),
                ),
                (
                    "url",
                    models.URLField(blank=True, max_length=500, verbose_name="URL"),
                ),
                (
                    "doi",
                    models.CharField(
                        blank=True,
                        max_length=200,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^10\\.\\d{4,9}/\\S+$",
                                'A DOI looks like "10.1016/S0140-6736(20)32714-8".',
                            )
                        ],
                        verbose_name="DOI",
                    ),
                ),
                (
                    "pmid",
                    models.CharField(
                        blank=True,
                        max_length=12,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{1,9}$", "A PubMed ID is a number."
                            )
                        ],
                        verbose_name="PubMed ID",
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="references",
                        to="articles.article",
                    ),
                ),
            ],
            options={
                "ordering": ["order", "pk"],
            },
        ),
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
        migrations.AddField(
            model_name="article",
            name="tags",
            field=models.ManyToManyField(
                blank=True, related_name="articles", to="articles.tag"
            ),
        ),
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
        ),
        migrations.CreateModel(
            name="FaqEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("question", models.CharField(max_length=250)),
                (
                    "slug",
                    models.SlugField(
                        help_text="The question's stable link anchor.",
                        max_length=120,
                        unique=True,
                    ),
                ),
                ("answer", django_ckeditor_5.fields.CKEditor5Field()),
                ("answer_text", models.TextField(blank=True, editable=False)),
                (
                    "search_vector",
                    django.contrib.postgres.search.SearchVectorField(
                        editable=False, null=True
                    ),
                ),
                (
                    "order",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lower comes first."
                    ),
                ),
                (
                    "is_published",
                    models.BooleanField(default=True, verbose_name="published"),
                ),
                (
                    "is_highlighted",
                    models.BooleanField(
                        default=False,
                        help_text="Show it on the home page.",
                        verbose_name="highlighted",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "article",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="faq_entries",
                        to="articles.article",
                        verbose_name="guide to read next",
                    ),
                ),
                (
                    "category",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="faq_entries",
                        to="articles.category",
                    ),
                ),
            ],
            options={
                "verbose_name": "FAQ entry",
                "verbose_name_plural": "FAQ entries",
                "ordering": ["category__order", "order", "pk"],
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["search_vector"], name="faq_search_vector"
                    ),
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["question"],
                        name="faq_question_trigram",
                        opclasses=["gin_trgm_ops"],
                    ),
                ],
            },
        ),
        migrations.AddConstraint(
            model_name="pinnedrelatedarticle",
            constraint=models.UniqueConstraint(
                fields=("from_article", "to_article"),
                name="pin_related_guide_once",
                violation_error_message="This related guide is pinned already.",
            ),
        ),
        migrations.AddConstraint(
            model_name="pinnedrelatedarticle",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("from_article", models.F("to_article")), _negated=True
                ),
                name="pin_not_itself",
                violation_error_message="A guide cannot be related to itself.",
            ),
        ),
        migrations.AddConstraint(
            model_name="promotedresult",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("term"),
                models.F("article"),
                name="promote_guide_once_per_term",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["status", "publish_at"], name="article_status_publish_at"
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_vector"], name="article_search_vector"
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["title"],
                name="article_title_trigram",
                opclasses=["gin_trgm_ops"],
            ),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("status", "published"), _negated=True),
                    ("publish_at__isnull", False),
                    _connector="OR",
                ),
                name="published_article_has_publish_at",
                violation_error_message="A published guide needs a go-live time.",
            ),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("next_review_due__isnull", True),
                    ("last_reviewed_on__isnull", True),
                    ("next_review_due__gt", models.F("last_reviewed_on")),
                    _connector="OR",
                ),
                name="review_due_after_last_review",
                violation_error_message="The next review must follow the last review.",
            ),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("featured_image", ""),
                    models.Q(("featured_image_alt", ""), _negated=True),
                    _connector="OR",
                ),
                name="featured_image_has_alt_text",
                violation_error_message="Describe the featured image in words.",
            ),
        ),
        migrations.AddIndex(
            model_name="articlesearchhead",
            index=models.Index(
                fields=["status", "publish_at"], name="search_head_status_publish"
            ),
        ),
        migrations.AddIndex(
            model_name="articlesearchhead",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["vector"], name="search_head_vector"
            ),
        ),
        # Search vectors in the row, not out of line (TOAST): ranking reads the vector
        # of every match, and out of line each read is a second lookup
        # (bench/README.md: p95 426 -> 186 ms at 100,000 guides).
        migrations.RunSQL(
            [
                "ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE MAIN",
                "ALTER TABLE articles_faqentry ALTER COLUMN search_vector SET STORAGE MAIN",
            ],
            migrations.RunSQL.noop,
        ),
        migrations.RunPython(create_staff_groups, remove_staff_groups),
    ]
