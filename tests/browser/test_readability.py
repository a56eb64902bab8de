"""The plain-language score follows what the editor types in CKEditor."""

import pytest
from axe_playwright_python.base import AXE_SCRIPT, AxeResults
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import ArticleFactory
from tests.signing_in import BROWSER_PASSWORD, sign_in_staff_in_browser

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

JARGON = (
    " Multimodality therapeutic interventions incorporating extrapleural "
    "pneumonectomy and hyperthermic intraoperative chemotherapy demonstrate "
    "heterogeneous survival characteristics across institutional cohorts."
)

# axe-core on the score's panel only: the rest of the admin form is Django's and
# CKEditor's.
AXE_ON_THE_PANEL = 'axe.run("#readability", {"resultTypes": ["violations"]})'


def test_the_score_follows_the_text_as_the_editor_types(live_server, page, editor):
    guide = ArticleFactory(
        draft=True, body="<p>You will meet your care team. They will help you.</p>"
    )
    url = reverse("admin:articles_article_change", args=[guide.pk])
    sign_in_staff_in_browser(
        page, live_server.url, editor, BROWSER_PASSWORD, next_url=url
    )
    status = page.locator("#readability [role=status]")
    expect(status).to_contain_text("At or below the target of grade 8")

    page.locator(".ck-editor__editable").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(JARGON)

    expect(status).to_contain_text("Above the target of grade 8")
    longest = page.locator("#readability ol li").first
    expect(longest).to_contain_text("17 words: Multimodality therapeutic")
    expect(page.locator(".readability-words")).to_contain_text("pneumonectomy")
    assert page.evaluate("window.__cspViolations") == []  # before axe adds styles
    page.evaluate(AXE_SCRIPT)
    panel = AxeResults(page.evaluate(AXE_ON_THE_PANEL))
    assert not panel.violations_count, panel.generate_report()
