"""Full-page screenshots of the main pages at two widths (`make screenshots`).

They land in var/screenshots/ for a person to look at; README shows two of them.
"""

from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.test_reader import PAGES

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.browser,
    pytest.mark.screenshots,
]

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshot_main_pages(live_server, open_tab, demo_site, follower, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = open_tab(width)

    for name, path in PAGES.items():
        page.goto(f"{live_server.url}{path}")
        target = SCREENSHOTS / f"{name}-{width}.png"
        page.screenshot(path=target, full_page=True)

        assert target.stat().st_size > 10_000, target
