"""articles.links reads links as browsers do: checked against Chromium's own URL
parser. Whenever it says a link stays on the site, Chromium agrees, and no link in
cleaned rich text takes Chromium to another site."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.links import is_site_path, stays_on_site
from articles.sanitize import clean_html
from tests.articles.test_links import ACCEPTED, OFF_SITE, REFUSED

pytestmark = pytest.mark.browser

PAGE = "https://guides.test/guides/a-guide/"

# Where Chromium goes following each link from one of our pages: its origin, or
# None when it is no URL at all.
RESOLVE = """([links, page]) => links.map(link => {
    try { return new URL(link, page).origin; } catch (e) { return null; }
})"""


@pytest.fixture(scope="module")
def chromium_page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def origins(page, links: list[str]) -> list[str | None]:
    return page.evaluate(RESOLVE, [links, PAGE])


def test_chromium_takes_the_off_site_links_to_another_host(chromium_page):
    assert origins(chromium_page, OFF_SITE) == ["https://evil.example"] * len(OFF_SITE)


def test_every_link_we_call_a_site_path_stays_here_in_chromium(chromium_page):
    links = [*ACCEPTED, *REFUSED]
    here = [origin == "https://guides.test" for origin in origins(chromium_page, links)]

    for link, stays in zip(links, here, strict=True):
        assert stays or not stays_on_site(link), repr(link)
        assert stays or not is_site_path(link), repr(link)


# Pieces browsers treat specially at the start of a link.
PIECES = ["/", "\\", "\t", "\n", "\r", " ", "\x00", "\x1f", ":", "https:", "http:",
          "evil.example", "@", "?", "#", "%2f", "%5c", ".", "javascript:", "\u3000",
          "\uff0f", "\u2215"]  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(links=st.lists(st.lists(st.sampled_from(PIECES), max_size=8).map("".join)))
def test_any_link_that_stays_for_us_stays_for_chromium(chromium_page, links):
    for link, origin in zip(links, origins(chromium_page, links), strict=True):
        assert origin == "https://guides.test" or not stays_on_site(link), repr(link)


def test_no_link_of_cleaned_rich_text_leaves_the_site_in_chromium(chromium_page):
    body = "".join(
        f'<p><a href="{link}">{n}</a></p>' for n, link in enumerate(OFF_SITE)
    )
    chromium_page.route(
        PAGE,
        lambda route: route.fulfill(body=clean_html(body), content_type="text/html"),
    )

    chromium_page.goto(PAGE)
    targets = chromium_page.evaluate("[...document.links].map(a => a.origin)")

    assert set(targets) <= {"https://guides.test"}
