"""A sample of the XSS corpus (tests/security/) in Chromium: nothing runs.

Here, beside the other browser tests, for their one Chromium. The DOM checks
(tests/security/test_xss_reader_pages.py) judge the tree lexbor builds; this judges
the browser itself, on the vectors most likely to parse differently (mutation XSS,
namespace confusion, polyglots, our templates' contexts). Each page is opened twice:
with our CSP, where any attempt to run script is a securitypolicyviolation; and with
the CSP bypassed, where a script that runs calls alert(), confirm(), prompt() or
print() (every vector in the corpus does) and is recorded.
"""

import pytest
from django.urls import reverse

from articles.models import Article, Category, FaqEntry, Page
from articles.services import signed_text_publish
from tests.browser.conftest import RECORD_CSP_VIOLATIONS
from tests.factories import ArticleFactory, PageFactory, StaffUserFactory, approved
from tests.security.conftest import count  # noqa: F401 (the suite's counts)
from tests.security.corpus import CORPUS, VECTORS, form_value

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
KINDS = {index: vector["kind"] for index, vector in enumerate(CORPUS["vectors"])}
# Rich text, where the sanitizer's output is parsed again: all on the FAQ page.
SAMPLE = [
    i
    for i, kind in KINDS.items()
    if kind in {"mxss", "namespace", "polyglot", "editor", "context"}
]
# Our templates' contexts (attributes, <title>, JSON-LD): a guide page each.
CONTEXTS = [i for i, kind in KINDS.items() if kind == "context"]
# Replace the dialogs (and print) with a record, so a page that runs a vector says so
# and goes on; dialogs that still open are recorded by Playwright too.
RECORD_CALLS = """
window.__xssCalls = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__xssCalls.push(name + '(' + args + ')'); };
}
"""
# Opening an answer fires its toggle event in a later task: wait for a frame and the
# task after it, so that anything an answer set off has run.
OPEN_EVERY_ANSWER = """
document.querySelectorAll('details').forEach(details => details.open = true);
new Promise(done => requestAnimationFrame(() => setTimeout(done)));
"""


@pytest.fixture
def sample_site():
    """The sample in FAQ answers (one page holds them all), the contexts in guides
    (whose pages show a guide's fields in every context)."""
    topic = Category.objects.create(name="Sample", slug="sample")
    urls = [reverse("articles:faq")]
    editor = StaffUserFactory()
    for index in SAMPLE:
        entry = FaqEntry.objects.create(
            question=form_value(FaqEntry, "question", VECTORS[index]) or "Question?",
            slug=f"question-{index}",
            answer=form_value(FaqEntry, "answer", VECTORS[index]) or "",
            category=topic,
        )
        signed_text_publish(sign_off=approved(entry, editor=editor))
    for index in CONTEXTS:
        guide = ArticleFactory(
            title=form_value(Article, "title", VECTORS[index]) or "Title",
            summary=form_value(Article, "summary", VECTORS[index]) or "Summary",
            body=form_value(Article, "body", VECTORS[index]) or "",
            slug=f"guide-{index}",
            category=topic,
        )
        urls.append(guide.get_absolute_url())
    return urls


def visit(context, base_url: str, urls: list[str]) -> list[str]:
    """Open each page, open every answer, and return what ran or was blocked."""
    page = context.new_page()
    page.add_init_script(RECORD_CSP_VIOLATIONS + RECORD_CALLS)
    seen = []
    page.on(
        "dialog",
        lambda dialog: (seen.append(f"dialog {dialog.message}"), dialog.dismiss()),
    )
    for url in urls:
        page.goto(base_url + url)
        page.evaluate(
            "document.querySelectorAll('details').forEach(d => d.open = true)"
        )
        seen += [
            f"{url}: CSP blocked {d}" for d in page.evaluate("window.__cspViolations")
        ]
        seen += [f"{url}: ran {call}" for call in page.evaluate("window.__xssCalls")]
    return seen


def test_nothing_in_the_sample_runs_in_chromium(
    live_server,
    new_context,
    sample_site,
    count,  # noqa: F811 (the fixture imported above)
):
    # A control: a page whose body skipped the sanitizer (an update, not a save)
    # must be caught both ways, or the pass would prove nothing.
    control = PageFactory(slug="control")
    Page.objects.filter(pk=control.pk).update(body='<img src=x onerror="alert(1)">')
    urls = [control.get_absolute_url(), *sample_site]

    with_csp = visit(new_context(), live_server.url, urls)
    without_csp = visit(new_context(bypass_csp=True), live_server.url, urls)

    count("browser pages opened", 2 * len(urls))
    count("browser vectors", len(SAMPLE))
    assert [seen.split(":")[0] for seen in with_csp] == ["/control/"]
    assert without_csp == ["/control/: ran alert(1)"]
