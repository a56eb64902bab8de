from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from articles.models import Article, Category, FaqEntry, Page


def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.published().for_listing()
    return TemplateResponse(request, "articles/home.html", {"articles": articles})


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.visible_to(request.user).for_detail(), slug=slug
    )
    related = Article.objects.published().related_to(article, limit=4)
    return TemplateResponse(
        request,
        "articles/article_detail.html",
        {"article": article, "related": related},
    )


def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(Category, slug=slug)
    articles = Article.objects.published().in_category(category).for_listing()
    return TemplateResponse(
        request,
        "articles/category_detail.html",
        {"category": category, "articles": articles},
    )


def faq(request: HttpRequest) -> HttpResponse:
    entries = FaqEntry.objects.published().for_listing()
    return TemplateResponse(request, "articles/faq.html", {"entries": entries})


def page_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(Page, slug=slug)
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
