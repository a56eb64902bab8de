"""Mark the first use of each glossary term in a text (a guide body, an FAQ answer).

A marked word is a link to its glossary entry, so it works without JavaScript, with
its definition as the link's accessible description (aria-describedby), so screen
readers read it with the word. static/js/glossary.js shows the definition under the
line on keyboard focus and on tap (docs/design.md, "Glossary").

Every text a page marks uses one read of the terms: within a request the terms are
read once (remember_terms_per_request); outside one, each call reads them.
"""

import functools
import hashlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from asgiref.local import Local
from django.core.signals import request_finished, request_started
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from glossary.models import Term

# Never marked inside these: headings and links (a link in a link, a definition in a
# title), the question of an FAQ entry, an existing mark.
UNMARKED_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "button"}
UNMARKED_TAGS |= {"mark", "script", "style", "textarea", "title", "code", "pre"}
MARK_CLASS = "glossary-mark"
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link"}
VOID_TAGS |= {"meta", "source", "track", "wbr"}
RAW_TEXT_TAGS = {"script", "style"}


# A text as the marking reads it: runs of letters and digits, and each other sign
# that is not white space. A form matches where its tokens are in a row, with white
# space where the form has some and none where it has none: whole words, "PD-1" but
# not "PD - 1", "pleural effusion" across a line break.
TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Form:
    """One way of writing a term, as the marking compares it."""

    tokens: tuple[str, ...]  # case folded
    spaced: tuple[bool, ...]  # white space before each token after the first?
    capitals: str | None  # an abbreviation in capitals matches only as written
    term_id: int

    @classmethod
    def of(cls, written: str, term_id: int) -> "Form":
        found = list(TOKEN.finditer(written))
        in_capitals = written.upper() == written and any(c.isalpha() for c in written)
        return cls(
            tokens=tuple(token.group().casefold() for token in found),
            spaced=_spacing(found),
            capitals=normalized_spaces(written) if in_capitals else None,  # PET, CT
            term_id=term_id,
        )


def _spacing(tokens: list[re.Match]) -> tuple[bool, ...]:
    return tuple(
        after.start() > before.end() for before, after in itertools.pairwise(tokens)
    )


def normalized_spaces(text: str) -> str:
    return " ".join(text.split())


@functools.lru_cache(maxsize=4)
def _forms_by_first_token(
    forms: tuple[tuple[int, tuple[str, ...]], ...],
) -> dict[str, list[Form]]:
    """The forms (term id, its forms), by first token, longest first. Kept between
    requests: the terms' words change far less often than their pages are drawn."""
    seen, found = set(), {}
    for term_id, written_forms in forms:  # a form two terms claim is the first's
        for written in written_forms:
            form = Form.of(written, term_id)
            if form.tokens and (form.tokens, form.spaced) not in seen:
                seen.add((form.tokens, form.spaced))
                found.setdefault(form.tokens[0], []).append(form)
    for candidates in found.values():
        # So that "pleural effusion" wins over "pleural" where both start.
        candidates.sort(key=lambda form: len(form.tokens), reverse=True)
    return found


@dataclass(frozen=True)
class Glossary:
    """Every term, and their forms by first token."""

    terms: tuple[Term, ...]

    @classmethod
    def read(cls) -> "Glossary":
        return cls(terms=tuple(Term.objects.for_marking()))

    @functools.cached_property
    def url(self) -> str:
        """The glossary page's address."""
        return reverse("glossary:glossary")

    @functools.cached_property
    def by_id(self) -> dict[int, Term]:
        return {term.pk: term for term in self.terms}

    @functools.cached_property
    def forms_by_first_token(self) -> dict[str, list[Form]]:
        return _forms_by_first_token(
            tuple((term.pk, tuple(term.forms())) for term in self.terms)
        )

    def matches(self, text: str) -> Iterator[tuple[int, int, Term]]:
        """(start, end, term) of each use of a term in the text, in order."""
        tokens = list(TOKEN.finditer(text))
        folded = [token.group().casefold() for token in tokens]
        index = 0
        while index < len(tokens):
            length = 1
            for form in self.forms_by_first_token.get(folded[index], ()):
                end = index + len(form.tokens)
                if tuple(folded[index:end]) != form.tokens:
                    continue
                if _spacing(tokens[index:end]) != form.spaced:
                    continue
                start, stop = tokens[index].start(), tokens[end - 1].end()
                if form.capitals and normalized_spaces(text[start:stop]) != (
                    form.capitals
                ):
                    continue
                yield start, stop, self.by_id[form.term_id]
                length = len(form.tokens)
                break
            index += length

    def terms_in(self, text: str) -> list[Term]:
        """The terms the text uses, each once, in the order of first use."""
        found = {}
        for _, _, term in self.matches(text):
            found.setdefault(term.pk, term)
        return list(found.values())


_this_request = Local()
_NOT_READ_YET = object()


def _request_started(**kwargs) -> None:
    _this_request.glossary = _NOT_READ_YET


def _request_finished(**kwargs) -> None:
    _this_request.glossary = None


def remember_terms_per_request() -> None:
    """Read the terms at most once per request (GlossaryConfig.ready)."""
    request_started.connect(_request_started, dispatch_uid="glossary_request_started")
    request_finished.connect(
        _request_finished, dispatch_uid="glossary_request_finished"
    )


def current_glossary() -> Glossary:
    """The terms, read once per request; outside a request, read now."""
    remembered = getattr(_this_request, "glossary", None)
    if remembered is None:
        return Glossary.read()
    if remembered is _NOT_READ_YET:
        remembered = _this_request.glossary = Glossary.read()
    return remembered


def mark(term: Term, text: str, *, url: str, text_id: str) -> SafeString:
    """The markup of one marked word: a link to the entry, described by the
    definition, which the script shows under the line."""
    definition_id = f"glossary-{term.slug}-{text_id}"
    return format_html(
        '<span class="{}"><a class="glossary-term" href="{}" aria-describedby="{}">'
        '{}</a><span class="glossary-tip"><span class="glossary-definition" id="{}">'
        '{}</span> <a class="glossary-more" href="{}" tabindex="-1">'
        "{} in the glossary</a></span></span>",
        MARK_CLASS,
        url,
        definition_id,
        text,
        definition_id,
        term.definition,
        url,
        term.term,
    )


class _Marker(HTMLParser):
    """Copies HTML as it is, marking the first use of each term in its text."""

    def __init__(self, glossary: Glossary, *, text_id: str, skip: set[str]):
        super().__init__(convert_charrefs=True)
        self.glossary = glossary
        self.text_id = text_id
        self.used = set(skip)  # slugs already marked, or never to mark
        self.open: list[tuple[str, bool]] = []  # open elements: tag, whether unmarked
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID_TAGS:
            return
        classes = (dict(attrs).get("class") or "").split()
        self.open.append((tag, tag in UNMARKED_TAGS or MARK_CLASS in classes))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        if self.open and self.open[-1][0] in RAW_TEXT_TAGS:
            self.out.append(data)  # the parser hands their text over unparsed
            return
        if any(skip for _, skip in self.open):
            self.out.append(escape(data, quote=False))
            return
        position = 0
        for start, end, term in self.glossary.matches(data):
            if term.slug in self.used:
                continue
            self.used.add(term.slug)
            self.out.append(escape(data[position:start], quote=False))
            url = term.url_on(self.glossary.url)
            self.out.append(mark(term, data[start:end], url=url, text_id=self.text_id))
            position = end
        self.out.append(escape(data[position:], quote=False))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")


def marked(html: str, *, glossary: Glossary, except_slug: str = "") -> SafeString:
    """The HTML with the first use of each term marked (not `except_slug`'s)."""
    # Ids unique on a page that marks several texts, and the same at every render.
    text_id = hashlib.blake2s(html.encode(), digest_size=4).hexdigest()
    marker = _Marker(glossary, text_id=text_id, skip={except_slug})
    marker.feed(html)
    marker.close()
    return mark_safe("".join(marker.out))  # noqa: S308 (input HTML, escaped text)
