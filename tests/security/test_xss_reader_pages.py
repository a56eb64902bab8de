"""The XSS corpus through every field readers see, on every page and in every mail
that shows it, checked in the tree a browser builds (tests/security/dom.py).

Guides go through the real workflow: an editor records and submits the text, a
medical reviewer approves it, it is published. Fields a page lists many of (topic
names in every page's header, FAQ answers, cards) are checked in one page holding
all vectors; a field shown on one object's page is checked on that page for each
vector.
"""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone
from django_ckeditor_5.fields import CKEditor5Field

from articles.models import (
    Announcement,
    Article,
    Category,
    FaqEntry,
    Page,
    Person,
    Reference,
    SearchSynonym,
    Tag,
    WorkflowEvent,
)
from articles.sanitize import clean_html
from articles.services import signed_text_publish, signed_text_withdraw
from subscriptions.emails import confirmation_message, delivery_message
from subscriptions.models import Delivery
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    MediaFileFactory,
    PageFactory,
    SubscriberFactory,
    approved,
    reviewer_account,
)
from tests.security.corpus import ATTRIBUTE_KINDS, KINDS, VECTORS, Findings, feed_html
from tests.security.dom import script_findings

pytestmark = pytest.mark.django_db
RICH = (".guide-body",)
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@pytest.fixture
def findings(count):
    return Findings(count)


def a_guide(findings, index: int, editor) -> tuple[Article, WorkflowEvent]:
    """A live guide whose every field staff write holds vector `index`: recorded,
    submitted, approved with a "What changed" line, published."""
    value = findings.value
    topic = Category.objects.create(
        name=value(Category, "name", index, suffix=f" {index}", default=f"T{index}"),
        slug=f"topic-{index}",
        description=value(Category, "description", index),
        order=index,
    )
    tag = Tag.objects.create(
        name=value(Tag, "name", index, suffix=f" {index}", default=f"Tag{index}"),
        slug=f"tag-{index}",
    )
    author, reviewer = (
        Person.objects.create(
            name=value(Person, "name", index, default="Name"),
            slug=f"{role}-{index}",
            credentials=value(Person, "credentials", index, default="MD"),
            bio=value(Person, "bio", index),
            is_medical_reviewer=role == "reviewer",
        )
        for role in ("author", "reviewer")
    )
    guide = Article.objects.create(
        title=value(Article, "title", index, default="Title"),
        slug=f"guide-{index}",
        summary=value(Article, "summary", index, default="Summary"),
        body=storable_body(value(Article, "body", index)),
        category=topic,
        author=author,
        featured_image=MediaFileFactory(),
        featured_image_alt=value(Article, "featured_image_alt", index, default="alt"),
        is_featured=True,
    )
    guide.tags.set([tag])
    Reference.objects.create(
        article=guide,
        citation=value(Reference, "citation", index, default="Citation"),
        url=value(Reference, "url", index),
        doi=value(Reference, "doi", index),
        pmid=value(Reference, "pmid", index),
    )
    what_changed = value(WorkflowEvent, "what_changed", index)
    approval = approved(
        guide,
        editor=editor,
        reviewer=reviewer_account(reviewer),
        what_changed=what_changed,
        is_correction=index % 2 == 1,
    )
    return signed_text_publish(sign_off=approval, user=editor), approval


def storable_body(body: str) -> str:
    """The body, unless its cleaned text only looks like markup: the database would
    hold it empty (test_a_guide_body_that_reads_like_markup_is_kept_as_written)."""
    return "" if CKEditor5Field._is_empty_html(clean_html(body)) else body


def test_guide_fields_on_reader_pages_feeds_and_mails(
    client, accounts, findings, count
):
    count("XSS corpus vectors", len(VECTORS))
    editor = accounts["editor"]
    follower = SubscriberFactory()
    notice = Announcement.objects.create(
        text="-", ends_at=timezone.now() + timedelta(days=1)
    )
    disclaimer = PageFactory(slug=Page.DISCLAIMER_SLUG)
    # Where each guide goes once its topic's pages are checked, so that the header's
    # topics stay few (every page lists them all).
    checked = CategoryFactory(name="Checked", slug="checked")
    value = findings.value
    guides = []
    for index in range(len(VECTORS)):
        guide, approval = a_guide(findings, index, editor)
        guides.append(guide)
        # One notice bar and one disclaimer show at a time: each vector in turn.
        Announcement.objects.filter(pk=notice.pk).update(
            text=value(Announcement, "text", index, default="-"),
            link_url=value(Announcement, "link_url", index),
            link_text=value(Announcement, "link_text", index),
        )
        Page.objects.filter(pk=disclaimer.pk).update(
            summary=value(Page, "summary", index)
        )
        topic = guide.category
        findings.page(client, guide.get_absolute_url(), index, rich=RICH)
        if KINDS[index] in ATTRIBUTE_KINDS:
            findings.page(client, topic.get_absolute_url(), index)
            url = reverse("articles:category_feed_rss", args=[topic.slug])
            findings.feed(client, url, index)
            url = reverse("articles:tag_detail", args=[f"tag-{index}"])
            findings.page(client, url, index)
        for update in (None, approval):
            delivery = Delivery(subscriber=follower, article=guide, update=update)
            findings.mail(delivery_message(delivery), "guide mail", index)
        Article.objects.filter(pk=guide.pk).update(category=checked)
        topic.delete()

    # What lists many guides at once: home, search results, feeds, the digest.
    findings.page(client, reverse("articles:home"), None)
    for page in (1, 2, 3):
        findings.page(client, search_url(q="alert", page=page), None)
    # Off the feeds until test_feeds_take_a_title_with_a_control_character passes.
    unfeedable = [
        i for i, vector in enumerate(VECTORS) if CONTROL_CHARACTER.search(vector)
    ]
    for index in unfeedable:
        signed_text_withdraw(subject=guides[index], reason="-")
    for feed in ("articles:feed_rss", "articles:feed_atom"):
        findings.feed(client, reverse(feed), None)
    week = timezone.localdate() + timedelta(days=1)
    digest = Delivery(subscriber=follower, digest_week=week)
    findings.mail(delivery_message(digest), "digest mail", None)
    findings.mail(confirmation_message(follower, "token"), "confirmation mail", None)

    # "This guide was withdrawn" names the guide and says why.
    for index, guide in enumerate(guides):
        if KINDS[index] in ATTRIBUTE_KINDS and index not in unfeedable:
            reason = value(WorkflowEvent, "note", index, default="Replaced.")
            signed_text_withdraw(subject=guide, reason=reason)
            findings.page(client, guide.get_absolute_url(), index, status=410)
    findings.assert_none()


def test_faq_pages_and_search_tables(client, findings):
    topic = CategoryFactory()
    for index in range(len(VECTORS)):
        value = findings.value
        entry = FaqEntry.objects.create(
            question=value(FaqEntry, "question", index, default="Question?"),
            slug=f"question-{index}",
            answer=value(FaqEntry, "answer", index),
            category=topic,
            is_highlighted=index < 4,
        )
        approval = approved(entry)
        signed_text_publish(sign_off=approval)
        page = Page.objects.create(
            title=value(Page, "title", index, default="Page"),
            slug=f"page-{index}",
            summary=value(Page, "summary", index),
            body=value(Page, "body", index),
        )
        findings.page(client, page.get_absolute_url(), index, rich=RICH)
        SearchSynonym.objects.create(
            term=value(SearchSynonym, "term", index, suffix=f" {index}", default=index),
            equivalents=value(SearchSynonym, "equivalents", index, default="x"),
        )
    # The FAQ page and its JSON-LD list every answer; the home page the first four;
    # a search that finds answers shows their questions and snippets, and suggests
    # words from the synonyms.
    findings.page(client, reverse("articles:faq"), None)
    findings.page(client, reverse("articles:home"), None)
    for query in ("alert", "alrt scrpt"):
        findings.page(client, search_url(q=query), None)
    findings.assert_none()


def test_search_queries_readers_type(client, findings):
    """What a reader types comes back in the title, the search box and the results
    line (and is counted for editors: test_xss_staff_pages)."""
    CategoryFactory(slug="surgery")
    for index, vector in enumerate(VECTORS):
        url = search_url(q=vector, topic=vector, page=vector)
        findings.page(client, url, index)
    findings.assert_none()


def search_url(**query) -> str:
    return f"{reverse('articles:search')}?{urlencode(query)}"


def test_a_topic_feed_escapes_its_name_and_description_as_its_items_are(client):
    vector = '<img src=x onerror="alert(1)">'
    CategoryFactory(slug="topic", name=vector, description=vector)
    url = reverse("articles:category_feed_rss", args=["topic"])

    channel = feed_html(ET.fromstring(client.get(url).content), items=False)  # noqa: S314

    assert channel
    assert not [finding for text in channel for finding in script_findings(text)]


@pytest.mark.parametrize("feed", ["articles:feed_rss", "articles:feed_atom"])
def test_feeds_take_a_title_with_a_control_character(client, feed):
    ArticleFactory(title="Line one\x0bline two")

    assert client.get(reverse(feed)).status_code == 200


def test_a_guide_body_that_reads_like_markup_is_kept_as_written():
    guide = ArticleFactory(draft=True, body="<p>&lt;3</p>")

    assert Article.objects.get(pk=guide.pk).body == "<p>&lt;3</p>"
