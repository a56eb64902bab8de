"""The broken-sources panel of the editor's desk (templates/admin/index.html)."""

from django import template
from django.urls import reverse

from articles.models import Article, Reference
from sourcecheck.models import SourceCheck

register = template.Library()

SHOWN = 10


@register.inclusion_tag("admin/sourcecheck/broken_sources.html")
def broken_sources(user) -> dict:
    """Cited addresses that failed their last checks, with the guides citing them."""
    if not user.has_perm("articles.change_article"):
        return {"items": []}
    broken = list(
        SourceCheck.objects.broken().cited().order_by("failing_since")[:SHOWN]
    )
    citing = Reference.objects.filter(
        url__in=[source.url for source in broken],
        article__in=Article.objects.published(),
    ).select_related("article")
    guides: dict[str, list[tuple[str, str]]] = {}
    for reference in citing:
        guides.setdefault(reference.url, []).append(
            (
                reference.article.title,
                reverse("admin:articles_article_change", args=[reference.article_id]),
            )
        )
    return {
        "items": [(source, guides.get(source.url, [])) for source in broken],
        "list_url": reverse("admin:sourcecheck_sourcecheck_changelist")
        + "?state=broken",
    }
