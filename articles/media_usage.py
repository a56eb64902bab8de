"""Where a library file is used: "where is this used" in the admin, and the reason a
file in use cannot be deleted."""

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from articles.models import Article, FaqEntry, Handout, Page, Revision
from media_library.models import MediaFile


@dataclass(frozen=True)
class Use:
    what: str  # "Featured image of the guide “Surgery”"
    admin_url: str


def uses_of(media_file: MediaFile) -> list[Use]:
    """Every guide, FAQ answer and page that shows the file: as a featured image, a
    handout, or in its text (as readers see it, or in a revision waiting for
    sign-off)."""
    url = media_file.url
    uses = [
        Use(f"Featured image of the guide “{guide}”", _change_url(guide))
        for guide in Article.objects.filter(featured_image=media_file).order_by("pk")
    ]
    uses += [
        Use(
            f"Handout “{handout}” of the guide “{handout.article}”",
            _change_url(handout.article),
        )
        for handout in Handout.objects.filter(file=media_file).select_related("article")
    ]
    in_revisions = Revision.objects.filter(
        Q(content__body__icontains=url) | Q(content__answer__icontains=url)
    )
    guides = Article.objects.filter(
        Q(body__contains=url) | Q(pk__in=in_revisions.values("article_id"))
    )
    uses += [
        Use(f"In the text of the guide “{guide}”", _change_url(guide))
        for guide in guides.order_by("pk")
    ]
    answers = FaqEntry.objects.filter(
        Q(answer__contains=url) | Q(pk__in=in_revisions.values("faq_entry_id"))
    )
    uses += [
        Use(f"In the FAQ answer “{entry}”", _change_url(entry))
        for entry in answers.order_by("pk")
    ]
    uses += [
        Use(f"In the text of the page “{page}”", _change_url(page))
        for page in Page.objects.filter(body__contains=url).order_by("pk")
    ]
    return uses


def _change_url(obj) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
