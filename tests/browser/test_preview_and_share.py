"""Preview and share links in real browsers: an editor's unsaved text in a new tab at
a phone's width beside a desktop's; a draft shared with a stranger, who comments; the
link revoked."""

import pytest

from articles.models import Article, Revision, ShareLink
from tests.browser.axe import axe_violations
from tests.factories import ArticleFactory, PersonFactory
from tests.signing_in import BROWSER_PASSWORD, sign_in_staff_in_browser

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_an_editor_previews_unsaved_text_at_phone_and_desktop_width(
    live_server, new_context, editor
):
    guide = ArticleFactory(title="Pleurodesis", body="<p>Talc seals the space.</p>")
    PersonFactory(name="Rachel Writer")
    revisions = Revision.objects.count()
    context = new_context(viewport={"width": 1400, "height": 1000})
    page = sign_in_staff_in_browser(
        context.new_page(), live_server.url, editor, BROWSER_PASSWORD
    )

    page.goto(f"{live_server.url}/admin/articles/article/{guide.pk}/change/")
    editable = page.wait_for_selector(".ck-editor__editable")
    editable.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" It may sting for a day.")
    page.fill("#id_title", "Pleurodesis, step by step")
    with context.expect_page() as opened:
        page.click("input[type=submit][value=Preview]")
    preview = opened.value
    preview.wait_for_load_state()

    phone = preview.frame_locator("iframe[title='The guide on a phone']")
    desktop = preview.frame_locator("iframe[title='The guide on a desktop']")
    assert phone.locator("h1").inner_text() == "Pleurodesis, step by step"
    assert "It may sting for a day." in phone.locator(".guide-body").inner_text()
    assert (
        "Preview of unsaved changes" in desktop.locator(".preview-notice").inner_text()
    )
    widths = preview.evaluate(
        "[...document.querySelectorAll('iframe')].map(f => f.contentWindow.innerWidth)"
    )
    assert widths == [390, 1280]
    guide.refresh_from_db()
    assert guide.title == "Pleurodesis"
    assert Revision.objects.count() == revisions
    assert Article.objects.count() == 1

    # A guide not saved yet previews the same way, and is still not saved.
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "Tumour treating fields")
    page.fill("#id_summary", "A device worn on the chest.")
    editable = page.wait_for_selector(".ck-editor__editable")
    editable.click()
    page.keyboard.type("Pads on the skin carry a weak electric field.")
    page.select_option("#id_category", index=1)
    page.click(".field-author .select2-selection")
    page.click(".select2-results__option >> nth=0")
    with context.expect_page() as opened:
        page.click("input[type=submit][value=Preview]")
    new_guide = opened.value.frame_locator("iframe[title='The guide on a phone']")
    assert new_guide.locator("h1").inner_text() == "Tumour treating fields"
    assert "weak electric field" in new_guide.locator(".guide-body").inner_text()
    assert Article.objects.count() == 1


def test_a_stranger_reads_a_shared_draft_comments_and_the_link_is_revoked(
    live_server, new_context, editor
):
    guide = ArticleFactory(title="Pleurodesis", body="<p>Talc seals the space.</p>")
    context = new_context(viewport={"width": 1280, "height": 1000})
    page = sign_in_staff_in_browser(
        context.new_page(), live_server.url, editor, BROWSER_PASSWORD
    )

    # The editor saves a draft, then shares it.
    page.goto(f"{live_server.url}/admin/articles/article/{guide.pk}/change/")
    page.fill("#id_summary", "A draft summary for the specialist.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    page.click("text=Share a draft")
    page.click("input[type=submit][value='Make a share link']")
    page.wait_for_selector(".messagelist .success")
    address = page.input_value("input[id^=address-]")

    # A stranger, on a phone, reads it and comments.
    stranger = new_context(viewport={"width": 390, "height": 844}).new_page()
    stranger.goto(address)
    assert "A draft summary for the specialist." in stranger.inner_text(".lead")
    assert "A draft shared for review" in stranger.inner_text(".preview-notice")
    assert axe_violations(stranger) == ""
    stranger.fill("#id_name", "Dr Lee, thoracic surgeon")
    stranger.fill("#id_text", "Mention that pain after talc is common for a day.")
    stranger.click("text=Send comment")
    stranger.wait_for_selector(".draft-comment-thanks")

    # The comment is on the guide's page in the admin.
    page.goto(f"{live_server.url}/admin/articles/article/{guide.pk}/change/")
    thread = page.inner_text(".sign-off-state")
    assert "pain after talc is common for a day" in thread
    assert "Dr Lee, thoracic surgeon" in thread

    # Revoked, the link answers 410; an altered address is no link at all.
    page.click("text=Share a draft")
    page.click("text=Revoke this link")
    page.wait_for_selector(".messagelist")
    gone = stranger.goto(address)
    assert gone.status == 410
    assert axe_violations(stranger) == ""
    assert "This link no longer works" in stranger.inner_text("h1")
    altered = stranger.goto(address.rstrip("/")[:-2] + "xx/")
    assert altered.status == 404
    assert ShareLink.objects.get().revision.article_id == guide.pk
