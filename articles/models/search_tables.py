"""What search keeps beside the guides: a narrow table of their titles, summaries and
tags, the words of live titles, how many live guides name each term, synonyms,
promoted results and searches that found nothing. The two trigger-kept tables are
filled by articles/sql/search.sql."""

from django.contrib.postgres.indexes import GinIndex, GistIndex, OpClass
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection, models, transaction
from django.db.models.functions import Lower

from articles.models.guide_reads import live
from articles.models.guides import Article
from articles.models.taxonomy import Category


class ArticleSearchHeadQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live())

    def search(self, query: SearchQuery):
        return self.filter(vector=query)

    def newest(self):
        return self.order_by("-publish_at", "article_id")


class ArticleSearchHead(models.Model):
    """A guide's title, summary and tags as a small search vector, beside the columns
    a search filters and orders by.

    A database trigger (articles/sql/search.sql) keeps one row per guide.
    Searches look here first: its rows are about a tenth of the width of a guide's,
    so even a word in tens of thousands of guides is found quickly.
    """

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="search_head"
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=20, choices=Article.Status)
    publish_at = models.DateTimeField(null=True)
    # Title A, summary and tags B: the same weights as Article.search_vector.
    vector = SearchVectorField()

    objects = ArticleSearchHeadQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["status", "publish_at"], name="search_head_status_publish"
            ),
            GinIndex(fields=["vector"], name="search_head_vector"),
        ]

    def __str__(self) -> str:
        return f"Search head of guide {self.article_id}"


class SearchSynonym(models.Model):
    """Words that mean the same to a reader: brand and generic drug names, lay and
    clinical words. A search for any of them also finds the others."""

    term = models.CharField(max_length=80, unique=True, help_text='e.g. "Keytruda".')
    equivalents = models.CharField(
        max_length=300,
        help_text='Comma-separated, e.g. "pembrolizumab". Phrases work: "lung lining".',
    )

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} = {self.equivalents}"

    def words(self) -> list[str]:
        """The term and its equivalents, lower-case."""
        return [self.term.lower()] + [
            word.strip().lower() for word in self.equivalents.split(",") if word.strip()
        ]


class SearchWord(models.Model):
    """A word of four letters or more in the titles of guides that have gone live,
    and how many such guides use it: what "Did you mean" corrects a query to, with
    tags, topics and synonyms. A database trigger (articles/sql/search.sql)
    keeps it."""

    word = models.CharField(max_length=200, primary_key=True)
    guides = models.PositiveIntegerField()

    class Meta:
        indexes = [
            # Trigram distance ordering (<->): the closest word without a scan.
            GistIndex(OpClass("word", name="gist_trgm_ops"), name="search_word_trigram")
        ]

    def __str__(self) -> str:
        return self.word


class SearchTermCountQuerySet(models.QuerySet):
    def refresh(self) -> None:
        """Count again, in one transaction: readers' searches keep the old counts
        until it commits, and a second count waits for the first."""
        heads = ArticleSearchHead.objects.published()
        live_heads, params = heads.values("vector").query.sql_with_params()
        table = self.model._meta.db_table
        with transaction.atomic(), connection.cursor() as cursor:
            # One count at a time (the worker's, load_demo's); searches still read.
            cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608
            # The ORM's SQL of the live heads, its values as parameters.
            cursor.execute(
                f"""INSERT INTO {table} (term, guides)
                    SELECT lexeme, count(*) FROM ({live_heads}) AS head,
                           unnest(head.vector)
                     GROUP BY lexeme
                    UNION ALL
                    SELECT %s, count(*) FROM ({live_heads}) AS head""",  # noqa: S608
                [*params, SearchTermCount.ALL_GUIDES, *params],
            )


class SearchTermCount(models.Model):
    """How many live guides name each term (a stemmed word of their title, summary
    or tags, as the head vectors hold it), and under ALL_GUIDES how many live guides
    there are: how rare a word of a query is (articles.search.ranking.weighted_words).

    Counted again every day by the worker and after the demo loads
    (`SearchTermCount.objects.refresh()`): how rare a word is changes slowly, and
    counting at each search cost 4 to 13 ms at 100,000 guides (bench/README.md).
    """

    ALL_GUIDES = ""  # no term is empty

    term = models.CharField(max_length=2048, primary_key=True)
    guides = models.PositiveIntegerField()

    objects = SearchTermCountQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.term or 'all guides'}: {self.guides}"


class PromotedResult(models.Model):
    """A guide an editor pins to the top of the results for a search term."""

    term = models.CharField(
        max_length=80, help_text="Matched against the whole search, any case."
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="promotions"
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["term", "order"]
        constraints = [
            models.UniqueConstraint(
                Lower("term"), "article", name="promote_guide_once_per_term"
            )
        ]

    def __str__(self) -> str:
        return f"{self.term} → {self.article}"


class UnansweredSearch(models.Model):
    """A search that found nothing, counted per normalized query; nothing about who."""

    query = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    first_searched_at = models.DateTimeField(auto_now_add=True)
    last_searched_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-count", "-last_searched_at"]
        verbose_name_plural = "unanswered searches"

    def __str__(self) -> str:
        return f"{self.query} ({self.count})"
