"""Rich text is cleaned on save, whether it comes through the admin or not."""

import pytest
from django.urls import reverse

from articles.demo_content import FAQ, GUIDES
from articles.models import Article, FaqEntry
from articles.sanitize import TextBlock, clean_html, html_to_blocks, html_to_text
from tests.articles.admin_forms import article_form_data
from tests.factories import CategoryFactory, PersonFactory, ReviewerFactory

KEPT = "<p>Keep this sentence.</p>"

# Each payload travels with KEPT; after cleaning, none of its marker survives.
XSS_PAYLOADS = [
    ("<script>alert(1)</script>", "alert"),
    ("<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "evil"),
    ('<img src=x onerror="alert(2)">', "onerror"),
    ('<p onclick="alert(3)">tap</p>', "onclick"),
    ('<a href="javascript:alert(4)">link</a>', "javascript"),
    ('<a href="JaVaScRiPt:alert(5)">link</a>', "alert(5)"),
    ('<a href="&#106;avascript:alert(6)">link</a>', "alert(6)"),
    ('<a href=" javascript:alert(7)">link</a>', "alert(7)"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">link</a>', "data:"),
    ('<a href="vbscript:msgbox(8)">link</a>', "vbscript"),
    ('<iframe src="https://evil.example"></iframe>', "iframe"),
    ("<style>body{display:none}</style>", "display:none"),
    ('<p style="background:url(javascript:alert(9))">x</p>', "style"),
    ("<svg onload=alert(10)><script>alert(10)</script></svg>", "alert(10)"),
    ('<svg><a xlink:href="javascript:alert(11)">x</a></svg>', "svg"),
    ("<math><mtext><script>alert(12)</script></mtext></math>", "alert(12)"),
    ('<object data="evil.swf"></object>', "object"),
    ('<embed src="evil.swf">', "embed"),
    ('<form action="https://evil.example"><input name="q"></form>', "form"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example">', "refresh"),
    ('<base href="https://evil.example/">', "base"),
    ('<link rel="stylesheet" href="https://evil.example/x.css">', "stylesheet"),
    ('<details open ontoggle="alert(13)">x</details>', "ontoggle"),
    ('<body onload="alert(14)">', "onload"),
    ("<p>ok</p><!--<script>alert(15)</script>-->", "alert(15)"),
    (
        '<a href="https://ok.example" target="_blank" onmouseover="alert(16)">ok</a>',
        "onmouseover",
    ),
    ('<video><source onerror="alert(17)"></video>', "onerror"),
    ('"><script>alert(18)</script>', "<script"),
]


def _payload_ids():
    return [marker for _, marker in XSS_PAYLOADS]


@pytest.mark.parametrize(("payload", "marker"), XSS_PAYLOADS, ids=_payload_ids())
@pytest.mark.django_db
def test_admin_form_strips_payload_and_keeps_the_rest(admin_client, payload, marker):
    data = article_form_data(
        category=CategoryFactory(),
        author=PersonFactory(),
        reviewer=ReviewerFactory(),
        body=KEPT + payload,
    )

    response = admin_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 302, response.content
    body = Article.objects.get(slug=data["slug"]).body
    assert body.startswith(KEPT)
    assert marker.lower() not in body.lower()


@pytest.mark.parametrize(("payload", "marker"), XSS_PAYLOADS, ids=_payload_ids())
def test_clean_html_strips_payload(payload, marker):
    assert marker.lower() not in clean_html(KEPT + payload).lower()


@pytest.mark.django_db
def test_faq_answer_is_cleaned_on_save():
    from tests.factories import FaqEntryFactory

    entry = FaqEntryFactory(answer=KEPT + '<img src=x onerror="alert(1)">')

    assert FaqEntry.objects.get(pk=entry.pk).answer == KEPT


def test_editor_markup_survives_cleaning():
    html = (
        "<h2>Heading</h2><h3>Sub</h3><h4>Small</h4>"
        "<p><strong>bold</strong> <em>italic</em> "
        '<a href="https://www.cancer.gov/">NCI</a> '
        '<a href="mailto:care@example.org">mail</a>'
        "</p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote><p>q</p></blockquote>"
        '<figure class="table"><table><thead><tr><th>Day</th></tr></thead>'
        '<tbody><tr><td colspan="2">1</td></tr></tbody></table></figure>'
    )

    cleaned = clean_html(html)

    assert cleaned == html.replace(
        '<a href="https://www.cancer.gov/">',
        '<a href="https://www.cancer.gov/" rel="noopener noreferrer">',
    ).replace(
        '<a href="mailto:care@example.org">',
        '<a href="mailto:care@example.org" rel="noopener noreferrer">',
    )


def test_html_to_blocks_gives_one_block_per_paragraph_heading_and_item():
    html = (
        "<h2>Side effects</h2><p>Tiredness &amp; <strong>rash</strong>.</p>"
        "<ul><li>One</li><li>Two<br>lines</li></ul><h3>Sub</h3><h4>Small</h4>"
    )

    assert html_to_blocks(html) == [
        TextBlock("h2", "Side effects"),
        TextBlock("p", "Tiredness & rash."),
        TextBlock("li", "One"),
        TextBlock("li", "Two lines"),
        TextBlock("h3", "Sub"),
        TextBlock("h4", "Small"),
    ]


def test_html_to_blocks_keeps_a_table_row_in_one_block():
    html = (
        '<figure class="table"><table><thead><tr><th>Drug</th><th>Dose</th></tr>'
        "</thead><tbody><tr><td><p>Cisplatin</p></td><td>75&nbsp;mg/m²</td></tr>"
        "</tbody></table><figcaption>Doses</figcaption></figure>"
    )

    assert html_to_blocks(html) == [
        TextBlock("tr", "Drug | Dose"),
        TextBlock("tr", "Cisplatin | 75 mg/m²"),
        TextBlock("figcaption", "Doses"),
    ]


def test_html_to_blocks_keeps_links_with_their_targets():
    html = (
        '<p>See <a href="https://a.example/?x=1&amp;y=2">the trial</a> and '
        '<a href="https://b.example/" title="B">the <em>review</em></a>.</p>'
    )

    assert html_to_blocks(html) == [
        TextBlock(
            "p",
            "See the trial and the review.",
            (
                ("the trial", "https://a.example/?x=1&y=2"),
                ("the review", "https://b.example/"),
            ),
        )
    ]


def test_html_to_blocks_gives_quotations_and_nested_items_their_kind():
    html = (
        "<blockquote><p>Ask early.</p><p>Ask often.</p></blockquote>"
        "<ul><li>Before<ol><li>Inside</li></ol>after</li><li><p>Para item</p></li></ul>"
    )

    assert html_to_blocks(html) == [
        TextBlock("blockquote", "Ask early."),
        TextBlock("blockquote", "Ask often."),
        TextBlock("li", "Before"),
        TextBlock("li", "Inside"),
        TextBlock("li", "after"),
        TextBlock("li", "Para item"),
    ]


def test_html_to_blocks_reads_loose_text_as_paragraphs_and_drops_scripts():
    html = "Loose <p>a<p>b</p><script>alert(1)</script><style>p{}</style>&lt;script&gt;"

    assert html_to_blocks(html) == [
        TextBlock("p", "Loose"),
        TextBlock("p", "a"),
        TextBlock("p", "b"),
        TextBlock("p", "<script>"),
    ]


def test_html_to_blocks_holds_the_words_html_to_text_gives_for_the_demo_content():
    for html in [guide["body"] for guide in GUIDES] + [e["answer"] for e in FAQ]:
        blocks = html_to_blocks(clean_html(html))
        block_words = [w for b in blocks for w in b.text.split() if w != "|"]
        assert block_words == html_to_text(clean_html(html)).split()


def test_spacing_before_block_tags_is_dropped_and_inline_spacing_kept():
    typed = (
        "<p>One <strong>two</strong> <em>three</em></p>\n  <ul>\n<li>Four</li>\n</ul>"
    )

    assert clean_html(typed) == (
        "<p>One <strong>two</strong> <em>three</em></p><ul><li>Four</li></ul>"
    )
    assert clean_html(clean_html(typed)) == clean_html(typed)


def test_a_phone_number_link_is_kept_and_other_schemes_are_not():
    html = (
        '<p><a href="tel:+18004226237">1-800-422-6237</a> '
        '<a href="sms:+18004226237">text</a> <a href="javascript:alert(1)">x</a></p>'
    )

    assert clean_html(html) == (
        '<p><a href="tel:+18004226237" rel="noopener noreferrer">1-800-422-6237</a> '
        '<a rel="noopener noreferrer">text</a> <a rel="noopener noreferrer">x</a></p>'
    )


# --- images (media_library) ----------------------------------------------------------

EDITOR_IMAGE = (
    '<figure class="image"><img src="/media/library/2026/12/Ab_c-9.jpg" '
    'alt="The pleura" width="800" height="600"><figcaption>Two layers</figcaption>'
    "</figure>"
)


def test_an_editor_image_from_the_library_is_kept():
    assert clean_html(EDITOR_IMAGE) == EDITOR_IMAGE


def test_image_styles_sizes_and_handlers_are_dropped():
    html = (
        '<figure class="image image_resized image-style-side" style="width:50%">'
        '<img src="/media/library/2026/12/a.jpg" alt="A" width="80%" height="9e9" '
        'onerror="alert(1)" srcset="https://evil.example/x.jpg 2x"></figure>'
    )

    assert clean_html(html) == (
        '<figure class="image"><img src="/media/library/2026/12/a.jpg" alt="A">'
        "</figure>"
    )


@pytest.mark.parametrize(
    "src",
    [
        "https://evil.example/x.jpg",  # readers' addresses would go to another site
        "//evil.example/media/x.jpg",
        "/static/img/logo.png",  # not the library
        "/media/../secret.jpg",
        "/media/library/a%2e%2e/x.jpg",
        "/media/library/a.jpg?track=1",
        "data:image/png;base64,iVBORw0KGgo=",
        "javascript:alert(1)",
        "x",
    ],
)
def test_an_image_from_anywhere_but_the_library_is_removed(src):
    assert clean_html(f'<p>Text</p><img src="{src}" alt="A">') == "<p>Text</p>"


def test_text_of_a_body_with_images_is_its_words_and_captions():
    assert html_to_text("<p>Before</p>" + EDITOR_IMAGE) == "Before\nTwo layers"
