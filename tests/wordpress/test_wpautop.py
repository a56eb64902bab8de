"""wpautop() behaves as WordPress's own.

Each case is one of WordPress's phpunit tests, tests/phpunit/tests/formatting/
wpAutop.php in WordPress/wordpress-develop (named in each test), with its input and
expected output unchanged unless a comment says why.
"""

from wordpress.body import wpautop

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
