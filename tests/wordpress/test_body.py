"""WordPress post bodies become HTML our editor and sanitizer keep, and whatever could
not be kept is said in the import report."""

import re

import pytest

from articles.sanitize import clean_html
from wordpress.autop import wpautop
from wordpress.body import ImageRef, body_convert
from wordpress.shortcodes import shortcode_parse_atts

OLD = "https://old.example"
SCAN = ImageRef("/media/library/2026/12/scan.jpg", "A CT scan", 800, 600)
TEAM = ImageRef("/media/library/2026/12/team.jpg", "", None, None)
SCAN_FIGURE = (
    '<figure class="image"><img src="/media/library/2026/12/scan.jpg" '
    'alt="A CT scan" width="800" height="600">'
)
IMAGES = {"12": SCAN, f"{OLD}/wp-content/uploads/2019/05/team.jpg": TEAM}
LINKS = {f"{OLD}/treatment/": "/guides/treatment/", f"{OLD}/v.mp4": "/media/v.mp4"}


def convert(raw: str):
    return body_convert(raw, link_for=LINKS.get, image_for=IMAGES.get)


def html_of(raw: str) -> str:
    """The converted HTML without the line breaks between elements, which show
    nowhere (and clean_html drops before blocks)."""
    return re.sub(r">\s+<", "><", convert(raw).html)


# Gutenberg blocks.


def test_block_comments_are_removed():
    raw = "<!-- wp:paragraph -->\n<p>Hello.</p>\n<!-- /wp:paragraph -->"
    assert html_of(raw) == "<p>Hello.</p>"


def test_heading_blocks_fit_our_levels():
    raw = (
        '<!-- wp:heading {"level":1} --><h1>Title</h1><!-- /wp:heading -->'
        "<!-- wp:heading --><h3>Part</h3><!-- /wp:heading -->"
        '<!-- wp:heading {"level":5} --><h5>Small</h5><!-- /wp:heading -->'
        '<!-- wp:heading {"level":6} --><h6>Smaller</h6><!-- /wp:heading -->'
    )
    assert html_of(raw) == "<h2>Title</h2><h3>Part</h3><h4>Small</h4><h4>Smaller</h4>"


def test_list_and_quote_blocks_are_kept():
    raw = (
        "<!-- wp:list --><ul><li>One</li><li>Two</li></ul><!-- /wp:list -->"
        '<!-- wp:quote --><blockquote class="wp-block-quote"><p>Said.</p>'
        "</blockquote><!-- /wp:quote -->"
    )
    assert html_of(raw) == (
        '<ul><li>One</li><li>Two</li></ul><blockquote class="wp-block-quote">'
        "<p>Said.</p></blockquote>"
    )


def test_table_block_becomes_the_editors_table_figure_with_its_caption():
    raw = (
        '<!-- wp:table --><figure class="wp-block-table"><table><tbody><tr><td>1</td>'
        "</tr></tbody></table><figcaption>Doses</figcaption></figure><!-- /wp:table -->"
    )
    assert html_of(raw) == (
        '<figure class="table"><table><tbody><tr><td>1</td></tr></tbody></table>'
        "<figcaption>Doses</figcaption></figure>"
    )


def test_image_block_becomes_the_editors_image_figure():
    raw = (
        '<!-- wp:image {"id":12} --><figure class="wp-block-image size-large">'
        f'<img src="{OLD}/wp-content/uploads/scan-1024x768.jpg" alt="" '
        'class="wp-image-12"/><figcaption class="wp-element-caption">Before surgery'
        "</figcaption></figure><!-- /wp:image -->"
    )
    assert (
        html_of(raw) == SCAN_FIGURE + "<figcaption>Before surgery</figcaption></figure>"
    )


def test_gallery_block_gives_one_figure_per_image():
    raw = (
        '<!-- wp:gallery --><figure class="wp-block-gallery has-nested-images">'
        '<!-- wp:image {"id":12} --><figure class="wp-block-image"><img src="a.jpg" '
        'class="wp-image-12"/></figure><!-- /wp:image -->\n'
        '<!-- wp:image {"id":13} --><figure class="wp-block-image"><img '
        f'src="{OLD}/wp-content/uploads/2019/05/team.jpg" alt="Our team" '
        'class="wp-image-13"/><figcaption>The team</figcaption></figure>'
        '<!-- /wp:image --><figcaption class="blocks-gallery-caption">Both</figcaption>'
        "</figure><!-- /wp:gallery -->"
    )
    assert html_of(raw) == (
        SCAN_FIGURE + "</figure>"
        '<figure class="image"><img src="/media/library/2026/12/team.jpg" '
        'alt="Our team"><figcaption>The team</figcaption></figure><p>Both</p>'
    )


def test_old_gallery_block_list_is_not_a_bulleted_list():
    raw = (
        '<!-- wp:gallery {"ids":[12]} --><figure class="wp-block-gallery columns-2">'
        '<ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure>'
        '<img src="a.jpg" class="wp-image-12"/></figure></li></ul></figure>'
        "<!-- /wp:gallery -->"
    )
    assert html_of(raw) == SCAN_FIGURE + "</figure>"


def test_a_list_merely_named_gallery_stays_a_list():
    raw = '<ul class="my-gallery"><li>One</li></ul>'
    assert html_of(raw) == raw


def test_unclosed_caption_ends_with_its_figure():
    raw = '<figure><img class="wp-image-12"><figcaption>Scan</figure><p>Next</p>'
    assert html_of(raw) == (
        f"{SCAN_FIGURE}<figcaption>Scan</figcaption></figure><p>Next</p>"
    )


def test_separator_block_is_dropped():
    raw = '<!-- wp:separator --><hr class="wp-block-separator"/><!-- /wp:separator -->'
    assert convert(raw) == convert("")


def test_embed_block_becomes_a_link_with_its_caption():
    raw = (
        '<!-- wp:embed {"url":"https://youtu.be/abc","type":"video"} -->'
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
        "https://youtu.be/abc\n</div><figcaption>A talk</figcaption></figure>"
        "<!-- /wp:embed -->"
    )
    assert html_of(raw) == (
        '<p><a href="https://youtu.be/abc">Watch this video on YouTube</a></p>'
        "<p>A talk</p>"
    )


def test_old_embed_block_takes_the_address_from_its_html():
    raw = (
        '<!-- wp:core-embed/vimeo --><figure><div class="wp-block-embed__wrapper">\n'
        "https://vimeo.com/123\n</div></figure><!-- /wp:core-embed/vimeo -->"
    )
    assert html_of(raw) == (
        '<p><a href="https://vimeo.com/123">Watch this video on Vimeo</a></p>'
    )


def test_dynamic_block_without_html_is_reported():
    result = convert('<p>Before.</p><!-- wp:latest-posts {"postsToShow":3} /-->')
    assert result.html == "<p>Before.</p>"
    assert result.problems == [
        'Removed the block "latest-posts": the old site made its content when the '
        "page was shown, so there was nothing to copy. Add it again by hand if it is "
        "needed."
    ]


def test_empty_dynamic_block_is_reported_but_an_empty_paragraph_block_is_not():
    result = convert(
        "<!-- wp:archives --><!-- /wp:archives -->"
        "<!-- wp:paragraph --><!-- /wp:paragraph -->"
    )
    assert result.html == ""
    assert len(result.problems) == 1
    assert result.problems[0].startswith('Removed the block "archives"')


def test_reusable_block_is_reported_with_its_number():
    assert convert('<!-- wp:block {"ref":123} /-->').problems == [
        "Removed a reusable block (number 123 on the old site); add its content "
        "again by hand if it is needed."
    ]


def test_more_block_leaves_nothing():
    raw = "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->"
    assert convert(raw) == convert("")


def test_text_between_blocks_gets_paragraphs_as_classic_text():
    raw = "<!-- wp:paragraph --><p>Block.</p><!-- /wp:paragraph -->\nFree\nline\n\nNext"
    assert html_of(raw) == "<p>Block.</p><p>Free<br>\nline</p><p>Next</p>"


def test_shortcode_block_runs_its_shortcodes():
    raw = '<!-- wp:shortcode -->\n[gallery ids="12"]\n<!-- /wp:shortcode -->'
    assert html_of(raw) == SCAN_FIGURE + "</figure>"


# Classic-editor text.


def test_classic_text_gets_paragraphs_and_line_breaks():
    assert html_of("First line\nsecond line\n\nNew paragraph") == (
        "<p>First line<br>\nsecond line</p><p>New paragraph</p>"
    )


def test_classic_pre_keeps_its_lines():
    assert html_of("Code:\n\n<pre>a\n\nb</pre>") == "<p>Code:</p><pre>a\n\nb</pre>"


def test_classic_image_in_a_paragraph_stands_outside_it():
    raw = 'Look <img class="alignleft wp-image-12" src="x.jpg" alt=""> here.'
    assert html_of(raw) == f"<p>Look </p>{SCAN_FIGURE}</figure><p> here.</p>"


# Shortcodes.


def test_caption_shortcode_becomes_a_captioned_figure():
    raw = (
        '[caption id="attachment_12" align="alignnone" width="300"]'
        f'<a href="{OLD}/wp-content/uploads/scan.jpg"><img class="size-medium '
        f'wp-image-12" src="{OLD}/wp-content/uploads/scan-300x200.jpg" alt="" '
        'width="300" height="200" /></a> The scan <em>before</em> surgery[/caption]'
    )
    assert html_of(raw) == (
        SCAN_FIGURE
        + "<figcaption>The scan <em>before</em> surgery</figcaption></figure>"
    )


def test_caption_shortcode_with_caption_attribute():
    raw = (
        '[caption caption="Our team"]'
        f'<img src="{OLD}/wp-content/uploads/2019/05/team.jpg" />[/caption]'
    )
    assert html_of(raw) == (
        '<figure class="image"><img src="/media/library/2026/12/team.jpg" alt="">'
        "<figcaption>Our team</figcaption></figure>"
    )


def test_gallery_shortcode_gives_a_figure_per_image_and_reports_missing_ones():
    result = convert('[gallery ids="12, 99"]')
    assert result.html == SCAN_FIGURE + "</figure>"
    assert result.problems == [
        "Removed an image that is not in the media library: attachment 99."
    ]


def test_gallery_shortcode_without_ids_is_reported():
    result = convert("[gallery]")
    assert result.html == ""
    assert result.problems == [
        "Removed a gallery that showed every image attached to the old post; add the "
        "images again if they are needed."
    ]


def test_embed_shortcode_becomes_a_link():
    assert html_of("[embed]https://www.youtube.com/watch?v=abc[/embed]") == (
        '<p><a href="https://www.youtube.com/watch?v=abc">'
        "Watch this video on YouTube</a></p>"
    )
    assert html_of("[embed width=400]https://example.org/page[/embed]") == (
        '<p><a href="https://example.org/page">https://example.org/page</a></p>'
    )


def test_bare_oembed_address_on_its_own_line_becomes_a_link():
    raw = "Listen:\nhttps://soundcloud.com/band/song\n\nhttps://example.org/plain"
    assert html_of(raw) == (
        "<p>Listen:</p>"
        '<p><a href="https://soundcloud.com/band/song">Listen to this on SoundCloud'
        "</a></p><p>https://example.org/plain</p>"
    )


def test_oembed_address_alone_in_a_paragraph_block_becomes_a_link():
    raw = (
        "<!-- wp:paragraph --><p>https://x.com/someone/status/1</p>"
        "<!-- /wp:paragraph -->"
    )
    assert html_of(raw) == (
        '<p><a href="https://x.com/someone/status/1">See this on X (Twitter)</a></p>'
    )


def test_video_and_audio_shortcodes_become_links():
    raw = (
        f'[video width="720" mp4="{OLD}/v.mp4"][/video]\n\n'
        '[video src="https://youtu.be/xyz"]\n\n'
        f'[audio mp3="{OLD}/a.mp3"]'
    )
    assert html_of(raw) == (
        '<p><a href="/media/v.mp4">Watch the video</a></p>'
        '<p><a href="https://youtu.be/xyz">Watch this video on YouTube</a></p>'
        f'<p><a href="{OLD}/a.mp3">Listen to the audio</a></p>'
    )


def test_video_shortcode_without_address_is_reported():
    result = convert('[video width="720"]')
    assert result.html == ""
    assert result.problems == [
        'Removed the video [video width="720"], which gave no web address.'
    ]


def test_unknown_shortcode_is_removed_and_reported():
    result = convert('Write to us. [contact-form-7 id="5" title="Contact"]')
    assert result.html == "<p>Write to us. </p>"
    assert result.problems == [
        'Removed the unknown shortcode [contact-form-7 id="5" title="Contact"].'
    ]


def test_unknown_enclosing_shortcode_keeps_its_text():
    result = convert('[su_note color="#eee"]Rest <b>well</b>.[/su_note]')
    assert result.html == "<p>Rest <b>well</b>.</p>"
    assert result.problems == [
        'Removed the unknown shortcode [su_note color="#eee"] and kept the text '
        "inside it."
    ]


def test_shortcodes_inside_an_unknown_one_are_converted():
    raw = '[note]See [caption]<img class="wp-image-12"> Scan[/caption][/note]'
    assert html_of(raw) == (
        f"<p>See </p>{SCAN_FIGURE}<figcaption>Scan</figcaption></figure>"
    )


def test_escaped_shortcodes_are_shown_as_written():
    result = convert("Type [[gallery]] or [[note]text[/note]].")
    assert result.html == "<p>Type [gallery] or [note]text[/note].</p>"
    assert result.problems == []


def test_bracketed_prose_is_not_a_shortcode():
    result = convert("He said [sic] that [1] and [citation needed] stand.")
    assert result.html == "<p>He said [sic] that [1] and [citation needed] stand.</p>"
    assert result.problems == []


def test_bracketed_word_alone_on_its_line_is_a_shortcode():
    result = convert("Contents:\n\n[toc]\n\nText")
    assert re.sub(r">\s+<", "><", result.html) == "<p>Contents:</p><p>Text</p>"
    assert result.problems == ["Removed the unknown shortcode [toc]."]


def test_closing_tag_without_opening_is_removed_and_reported():
    result = convert("Text[/su_box] here")
    assert result.html == "<p>Text here</p>"
    assert result.problems == [
        "Removed the closing shortcode tag [/su_box], which had no opening tag."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('id="5" title="A b"', {"id": "5", "title": "A b"}),
        ("id='5' Title='x'", {"id": "5", "title": "x"}),
        ("width=300 align=left", {"width": "300", "align": "left"}),
        (
            'https://youtu.be/x "quoted" bare',
            {0: "https://youtu.be/x", 1: "quoted", 2: "bare"},
        ),
        ('caption="Line\\none"', {"caption": "Line\none"}),
        ('caption="x <b"', {"caption": ""}),
        ('caption="<em>closed</em>"', {"caption": "<em>closed</em>"}),
        ('ids=\u00a0"1,2"', {"ids": "1,2"}),
    ],
)
def test_shortcode_attributes_parse_as_wordpress_does(text, expected):
    assert shortcode_parse_atts(text) == expected


# Images and links.


def test_image_alt_from_the_post_wins_over_the_librarys():
    raw = '<p><img class="wp-image-12" src="x.jpg" alt="Chest scan"></p>'
    assert 'alt="Chest scan"' in html_of(raw)


def test_image_found_by_address_when_it_has_no_attachment_class():
    raw = f'<img src="{OLD}/wp-content/uploads/2019/05/team.jpg" alt="">'
    assert html_of(raw) == (
        '<figure class="image"><img src="/media/library/2026/12/team.jpg" alt="">'
        "</figure>"
    )


def test_image_without_any_alt_is_reported():
    result = convert(f'<img src="{OLD}/wp-content/uploads/2019/05/team.jpg">')
    assert result.problems == [
        "The image /media/library/2026/12/team.jpg has no text alternative; describe "
        "it before the page is published."
    ]


def test_image_not_in_the_library_is_dropped_and_reported():
    result = convert(f'<p>Text <img src="{OLD}/gone.jpg"> more</p>')
    assert result.html == "<p>Text  more</p>"
    assert result.problems == [
        f"Removed an image that is not in the media library: {OLD}/gone.jpg."
    ]


def test_long_image_address_is_shortened_in_the_report():
    data = "data:image/gif;base64," + "R0lGOD" * 100
    (sentence,) = convert(f'<img src="{data}">').problems
    assert sentence == (
        f"Removed an image that is not in the media library: {data[:99]}…."
    )


def test_link_around_an_image_goes_with_the_image():
    raw = (
        f'<p><a href="{OLD}/treatment/"><img class="wp-image-12" src="x.jpg"></a>'
        " After</p>"
    )
    assert html_of(raw) == f"{SCAN_FIGURE}</figure><p> After</p>"


def test_links_to_the_old_site_get_their_new_address():
    raw = (
        f'<p><a href="{OLD}/treatment/">Treatment</a> and '
        '<a href="https://nhs.example/">NHS</a></p>'
    )
    assert html_of(raw) == (
        '<p><a href="/guides/treatment/">Treatment</a> and '
        '<a href="https://nhs.example/">NHS</a></p>'
    )


def test_known_video_frame_becomes_a_link_and_others_are_reported():
    result = convert(
        '<p>Watch:</p><iframe src="https://www.youtube.com/embed/abc"></iframe>'
        '<iframe src="https://ads.example/frame"></iframe>'
    )
    assert re.sub(r">\s+<", "><", result.html) == (
        '<p>Watch:</p><p><a href="https://www.youtube.com/embed/abc">'
        "Watch this video on YouTube</a></p>"
    )
    assert result.problems == [
        "Removed an embedded frame showing ads.example; articles on the new site "
        "show no frames from other sites."
    ]


def test_video_element_becomes_a_link():
    raw = f'<video controls><source src="{OLD}/v.mp4" type="video/mp4">Old</video>'
    assert html_of(raw) == '<p><a href="/media/v.mp4">Watch the video</a></p>'


# Hostile HTML never survives clean_html.

HOSTILE = [
    ("<script>alert(1)</script>", "alert"),
    ('<p onclick="alert(2)">tap</p>', "onclick"),
    ('<a href="javascript:alert(3)">link</a>', "javascript"),
    ('<a href="&#106;avascript:alert(4)">link</a>', "alert(4)"),
    ('<iframe src="https://evil.example/"></iframe>', "evil.example"),
    ("<style>body{display:none}</style>", "display:none"),
    ('<form action="https://evil.example/"><input name="card"></form>', "card"),
    ('<img src="x" onerror="alert(5)">', "onerror"),
    ('[caption]<img src="x" onerror="alert(6)"> Caption[/caption]', "onerror"),
    ("[embed]javascript:alert(7)[/embed]", "javascript"),
    ('[video src="javascript:alert(8)"]', "javascript"),
    ("<svg onload=alert(9)><script>alert(9)</script></svg>", "alert(9)"),
    ('<!-- wp:html --><div onmouseover="alert(10)">x</div><!-- /wp:html -->', "alert"),
    ("<object data=evil.swf></object>", "evil"),
    (
        '[caption caption="<script>alert(11)</script>"]'
        '<img class="wp-image-12">[/caption]',
        "alert",
    ),
    ("<scr<script>ipt>alert(12)</script>", "<script"),
]


@pytest.mark.parametrize(("raw", "marker"), HOSTILE)
def test_hostile_html_does_not_survive_cleaning(raw, marker):
    kept = "<p>Keep this sentence.</p>"
    cleaned = clean_html(convert(kept + raw).html)
    assert marker not in cleaned
    assert "Keep this sentence." in cleaned


def test_scripts_and_forms_are_reported():
    result = convert('<script>x()</script><form><input name="q"></form>')
    assert result.problems == [
        "Removed a script; articles on the new site run no scripts.",
        "Removed a form; articles on the new site hold no forms.",
    ]


# The report.


def test_problems_are_plain_sentences_each_said_once():
    result = convert("[toc]\n\n[toc]\n\n<!-- wp:search /-->\n\n[gallery]")
    assert len(result.problems) == len(set(result.problems)) == 3
    for sentence in result.problems:
        assert sentence[0].isupper()
        assert sentence.endswith(".")


def test_nothing_to_report_for_plain_text():
    assert convert("Just words.").problems == []


# Size.


def test_a_large_body_is_converted_in_one_linear_pass():
    unit = (
        '<!-- wp:paragraph -->\n<p>Some <a href="https://old.example/treatment/">text'
        '</a> [caption id="attachment_12"]<img class="wp-image-12"> Cap[/caption].</p>'
        '\n<!-- /wp:paragraph -->\nClassic line\nnext line\n\n[gallery ids="12"] '
        '[sic] [contact-form-7 id="1"]\n<pre>a\n\nb</pre>\n'
    )
    repeats = 5_000_000 // len(unit)
    result = convert(unit * repeats)
    assert result.html.count("<figcaption>Cap</figcaption>") == repeats


@pytest.mark.parametrize(
    "raw",
    [
        "[a " * 1_000_000,  # shortcode openings that never close
        "[/a]" * 500_000,
        "<a " * 1_000_000,  # a tag that never ends
        "a" + " " * 3_000_000 + "b<option>",  # one long run of spaces
        "<script>" * 300_000,
        "<!-- wp:x " * 300_000,
    ],
    ids=["brackets", "closers", "tag", "spaces", "scripts", "block comments"],
)
def test_hostile_large_bodies_finish(raw):
    # The runner's timeout is the ceiling: a backtracking regular expression would
    # take hours here.
    assert isinstance(convert(raw).html, str)


# wpautop() behaves as WordPress's own. Each case is one of WordPress's phpunit tests,
# tests/phpunit/tests/formatting/wpAutop.php in WordPress/wordpress-develop (named in
# each test's docstring), its input and expected output unchanged unless it says why.

# The block tags test_that_wpautop_treats_block_level_elements_as_blocks lists.
BLOCKS = [
    "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th",
    "div", "dl", "dd", "dt", "ul", "ol", "li", "pre", "form", "map", "area", "address",
    "math", "style", "p", "h1", "h2", "h3", "h4", "h5", "h6", "fieldset", "legend",
    "section", "article", "aside", "hgroup", "header", "footer", "nav", "figure",
    "details", "menu", "summary",
]  # fmt: skip
INLINES = [
    "a", "em", "strong", "small", "s", "cite", "q", "dfn", "abbr", "data", "time",
    "code", "var", "samp", "kbd", "sub", "sup", "i", "b", "u", "mark", "span", "del",
    "ins", "noscript", "select",
]  # fmt: skip


def test_first_post_paragraphs_breaks_and_lists():
    """test_first_post (ticket 11008), shortened to its first paragraphs and list."""
    text = (
        "\nWelcome to WordPress!  This post contains important information.\n\n"
        "First things first:\n<ul>\n"
        '<li><a href="%1$s" title="Subscribe">Subscribe to the list</a></li>\n'
        "</ul>\nAs a subscriber, you will receive an email.\n"
        'When a new version is released, <a href="%2$s">log in</a> and follow.\n'
        "Upgrading is a couple of clicks!\n\n"
        "Then you can start enjoying the WordPress experience:\n"
    )
    assert wpautop(text) == (
        "<p>Welcome to WordPress!  This post contains important information.</p>\n"
        "<p>First things first:</p>\n<ul>\n"
        '<li><a href="%1$s" title="Subscribe">Subscribe to the list</a></li>\n'
        "</ul>\n<p>As a subscriber, you will receive an email.<br />\n"
        'When a new version is released, <a href="%2$s">log in</a> and follow.<br />\n'
        "Upgrading is a couple of clicks!</p>\n"
        "<p>Then you can start enjoying the WordPress experience:</p>\n"
    )


def test_skip_pre_elements():
    """test_skip_pre_elements (ticket 19855), with a short program for sizzle.js."""
    code = "function f(a) {\n\n  return a &lt; 2;\n}\n"
    assert wpautop(f"<pre>{code}</pre>").strip() == f"<pre>{code}</pre>"
    text = f"Look at this code\n\n<pre>{code}</pre>\n\nIsn't that cool?"
    assert wpautop(text).strip() == (
        f"<p>Look at this code</p>\n<pre>{code}</pre>\n<p>Isn't that cool?</p>"
    )
    text = (
        "Look at this code\n\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2"
        "\nActual Line 3</pre>\n\nCool, huh?"
    )
    assert wpautop(text).strip() == (
        "<p>Look at this code</p>\n<pre>Line1<br />Line2<br>Line3<br/>Line4\n"
        "Actual Line 2\nActual Line 3</pre>\n<p>Cool, huh?</p>"
    )


def test_skip_input_elements():
    """test_skip_input_elements (ticket 16456)."""
    text = (
        'Username: <input type="text" id="username" name="username" /><br />'
        'Password: <input type="password" id="password1" name="password1" />'
    )
    assert wpautop(text).strip() == f"<p>{text}</p>"


def test_source_track_elements():
    """test_source_track_elements (ticket 26864), the first of its three inputs."""
    text = (
        "Paragraph one.\n\n"
        '<video class="wp-video-shortcode" width="640" controls="controls">\n'
        '\t\t\t\t<source type="video/mp4" src="http://domain.tld/xyz.mp4" />\n'
        "\t\t\t\t<!-- WebM/VP8 for Firefox4, Opera, and Chrome -->\n"
        '\t\t\t\t<source type="video/webm" src="myvideo.webm" />\n'
        '\t\t\t\t<track kind="subtitles" src="subtitles.srt" srclang="en" />\n'
        '\t\t\t\t<a href="http://domain.tld/xyz.mp4">http://domain.tld/xyz.mp4</a>\n'
        "\t\t\t</video>\n\nParagraph two."
    )
    assert wpautop(text).strip() == (
        "<p>Paragraph one.</p>\n"
        '<p><video class="wp-video-shortcode" width="640" controls="controls">'
        '<source type="video/mp4" src="http://domain.tld/xyz.mp4" />'
        "<!-- WebM/VP8 for Firefox4, Opera, and Chrome -->"
        '<source type="video/webm" src="myvideo.webm" />'
        '<track kind="subtitles" src="subtitles.srt" srclang="en" />'
        '<a href="http://domain.tld/xyz.mp4">'
        "http://domain.tld/xyz.mp4</a></video></p>\n"
        "<p>Paragraph two.</p>"
    )


def test_param_embed_elements():
    """test_param_embed_elements (ticket 26864), its first input."""
    text = (
        "\nParagraph one.\n\n"
        '<object width="400" height="224">\n'
        '\t<param name="src" value="http://domain.tld/xyz.swf" />\n'
        '\t<param name="allowfullscreen" value="true" />\n\n'
        '\t<embed width="400" src="http://domain.tld/xyz.swf" />\n'
        "</object>\n\nParagraph two."
    )
    assert wpautop(text).strip() == (
        "<p>Paragraph one.</p>\n"
        '<p><object width="400" height="224">'
        '<param name="src" value="http://domain.tld/xyz.swf" />'
        '<param name="allowfullscreen" value="true" />'
        '<embed width="400" src="http://domain.tld/xyz.swf" />'
        "</object></p>\n"
        "<p>Paragraph two.</p>"
    )


def test_skip_select_option_elements():
    """test_skip_select_option_elements (ticket 22230)."""
    text = (
        'Country: <select id="state" name="state"><option value="1">Alabama</option>'
        '<option value="2">Alaska</option></select>'
    )
    assert wpautop(text).strip() == f"<p>{text}</p>"


def test_block_level_elements_are_blocks():
    """test_that_wpautop_treats_block_level_elements_as_blocks (ticket 27268)."""
    content = [f"<{block}>foo</{block}>" for block in BLOCKS]
    assert wpautop("\n\n".join(content)).strip() == "\n".join(content)
    assert wpautop("".join(content)).strip() == "\n".join(content)
    content = [f"<{block}/>" for block in BLOCKS]
    assert wpautop("".join(content)).strip() == "\n".join(content)
    content = [f"<{block} attr='value'>foo</{block}>" for block in BLOCKS]
    assert wpautop("".join(content)).strip() == "\n".join(content)


def test_blockquote_content_is_wrapped_but_not_the_blockquote():
    """test_that_wpautop_does_not_wrap_blockquotes_but_does_autop_their_contents."""
    assert wpautop("<blockquote>foo</blockquote>").strip() == (
        "<blockquote><p>foo</p></blockquote>"
    )


def test_inline_elements_are_inline():
    """test_that_wpautop_treats_inline_elements_as_inline (ticket 27268)."""
    content = "\n\n".join(f"<{tag}>foo</{tag}>" for tag in INLINES)
    expected = "\n".join(f"<p><{tag}>foo</{tag}></p>" for tag in INLINES)
    assert wpautop(content).strip() == expected


def test_newlines_inside_elements_and_comments_are_kept():
    """test_element_sanity (ticket 33106), its data_element_sanity cases."""
    cases = [
        ("Hello <a\nhref='world'>", "<p>Hello <a\nhref='world'></p>\n"),
        ("Hello <!-- a\nhref='world' -->", "<p>Hello <!-- a\nhref='world' --></p>\n"),
        (
            "Hello <!-- <object>\n<param>\n<param>\n<embed>\n</embed>\n</object>\n -->",
            "<p>Hello <!-- <object>\n<param>\n<param>\n<embed>\n</embed>\n</object>\n"
            " --></p>\n",
        ),
        (
            "Hello <![CDATA[ a\nhttps://youtu.be/jgz0uSaOZbE\n ]]>",
            "<p>Hello <![CDATA[ a\nhttps://youtu.be/jgz0uSaOZbE\n ]]></p>\n",
        ),
        (
            "Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 ]]> -->",
            "<p>Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 ]]> -->"
            "</p>\n",
        ),
    ]
    for text, expected in cases:
        assert wpautop(text) == expected


def test_no_extra_break_after_br():
    """test_that_wpautop_skips_line_breaks_after_br (ticket 33377)."""
    text = "\nline 1<br>\nline 2<br/>\nline 3<br />\nline 4\nline 5\n"
    assert wpautop(text).strip() == (
        "<p>line 1<br />\nline 2<br />\nline 3<br />\nline 4<br />\nline 5</p>"
    )


def test_two_br_make_a_paragraph():
    """test_that_wpautop_adds_a_paragraph_after_multiple_br (ticket 33377)."""
    text = "\nline 1<br>\n<br/>\nline 2<br/>\n<br />\n"
    assert wpautop(text).strip() == "<p>line 1</p>\n<p>line 2</p>"


def test_text_before_a_block_is_a_paragraph():
    """test_that_text_before_blocks_is_wrapped_in_a_paragraph (ticket 4857)."""
    assert wpautop("a<div>b</div>").strip() == "<p>a</p>\n<div>b</div>"


def test_no_extra_closing_p_in_figure():
    """test_that_wpautop_does_not_add_extra_closing_p_in_figure (ticket 39307)."""
    one_line = (
        '<figure><img src="example.jpg" /><figcaption>Caption</figcaption></figure>'
    )
    assert wpautop(one_line).strip() == one_line
    lines = (
        '<figure>\n<img src="example.jpg" />\n<figcaption>Caption</figcaption>\n'
        "</figure>"
    )
    assert wpautop(lines).strip() == (
        '<figure>\n<img src="example.jpg" /><figcaption>Caption</figcaption></figure>'
    )


def test_hr_is_not_wrapped_in_a_paragraph():
    """test_the_hr_is_not_wrapped_in_a_paragraph (ticket 14674)."""
    assert wpautop("paragraph1<hr>paragraph2").strip() == (
        "<p>paragraph1</p>\n<hr>\n<p>paragraph2</p>"
    )


def test_inline_svg_and_script_keep_their_newlines():
    """test_that_wpautop_ignores_inline_svgs and _ignores_inline_scripts (9437)."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg">\n\t\t\t\t<circle cx="50" r="30">'
        "\n\t\t\t\t</circle>\n\t\t\t</svg>"
    )
    assert wpautop(svg).strip() == f"<p>{svg}</p>"
    script = '<script type="text/javascript">\n\t\t\t\tvar dummy = 1;\n\t\t\t</script>'
    assert wpautop(script).strip() == f"<p>{script}</p>"


def test_empty_text_gives_nothing():
    assert wpautop("  \n\n ") == ""


def test_no_break_space_is_text_not_spacing():
    # PHP's \s without the u flag is ASCII only; Python's would eat U+00A0.
    assert wpautop("a\u00a0\nb") == "<p>a\u00a0<br />\nb</p>\n"
