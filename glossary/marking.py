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
import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from asgiref.local import Local
from django.core.signals import request_finished, request_started
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from glossary.models import Term, normalized

# Never marked inside these: headings and links (a link in a link, a definition in a
# title), the question of an FAQ entry, an existing mark.
UNMARKED_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "button"}
UNMARKED_TAGS |= {"mark", "script", "style", "textarea", "title", "code", "pre"}
MARK_CLASS = "glossary-mark"
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link"}
VOID_TAGS |= {"meta", "source", "track", "wbr"}
RAW_TEXT_TAGS = {"script", "style"}


def _pattern_part(form: str) -> str:
    words = r"\s+".join(re.escape(word) for word in form.split())
    # An abbreviation in capitals matches only in capitals: PET is not "pet".
    if form.upper() == form and any(c.isalpha() for c in form):
        return f"(?-i:{words})"
    return words


@functools.lru_cache(maxsize=8)
def _compiled(forms: tuple[str, ...]) -> re.Pattern | None:
    if not forms:
        return None
    # Longest first, so that "pleural effusion" wins over "pleural" at one place.
    parts = [_pattern_part(form) for form in sorted(forms, key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Glossary:
    """Every term, and one pattern that finds any of their forms in a text."""

    terms: tuple[Term, ...]

    @classmethod
    def read(cls) -> "Glossary":
        return cls(terms=tuple(Term.objects.for_marking()))

    @functools.cached_property
    def _forms(self) -> dict[str, tuple[str, Term]]:
        """Each form, normalized: as written, and its term."""
        found = {}
        for term in self.terms:  # alphabetical: a form two terms claim is the first's
            for form in term.forms():
                found.setdefault(normalized(form), (form, term))
        return found

    @functools.cached_property
    def by_form(self) -> dict[str, Term]:
        return {key: term for key, (_, term) in self._forms.items()}

    @functools.cached_property
    def pattern(self) -> re.Pattern | None:
        # As written: the case of an abbreviation matters (_pattern_part).
        return _compiled(tuple(sorted(form for form, _ in self._forms.values())))

    def term_of(self, matched: str) -> Term | None:
        """The term of a form the pattern matched; None in the rare case where
        the pattern's case-blindness and case folding disagree (a dotted İ)."""
        return self.by_form.get(normalized(matched))

    def terms_in(self, text: str) -> list[Term]:
        """The terms the text uses, each once, in the order of first use."""
        if self.pattern is None:
            return []
        found = {}
        for match in self.pattern.finditer(text):
            if term := self.term_of(match.group()):
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


def mark(term: Term, text: str, *, text_id: str) -> SafeString:
    """The markup of one marked word: a link to the entry, described by the
    definition, which the script shows under the line."""
    definition_id = f"glossary-{term.slug}-{text_id}"
    return format_html(
        '<span class="{}"><a class="glossary-term" href="{}" aria-describedby="{}">'
        '{}</a><span class="glossary-tip"><span class="glossary-definition" id="{}">'
        '{}</span> <a class="glossary-more" href="{}" tabindex="-1">'
        "{} in the glossary</a></span></span>",
        MARK_CLASS,
        term.get_absolute_url(),
        definition_id,
        text,
        definition_id,
        term.definition,
        term.get_absolute_url(),
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
        if self.glossary.pattern is None or any(skip for _, skip in self.open):
            self.out.append(escape(data, quote=False))
            return
        position = 0
        for match in self.glossary.pattern.finditer(data):
            term = self.glossary.term_of(match.group())
            if term is None or term.slug in self.used:
                continue
            self.used.add(term.slug)
            self.out.append(escape(data[position : match.start()], quote=False))
            self.out.append(mark(term, match.group(), text_id=self.text_id))
            position = match.end()
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
