"""Real-browser tests: Playwright driving Debian's chromium against the live server.

Playwright waits for elements and pages itself; its ceilings (30 s by default) are
stretched by TEST_TIMEOUT_SCALE like every other wait (tests/waiting.py).
"""

import io
import os
import shutil

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from articles.staff_groups import EDITORS, ensure_staff_groups
from tests.factories import SubscriberFactory
from tests.signing_in import BROWSER_PASSWORD
from tests.waiting import scaled

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


PLAYWRIGHT_TIMEOUT_MS = scaled(30) * 1000

# Content-Security-Policy violations, recorded so tests can assert there are none.
RECORD_CSP_VIOLATIONS = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__cspViolations.push(e.violatedDirective));"
)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        pytest.fail(
            "Chromium is needed for the browser tests: `sudo apt install chromium` "
            "(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
            timeout=PLAYWRIGHT_TIMEOUT_MS,
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser):
    """Open a browser context with scaled timeouts; all are closed after the test."""
    contexts = []

    def open_context(**options):
        context = browser.new_context(**options)
        context.set_default_timeout(PLAYWRIGHT_TIMEOUT_MS)
        context.set_default_navigation_timeout(PLAYWRIGHT_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    page = new_context(viewport={"width": 1280, "height": 1000}).new_page()
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    return page


@pytest.fixture
def follower():
    """A follower whose manage pages have a known address (test_reader.PAGES)."""
    return SubscriberFactory(manage_token="follower-token")


@pytest.fixture
def demo_site():
    """The demo content, as `make run` loads it."""
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def open_tab(new_context):
    """Open an empty tab of its own at a viewport width, recording CSP violations.

    A new tab costs about as much as three page loads in one: to visit many pages
    alike, open one tab and goto each.
    """

    def open_at(width: int = 1280, color_scheme: str = "light"):
        context = new_context(
            viewport={"width": width, "height": 900}, color_scheme=color_scheme
        )
        page = context.new_page()
        page.add_init_script(RECORD_CSP_VIOLATIONS)
        return page

    return open_at


@pytest.fixture
def open_page(open_tab):
    """Open a page in a tab of its own at a viewport width."""

    def open_at(url: str, width: int = 1280, color_scheme: str = "light"):
        page = open_tab(width, color_scheme)
        page.goto(url)
        return page

    return open_at


@pytest.fixture
def editor(django_user_model):
    """A staff account in the Editors group that signs in with BROWSER_PASSWORD."""
    user = django_user_model.objects.create_user(
        "editor", password=BROWSER_PASSWORD, is_staff=True
    )
    ensure_staff_groups()  # transactional tests flush the migration-made groups
    user.groups.add(Group.objects.get(name=EDITORS))
    return user
