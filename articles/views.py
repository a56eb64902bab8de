from django import forms
from django.core.paginator import EmptyPage, Page
from django.core.validators import slug_re
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from articles import search as site_search
from articles import structured_data
from articles.models import Article, Category, FaqEntry
from articles.models import Page as SitePage
from articles.models.share_links import COMMENT_MAX_LENGTH
from articles.pagination import KeysFirstPaginator
from articles.services import unanswered_search_record
from articles.share import TooManyComments, share_comment_record, share_link_from

GUIDES_PER_PAGE = 12


def home(request: HttpRequest) -> HttpResponse:
    guides = Article.objects.published().for_listing()
    featured = list(guides.featured()[:3])
    context = {
        "featured": featured,
        # Not the featured again: on a phone each card is most of a screen.
        "newest": guides.exclude(pk__in=[guide.pk for guide in featured])[:3],
        "faq_highlights": FaqEntry.objects.published().highlights().for_links()[:4],
    }
    return TemplateResponse(request, "articles/home.html", context)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = (
        Article.objects.visible_to(request.user).for_detail().filter(slug=slug).first()
    )
    if article is None:
        withdrawn = Article.objects.filter(
            slug=slug, status=Article.Status.WITHDRAWN
        ).first()
        if withdrawn is None:
            raise Http404("No such guide.")
        context = {"article": withdrawn}
        return TemplateResponse(request, "articles/withdrawn.html", context, status=410)
    context = {
        "article": article,
        "corrections": article.corrections(),
        "related": Article.objects.published().related_to(article, limit=4),
        "structured_data": structured_data.article_data(article, request),
    }
    return TemplateResponse(request, "articles/article_detail.html", context)


def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(Category, slug=slug)
    guides = Article.objects.published().in_category(category).for_listing()
    context = {"category": category, "page": _page_of(request, guides)}
    return TemplateResponse(request, "articles/category_detail.html", context)


def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # A tag of drafts, scheduled or withdrawn guides alone is not shown: its name
    # would tell what is not out yet.
    tag = get_object_or_404(Article.objects.published().tags_used(), slug=slug)
    guides = Article.objects.published().tagged(tag).for_listing()
    context = {"tag": tag, "page": _page_of(request, guides)}
    return TemplateResponse(request, "articles/tag_detail.html", context)


def faq(request: HttpRequest) -> HttpResponse:
    entries = list(FaqEntry.objects.published().for_listing())
    context = {"entries": entries, "structured_data": structured_data.faq_data(entries)}
    return TemplateResponse(request, "articles/faq.html", context)


def page_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(SitePage, slug=slug)
    return TemplateResponse(request, "articles/page_detail.html", {"page": page})


def _page_of(request: HttpRequest, queryset, per_page: int = GUIDES_PER_PAGE) -> Page:
    """The requested page of a listing: malformed means the first; past the end, 404."""
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        number = 1
    try:
        return KeysFirstPaginator(queryset, per_page).page(max(number, 1))
    except EmptyPage as error:
        raise Http404("No such page.") from error


RESULTS_PER_PAGE = 10


def search(request: HttpRequest) -> HttpResponse:
    """Search guides and FAQ answers; works without JavaScript, any input is safe."""
    topic_slug = request.GET.get("topic", "")
    category = (
        Category.objects.filter(slug=topic_slug).first()
        if slug_re.fullmatch(topic_slug)
        else None
    )
    outcome = site_search.search(request.GET.get("q", ""), category)
    if outcome.found_nothing:
        unanswered_search_record(query=outcome.query)
    page = _page_of(request, outcome.results, per_page=RESULTS_PER_PAGE)
    outcome.describe(page.object_list)
    context = {
        "outcome": outcome,
        "page": page,
        "category": category,
        "unknown_topic": bool(topic_slug) and category is None,
    }
    return TemplateResponse(request, "articles/search.html", context)


def opensearch(request: HttpRequest) -> HttpResponse:
    """Lets browsers add the site's search (OpenSearch description)."""
    return TemplateResponse(
        request,
        "articles/opensearch.xml",
        content_type="application/opensearchdescription+xml",
    )


class ShareCommentForm(forms.Form):
    name = forms.CharField(
        label="Your name and role (optional)", max_length=120, required=False
    )
    text = forms.CharField(
        label="Your comment",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def shared_draft(request: HttpRequest, token: str) -> HttpResponse:
    """A guide's revision shown through a share link, with a form for comments.

    Nothing else on the site opens with the link: it names one revision of one guide.
    Never cached or indexed; 404 for an address that names no link, 410 for a link
    revoked or expired.
    """
    link = share_link_from(token)
    if link is None:
        raise Http404("No such link.")
    if not link.is_working():
        context = {"link": link, "revoked": link.revoked_at is not None}
        response = TemplateResponse(
            request, "articles/shared_draft_gone.html", context, status=410
        )
        response["X-Robots-Tag"] = "noindex"
        return response
    form = ShareCommentForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                share_comment_record(link=link, **form.cleaned_data)
            except TooManyComments:
                form.add_error(
                    None, "This link has taken many comments today: try again tomorrow."
                )
                status = 429
            else:
                # Back to the form, where the thanks are.
                thanks = f"{request.path}?commented=1#draft-comment"
                return HttpResponseRedirect(thanks, status=303)
        else:
            status = 400
    guide = Article.objects.for_detail().get(pk=link.revision.article_id)
    until = date_format(timezone.localtime(link.expires_at), "F j, Y, H:i")
    shown = guide.previewing(link.revision.content, tags=guide.tags.all())
    context = {
        "article": shown,
        "corrections": shown.corrections(),
        "related": [],
        "structured_data": [],
        "preview_notice": (
            f"A draft shared for review (revision {link.revision.number}): not "
            "published, readers see none of it, and no medical reviewer has signed "
            f"this text off. This link works until {until}."
        ),
        "share_form": form,
        "commented": request.GET.get("commented") == "1",
    }
    response = TemplateResponse(
        request, "articles/article_detail.html", context, status=status
    )
    response["X-Robots-Tag"] = "noindex"
    return response
