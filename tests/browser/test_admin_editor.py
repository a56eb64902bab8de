import pytest

from articles.models import Article
from tests.factories import CategoryFactory, PersonFactory, ReviewerFactory
from tests.signing_in import BROWSER_PASSWORD, sign_in_staff_in_browser

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_editor_writes_a_guide_in_ckeditor_under_a_strict_policy(
    live_server, page, editor
):
    CategoryFactory(name="Immunotherapy")
    PersonFactory(name="Rachel Writer")
    ReviewerFactory(name="Sam Reviewer")

    sign_in_staff_in_browser(
        page,
        live_server.url,
        editor,
        BROWSER_PASSWORD,
        next_url="/admin/articles/article/add/",
    )
    editable = page.wait_for_selector(".ck-editor__editable")
    page.fill("#id_title", "Checkpoint inhibitors")
    page.fill("#id_summary", "How they work.")
    editable.click()
    page.keyboard.type("Plain words first. ")
    page.keyboard.press("Control+b")
    page.keyboard.type("Bold words.")
    page.keyboard.press("Control+b")
    page.keyboard.press("Enter")
    page.click(".ck-heading-dropdown button")
    page.click(".ck-heading-dropdown .ck-button:has-text('Heading 2')")
    page.keyboard.type("How it works")
    page.select_option("#id_category", label="Immunotherapy")
    page.click(".field-author .select2-selection")
    page.fill(".select2-container--open .select2-search__field", "Rachel")
    page.click(".select2-results__option:has-text('Rachel Writer')")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    violations = page.evaluate("window.__cspViolations")
    article = Article.objects.get(slug="checkpoint-inhibitors")
    assert violations == []
    assert article.body == (
        "<p>Plain words first. <strong>Bold words.</strong></p><h2>How it works</h2>"
    )
    assert article.body_text == "Plain words first. Bold words.\nHow it works"
