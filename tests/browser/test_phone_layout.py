"""On a phone (320 and 390 px wide) the answer comes first: a compact header, the
guide's title and first lines on the first screen, topics in a menu that opens with
or without JavaScript, one search box, and a home page that repeats no guide."""

import pytest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

GUIDE = "/guides/immunotherapy-checkpoint-inhibitors/"
# Small phones first: an iPhone SE's screen (320 x 568), then a common 390 x 844.
PHONES = [(320, 568), (390, 844)]
# The header's budget on a phone: the site's name, "Search" and "Topics" on one row.
HEADER_MOST_PX = 120


@pytest.fixture
def phone(new_context):
    def open_at(width, height, **options):
        context = new_context(viewport={"width": width, "height": height}, **options)
        return context.new_page()

    return open_at


def top(page, selector: str) -> float:
    return page.locator(selector).first.bounding_box()["y"]


@pytest.mark.parametrize(("width", "height"), PHONES, ids=["320", "390"])
def test_a_guide_s_title_and_first_lines_are_on_the_first_screen(
    live_server, phone, demo_site, width, height
):
    page = phone(width, height)
    page.goto(f"{live_server.url}{GUIDE}")
    page.get_by_role("button", name="Dismiss this announcement").click()

    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= HEADER_MOST_PX
    assert top(page, "h1") < height / 2
    # The summary under the title starts on the first screen too.
    assert top(page, "article .lead") + 60 < height
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_topics_menu_opens_on_a_phone_with_or_without_javascript(
    live_server, phone, demo_site, javascript
):
    page = phone(390, 844, java_script_enabled=javascript)
    page.goto(f"{live_server.url}{GUIDE}")
    topics = page.get_by_role("navigation", name="Topics")
    assert topics.is_hidden()

    page.locator("summary", has_text="Topics").click()
    assert topics.is_visible()
    topics.get_by_role("link", name="Surgery").click()

    assert page.url == f"{live_server.url}/topics/surgery/"


def test_on_a_wide_screen_the_topics_show_as_a_row(live_server, page, demo_site):
    page.goto(f"{live_server.url}{GUIDE}")

    assert page.get_by_role("navigation", name="Topics").is_visible()
    assert page.locator("summary", has_text="Topics").is_hidden()
    assert page.get_by_role("search").get_by_role("searchbox").is_visible()


def test_search_is_one_tap_away_and_its_page_has_one_box(live_server, phone, demo_site):
    page = phone(390, 844)
    page.goto(f"{live_server.url}{GUIDE}")

    page.get_by_role("link", name="Search", exact=True).click()
    assert page.evaluate("document.activeElement.id") == "search-q"  # type at once
    page.keyboard.type("pemetrexed")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=pemetrexed*")

    assert page.locator("input[type=search]").count() == 1
    assert top(page, ".search-result") < 844


def test_the_home_page_shows_no_guide_twice(live_server, phone, demo_site):
    page = phone(390, 844)
    page.goto(live_server.url)

    titles = page.locator(".card-title").all_inner_texts()
    assert len(titles) == len(set(titles)) > 0
