"""Preview in a real browser: an editor's unsaved text, in a new tab, on a phone's
width beside a desktop's, and nothing saved."""

import pytest
from django.contrib.auth.models import Group

from articles.models import Article, Revision
from articles.staff_groups import EDITORS, ensure_staff_groups
from tests.factories import ArticleFactory
from tests.signing_in import sign_in_staff_in_browser

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PASSWORD = "correct horse battery staple"


def test_an_editor_previews_unsaved_text_at_phone_and_desktop_width(
    live_server, new_context, django_user_model
):
    ensure_staff_groups()  # transactional tests flush the migration-made groups
    editor = django_user_model.objects.create_user(
        "editor", password=PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name=EDITORS))
    guide = ArticleFactory(title="Pleurodesis", body="<p>Talc seals the space.</p>")
    revisions = Revision.objects.count()
    context = new_context(viewport={"width": 1400, "height": 1000})
    page = sign_in_staff_in_browser(
        context.new_page(), live_server.url, editor, PASSWORD
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
