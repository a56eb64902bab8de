from django.core.paginator import EmptyPage, Page
from django.core.validators import slug_re
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from articles import search as site_search
from articles import structured_data
from articles.models import Article, Category, FaqEntry
from articles.models import Page as SitePage
from articles.pagination import KeysFirstPaginator
from articles.services import unanswered_search_record

GUIDES_PER_PAGE = 12


def home(request: HttpRequest) -> HttpResponse:
    guides = Article.objects.published().for_listing()
    context = {
        "featured": guides.featured()[:3],
        "newest": guides[:6],
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


@require_POST
def ckeditor_upload_disabled(request: HttpRequest) -> JsonResponse:
    """Answer the editor's image upload: uploads are switched off for everyone."""
    # CKEditor 5 shows error.message to the editor.
    return JsonResponse(
        {
            "error": {
                "message": "Image upload is switched off. Use the featured image field."
            }
        },
        status=403,
    )


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
