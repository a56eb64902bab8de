"""The follow box on a cached page: its stamp comes by script, and without script the
follow page asks once more."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from procrastinate import testing
from procrastinate.contrib.django import app

from subscriptions.models import FollowRequest
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


@pytest.fixture(autouse=True)
def cached_pages_and_quick_readers(settings, monkeypatch):
    """The page cache on; no minimum time to fill in the form (a browser driven by a
    test types faster than a person); follow-request jobs kept in memory."""
    settings.PAGE_CACHE_SECONDS = 3600
    caches["pages"].clear()
    monkeypatch.setattr("subscriptions.forms.FORM_MIN_AGE", timedelta(0))
    with app.replace_connector(testing.InMemoryConnector()):
        yield
    caches["pages"].clear()


def test_a_reader_follows_from_the_box_of_a_cached_guide(live_server, open_page):
    guide = ArticleFactory()
    url = f"{live_server.url}{guide.get_absolute_url()}"
    open_page(url).close()  # the first reader's visit puts the page in the cache
    page = open_page(url)
    stamp = page.locator('.follow-box-form input[name="stamp"]')

    page.locator("#box-email").fill("reader@example.org")
    page.wait_for_function("s => s.value !== ''", arg=stamp.element_handle())
    page.get_by_role("button", name="Follow by email").click()

    page.get_by_text("Check your inbox").wait_for()
    assert FollowRequest.objects.get().email == "reader@example.org"
    assert page.evaluate("window.__cspViolations") == []


def test_without_javascript_the_follow_page_asks_once_more(live_server, new_context):
    guide = ArticleFactory()
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{live_server.url}{guide.get_absolute_url()}")

    page.locator("#box-email").fill("reader@example.org")
    page.get_by_role("button", name="Follow by email").click()
    page.get_by_text("press “Follow by email” again").wait_for()
    assert not FollowRequest.objects.exists()
    page.locator("main").get_by_role("button", name="Follow by email").click()

    page.get_by_text("Check your inbox").wait_for()
    assert FollowRequest.objects.get().email == "reader@example.org"
