from itertools import groupby

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
)
from django.template.response import TemplateResponse

from glossary.models import Term


def glossary(request: HttpRequest) -> HttpResponse:
    terms = list(Term.objects.for_listing())
    letters = [
        (letter, list(group)) for letter, group in groupby(terms, lambda t: t.letter)
    ]
    return TemplateResponse(request, "glossary/glossary.html", {"letters": letters})


def term_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A term's own address: its entry on the A-Z page."""
    term = Term.objects.for_links().filter(slug=slug).first()
    if term is None:
        raise Http404("No such word in the glossary.")
    return HttpResponsePermanentRedirect(term.get_absolute_url())
