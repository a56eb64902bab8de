"""A reader's visit in Chromium: find a guide, read it, move on, ask a question."""

import pytest
from axe_playwright_python.base import AXE_SCRIPT, AxeResults
from django.contrib.auth import get_user_model

from articles.models import Article, Revision
from articles.services import signed_text_publish, signed_text_withdraw
from articles.workflow import SignOffDecision, revision_sign_off
from tests.browser.axe import AXE_RUN

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

GUIDE = "/guides/nivolumab-ipilimumab-first-line/"
PAGES = {
    "home": "/",
    "guide": GUIDE,
    "topic": "/topics/immunotherapy/",
    "tag": "/tags/pleural-mesothelioma/",
    "faq": "/faq/",
    "about": "/about/",
    "follow": "/follow/",
    "search": "/search/?q=immunotheraphy",
    "search-nothing": "/search/?q=asbestos+compensation",
    "glossary": "/glossary/",
    "contact": "/contact/",
    "not-found": "/guides/no-such-guide/",
    # Made by the changed_guides fixture: a guide with a correction note, and one
    # withdrawn (410).
    "corrected": "/guides/managing-side-effects/",
    "withdrawn": "/guides/radiation-therapy-for-mesothelioma/",
    # The follower fixture's "erase my data?" page, and any link of an address that
    # is not on the list (410).
    "erase": "/follow/manage/follower-token/erase/",
    "not-on-list": "/follow/manage/no-such-token/",
}


@pytest.fixture
def changed_guides(demo_site):
    """The demo's pending update approved as a correction and published; another
    guide withdrawn."""
    update = Revision.objects.awaiting_review().get(
        article__slug="managing-side-effects"
    )
    approval = revision_sign_off(
        revision=update,
        user=get_user_model().objects.get(username="reviewer"),
        decision=SignOffDecision(
            approve=True,
            content_hash=update.content_hash,
            is_correction=True,
            what_changed="We now say which temperature counts as a fever.",
        ),
    )
    signed_text_publish(sign_off=approval)
    signed_text_withdraw(
        subject=Article.objects.get(slug="radiation-therapy-for-mesothelioma"),
        reason="Replaced by a newer guide.",
    )


def test_reader_follows_a_topic_reads_a_guide_and_moves_on(
    live_server, open_page, demo_site
):
    page = open_page(live_server.url)

    page.get_by_role("navigation", name="Topics").get_by_role(
        "link", name="Immunotherapy"
    ).click()
    page.wait_for_url("**/topics/immunotherapy/")
    page.get_by_role("link", name="Nivolumab plus ipilimumab").first.click()
    page.wait_for_url(f"**{GUIDE}")
    assert "Medically reviewed by" in page.inner_text(".byline")

    contents_link = page.locator(".contents a").nth(2)
    anchor = contents_link.get_attribute("href")
    contents_link.click()
    page.wait_for_url(f"**{GUIDE}{anchor}")
    heading_top = page.locator(anchor).bounding_box()["y"]
    assert 0 <= heading_top < 200  # scrolled to the section

    related = page.locator(".related .card-title a").first
    related_title = related.inner_text()
    related_path = related.get_attribute("href")
    related.click()
    # Wait for the new page: the old one has loaded already, and has an h1 too.
    page.wait_for_url(f"**{related_path}")
    assert page.locator("h1").inner_text() == related_title
    assert page.evaluate("window.__cspViolations") == []


def test_reader_opens_an_answer_with_the_keyboard(live_server, open_page, demo_site):
    page = open_page(f"{live_server.url}/faq/")
    answer = page.locator("details#hair-loss")

    page.locator("details#hair-loss summary").focus()
    page.keyboard.press("Enter")

    assert answer.evaluate("element => element.open")
    assert answer.locator(".faq-answer").is_visible()


def test_a_link_to_an_answer_opens_it(live_server, open_page, demo_site):
    page = open_page(f"{live_server.url}/faq/#pleural-effusion")

    assert page.locator("details#pleural-effusion").evaluate("element => element.open")


def test_the_skip_link_comes_first_and_moves_focus_to_the_content(
    live_server, open_page, demo_site
):
    page = open_page(f"{live_server.url}{GUIDE}")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def test_a_dismissed_announcement_stays_dismissed(live_server, open_page, demo_site):
    page = open_page(live_server.url)
    bar = page.locator("[data-announcement]")

    page.get_by_role("button", name="Dismiss this announcement").click()
    assert bar.is_hidden()
    page.goto(f"{live_server.url}/faq/")

    assert page.locator("[data-announcement]").is_hidden()


def test_the_announcement_is_a_plain_banner_without_javascript(
    live_server, new_context, demo_site
):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(live_server.url)

    assert page.locator("[data-announcement]").is_visible()
    assert page.get_by_role("button", name="Dismiss this announcement").count() == 0


@pytest.mark.parametrize(
    ("width", "color_schemes"),
    [(1280, ["light"]), (390, ["light", "dark"])],
    ids=["1280-light", "390-light-and-dark"],
)
def test_main_pages_have_no_accessibility_violations(
    live_server, open_tab, changed_guides, follower, width, color_schemes
):
    # One tab visits every page and axe goes in once per page; each colour scheme is
    # checked on the loaded page, switched as the system setting switches it.
    page = open_tab(width)
    failures = {}

    for name, path in PAGES.items():
        page.goto(f"{live_server.url}{path}")
        page.evaluate(AXE_SCRIPT)
        for color_scheme in color_schemes:
            page.emulate_media(color_scheme=color_scheme)
            results = AxeResults(page.evaluate(AXE_RUN))
            if results.violations_count:
                failures[f"{name}, {color_scheme}"] = results.generate_report()
        assert page.evaluate("window.__cspViolations") == [], name
        assert page.locator("h1").count() == 1, name

    assert failures == {}


def test_main_pages_fit_a_320_pixel_screen_without_sideways_scrolling(
    live_server, open_tab, changed_guides, follower
):
    page = open_tab(320)

    for name, path in PAGES.items():
        page.goto(f"{live_server.url}{path}")

        assert page.evaluate("document.documentElement.scrollWidth") <= 320, name


def test_printing_a_guide_drops_navigation_and_keeps_sources(
    live_server, open_page, demo_site
):
    page = open_page(f"{live_server.url}{GUIDE}")

    page.emulate_media(media="print")

    assert page.get_by_role("navigation", name="Topics").is_hidden()
    assert page.locator(".related").is_hidden()
    assert page.locator("[data-announcement]").is_hidden()
    assert page.locator(".sources").is_visible()
    assert "https://www.fda.gov/" in page.locator(".sources").inner_text()
