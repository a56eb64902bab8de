"""The security headers of every type of page, for readers and for staff.

HSTS is checked with the settings production starts with (read from portal/settings.py
with DEBUG off, as tests/portal/test_settings.py does), over HTTPS.
"""

import json

import pytest
from django.test import Client

from articles.services import signed_text_withdraw
from articles.workflow import revision_record
from subscriptions.tokens import confirmation_token
from tests.factories import (
    ArticleFactory,
    PageFactory,
    RedirectFactory,
    SubscriberFactory,
    TagFactory,
)
from tests.portal.test_settings import PRODUCTION_ENV, manage
from tests.security.conftest import ROLES, sign_in

pytestmark = pytest.mark.django_db

# (page type, who asks, address, status). Addresses name the objects of `site`.
PAGES = [
    ("home", "anonymous", "/", 200),
    ("guide", "anonymous", "/guides/guide-live/", 200),
    ("withdrawn guide", "anonymous", "/guides/guide-withdrawn/", 410),
    ("draft preview", "editor", "/guides/guide-draft/", 200),
    ("topic", "anonymous", "/topics/topic-live/", 200),
    ("tag", "anonymous", "/tags/tag-live/", 200),
    ("faq", "anonymous", "/faq/", 200),
    ("site page", "anonymous", "/about/", 200),
    ("search", "anonymous", "/search/?q=guide", 200),
    ("search, nothing found", "anonymous", "/search/?q=zzzqqq", 200),
    ("opensearch", "anonymous", "/opensearch.xml", 200),
    ("rss", "anonymous", "/feeds/rss/", 200),
    ("atom", "anonymous", "/feeds/atom/", 200),
    ("topic rss", "anonymous", "/topics/topic-live/rss/", 200),
    ("sitemap index", "anonymous", "/sitemap.xml", 200),
    ("sitemap", "anonymous", "/sitemap-topics.xml", 200),
    ("robots.txt", "anonymous", "/robots.txt", 200),
    ("old address", "anonymous", "/guides/old-address/", 301),
    ("not found", "anonymous", "/no/such/page/", 404),
    ("method not allowed", "anonymous", "/ckeditor5/image_upload/", 405),
    ("follow", "anonymous", "/follow/", 200),
    ("follow stamp", "anonymous", "/follow/stamp/", 200),
    ("confirm", "anonymous", "/follow/confirm/{confirm}/", 200),
    ("bad confirmation link", "anonymous", "/follow/confirm/nonsense/", 400),
    ("manage", "anonymous", "/follow/manage/{manage}/", 200),
    ("my data", "anonymous", "/follow/manage/{manage}/my-data.json", 200),
    ("unsubscribe", "anonymous", "/follow/unsubscribe/{manage}/", 200),
    ("admin sign-in", "anonymous", "/admin/login/", 200),
    ("admin, signed out", "anonymous", "/admin/", 302),
    ("admin index", "editor", "/admin/", 200),
    ("admin list", "editor", "/admin/articles/article/", 200),
    ("admin form", "editor", "/admin/articles/article/{guide}/change/", 200),
    ("admin history", "editor", "/admin/articles/article/{guide}/history/", 200),
    ("admin submit", "editor", "/admin/articles/article/{draft}/submit/", 200),
    ("admin review queue", "reviewer", "/admin/articles/article/reviews/", 200),
    ("admin forbidden", "reviewer", "/admin/articles/article/add/", 403),
]
EXPECTED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
# Sources no directive of ours may allow.
LOOSE = {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"}
# The directives our policy must keep, whatever else it allows.
STRICT = {
    "default-src": {"'none'"},
    "script-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'none'"},
}


@pytest.fixture
def site(accounts):
    tag = TagFactory(slug="tag-live")
    guide = ArticleFactory(slug="guide-live", category__slug="topic-live", tags=[tag])
    signed_text_withdraw(subject=ArticleFactory(slug="guide-withdrawn"), reason="Gone.")
    draft = ArticleFactory(draft=True, slug="guide-draft")
    revision_record(subject=draft, user=accounts["editor"])
    PageFactory(slug="about")
    RedirectFactory(old_path="/guides/old-address/", new_path="/guides/guide-live/")
    follower = SubscriberFactory()
    return {
        "guide": guide.pk,
        "draft": draft.pk,
        "confirm": confirmation_token(follower),
        "manage": follower.manage_token,
    }


def responses(accounts, site, pages=PAGES, **extra):
    """(page type, expected status, response) for each page, as its role sees it."""
    clients = {role: sign_in(Client(), accounts[role]) for role in ROLES}
    for page, role, address, status in pages:
        yield page, status, clients[role].get(address.format(**site), **extra)


def policy(response) -> dict[str, set[str]]:
    header = response.headers.get("Content-Security-Policy", "")
    return {
        name: set(values)
        for name, *values in (
            part.split() for part in header.split(";") if part.strip()
        )
    }


def header_problems(response) -> list[str]:
    problems = [
        f"{name}: {response.headers.get(name)!r}"
        for name, value in EXPECTED.items()
        if response.headers.get(name) != value
    ]
    directives = policy(response)
    if {name: directives.get(name) for name in STRICT} != STRICT:
        problems.append(f"CSP is not strict: {directives}")
    problems += [
        f"CSP {name} allows {sorted(sources & LOOSE)}"
        for name, sources in directives.items()
        if sources & LOOSE or ("data:" in sources and name != "img-src")
    ]
    return problems


def test_every_page_type_sends_the_security_headers(accounts, site):
    wrong = []
    for page, status, response in responses(accounts, site):
        if response.status_code != status:
            wrong.append(f"{page}: status {response.status_code}, not {status}")
        wrong += [f"{page}: {problem}" for problem in header_problems(response)]

    assert not wrong, "\n".join(wrong)


def test_every_page_type_sends_a_permissions_policy(accounts, site):
    missing = [
        page
        for page, _, response in responses(accounts, site)
        if not {"camera=()", "geolocation=()"}
        <= set(
            response.headers.get("Permissions-Policy", "").replace(" ", "").split(",")
        )
    ]

    assert not missing, (
        f"No Permissions-Policy denying camera and geolocation: {missing}"
    )


@pytest.fixture(scope="module")
def production():
    """The HTTPS settings portal/settings.py gives production."""
    names = [
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_SSL_REDIRECT",
        "SECURE_PROXY_SSL_HEADER",
    ]
    code = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {names!r}}}))"
    )
    result = manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_https_pages_send_hsts_with_production_settings(
    accounts, site, settings, production
):
    for name, value in production.items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)

    for page, _, secure in responses(accounts, site, secure=True):
        assert secure.headers.get("Strict-Transport-Security") == (
            "max-age=31536000; includeSubDomains; preload"
        ), page
    for page, _, plain in responses(accounts, site):
        assert plain.status_code == 301, page
        assert plain.headers["Location"].startswith("https://"), page
