"""Images from the editor to the reader: an editor uploads one in CKEditor with its
text alternative, the guide is signed off and published, and readers get it
responsive, on a desktop and on a phone."""

import pytest

from articles.models import Article
from articles.services import signed_text_publish
from media_library.models import MediaFile
from tests.browser.axe import axe_violations
from tests.factories import CategoryFactory, PersonFactory, approved, image_content
from tests.signing_in import BROWSER_PASSWORD, sign_in_staff_in_browser

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.browser,
    pytest.mark.urls("tests.browser.media_urls"),
]

# The picture a browser chose from the srcset, once it has loaded.
LOADED = """selector => {
    const img = document.querySelector(selector);
    return img && img.complete && img.naturalWidth > 0 ? img.currentSrc : null;
}"""


def test_an_uploaded_image_reaches_readers_responsive(
    live_server, page, open_page, editor, tmp_path
):
    CategoryFactory(name="Surgery")
    PersonFactory(name="Rachel Writer")
    photo = tmp_path / "ward photo.jpg"
    photo.write_bytes(image_content(2000, 1200))

    # The editor writes a guide with an image and describes the image.
    sign_in_staff_in_browser(
        page,
        live_server.url,
        editor,
        BROWSER_PASSWORD,
        next_url="/admin/articles/article/add/",
    )
    page.fill("#id_title", "Recovering after surgery")
    page.fill("#id_summary", "What the ward is like.")
    page.click(".ck-editor__editable")
    page.keyboard.type("The ward has six beds.")
    with page.expect_file_chooser() as chooser:
        page.click(".ck-toolbar button[data-cke-tooltip-text^='Upload image']")
    chooser.value.set_files(str(photo))
    uploaded = page.wait_for_selector(
        ".ck-editor__editable img[src^='/media/library/']"
    )
    uploaded.click()
    page.click("button[data-cke-tooltip-text='Change image text alternative']")
    page.fill(".ck-text-alternative-form input", "A ward with six beds by a window")
    page.keyboard.press("Enter")
    page.select_option("#id_category", label="Surgery")
    page.click(".field-author .select2-selection")
    page.fill(".select2-container--open .select2-search__field", "Rachel")
    page.click(".select2-results__option:has-text('Rachel Writer')")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    assert page.evaluate("window.__cspViolations") == []

    image = MediaFile.objects.get()
    article = Article.objects.get(slug="recovering-after-surgery")
    assert (image.width, image.height, image.original_name) == (
        2000,
        1200,
        "ward photo.jpg",
    )
    assert article.body == (
        '<p>The ward has six beds.</p><figure class="image">'
        f'<img src="{image.url}" width="2000" height="1200" '
        'alt="A ward with six beds by a window"></figure>'
    )

    # Signed off and published; the image also becomes the featured image.
    signed_text_publish(sign_off=approved(article))
    Article.objects.filter(pk=article.pk).update(
        featured_image=image, featured_image_alt="The ward from its door"
    )

    # A reader on a desktop gets the body's picture as AVIF at a fitting width.
    reader = open_page(f"{live_server.url}{article.get_absolute_url()}")
    body_image = ".guide-body picture img"
    reader.locator(body_image).scroll_into_view_if_needed()
    chosen = reader.wait_for_function(LOADED, arg=body_image).json_value()
    assert chosen.startswith(f"{live_server.url}/media/library/")
    assert chosen.endswith("w.avif")
    assert (
        reader.locator(".guide-body picture source[type='image/avif']")
        .get_attribute("srcset")
        .count("w.avif")
        == 4
    )
    assert reader.locator(body_image).get_attribute("alt") == (
        "A ward with six beds by a window"
    )
    assert axe_violations(reader) == ""

    # A reader on a phone, in dark mode, sees the featured image at the top.
    phone = open_page(
        f"{live_server.url}{article.get_absolute_url()}",
        width=390,
        color_scheme="dark",
    )
    featured = ".featured-image img"
    chosen = phone.wait_for_function(LOADED, arg=featured).json_value()
    box = phone.locator(featured).bounding_box()
    assert chosen.endswith("-480w.avif")
    assert phone.locator(featured).get_attribute("fetchpriority") == "high"
    assert box["width"] <= 390 - 2 * 20 + 1
    assert round(box["height"]) == round(box["width"] * 1200 / 2000)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone) == ""
    assert phone.evaluate("window.__cspViolations") == []
