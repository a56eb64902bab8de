"""The XSS corpus in the admin: what readers type that staff see (searches that found
nothing, the follow form, sign-in attempts, feedback comments), and what one member
of staff writes that another sees (lists, the review queue, the reviewer's screen,
change forms).
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.admin.models import ADDITION, LogEntry
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import (
    Announcement,
    Article,
    Category,
    FaqEntry,
    Page,
    Person,
    PromotedResult,
    Redirect,
    SearchSynonym,
    Tag,
    UnansweredSearch,
    WorkflowEvent,
)
from articles.search.query import read_query
from articles.services import unanswered_search_record
from articles.workflow import revision_record, revision_submit
from feedback.admin import COMMENTS_PER_PAGE
from feedback.models import Feedback
from subscriptions.forms import FollowForm
from subscriptions.models import ConsentRecord, Subscriber
from subscriptions.services import subscriber_request
from tests.factories import ArticleFactory, PersonFactory
from tests.security.conftest import sign_in
from tests.security.corpus import (
    ATTRIBUTE_KINDS,
    KINDS,
    VECTORS,
    Findings,
    form_field_value,
)
from tests.subscriptions.stamps import stamp_issued

pytestmark = pytest.mark.django_db
# A page of one object in the admin is heavy (a change form, the reviewer's screen):
# these run the vectors aimed at what such a page holds (attribute values,
# <textarea>, the editor's markup). The reviewer's screen shows the same cleaned rich
# text as the guide's page, where every vector runs; every vector also reaches the
# same fields in the admin's lists.
OBJECT_PAGE_KINDS = {"context", "editor"}


@pytest.fixture
def findings(count):
    return Findings(count)


def changelists(findings, client, *models) -> None:
    """Every page of each model's admin list."""
    for model in models:
        url = reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"
        )
        pages = -(-max(model.objects.count(), 1) // 100)
        for page in range(pages):
            findings.page(client, f"{url}?p={page + 1}", None)


def test_what_readers_type_is_inert_where_staff_read_it(accounts, findings):
    guide = ArticleFactory()
    answer_url = reverse("feedback:guide_feedback", args=[guide.pk])
    for index, vector in enumerate(VECTORS):
        # What the search and follow views store, as they store it (the views'
        # own handling of the same input: test_xss_reader_pages, test_fuzz).
        if searched := read_query(vector).text:
            unanswered_search_record(query=searched)
        if source := form_field_value(FollowForm.base_fields["source"], vector):
            subscriber_request(
                email=f"reader{index}@example.org",
                topics=[],
                frequency="immediate",
                source=source,
                ip=f"10.1.{index // 200}.{index % 200 + 1}",
            )
        reader = Client(REMOTE_ADDR=f"10.2.{index // 200}.{index % 200 + 1}")
        response = reader.post(
            reverse("admin:login"),
            # See test_a_long_username_at_sign_in_is_refused_not_a_server_error.
            {"username": vector[:255], "password": "wrong", "next": "/admin/"},
            HTTP_USER_AGENT=vector,
        )
        findings.html(response.content.decode(), "admin sign-in, refused", index)
        if KINDS[index] in ATTRIBUTE_KINDS:
            # A refused address comes back in the form's value attribute.
            follow = {"email": vector, "stamp": stamp_issued(), "frequency": "weekly"}
            response = reader.post(reverse("subscriptions:follow"), follow)
            findings.html(response.content.decode(), "follow form, refused", index)
            # An answer without yes or no comes back with its comment in the form.
            response = reader.post(answer_url, {"comment": vector})
            findings.html(response.content.decode(), "feedback form, refused", index)
        reader.post(answer_url, {"helpful": "no", "comment": vector})

    editor = sign_in(Client(), accounts["editor"])
    changelists(findings, editor, UnansweredSearch, Feedback)
    report = reverse("admin:feedback_feedback_page_report", args=[guide.pk])
    for page in range(-(-Feedback.objects.count() // COMMENTS_PER_PAGE)):
        findings.page(editor, f"{report}?page={page + 1}", None)
    superuser = sign_in(Client(), accounts["superuser"])
    changelists(
        findings,
        superuser,
        UnansweredSearch,
        ConsentRecord,
        Subscriber,
        AccessAttempt,
        AccessFailureLog,
    )
    for record in ConsentRecord.objects.all()[:20]:
        url = reverse("admin:subscriptions_consentrecord_change", args=[record.pk])
        findings.page(superuser, url, None)
    findings.assert_none()


def test_what_staff_write_is_inert_where_other_staff_read_it(accounts, findings):
    editor, reviewer = accounts["editor"], accounts["reviewer"]
    author = PersonFactory()
    live = ArticleFactory()
    value = findings.value
    forms = []
    for index in range(len(VECTORS)):
        topic = Category.objects.create(
            name=value(
                Category, "name", index, suffix=f" {index}", default=f"T{index}"
            ),
            slug=f"v{index}-topic",
            description=value(Category, "description", index),
        )
        Tag.objects.create(
            name=value(Tag, "name", index, suffix=f" {index}", default=f"Tag{index}"),
            slug=f"v{index}-tag",
        )
        person = Person.objects.create(
            name=value(Person, "name", index, default="Name"),
            slug=f"v{index}-person",
            credentials=value(Person, "credentials", index, default="MD"),
            bio=value(Person, "bio", index),
        )
        Announcement.objects.create(
            text=value(Announcement, "text", index, default="-"),
            link_url=value(Announcement, "link_url", index),
            link_text=value(Announcement, "link_text", index),
            ends_at=timezone.now() + timedelta(days=1),
        )
        page = Page.objects.create(
            title=value(Page, "title", index, default="Page"),
            slug=f"v{index}-page",
            summary=value(Page, "summary", index),
            body=value(Page, "body", index),
        )
        SearchSynonym.objects.create(
            term=value(
                SearchSynonym, "term", index, suffix=f" {index}", default=f"s{index}"
            ),
            equivalents=value(SearchSynonym, "equivalents", index, default="x"),
        )
        PromotedResult.objects.create(
            term=value(
                PromotedResult, "term", index, suffix=f" {index}", default=f"p{index}"
            ),
            article=live,
        )
        if old_path := value(Redirect, "old_path", index, suffix=f"/{index}"):
            Redirect.objects.create(
                old_path=old_path,
                new_path=value(Redirect, "new_path", index, default="/"),
            )
        guide = Article.objects.create(
            title=value(Article, "title", index, default="Title"),
            slug=f"v{index}-guide",
            summary=value(Article, "summary", index, default="Summary"),
            body=value(Article, "body", index),
            category=topic,
            author=author,
        )
        entry = FaqEntry.objects.create(
            question=value(FaqEntry, "question", index, default="Question?"),
            slug=f"v{index}-question",
            answer=value(FaqEntry, "answer", index),
            category=topic,
        )
        for subject in (guide, entry):
            revision = revision_record(subject=subject, user=editor)
            revision_submit(
                revision=revision,
                user=editor,
                what_changed=value(WorkflowEvent, "what_changed", index),
                note=value(WorkflowEvent, "note", index),
            )
        # The admin's "Recent actions" name the object (a guide: its title).
        LogEntry.objects.log_actions(editor.pk, [guide], ADDITION)
        if KINDS[index] in OBJECT_PAGE_KINDS:
            # One form of each kind of widget: text inputs, textareas, CKEditor.
            forms += [person, page, guide, entry]

    as_reviewer = sign_in(Client(), reviewer)
    # The reviewer's screen shows the text as readers would see it (rich text as
    # HTML) and what changed; the same page serves FAQ answers.
    guides = Article.objects.filter(slug__regex=r"^v[0-9]+-guide$").order_by("pk")
    for index, guide in enumerate(guides):
        if KINDS[index] in OBJECT_PAGE_KINDS:
            url = reverse("admin:articles_article_review", args=[guide.pk])
            findings.page(as_reviewer, f"{url}?revision=1", index)
    for model in (Article, FaqEntry):
        name = model._meta.model_name
        findings.page(as_reviewer, reverse(f"admin:articles_{name}_reviews"), None)
    as_editor = sign_in(Client(), editor)
    findings.page(as_editor, reverse("admin:index"), None)
    changelists(
        findings, as_editor, Article, FaqEntry, Category, Tag, Person, Announcement,
        Page, SearchSynonym, PromotedResult, Redirect, WorkflowEvent,
    )  # fmt: skip
    for subject in forms:
        opts = subject._meta
        url = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_change", args=[subject.pk]
        )
        findings.page(as_editor, url, None)
    for guide in guides[:10]:
        url = reverse("admin:articles_article_history", args=[guide.pk])
        findings.page(as_editor, url, None)
    findings.assert_none()
