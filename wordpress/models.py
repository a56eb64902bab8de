"""What an import brought in from which WordPress site, so that a second run of the
same export changes nothing and a newer one updates only what changed."""

from django.db import models


class ImportedItemQuerySet(models.QuerySet):
    def of_site(self, site: str):
        return self.filter(site=site)

    def public_by_id(self, kinds: list[str], wp_id: int):
        """Items that had a public address on any imported site, newest import first
        (for /?p=ID and its kind, which name no site)."""
        return (
            self.filter(kind__in=kinds, wp_key=str(wp_id), was_public=True)
            .select_related("article", "page", "category", "tag", "media")
            .order_by("-imported_at", "-pk")
        )


class ImportedItem(models.Model):
    """One thing of an export and what it became here."""

    class Kind(models.TextChoices):
        AUTHOR = "author", "Author"
        CATEGORY = "category", "Category"
        TAG = "tag", "Tag"
        POST = "post", "Post"
        PAGE = "page", "Page"
        ATTACHMENT = "attachment", "Attachment"

    site = models.CharField(max_length=300, help_text="The WordPress site's address.")
    kind = models.CharField(max_length=20, choices=Kind)
    # A post's, page's or attachment's id; an author's login; a term's slug.
    wp_key = models.CharField("WordPress id", max_length=200)
    content_hash = models.CharField(max_length=64)
    # Whether it had a public address in WordPress (published): only such addresses
    # redirect here.
    was_public = models.BooleanField(default=False)
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, null=True, blank=True
    )
    page = models.ForeignKey(
        "articles.Page", on_delete=models.CASCADE, null=True, blank=True
    )
    # A category: the topic it became (a child category's is its top ancestor's)...
    category = models.ForeignKey(
        "articles.Category", on_delete=models.CASCADE, null=True, blank=True
    )
    # ...and for a child category, the tag that keeps it apart; a tag's tag.
    tag = models.ForeignKey(
        "articles.Tag", on_delete=models.CASCADE, null=True, blank=True
    )
    person = models.ForeignKey(
        "articles.Person", on_delete=models.CASCADE, null=True, blank=True
    )
    # An attachment: its file in the media library.
    media = models.ForeignKey(
        "media_library.MediaFile", on_delete=models.CASCADE, null=True, blank=True
    )
    imported_at = models.DateTimeField(auto_now=True)

    objects = ImportedItemQuerySet.as_manager()

    class Meta:
        verbose_name = "item imported from WordPress"
        verbose_name_plural = "items imported from WordPress"
        permissions = [("import_wordpress", "Can import a WordPress export")]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "kind", "wp_key"], name="one_import_per_wordpress_item"
            )
        ]
        indexes = [models.Index(fields=["wp_key", "kind"], name="imported_item_wp_id")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.wp_key} of {self.site}"

    def new_path(self) -> str | None:
        """Where it is on this site now."""
        if self.media is not None:
            return self.media.url
        target = self.article or self.page or self.tag or self.category
        return target.get_absolute_url() if target else None
