"""Diffs between two versions of a guide or FAQ entry (articles.diffs)."""

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from hypothesis import given
from hypothesis import strategies as st

from articles.diffs import FAQ_FIELDS, GUIDE_FIELDS, Field, FieldChange, compare
from articles.sanitize import html_to_text

SOURCE = {
    "citation": "Baas P, et al. Nivolumab plus ipilimumab. Lancet. 2021.",
    "url": "https://www.thelancet.com/article/S0140-6736(20)32714-8",
    "doi": "10.1016/S0140-6736(20)32714-8",
    "pmid": "33485464",
}
OTHER_SOURCE = {
    "citation": "Vogelzang NJ, et al. Pemetrexed with cisplatin. J Clin Oncol. 2003.",
    "url": "",
    "doi": "10.1200/JCO.2003.11.136",
    "pmid": "12860938",
}


def guide(**fields):
    version = {
        "title": "Chemotherapy for mesothelioma",
        "summary": "How cisplatin and pemetrexed are given.",
        "body": "<h2>Doses</h2><p>Cisplatin is given every 3 weeks.</p>",
        "sources": [SOURCE],
    }
    return version | fields


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


FILLER = " ".join(["word"] * 48)


def long_body(dose="50"):
    """Over 5,000 words: 10 sections of a heading and 10 paragraphs of 50 words."""
    html = []
    for section in range(1, 11):
        html.append(f"<h2>Section {section}</h2>")
        for n in range(1, 11):
            extra = f" Take {dose} mg." if (section, n) == (5, 5) else ""
            html.append(f"<p>Paragraph {section}.{n} {FILLER}.{extra}</p>")
    return "".join(html)


class _Reader(HTMLParser):
    """Reads a diff back as lines: {+added+}, [-removed-], (a folded summary)."""

    MARKS = {"ins": ("{+", "+}"), "del": ("[-", "-]")}
    LINES = {"div", "p", "li", "dt", "summary", "h3"}

    def __init__(self):
        super().__init__()
        self.text, self.hidden, self.folded = [], 0, 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class", "")
        if self.hidden or (tag == "span" and "diff-sr" in classes):
            self.hidden += 1
        elif tag in self.MARKS:
            self.text.append(self.MARKS[tag][0])
        elif tag == "details":
            self.folded += 1
        elif tag == "summary":
            self.text.append("\n(")
        elif tag in self.LINES and not self.folded:
            self.text.append("\n")

    def handle_endtag(self, tag):
        if self.hidden:
            self.hidden -= 1
        elif tag in self.MARKS:
            self.text.append(self.MARKS[tag][1])
        elif tag == "summary":
            self.text.append(")\n")
        elif tag == "details":
            self.folded -= 1
        elif tag == "dt" and not self.folded:
            self.text.append(": ")

    def handle_data(self, data):
        if not self.hidden and (not self.folded or self.text[-1] == "\n("):
            self.text.append(data)


def read(html):
    """Return a diff as the lines a sighted reviewer sees, folded stretches closed."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    lines = "".join(reader.text).split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]


def field(changes, key):
    return next(change for change in changes if change.key == key)


# --- nothing changed ----------------------------------------------------------------


def test_unchanged_versions_have_no_changes():
    changes = compare(guide(), guide(sources=[dict(SOURCE)]))

    assert changes == [
        FieldChange("title", "Title", False, ""),
        FieldChange("summary", "Summary", False, ""),
        FieldChange("body", "Body", False, ""),
        FieldChange("sources", "Sources", False, ""),
    ]


def test_spacing_alone_is_no_change():
    old = guide(title="Chemotherapy for mesothelioma", sources=[SOURCE])
    new = guide(
        title="Chemotherapy  for\nmesothelioma ",
        sources=[SOURCE | {"citation": " " + SOURCE["citation"].replace(" ", "  ")}],
    )

    assert not any(change.changed for change in compare(old, new))


def test_formatting_alone_is_a_change_that_says_so():
    old = guide(body="<p>Do not stop taking it.</p>")
    new = guide(body="<p>Do <strong>not</strong> stop taking it.</p>")

    body = field(compare(old, new), "body")

    assert body.changed
    assert read(body.html) == [
        "Only formatting changed (such as bold, italics or spacing): "
        "the words and links are the same."
    ]


# --- words ---------------------------------------------------------------------------


def test_changed_words_of_a_title_are_marked():
    changes = compare(guide(), guide(title="Chemotherapy and surgery for mesothelioma"))

    assert read(field(changes, "title").html) == [
        "Chemotherapy {+and surgery+} for mesothelioma"
    ]
    assert [change.changed for change in changes] == [True, False, False, False]


def test_a_changed_number_is_marked_whole():
    old = guide(summary="Take 1.5 mg twice a day.")
    new = guide(summary="Take 2.5 mg once a day.")

    assert read(field(compare(old, new), "summary").html) == [
        "Take [-1.5-]{+2.5+} mg [-twice-]{+once+} a day."
    ]


def test_one_word_in_a_long_body_is_marked_and_the_rest_folded():
    old, new = guide(body=long_body("50")), guide(body=long_body("75"))
    assert len(html_to_text(old["body"]).split()) > 5000

    body = field(compare(old, new), "body")

    assert body.changed
    assert read(body.html) == [
        "(4 headings and 40 paragraphs unchanged)",
        "H2 Section 5",
        "(3 paragraphs unchanged)",
        f"Paragraph 5.4 {FILLER}.",
        f"Paragraph 5.5 {FILLER}. Take [-50-]{{+75+}} mg.",
        f"Paragraph 5.6 {FILLER}.",
        "(54 paragraphs and 5 headings unchanged)",
    ]


def test_a_folded_stretch_keeps_its_text_for_a_reviewer_who_opens_it():
    body = field(
        compare(guide(body=long_body("50")), guide(body=long_body("75"))), "body"
    )

    assert body.html.count('<details class="diff-fold">') == 3
    assert "Paragraph 9.9 " in body.html


# --- blocks --------------------------------------------------------------------------


def test_an_added_paragraph_is_marked_between_its_neighbours():
    old = guide(body=paragraphs("One.", "Two.", "Four."))
    new = guide(body=paragraphs("One.", "Two.", "Three.", "Four."))

    assert read(field(compare(old, new), "body").html) == [
        "One.",
        "Two.",
        "{+Three.+}",
        "Four.",
    ]


def test_a_removed_paragraph_is_marked():
    old = guide(body=paragraphs("One.", "Two.", "Three.", "Four.", "Five."))
    new = guide(body=paragraphs("One.", "Two.", "Four.", "Five."))

    assert read(field(compare(old, new), "body").html) == [
        "One.",
        "Two.",
        "[-Three.-]",
        "Four.",
        "Five.",
    ]


def test_a_moved_paragraph_says_where_it_went():
    old = guide(body=paragraphs("Ask your nurse.", "One.", "Two.", "Three."))
    new = guide(body=paragraphs("One.", "Two.", "Three.", "Ask your nurse."))

    assert read(field(compare(old, new), "body").html) == [
        "Moved further down: [-Ask your nurse.-]",
        "One.",
        "Two.",
        "Three.",
        "Moved here from further up: {+Ask your nurse.+}",
    ]


def test_an_edited_paragraph_next_to_a_new_one_pairs_with_its_old_version():
    old = guide(body=paragraphs("Cisplatin is given every 3 weeks.", "End."))
    new = guide(
        body=paragraphs(
            "Tell your nurse about numbness.",
            "Cisplatin is given every 4 weeks.",
            "End.",
        )
    )

    assert read(field(compare(old, new), "body").html) == [
        "{+Tell your nurse about numbness.+}",
        "Cisplatin is given every [-3-]{+4+} weeks.",
        "End.",
    ]


def test_a_rewritten_paragraph_is_removed_then_added():
    old = guide(body=paragraphs("Cisplatin is given every 3 weeks."))
    new = guide(body=paragraphs("Most people feel tired for a few days."))

    assert read(field(compare(old, new), "body").html) == [
        "[-Cisplatin is given every 3 weeks.-]",
        "{+Most people feel tired for a few days.+}",
    ]


def test_a_changed_heading_stays_a_heading():
    old = guide(body="<h2>Side effects</h2><p>Tiredness.</p><h3>Rash</h3>")
    new = guide(body="<h2>Serious side effects</h2><p>Tiredness.</p><h3>Rashes</h3>")

    body = field(compare(old, new), "body")

    assert read(body.html) == [
        "H2 [-Side-]{+Serious side+} effects",
        "Tiredness.",
        "H3 [-Rash-]",
        "H3 {+Rashes+}",
    ]
    assert 'class="diff-block diff-changed diff-h2"' in body.html
    assert 'class="diff-block diff-removed diff-h3"' in body.html
    assert 'class="diff-block diff-added diff-h3"' in body.html


def test_a_paragraph_made_a_heading_shows_both_kinds():
    old = guide(body="<p>Side effects</p>")
    new = guide(body="<h2>Side effects</h2>")

    assert read(field(compare(old, new), "body").html) == ["[-¶-]{+H2+} Side effects"]


def test_list_items_and_table_rows_are_blocks():
    old = guide(
        body="<ul><li>Cisplatin</li></ul><table><tr><td>Cisplatin</td><td>75 mg</td>"
        "</tr></table>"
    )
    new = guide(
        body="<ul><li>Carboplatin</li></ul><table><tr><td>Cisplatin</td><td>80 mg</td>"
        "</tr></table>"
    )

    assert read(field(compare(old, new), "body").html) == [
        "• [-Cisplatin-]",
        "• {+Carboplatin+}",
        "Row Cisplatin | [-75-]{+80+} mg",
    ]


# --- links ---------------------------------------------------------------------------


def test_a_link_pointed_elsewhere_is_a_change_with_both_targets():
    old = guide(body='<p>See <a href="https://trial.example/743">the trial</a>.</p>')
    new = guide(body='<p>See <a href="https://other.example/1">the trial</a>.</p>')

    body = field(compare(old, new), "body")

    assert body.changed
    assert read(body.html) == [
        "See the trial.",
        "Link “the trial”: [-https://trial.example/743-] {+https://other.example/1+}",
    ]


def test_a_link_added_to_words_shows_its_target():
    old = guide(body="<p>See the trial.</p>")
    new = guide(body='<p>See <a href="https://trial.example/743">the trial</a>.</p>')

    assert read(field(compare(old, new), "body").html) == [
        "See the trial.",
        "Link “the trial”: {+https://trial.example/743+}",
    ]


def test_an_added_paragraph_shows_its_link_targets():
    old = guide(body=paragraphs("One."))
    new = guide(body=paragraphs("One.", 'Read <a href="https://nci.example/">NCI</a>.'))

    assert read(field(compare(old, new), "body").html) == [
        "One.",
        "{+Read NCI.+}",
        "Link “NCI”: {+https://nci.example/+}",
    ]


# --- sources -------------------------------------------------------------------------


def test_an_added_source_is_marked_with_its_identifiers():
    changes = compare(guide(), guide(sources=[SOURCE, OTHER_SOURCE]))

    assert read(field(changes, "sources").html) == [
        SOURCE["citation"],
        "URL: " + SOURCE["url"],
        "DOI: " + SOURCE["doi"],
        "PubMed ID: " + SOURCE["pmid"],
        "{+" + OTHER_SOURCE["citation"] + "+}",
        "DOI: {+10.1200/JCO.2003.11.136+}",
        "PubMed ID: {+12860938+}",
    ]


def test_a_removed_source_is_marked():
    changes = compare(guide(sources=[OTHER_SOURCE, SOURCE]), guide(sources=[SOURCE]))

    assert read(field(changes, "sources").html) == [
        "[-" + OTHER_SOURCE["citation"] + "-]",
        "DOI: [-10.1200/JCO.2003.11.136-]",
        "PubMed ID: [-12860938-]",
        SOURCE["citation"],
        "URL: " + SOURCE["url"],
        "DOI: " + SOURCE["doi"],
        "PubMed ID: " + SOURCE["pmid"],
    ]


def test_an_edited_source_marks_its_citation_words_and_changed_identifiers():
    edited = SOURCE | {
        "citation": SOURCE["citation"].replace("2021", "2022"),
        "doi": "10.1016/S0140-6736(21)00001-1",
        "pmid": "",
        "url": "https://doi.org/10.1016/S0140-6736(21)00001-1",
    }

    changes = compare(guide(), guide(sources=[edited]))

    assert read(field(changes, "sources").html) == [
        SOURCE["citation"].replace("2021.", "[-2021-]{+2022+}."),
        f"URL: [-{SOURCE['url']}-] {{+{edited['url']}+}}",
        f"DOI: [-{SOURCE['doi']}-] {{+{edited['doi']}+}}",
        f"PubMed ID: [-{SOURCE['pmid']}-]",
    ]


def test_unchanged_sources_far_from_a_change_fold():
    sources = [OTHER_SOURCE | {"citation": f"Source {n}.", "doi": ""} for n in range(6)]
    edited = sources[:5] + [sources[5] | {"pmid": "1"}]

    lines = read(
        field(compare(guide(sources=sources), guide(sources=edited)), "sources").html
    )

    assert lines == [
        "(4 sources unchanged)",
        "Source 4.",
        "PubMed ID: 12860938",
        "Source 5.",
        "PubMed ID: [-12860938-] {+1+}",
    ]


# --- first version, FAQ, fields ------------------------------------------------------


def test_a_first_version_is_all_new():
    changes = compare(None, guide(summary=""))

    assert [(c.key, c.changed) for c in changes] == [
        ("title", True),
        ("summary", False),
        ("body", True),
        ("sources", True),
    ]
    assert read(field(changes, "title").html) == ["{+Chemotherapy for mesothelioma+}"]
    assert read(field(changes, "body").html) == [
        "H2 {+Doses+}",
        "{+Cisplatin is given every 3 weeks.+}",
    ]
    assert read(field(changes, "sources").html) == [
        "{+" + SOURCE["citation"] + "+}",
        "URL: {+" + SOURCE["url"] + "+}",
        "DOI: {+" + SOURCE["doi"] + "+}",
        "PubMed ID: {+" + SOURCE["pmid"] + "+}",
    ]


def test_faq_entries_compare_their_question_answer_and_sources():
    # A revision from before answers had sources has no "sources" key.
    old = {"question": "Is it catching?", "answer": "<p>No.</p>"}
    new = {
        "question": "Is mesothelioma catching?",
        "answer": "<p>No, never.</p>",
        "sources": [],
    }

    changes = compare(old, new, FAQ_FIELDS)

    assert [(c.key, c.label, c.changed) for c in changes] == [
        ("question", "Question", True),
        ("answer", "Answer", True),
        ("sources", "Sources", False),
    ]
    assert read(changes[0].html) == ["Is [-it-]{+mesothelioma+} catching?"]
    assert read(changes[1].html) == ["No{+, never+}."]


def test_fields_are_data_and_a_missing_key_counts_as_empty():
    fields = [Field("summary", "Plain summary", "text"), ("body", "Text", "html")]

    changes = compare(
        {"body": "<p>Same.</p>"}, {"summary": "New.", "body": "<p>Same.</p>"}, fields
    )

    assert [(c.label, c.changed) for c in changes] == [
        ("Plain summary", True),
        ("Text", False),
    ]


def test_an_unknown_field_kind_is_refused():
    with pytest.raises(ValueError, match="'video'"):
        compare(None, {"clip": "x"}, [("clip", "Clip", "video")])


def test_guide_fields_name_the_medical_fields():
    assert [(f.key, f.kind) for f in GUIDE_FIELDS] == [
        ("title", "text"),
        ("summary", "text"),
        ("body", "html"),
        ("sources", "sources"),
    ]


# --- escaping ------------------------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "&lt;script&gt;alert(3)&lt;/script&gt;",
    "&amp;lt;b&amp;gt;entity&amp;lt;/b&amp;gt;",
    "<svg onload=alert(4)>",
    "javascript:alert(5)",
    "<!-- --><style>*{}</style>",
]
OUR_TAGS = {"div", "p", "span", "ins", "del", "ul", "li", "dl", "dt", "dd"}
OUR_TAGS |= {"details", "summary"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.comments = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes |= {(name, value.split("-")[0]) for name, value in attrs}

    def handle_comment(self, data):
        self.comments.append(data)


def markup_of(html):
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def hostile_version(payload, word):
    """Payload everywhere: in changed, unchanged, context and folded text alike."""
    body = [
        f"<h2>{payload}</h2>",
        *[f"<p>{payload} {n}</p>" for n in range(4)],
        f"<p>{payload} {word} <a href='{payload}'>{payload}</a></p>",
        f"<table><tr><td>{payload}</td><td>{word}</td></tr></table>",
    ]
    return {
        "title": f"{payload} {word}",
        "summary": f"{word} {payload}",
        "body": "".join(body),
        "sources": [
            {"citation": payload, "url": payload, "doi": payload, "pmid": payload},
            {"citation": f"{payload} {word}", "url": payload + word, "doi": word},
        ],
    }


@pytest.mark.parametrize("payload", HOSTILE)
@pytest.mark.parametrize("first_version", [False, True])
def test_hostile_text_is_escaped_in_every_field(payload, first_version):
    old = None if first_version else hostile_version(payload, "one")
    new = hostile_version(payload, "two")

    changes = compare(old, new)
    html = "".join(change.html for change in changes)
    markup = markup_of(html)

    assert all(change.changed for change in changes)
    assert markup.tags <= OUR_TAGS
    assert markup.attributes <= {("class", "diff")}
    assert markup.comments == []


def test_hostile_text_reads_as_the_text_it_is():
    old = guide(title="Chemo")
    new = guide(
        title='"><img src=x onerror=alert(1)>',
        body="<p>&lt;script&gt;alert(2)&lt;/script&gt; &amp;amp; &#x3C;b&#x3E;</p>",
    )

    changes = compare(old, new)

    assert (
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in field(changes, "title").html
    )
    assert read(field(changes, "body").html)[-1] == (
        "{+<script>alert(2)</script> &amp; <b>+}"
    )
    assert "&lt;script&gt;alert(2)&lt;/script&gt; &amp;amp; &lt;b&gt;" in (
        field(changes, "body").html
    )


# --- template ------------------------------------------------------------------------


def test_template_shows_each_field_with_its_change_or_none():
    changes = compare(guide(), guide(title="Chemotherapy <b>now</b>"))

    html = render_to_string("admin/articles/diff.html", {"changes": changes})

    assert read(html) == [
        "Added words are {+underlined+}, removed words are [-struck through-]. "
        "Unchanged stretches are folded: open one to read it.",
        "Title",
        "Chemotherapy [-for mesothelioma-]{+<b>now</b>+}",
        "Summary",
        "No changes",
        "Body",
        "No changes",
        "Sources",
        "No changes",
    ]
    assert "&lt;b&gt;now&lt;/b&gt;" in html


def test_template_brings_its_stylesheet_and_nothing_inline():
    html = render_to_string(
        "admin/articles/diff.html", {"changes": compare(None, guide())}
    )

    assert '<link rel="stylesheet" href="/static/css/admin-diff.css">' in html
    assert finders.find("css/admin-diff.css")
    assert "style=" not in html
    assert "<style" not in html
    assert "<script" not in html


# --- every word accounted for --------------------------------------------------------


def one_side(html, drop):
    """The text of a diff with drop's marks (ins or del) left out, spaces removed."""
    html = re.sub(r'<span class="diff-sr">.*?</span>', "", html)
    html = re.sub(r'<span class="diff-(tag|note)">.*?</span>', "", html)
    html = re.sub(r"<summary>.*?</summary>|<ul class=\"diff-links\">.*?</ul>", "", html)
    html = re.sub(rf"<{drop}>.*?</{drop}>", "", html)
    return "".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


SHORT_TEXT = st.text(alphabet="ab 1.,<&'-\n", max_size=30)
BLOCK = st.builds(
    "<{0}>{1}</{0}>".format,
    st.sampled_from(["p", "h2", "li"]),
    st.text(alphabet="ab c.", min_size=1, max_size=12).filter(str.strip),
)


@given(SHORT_TEXT, SHORT_TEXT)
def test_a_text_diff_holds_every_character_of_both_versions(old, new):
    question = compare({"question": old}, {"question": new}, FAQ_FIELDS)[0]

    if question.changed:
        assert one_side(question.html, "ins") == "".join(old.split())
        assert one_side(question.html, "del") == "".join(new.split())


@given(st.lists(BLOCK, max_size=12), st.lists(BLOCK, max_size=12))
def test_a_body_diff_holds_every_block_of_both_versions(old, new):
    old, new = "".join(old), "".join(new)
    body = compare({"answer": old}, {"answer": new}, FAQ_FIELDS)[1]

    if body.changed and not body.html.startswith('<p class="diff-note">'):
        assert one_side(body.html, "ins") == "".join(html_to_text(old).split())
        assert one_side(body.html, "del") == "".join(html_to_text(new).split())


# --- images --------------------------------------------------------------------------

IMAGE = '<figure class="image"><img src="/media/library/2026/12/{}.jpg" alt="{}">'


def test_an_added_image_shows_its_text_alternative_and_file():
    old = guide(body=paragraphs("One."))
    new = guide(body=paragraphs("One.") + IMAGE.format("a", "The pleura") + "</figure>")

    assert read(field(compare(old, new), "body").html) == [
        "One.",
        "Image {+The pleura+}",
        "Image file “The pleura”: {+/media/library/2026/12/a.jpg+}",
    ]


def test_an_image_swapped_for_another_file_is_a_change():
    old = guide(body=IMAGE.format("a", "The pleura") + "</figure>")
    new = guide(body=IMAGE.format("b", "The pleura") + "</figure>")

    body = field(compare(old, new), "body")

    assert body.changed
    assert read(body.html)[-1] == (
        "Image file “The pleura”: [-/media/library/2026/12/a.jpg-] "
        "{+/media/library/2026/12/b.jpg+}"
    )
