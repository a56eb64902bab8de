"""The answers to "Was this page helpful?". The form is on pages the page cache
serves, so it carries nothing per request (no CSRF token, no stamp): a honeypot and
a limit per address keep it from being flooded. A plain POST gets a small page; the
page's script asks for JSON (Accept) and thanks the reader in place. Nothing sets a
cookie."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from articles.models import Article
from feedback import services
from feedback.forms import FeedbackForm
from portal.client_ip import client_ip

FORM = "application/x-www-form-urlencoded"
THANKS = "Thank you. Your answer helps us make our guides clearer."


@csrf_exempt
@never_cache
def guide_feedback(request: HttpRequest, article_id: int) -> HttpResponse:
    if request.method != "POST":
        return _post_only(request)
    article = get_object_or_404(Article.objects.published(), pk=article_id)
    return _answer(request, article, back=article.get_absolute_url())


@csrf_exempt
@never_cache
def faq_feedback(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _post_only(request)
    return _answer(request, None, back=reverse("articles:faq"))


def _answer(request: HttpRequest, article: Article | None, back: str) -> HttpResponse:
    form = FeedbackForm(request.POST)
    if form.is_bot():
        # Answer a bot as if it had worked, so it learns nothing.
        return _reply(request, "feedback/thanks.html", {"back": back}, THANKS)
    if not _readable(request):
        form.add_error(None, "The form could not be read: please send it again.")
    if not form.is_valid():
        context = {"form": form, "back": back, "action": request.path}
        message = " ".join(error for errors in form.errors.values() for error in errors)
        return _reply(request, "feedback/refused.html", context, message, status=400)
    try:
        services.feedback_record(
            article=article,
            helpful=form.cleaned_data["helpful"],
            comment=form.cleaned_data["comment"],
            ip=client_ip(request),
        )
    except services.TooManyRequests:
        message = "We had many answers from your network this hour. Please try later."
        return _reply(
            request, "feedback/too_many.html", {"back": back}, message, status=429
        )
    return _reply(request, "feedback/thanks.html", {"back": back}, THANKS)


def _readable(request: HttpRequest) -> bool:
    """Whether a form body is the UTF-8 it must be.

    Django reads a form body that is not UTF-8 as Latin-1 (and percent-encoded bytes
    that are not UTF-8 as U+FFFD, which the form refuses), so the comment would be
    kept garbled. One that names another charset never gets here
    (portal.middleware.UnreadableRequestMiddleware refuses it).
    """
    if request.content_type != FORM:
        return True
    try:
        request.body.decode()
    except UnicodeDecodeError:
        return False
    return True


def _reply(request, template: str, context: dict, message: str, status: int = 200):
    """JSON for the page's script, which asks for it; a page for a plain form post."""
    if request.get_preferred_type(["text/html", "application/json"]) == (
        "application/json"
    ):
        return JsonResponse({"message": message}, status=status)
    context["message"] = message
    return TemplateResponse(request, template, context, status=status)


def _post_only(request: HttpRequest) -> HttpResponse:
    """405: this address takes the form's answers, nothing to read here."""
    response = TemplateResponse(request, "feedback/post_only.html", status=405)
    response["Allow"] = "POST"
    return response
