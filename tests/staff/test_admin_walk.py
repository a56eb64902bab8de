"""Every admin address, opened with a password alone: none but signing in, out and the
second-factor pages answers; every other sends the user to a factor first."""

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, reverse

from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db

# Values for the admin's URL parameters; any will do, the page is never reached.
SAMPLE_VALUES = {"app_label": "articles", "url": "anything/"}
OPEN = {"login", "logout"}


def admin_urls() -> dict[str, str]:
    """Every named admin URL pattern (the admin's get_urls), by name, filled in."""

    def walk(patterns, named, unnamed):
        for pattern in patterns:
            regex = pattern.pattern.regex
            groups = named | set(regex.groupindex)
            positional = unnamed + regex.groups - len(regex.groupindex)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, groups, positional)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield pattern.name, groups, positional

    urls = {}
    for name, groups, positional in walk(admin.site.get_urls(), set(), 0):
        # django-reversion's recover URL has an unnamed group.
        kwargs = {group: SAMPLE_VALUES.get(group, "1") for group in groups}
        urls[name] = reverse(f"admin:{name}", args=["1"] * positional, kwargs=kwargs)
    return urls


def test_the_walk_covers_the_whole_admin():
    urls = admin_urls()

    assert len(urls) > 50
    assert {"index", "password_change", "auth_user_changelist"} <= urls.keys()
    assert "articles_article_change" in urls
    assert "staff_signinevent_changelist" in urls


def test_a_password_alone_opens_no_admin_page_but_sign_in_and_out(password_only):
    reached = {}
    for name, url in admin_urls().items():
        if name in OPEN:
            continue
        for method in (password_only.get, password_only.post):
            response = method(url)
            location = response.get("Location", "")
            if not (
                response.status_code == 302
                and location.startswith(reverse("staff:factors"))
            ):
                reached[f"{method.__name__} {url}"] = response.status_code

    assert reached == {}


def test_a_passed_second_factor_opens_the_admin(client, nurse):
    # The same walk signed in properly reaches pages: the test above can fail.
    sign_in_staff(client, nurse)
    urls = admin_urls()

    assert client.get(urls["index"]).status_code == 200
    assert client.get(urls["auth_user_changelist"]).status_code == 200
