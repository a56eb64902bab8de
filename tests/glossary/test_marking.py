"""{{ html|glossary_marked }}: the first use of each term in a text is a link to its
entry, described by its definition; nothing else in the text changes."""

import re

import pytest
from django.template import Context, Template
from django.utils.safestring import SafeString

from glossary.marking import Glossary, marked
from tests.factories import TermFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    return {
        "pleura": TermFactory(
            term="Pleura",
            slug="pleura",
            other_forms=["pleurae"],
            definition="The two thin layers around the lungs.",
        ),
        "effusion": TermFactory(
            term="Pleural effusion",
            slug="pleural-effusion",
            other_forms=["pleural effusions"],
            definition="Fluid between the layers of the pleura.",
        ),
        "pet": TermFactory(
            term="PET scan",
            slug="pet-scan",
            other_forms=["PET"],
            definition="A scan that shows very active cells.",
        ),
    }


def render(html: str, *, safe: bool = True) -> str:
    template = Template("{% load glossary %}{{ html|glossary_marked }}")
    return template.render(Context({"html": SafeString(html) if safe else html}))


def marked_words(html: str) -> list[str]:
    return re.findall(r'class="glossary-term"[^>]*>([^<]*)</a>', html)


def test_the_first_use_of_a_term_is_a_link_to_its_entry_described_by_it(terms):
    html = render("<p>The pleura has two layers. The pleura is thin.</p>")

    [link] = re.findall(r'<a class="glossary-term"[^>]*>pleura</a>', html)
    assert 'href="/glossary/#pleura"' in link
    [described_by] = re.findall(r'aria-describedby="([^"]+)"', link)
    assert (
        f'<span class="glossary-definition" id="{described_by}">'
        "The two thin layers around the lungs.</span>"
    ) in html
    assert marked_words(html) == ["pleura"]
    assert html.endswith(" The pleura is thin.</p>")


def test_any_form_in_any_case_is_the_first_use(terms):
    html = render("<p>Both PLEURAE were thick. The pleura was thin.</p>")

    assert marked_words(html) == ["PLEURAE"]


def test_the_longest_form_wins_where_two_start(terms):
    html = render("<p>Pleural effusions drain. The pleura heals.</p>")

    assert marked_words(html) == ["Pleural effusions", "pleura"]


def test_only_whole_words_are_marked(terms):
    html = render("<p>Pleuras, pleurae2 and mypleura are not words here.</p>")

    assert marked_words(html) == []


def test_words_across_a_line_break_or_a_no_break_space_still_match(terms):
    html = render("<p>A pleural\n effusion and a pleural&nbsp;effusion.</p>")

    assert marked_words(html) == ["pleural\n effusion"]


def test_an_abbreviation_in_capitals_matches_only_in_capitals(terms):
    html = render("<p>A pet at home. A PET scan. A PET.</p>")

    assert marked_words(html) == ["PET scan"]


@pytest.mark.parametrize(
    "html",
    [
        "<h2>The pleura</h2>",
        '<p><a href="/guides/x/">about the pleura</a></p>',
        '<p><a href="/guides/x/"><strong>the pleura</strong></a></p>',
        "<details><summary>What is the pleura?</summary></details>",
        '<p><span class="glossary-mark">the pleura</span></p>',
    ],
)
def test_headings_links_questions_and_marks_are_never_marked(terms, html):
    assert render(html) == html


def test_a_term_is_marked_after_a_heading_that_used_it(terms):
    html = render("<h2>The pleura</h2><p>Your pleura.</p>")

    assert html.startswith("<h2>The pleura</h2><p>Your ")
    assert marked_words(html) == ["pleura"]


def test_the_rest_of_the_html_is_kept_as_it_was(terms):
    html = (
        '<p>Hello &amp; <a href="https://example.org/?a=1&amp;b=2" title="x&gt;y">'
        "link</a><br>"
        '<strong>strong</strong></p><figure><table><tr><td colspan="2">cell</td>'
        "</tr></table></figure>"
    )

    assert render(html) == html


def test_a_term_is_not_marked_in_its_own_definition(terms):
    pleura = terms["pleura"]
    template = Template("{% load glossary %}{{ text|glossary_marked:slug }}")

    html = template.render(
        Context({"text": "The pleura and a pleural effusion.", "slug": pleura.slug})
    )

    assert marked_words(html) == ["pleural effusion"]


def test_a_text_not_marked_safe_is_escaped_first(terms):
    html = render("<script>alert(1)</script> the pleura", safe=False)

    assert html.startswith("&lt;script&gt;alert(1)&lt;/script&gt; the ")
    assert marked_words(html) == ["pleura"]


def test_hostile_term_text_is_escaped():
    TermFactory(
        term='<img src=x onerror="alert(1)">',
        slug="hostile",
        other_forms=["hostile"],
        definition='</span><script>alert(2)</script>"',
    )

    html = render("<p>A hostile word.</p>")

    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;/span&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; in the glossary" in html


def test_definition_ids_differ_between_texts_and_stay_the_same_for_one(terms):
    glossary = Glossary.read()

    first = marked("<p>The pleura.</p>", glossary=glossary)
    again = marked("<p>The pleura.</p>", glossary=glossary)
    other = marked("<p>Your pleura.</p>", glossary=glossary)

    ids = [re.search(r'id="([^"]+)"', html).group(1) for html in (first, again, other)]
    assert ids[0] == ids[1] != ids[2]


def test_with_no_terms_the_text_is_unchanged():
    assert render("<p>The pleura.</p>") == "<p>The pleura.</p>"


def test_a_letter_that_folds_to_a_terms_letter_is_the_same_word(terms):
    html = render("<p>A Pleural effu\u017fion (with a long s).</p>")

    assert marked_words(html) == ["Pleural effu\u017fion"]


def test_a_match_whose_case_folds_to_no_form_is_left_unmarked():
    TermFactory(term="Ii", slug="ii")

    # The pattern takes the dotted capital I for "i"; its case folding does not.
    html = render("<p>\u0130i and ii.</p>")

    assert marked_words(html) == ["ii"]


def test_a_form_with_a_sign_matches_only_with_it():
    TermFactory(term="PD-1", slug="pd-1")
    TermFactory(term="First-line treatment", other_forms=["first-line"])

    html = render("<p>PD 1, PD - 1, first line, then anti-PD-1 first-line care.</p>")

    assert marked_words(html) == ["PD-1", "first-line"]
