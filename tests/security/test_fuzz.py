"""Hostile input at every URL pattern of the site: no 5xx, and a status that says
what went wrong.

Seeded and bounded: the same seed sends the same requests in the same order, so a
failure is reproduced by running the test again. The routes come from the URL
resolver (portal/urls.py and everything it includes, the admin too), so a new page
is fuzzed without a change here. Requests go through the whole middleware stack with
CSRF checks on, as from a browser.
"""

import random
import re
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

from articles.models import Article
from subscriptions.tokens import confirmation_token
from tests.factories import ArticleFactory, PageFactory, SubscriberFactory, TagFactory
from tests.security.conftest import sign_in
from tests.security.hostile import (
    BODIES,
    HEADERS,
    METHODS,
    NUL_SEGMENTS,
    QUERY_KEYS,
    SEGMENTS,
    UNREADABLE_FORMS,
    VALUES,
    payload_count,
)
from tests.subscriptions.stamps import stamp_issued

pytestmark = pytest.mark.django_db
SEED = 20261207
# What an answer to hostile input may be: the page, a redirect, not modified, or a
# refusal that names the problem. Never a server error.
ALLOWED = {200, 301, 302, 304, 400, 403, 404, 405, 410, 413, 429}
# Pages whose address names what they show: a hostile name names nothing (404), a
# link that is not ours (400), a follow link for no address on the list (410: the
# same page for an erased address and a made-up token, subscriptions/views.py), or a
# method the page does not answer (405: the follow pages answer GET and POST, not
# HEAD).
REFUSED = {400, 404, 405, 410}
NAMED_BY_ADDRESS = {
    "articles:article_detail", "articles:category_detail", "articles:tag_detail",
    "articles:category_feed_rss", "articles:category_feed_atom", "sitemap_section",
    "subscriptions:confirm", "subscriptions:manage", "subscriptions:manage_data",
    "subscriptions:one_click",
}  # fmt: skip
_PARAMETER = re.compile(r"<(?:\w+:)?\w+>|\((?:\?P<\w+>)?[^)]*\)")


def routes(resolver=None, prefix: str = ""):
    """(name, template) of every URL pattern; each parameter is a {} in template."""
    for pattern in (resolver or get_resolver()).url_patterns:
        raw = (
            pattern.pattern.regex.pattern
            if isinstance(pattern.pattern, RegexPattern)
            else str(pattern.pattern)
        )
        template = prefix + _PARAMETER.sub(
            "{}", raw.replace("{", "{{").replace("}", "}}")
        ).lstrip("^").rstrip("$").replace("\\", "")
        if isinstance(pattern, URLResolver):
            namespace = f"{pattern.namespace}:" if pattern.namespace else ""
            yield from (
                (namespace + name, inner) for name, inner in routes(pattern, template)
            )
        elif isinstance(pattern, URLPattern):
            yield pattern.name or template, template


@dataclass
class Tally:
    """Requests sent, and the answers that were wrong (5xx among them)."""

    requests: int = 0
    server_errors: int = 0
    errors: list[str] = field(default_factory=list)

    def report(self, count) -> None:
        count("fuzz requests", self.requests)
        count("fuzz 5xx", self.server_errors)
        assert not self.errors, "\n".join(self.errors[:40])


def send(
    client,
    tally: Tally,
    method: str,
    path: str,
    *,
    query="",
    body=None,
    form=None,
    headers=None,
):
    """Send one request (a raw body, or a form as a browser encodes it) and tally
    the answer."""
    if form is not None:
        response = client.post(path, form, QUERY_STRING=query, **(headers or {}))
    else:
        content, content_type = body or (b"", "application/octet-stream")
        response = client.generic(
            method,
            path,
            data=content,
            content_type=content_type,
            QUERY_STRING=query,
            **(headers or {}),
        )
    tally.requests += 1
    tally.server_errors += response.status_code >= 500
    if response.status_code not in ALLOWED:
        error = response.exc_info[1] if response.exc_info else ""
        tally.errors.append(
            f"{response.status_code} {method} /{path.lstrip('/')}?{query[:80]} "
            f"{sorted(headers or {})}: {type(error).__name__} {str(error)[:160]}"
        )
    return response


def valid_values(name: str, subscriber) -> list[str]:
    """Values that reach the view behind a route, so that the query, headers and
    body get past routing."""
    by_route = {
        "articles:article_detail": ["guide-fuzz"],
        "articles:category_detail": ["topic-fuzz"],
        "articles:category_feed_rss": ["topic-fuzz"],
        "articles:category_feed_atom": ["topic-fuzz"],
        "articles:tag_detail": ["tag-fuzz"],
        "articles:page_detail": ["about"],
        "sitemap_section": ["guides"],
        "subscriptions:confirm": [confirmation_token(subscriber)],
        "subscriptions:manage": [subscriber.manage_token],
        "subscriptions:manage_data": [subscriber.manage_token],
        "subscriptions:one_click": [subscriber.manage_token],
        "feedback:guide_feedback": [str(Article.objects.get(slug="guide-fuzz").pk)],
    }
    return by_route.get(name, ["1"])


@pytest.fixture
def site():
    ArticleFactory(
        slug="guide-fuzz",
        category__slug="topic-fuzz",
        tags=[TagFactory(slug="tag-fuzz")],
    )
    PageFactory(slug="about")
    return SubscriberFactory()


def test_hostile_requests_to_every_route_get_no_server_error(site, count):
    rng = random.Random(SEED)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    tally = Tally()
    all_routes = sorted(set(routes()))
    for name, template in all_routes:
        admin = name.startswith("admin:")
        slots = template.count("{}")
        valid = valid_values(name, site)
        for _ in range(2 if admin else 6):
            hostile = [rng.choice(SEGMENTS) for _ in range(slots)]
            path = "/" + template.format(*hostile)
            response = send(client, tally, rng.choice(("GET", "HEAD")), path)
            if name in NAMED_BY_ADDRESS and response.status_code not in REFUSED:
                tally.errors.append(f"{response.status_code} at {path}: names nothing")
        for _ in range(2 if admin else 10):
            path = "/" + template.format(*(valid * slots)[:slots])
            method = rng.choice(METHODS)
            send(
                client,
                tally,
                method,
                path,
                query=_query(rng),
                body=rng.choice(BODIES) if method not in ("GET", "HEAD") else None,
                headers=dict(rng.sample(HEADERS, rng.randint(1, 3))),
            )
    count("fuzz routes", len(all_routes))
    count("fuzz payloads", payload_count())
    tally.report(count)


def test_hostile_form_posts_get_a_clear_answer(site, count):
    """The forms readers post (follow, the token pages, staff sign-in): every hostile
    value in every field once, each post with and without the parts that make it
    valid."""
    rng = random.Random(SEED + 1)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    tally = Tally()
    forms = {
        "/follow/": ["email", "stamp", "source", "topics", "frequency", "website"],
        f"/follow/manage/{site.manage_token}/": ["action", "topics", "frequency"],
        f"/follow/unsubscribe/{site.manage_token}/": ["action"],
        f"/follow/confirm/{confirmation_token(site)}/": ["action"],
        "/admin/login/": ["username", "password", "next"],
        "/feedback/faq/": ["helpful", "comment", "website"],
    }
    for path, fields in forms.items():
        values = list(VALUES)
        for attempt in range(len(values)):
            # Field j takes the values in another order, so each meets every value.
            data = {
                field: values[(attempt + 7 * j) % len(values)]
                for j, field in enumerate(fields)
            }
            if path == "/admin/login/":  # see test_a_long_username_at_sign_in_...
                data["username"] = data["username"][:255]
            if rng.random() < 0.5:
                data.update(stamp=stamp_issued(), email=f"r{attempt}@example.org")
            headers = {"REMOTE_ADDR": f"10.2.{attempt}.{len(path)}"}
            send(client, tally, "POST", path, form=data, headers=headers)
    tally.report(count)


def test_a_long_username_at_sign_in_is_refused_not_a_server_error():
    client = Client(raise_request_exception=False)

    response = client.post(
        "/admin/login/", {"username": "a" * 256, "password": "x", "next": "/admin/"}
    )

    assert response.status_code == 200


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_hostile_admin_list_parameters_from_staff(accounts, role, count):
    """Staff can type anything in the admin's address bar: list filters, search,
    ordering and paging get a page or a redirect, never a server error."""
    rng = random.Random(SEED + 2)
    client = sign_in(Client(raise_request_exception=False), accounts[role])
    tally = Tally()
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        keys = QUERY_KEYS + [
            f"{field}__exact"
            for field in model_admin.list_filter
            if isinstance(field, str)
        ]
        for _ in range(6):
            url = f"/admin/{opts.app_label}/{opts.model_name}/"
            send(client, tally, "GET", url, query=_query(rng, keys))
    tally.report(count)


@pytest.mark.parametrize(
    "path",
    [
        "/no-such-page{}/",
        "/guides/{}/",
        "/topics/{}/",
        "/follow/manage/{}/",
        "/follow/manage/{}/my-data.json",
        "/follow/unsubscribe/{}/",
    ],
)
@pytest.mark.parametrize("segment", NUL_SEGMENTS)
def test_a_nul_in_the_path_is_a_404_not_a_server_error(path, segment):
    client = Client(raise_request_exception=False)

    assert client.get(path.format(segment)).status_code == 404


@pytest.mark.parametrize(("body", "content_type"), UNREADABLE_FORMS)
@pytest.mark.parametrize("path", ["/faq/", "/follow/", "/admin/login/"])
def test_a_form_django_cannot_read_is_refused_not_a_server_error(
    path, body, content_type
):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    cookie = "csrftoken=abcdefghijklmnopqrstuvwxyz123456"

    response = client.generic(
        "POST", path, data=body, content_type=content_type, HTTP_COOKIE=cookie
    )

    assert response.status_code in (400, 403)


def _query(rng: random.Random, keys=QUERY_KEYS) -> str:
    """A query string as a browser or a script may send it: mostly percent-encoded,
    sometimes raw where the value is plain ASCII."""

    def encoded(value: str) -> str:
        raw = value.isascii() and rng.random() < 0.3
        return value if raw else quote(value, safe="")

    pairs = rng.randint(1, 4)
    return "&".join(
        f"{encoded(rng.choice(keys))}={encoded(rng.choice(VALUES))}"
        for _ in range(pairs)
    )
