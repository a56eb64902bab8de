"""A marked word in Chromium at 390 px: its definition opens by keyboard and by tap,
Escape closes it, screen readers get a link named by the word and described by the
definition, and without JavaScript the link goes to the glossary entry. The page is
the A-Z glossary, whose definitions mark the other terms they use."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.axe import axe_violations
from tests.browser.conftest import PLAYWRIGHT_TIMEOUT_MS

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PLEURA = (
    "The two thin layers of tissue that cover the lungs and line the inside of the "
    "chest wall. A little fluid between them lets the lungs move smoothly as you "
    "breathe."
)


@pytest.fixture
def glossary_url(live_server) -> str:
    call_command("load_demo", stdout=io.StringIO())
    return f"{live_server.url}/glossary/"


def marked_pleura(page):
    """ "pleura" as the definition of "Pleural effusion" uses it."""
    entry = page.locator("#pleural-effusion")
    return entry.get_by_role("link", name="pleura", exact=True), entry.locator(
        ".glossary-tip"
    )


def tab_to(page, locator) -> None:
    """Move keyboard focus to `locator` with Tab, from the element just before it."""
    locator.locator("xpath=ancestor::dd[1]").evaluate(
        "element => { element.tabIndex = -1; element.focus(); }"
    )
    page.keyboard.press("Tab")
    expect(locator).to_be_focused(timeout=PLAYWRIGHT_TIMEOUT_MS)


def test_a_definition_shows_on_keyboard_focus_and_escape_hides_it(
    glossary_url, open_page
):
    page = open_page(glossary_url, width=390)
    word, tip = marked_pleura(page)
    expect(word).to_have_role("link")
    expect(word).to_have_accessible_name("pleura")
    expect(word).to_have_accessible_description(PLEURA)
    expect(word).to_have_attribute("aria-expanded", "false")
    expect(tip).to_be_hidden()

    tab_to(page, word)

    expect(tip).to_be_visible(timeout=PLAYWRIGHT_TIMEOUT_MS)
    expect(tip).to_contain_text(PLEURA)
    expect(word).to_have_attribute("aria-expanded", "true")
    assert axe_violations(page) == ""
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden(timeout=PLAYWRIGHT_TIMEOUT_MS)
    expect(word).to_be_focused()
    expect(word).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{glossary_url}#pleura", timeout=PLAYWRIGHT_TIMEOUT_MS)


def test_a_tap_opens_the_definition_and_its_link_goes_to_the_entry(
    glossary_url, new_context
):
    page = new_context(
        viewport={"width": 390, "height": 844}, has_touch=True
    ).new_page()
    page.goto(glossary_url)
    word, tip = marked_pleura(page)

    word.tap()
    expect(tip).to_be_visible(timeout=PLAYWRIGHT_TIMEOUT_MS)
    assert page.url == glossary_url  # the tap opened it, and went nowhere
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    word.tap()
    expect(tip).to_be_hidden(timeout=PLAYWRIGHT_TIMEOUT_MS)
    word.tap()
    page.locator("h1").tap()
    expect(tip).to_be_hidden(timeout=PLAYWRIGHT_TIMEOUT_MS)

    word.tap()
    tip.get_by_role("link", name="Pleura in the glossary").tap()
    page.wait_for_url(f"{glossary_url}#pleura", timeout=PLAYWRIGHT_TIMEOUT_MS)
    expect(page.locator("#pleura")).to_be_in_viewport()


def test_without_javascript_the_word_is_a_link_to_its_entry(glossary_url, new_context):
    context = new_context(
        viewport={"width": 390, "height": 844}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(glossary_url)
    word, tip = marked_pleura(page)
    expect(word).to_have_accessible_description(PLEURA)
    tab_to(page, word)
    expect(tip).to_be_visible(timeout=PLAYWRIGHT_TIMEOUT_MS)  # by CSS alone

    word.click()

    page.wait_for_url(f"{glossary_url}#pleura", timeout=PLAYWRIGHT_TIMEOUT_MS)
    expect(page.locator("#pleura")).to_be_in_viewport()


@pytest.mark.parametrize("width", [320, 390])
def test_the_glossary_has_no_accessibility_violations_and_fits_the_screen(
    glossary_url, open_tab, width
):
    page = open_tab(width)
    page.goto(f"{glossary_url}#pleura")
    word, _ = marked_pleura(page)
    word.click()  # one definition open

    for color_scheme in ["light", "dark"]:
        page.emulate_media(color_scheme=color_scheme)
        assert axe_violations(page) == "", color_scheme
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate("window.__cspViolations") == []
