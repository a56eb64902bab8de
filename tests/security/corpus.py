"""The XSS corpus (data/xss_vectors.json), and how the tests write a vector into a
field and check what comes out.

A vector goes into a field as the admin form would take it: the form field cleans it
(strips surrounding spaces, refuses NUL characters, checks length, URLs, DOIs...) and
the model field's own validators run, as ModelForm does. What the form would refuse
never reaches a page, so it is counted as refused, not written. A vector longer than
the field is cut to its length: the first characters are what an editor could type.
"""

import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import models

from articles.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_CLASSES, ALLOWED_TAGS
from tests.security.dom import markup_outside, script_findings

CORPUS = json.loads((Path(__file__).parent / "data" / "xss_vectors.json").read_text())
VECTORS: list[str] = [vector["payload"] for vector in CORPUS["vectors"]]
KINDS = [vector["kind"] for vector in CORPUS["vectors"]]
# The vectors aimed at attributes and raw-text elements (<title>), and at the
# encoding. A guide's page shows every field of the guide, in text, attributes,
# <title> and JSON-LD, and runs every vector. The pages that show a few of those
# fields again, in plain text or quoted attributes only (a topic's and a tag's page,
# the topic's feed, "This guide was withdrawn"), run these: in those contexts
# Django's escaping does not depend on what the text holds.
ATTRIBUTE_KINDS = {"context", "polyglot", "encoding", "mail"}

# What the pages add to sanitized rich text: anchors on headings (the table of
# contents), rel on links, the table class CKEditor sets.
RICH_TEXT_ATTRIBUTES = {
    **ALLOWED_ATTRIBUTES,
    **{heading: {"id"} for heading in ("h2", "h3", "h4")},
    "a": ALLOWED_ATTRIBUTES["a"] | {"rel"},
    **{tag: {"class"} for tag in ALLOWED_CLASSES},
}


@cache
def _fields(model, name: str):
    """The model field and the form field the admin cleans it with."""
    model_field = model._meta.get_field(name)
    # As the sources' admin form has it (ReferenceInline).
    url = isinstance(model_field, models.URLField)
    options = {"assume_scheme": "https"} if url else {}
    return model_field, model_field.formfield(**options)


def form_value(model, name: str, vector: str, *, suffix: str = "") -> str | None:
    """The vector as the admin form would store it in model.name, or None if the
    form refuses it. `suffix` (appended after cleaning) keeps unique fields unique."""
    model_field, form_field = _fields(model, name)
    room = (model_field.max_length or len(vector)) - len(suffix)
    value = form_field_value(form_field, vector[:room])
    try:
        model_field.run_validators(value or "")
    except ValidationError:
        return None
    return f"{value}{suffix}" if value else None


def form_field_value(form_field, vector: str) -> str | None:
    """The vector as a form field cleans it (cut to its length), or None if refused."""
    try:
        return form_field.clean(vector[: form_field.max_length or len(vector)])
    except ValidationError:
        return None


ATOM = "{http://www.w3.org/2005/Atom}"


def feed_html(root: ET.Element, *, items: bool = True) -> list[str]:
    """The texts of a feed that readers show as HTML: of its items, or (items=False)
    of the feed itself."""
    if root.tag.startswith(ATOM):
        parts = root.findall(f"{ATOM}entry") if items else [root]
        elements = [child for part in parts for child in part]
        return [e.text for e in elements if e.get("type") == "html" and e.text]
    parts = root.findall("channel/item") if items else root.findall("channel")
    elements = [child for part in parts for child in part]
    return [e.text for e in elements if e.tag in ("title", "description") and e.text]


@dataclass
class Findings:
    """What the corpus left on pages and in mails, by vector and place."""

    count: object  # the `count` fixture
    found: list[str] = field(default_factory=list)
    tally: Counter = field(default_factory=Counter)

    def value(self, model, name: str, index: int, *, suffix: str = "", default=""):
        """The vector `index` as written into model.name (or `default` if refused)."""
        value = form_value(model, name, VECTORS[index], suffix=suffix)
        self.tally["field values written" if value else "field values refused"] += 1
        return default if value is None else value

    def get(self, client, url: str, index: int | None, status: int = 200):
        """Fetch a page; a status other than `status` is a finding (and no page)."""
        client.raise_request_exception = False
        response = client.get(url)
        if response.status_code == status:
            return response
        error = response.exc_info[1] if response.exc_info else ""
        problem = f"status {response.status_code} {type(error).__name__}: {error}"
        self._add([problem[:300]], url, index)
        return None

    def page(self, client, url: str, index: int | None, *, status=200, rich=()):
        """Fetch and check a page; `rich` names the elements holding rich text."""
        if response := self.get(client, url, index, status):
            self.html(response.content.decode(), url, index, rich=rich)

    def feed(self, client, url: str, index: int | None) -> None:
        """Fetch a feed and check its items' HTML: feed readers show an RSS item's
        title and description, and Atom text declared type="html", as HTML. (The
        channel's own title and description: test_a_topic_feed_escapes_...)"""
        if response := self.get(client, url, index):
            self.tally["pages and mails parsed"] += 1
            root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
            found = [
                finding for text in feed_html(root) for finding in script_findings(text)
            ]
            self._add(found, url, index)

    def html(self, html: str, where: str, index: int | None, *, rich=()) -> None:
        self.tally["pages and mails parsed"] += 1
        found = script_findings(html)
        for selector in rich:
            found += markup_outside(html, selector, ALLOWED_TAGS, RICH_TEXT_ATTRIBUTES)
        self._add(found, where, index)

    def mail(self, message, where: str, index: int | None) -> None:
        """An HTML mail, and headers that stay one line each."""
        headers = [message.subject, *message.extra_headers.values()]
        if any("\n" in value or "\r" in value for value in headers):
            self._add([f"a header spans lines: {headers}"], where, index)
        html, _ = message.alternatives[0]
        self.html(html, where, index)

    def _add(self, found: list[str], where: str, index: int | None) -> None:
        label = "all vectors" if index is None else f"vector {index}"
        self.found += [f"{label} on {where}: {finding}" for finding in found]

    def assert_none(self) -> None:
        for name, amount in self.tally.items():
            self.count(name, amount)
        self.count("XSS findings", len(self.found))
        if self.found:
            shown = "\n".join(self.found[:40])
            more = len(self.found) - 40
            pytest.fail(
                f"{len(self.found)} findings:\n{shown}"
                + (f"\n... and {more} more" if more > 0 else "")
            )
