"""The feedback form in Chromium: answered in place with script, by a page without
it, by keyboard, and accessible in each state (axe, as test_reader does)."""

import pytest
from django.core.cache import caches

from feedback.models import Feedback
from tests.browser.axe import axe_violations
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


@pytest.fixture(autouse=True)
def cached_pages(settings):
    """The page cache on: the form must work on a page served from it."""
    settings.PAGE_CACHE_SECONDS = 3600
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_reader_answers_by_keyboard_and_is_thanked_in_place(
    live_server, open_page, width
):
    guide = ArticleFactory()
    url = f"{live_server.url}{guide.get_absolute_url()}"
    open_page(url).close()  # the first visit puts the page in the cache
    page = open_page(url, width=width)
    cookies_before = page.context.cookies()

    page.get_by_role("radio", name="No").focus()
    page.keyboard.press("Space")
    page.get_by_label("What could we do better?").fill("Say how long it takes.")
    page.get_by_role("button", name="Send feedback").press("Enter")

    thanks = page.locator(".feedback-thanks")
    thanks.wait_for()
    assert thanks.inner_text().startswith("Thank you")
    assert page.evaluate("document.activeElement.className") == "feedback-thanks"
    assert page.url == url
    answer = Feedback.objects.get()
    assert (answer.article_id, answer.helpful) == (guide.pk, False)
    assert answer.comment == "Say how long it takes."
    assert page.context.cookies() == cookies_before == []
    assert page.evaluate("window.__cspViolations") == []
    assert axe_violations(page) == ""


def test_an_answer_refused_by_the_server_is_said_in_the_form(live_server, open_page):
    guide = ArticleFactory()
    page = open_page(f"{live_server.url}{guide.get_absolute_url()}")
    page.get_by_role("radio", name="Yes").check()
    page.get_by_label("What could we do better?").evaluate(
        "field => { field.removeAttribute('maxlength');"
        " field.value = 'x'.repeat(1001); }"
    )

    page.get_by_role("button", name="Send feedback").click()

    status = page.locator("[data-feedback-status]")
    status.get_by_text("1,000 characters").wait_for()
    assert page.get_by_role("button", name="Send feedback").is_enabled()
    assert not Feedback.objects.exists()


def test_without_javascript_a_page_says_thank_you(live_server, new_context):
    guide = ArticleFactory()
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{live_server.url}{guide.get_absolute_url()}")

    page.get_by_role("radio", name="Yes").check()
    page.get_by_role("button", name="Send feedback").click()

    page.get_by_role("heading", name="Thank you").wait_for()
    assert Feedback.objects.get().helpful is True
    page.get_by_role("link", name="Back to the page you were reading").click()
    assert page.url.endswith(guide.get_absolute_url())
    assert page.context.cookies() == []


def test_the_pages_of_the_form_address_are_accessible(live_server, open_page):
    page = open_page(f"{live_server.url}/feedback/faq/")  # a GET: the 405 page
    assert axe_violations(page) == ""
    guide = ArticleFactory()
    page.goto(f"{live_server.url}{guide.get_absolute_url()}")

    # Sent as a plain form without an answer, past the browser's own check.
    page.locator("form[data-feedback] textarea").fill("No answer picked.")
    page.evaluate(
        "HTMLFormElement.prototype.submit.call("
        "document.querySelector('form[data-feedback]'))"
    )

    page.get_by_role("heading", name="Please check your answer").wait_for()
    assert page.get_by_text("Please choose yes or no.").first.is_visible()
    assert page.locator("textarea").input_value() == "No answer picked."
    assert axe_violations(page) == ""
