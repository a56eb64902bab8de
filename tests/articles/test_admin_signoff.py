"""The sign-off workflow in the admin: every page, and every way round it refused."""

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from articles.models import Article, FaqEntry, Revision, WorkflowEvent
from articles.workflow import latest_revision, revision_record, revision_submit
from tests.articles.admin_forms import (
    article_form_data,
    faq_form_data,
    opened_version,
)
from tests.factories import (
    ArticleFactory,
    FaqEntryFactory,
    ReferenceFactory,
    ReviewerFactory,
    StaffUserFactory,
    approved,
    reviewer_account,
)
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def url(name, subject, **query):
    model = "article" if isinstance(subject, Article) else "faqentry"
    address = reverse(f"admin:articles_{model}_{name}", args=[subject.pk])
    return address + (
        "?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else ""
    )


def logged_in(user) -> Client:
    client = sign_in_staff(Client(), user)
    client.user = user
    return client


@pytest.fixture
def editor():
    return logged_in(StaffUserFactory())


@pytest.fixture
def reviewer():
    person = ReviewerFactory(name="Dr Ana Ruiz", credentials="MD, oncologist")
    return logged_in(reviewer_account(person))


def edit_form(article, **changes) -> dict:
    unchanged = {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "body": article.body,
    }
    return article_form_data(
        category=article.category, author=article.author, **{**unchanged, **changes}
    )


def one_source(citation: str, address: str) -> dict:
    """The sources formset of a text with no sources yet, adding one."""
    return {
        "references-TOTAL_FORMS": "1",
        "references-INITIAL_FORMS": "0",
        "references-0-citation": citation,
        "references-0-url": address,
        "references-0-order": "0",
    }


def faq_page_text() -> str:
    return Client().get(reverse("articles:faq")).content.decode()


def save(client, subject, data):
    """Post the change form as the browser does, with the version it showed."""
    address = url("change", subject)
    return client.post(address, {**data, **opened_version(client, address)})


def submitted(article, editor_client, **changes) -> Revision:
    """The editor saves changes in the admin and submits them."""
    save(editor_client, article, edit_form(article, **changes))
    revision = latest_revision(article)
    editor_client.post(url("submit", article), {"what_changed": "Clearer."})
    return revision


def decide(client, article, revision, **data):
    return client.post(
        url("review", article),
        {
            "revision": revision.number,
            "content_hash": revision.content_hash,
            "review_months": "12",
            **data,
        },
    )


def test_editing_a_live_guide_keeps_what_readers_see(editor):
    article = ArticleFactory(title="Old title", body="<p>Old advice.</p>")
    ReferenceFactory(article=article, citation="Old source.")
    article.refresh_from_db()

    response = save(
        editor,
        article,
        {
            **edit_form(article, title="New title", body="<p>New advice.</p>"),
            "references-TOTAL_FORMS": "1",
            "references-INITIAL_FORMS": "1",
            "references-0-id": article.references.get().pk,
            "references-0-article": article.pk,
            "references-0-citation": "New source.",
            "references-0-order": "0",
        },
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.body) == ("Old title", "<p>Old advice.</p>")
    assert [s.citation for s in article.public_sources()] == ["Old source."]
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "Old advice." in page and "New advice." not in page
    assert "Old source." in page and "New source." not in page
    working = latest_revision(article)
    assert working.content["title"] == "New title"
    assert working.content["sources"][0]["citation"] == "New source."
    form = editor.get(url("change", article)).content.decode()
    assert 'value="New title"' in form
    assert "not yet submitted for medical review" in form


def test_the_whole_flow_through_the_admin(editor, reviewer):
    article = ArticleFactory(draft=True, title="Pleurodesis")
    submitted_revision = submitted(article, editor, body="<p>Talc is used.</p>")

    review_page = reviewer.get(
        url("review", article, revision=submitted_revision.number)
    )
    assert review_page.status_code == 200
    assert "Talc is used." in review_page.content.decode()
    asked = decide(
        reviewer, article, submitted_revision, decision="changes", note="Cite it."
    )
    assert asked.status_code == 302

    fixed = submitted(article, editor, body="<p>Talc is used (see sources).</p>")
    decide(reviewer, article, fixed, decision="approve", note="Good.")
    publish = editor.post(url("publish", article), {"at": ""})

    assert publish.status_code == 302
    article.refresh_from_db()
    assert article.is_published()
    assert article.body == "<p>Talc is used (see sources).</p>"
    reader = Client().get(article.get_absolute_url()).content.decode()
    assert (
        "Medically reviewed by <strong>Dr Ana Ruiz</strong>, MD, oncologist" in reader
    )
    kinds = list(
        WorkflowEvent.objects.of(article)
        .order_by("at", "pk")
        .values_list("kind", flat=True)
    )
    assert kinds == [
        "submitted",
        "changes_requested",
        "submitted",
        "approved",
        "published",
    ]


def test_requesting_changes_needs_a_note_and_records_nothing_without_one(
    reviewer, editor
):
    article = ArticleFactory(draft=True)
    revision = submitted(article, editor)

    response = decide(reviewer, article, revision, decision="changes", note="")

    assert response.status_code == 200
    assert "Say what needs to change" in response.content.decode()
    assert not WorkflowEvent.objects.of(article).sign_offs().exists()


def test_a_decision_on_text_that_changed_since_it_was_opened_is_refused(
    reviewer, editor
):
    article = ArticleFactory(draft=True)
    revision = submitted(article, editor)

    response = decide(
        reviewer, article, revision, decision="approve", content_hash="f" * 64
    )

    assert "The text changed since you opened it" in response.content.decode()
    assert not WorkflowEvent.objects.of(article).sign_offs().exists()


def test_a_reviewer_cannot_approve_what_they_wrote(reviewer):
    article = ArticleFactory(draft=True)
    own = revision_record(subject=article, user=reviewer.user)
    revision_submit(revision=own, user=reviewer.user)
    authored = ArticleFactory(draft=True, author=reviewer.user.person)
    by_editor = revision_record(subject=authored, user=StaffUserFactory())
    revision_submit(revision=by_editor, user=by_editor.created_by)

    for subject, revision in [(article, own), (authored, by_editor)]:
        response = decide(reviewer, subject, revision, decision="approve")
        assert response.status_code == 403

    assert not WorkflowEvent.objects.sign_offs().exists()


@pytest.mark.parametrize("who", ["editor", "reviewer_without_person", "anonymous"])
def test_only_a_linked_medical_reviewer_can_decide(who, editor):
    article = ArticleFactory(draft=True)
    revision = submitted(article, editor)
    if who == "editor":
        ReviewerFactory(user=editor.user)  # even if named a reviewer: no permission
        client = editor
    elif who == "reviewer_without_person":
        client = logged_in(StaffUserFactory(group="Medical reviewers"))
    else:
        client = Client()

    response = decide(client, article, revision, decision="approve")

    assert response.status_code in (302, 403)  # anonymous: to the login page
    assert not WorkflowEvent.objects.sign_offs().exists()


def test_publishing_without_an_approved_revision_is_refused(editor):
    article = ArticleFactory(draft=True)
    submitted(article, editor)

    response = editor.post(url("publish", article), {"at": ""})

    assert "There is no approved revision to publish" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_a_scheduled_update_of_a_live_guide_leaves_it_online(editor, reviewer):
    article = ArticleFactory(body="<p>Old.</p>")
    revision = submitted(article, editor, body="<p>New.</p>")
    decide(reviewer, article, revision, decision="approve")
    later = (timezone.localtime() + timezone.timedelta(days=3)).strftime(
        "%Y-%m-%dT%H:%M"
    )

    editor.post(url("publish", article), {"at": later, "notify_followers": "no"})

    article.refresh_from_db()
    assert article.is_published() and article.body == "<p>Old.</p>"
    assert article.scheduled_update.revision == revision
    assert "goes live" in editor.get(url("change", article)).content.decode()


def test_a_withdrawn_guide_answers_410_with_the_reason(editor):
    article = ArticleFactory(title="Old trial guide")

    missing_reason = editor.post(url("withdraw", article), {"reason": ""})
    editor.post(url("withdraw", article), {"reason": "The trial has closed."})

    assert missing_reason.status_code == 200
    response = Client().get(article.get_absolute_url())
    assert response.status_code == 410
    assert "The trial has closed." in response.content.decode()
    assert "Old trial guide" in response.content.decode()


def test_history_lists_revisions_and_compares_any_two(editor):
    article = ArticleFactory(title="First title")
    save(editor, article, edit_form(article, title="Second title"))

    history = editor.get(url("history", article))
    compared = editor.get(url("compare", article, old=1, new=2))
    nonsense = editor.get(url("compare", article, old="x", new=99))

    assert history.status_code == 200
    assert "Workflow record" in history.content.decode()
    assert compared.status_code == 200
    page = compared.content.decode()
    assert "<del" in page and "First" in page and "Second" in page
    assert nonsense.status_code == 302


def test_restoring_an_old_revision_makes_a_new_draft_not_a_live_change(editor):
    article = ArticleFactory(title="First title")
    save(editor, article, edit_form(article, title="Second title"))

    response = editor.post(url("restore", article), {"revision": 1})

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "First title"  # what readers saw all along
    restored = latest_revision(article)
    assert restored.number == 3 and restored.restored_from.number == 1
    assert WorkflowEvent.objects.of(article).filter(kind="restored").exists()


def test_reviewers_cannot_restore_submit_publish_or_withdraw(reviewer):
    article = ArticleFactory(title="Live title")
    revision_record(
        subject=article,
        user=StaffUserFactory(),
        content={**article.medical_content(), "title": "Draft title"},
    )

    for name, data in [
        ("restore", {"revision": 2}),
        ("submit", {}),
        ("publish", {"at": ""}),
        ("withdraw", {"reason": "x"}),
    ]:
        assert reviewer.post(url(name, article), data).status_code == 403, name

    article.refresh_from_db()
    assert article.title == "Live title" and article.is_published()
    assert latest_revision(article).number == 2


def test_the_workflow_record_can_be_read_but_never_changed(editor):
    article = ArticleFactory()
    event = article.sign_off
    change = reverse("admin:articles_workflowevent_change", args=[event.pk])
    delete = reverse("admin:articles_workflowevent_delete", args=[event.pk])

    listing = editor.get(reverse("admin:articles_workflowevent_changelist"))
    edit = editor.post(change, {"note": "Rewritten", "reviewer_name": "Someone"})
    removal = editor.post(delete, {"post": "yes"})

    assert listing.status_code == 200
    assert edit.status_code == 403 and removal.status_code == 403
    event.refresh_from_db()
    assert event.note == "" and event.reviewer_name != "Someone"


def test_a_guide_with_a_workflow_record_cannot_be_deleted(editor):
    article = ArticleFactory()

    response = editor.post(url("delete", article), {"post": "yes"})

    assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_the_review_queue_lists_what_awaits_review(editor, reviewer):
    article = ArticleFactory(draft=True, title="Radiotherapy for pain")
    submitted(article, editor)
    queue = reverse("admin:articles_article_reviews")

    page = reviewer.get(queue).content.decode()

    assert "Radiotherapy for pain" in page
    assert url("review", article) in page


def test_an_faq_answer_goes_through_the_same_flow(editor, reviewer):
    entry = FaqEntryFactory(is_published=False, answer="<p>Draft answer.</p>")
    save(
        editor,
        entry,
        faq_form_data(
            entry,
            answer="<p>Checked answer.</p>",
            is_published="on",  # crafted: ignored
            **one_source("NCI. Mesothelioma treatment.", "https://www.cancer.gov/"),
        ),
    )
    entry.refresh_from_db()
    assert not entry.is_published
    assert "NCI. Mesothelioma treatment." not in faq_page_text()
    revision = latest_revision(entry)
    editor.post(url("submit", entry), {})
    decide(reviewer, entry, revision, decision="approve")
    editor.post(url("publish", entry), {})

    entry.refresh_from_db()
    assert entry.is_published and entry.answer == "<p>Checked answer.</p>"
    faq_page = faq_page_text()
    assert "Checked answer." in faq_page
    assert "NCI. Mesothelioma treatment." in faq_page
    assert '<a href="https://www.cancer.gov/">' in faq_page
    assert "Medically reviewed by Dr Ana Ruiz" in faq_page
    assert FaqEntry.objects.get(pk=entry.pk).last_reviewed_on == timezone.localdate()


def test_a_new_source_of_a_live_answer_waits_for_its_sign_off(editor, reviewer):
    entry = FaqEntryFactory(answer="<p>Signed answer.</p>")
    ReferenceFactory(faq_entry=entry, citation="Signed source.")
    entry.refresh_from_db()

    save(
        editor,
        entry,
        faq_form_data(
            entry,
            **{
                "references-TOTAL_FORMS": "1",
                "references-INITIAL_FORMS": "1",
                "references-0-id": entry.references.get().pk,
                "references-0-faq_entry": entry.pk,
                "references-0-citation": "Unchecked source.",
                "references-0-order": "0",
            },
        ),
    )
    assert "Signed source." in faq_page_text()
    assert "Unchecked source." not in faq_page_text()
    revision = latest_revision(entry)
    assert revision.content["sources"][0]["citation"] == "Unchecked source."
    editor.post(url("submit", entry), {})
    review_page = reviewer.get(url("review", entry, revision=revision.number))
    review_page = review_page.content.decode()
    decide(reviewer, entry, revision, decision="approve")
    editor.post(url("publish", entry), {})

    assert "Unchecked source." in review_page  # the reviewer sees what changed
    assert "Unchecked source." in faq_page_text()
    assert "Signed source." not in faq_page_text()


def test_readers_see_a_correction_note_and_what_changed(editor, reviewer):
    article = ArticleFactory(body="<p>Take 5 mg.</p>")
    revision = submitted(article, editor, body="<p>Take 50 mg.</p>")
    decide(
        reviewer,
        article,
        revision,
        decision="approve",
        is_correction="on",
        what_changed="The dose was wrong.",
    )
    editor.post(url("publish", article), {"at": "", "notify_followers": "no"})

    page = Client().get(article.get_absolute_url()).content.decode()

    assert "Take 50 mg." in page
    assert "Correction" in page and "The dose was wrong." in page


def test_a_save_that_changes_nothing_but_the_editor_s_spacing_records_nothing(editor):
    article = ArticleFactory(body="<p>One.</p><ul><li>Two.</li></ul>")
    revisions = Revision.objects.of(article).count()

    response = save(
        editor,
        article,
        edit_form(article, body="<p>One.</p>\n<ul>\n<li>Two.</li></ul>"),
    )

    assert response.status_code == 302
    assert Revision.objects.of(article).count() == revisions
    [entry] = LogEntry.objects.filter(object_id=str(article.pk))
    assert entry.get_change_message() == "No fields changed."


def test_signed_text_is_never_cleaned_again(editor, monkeypatch):
    """A later allowlist must not rewrite text a reviewer approved: a non-medical
    change to a signed-off guide saves it untouched."""
    article = ArticleFactory(body="<p>Approved words.</p>")
    monkeypatch.setattr(
        "articles.models.guides.clean_html", lambda value: value.upper()
    )

    response = save(editor, article, edit_form(article, is_featured="on"))

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_featured and article.body == "<p>Approved words.</p>"


def test_a_newer_submission_replaces_the_older_one_in_the_queue(editor, reviewer):
    article = ArticleFactory(draft=True, title="Talc pleurodesis")
    older = submitted(article, editor, body="<p>First draft.</p>")
    newer = submitted(article, editor, body="<p>Second draft.</p>")

    queue = reviewer.get(reverse("admin:articles_article_reviews")).content.decode()
    stale = decide(reviewer, article, older, decision="approve")
    current = decide(reviewer, article, newer, decision="approve")

    assert queue.count("?revision=") == 1
    assert f"?revision={newer.number}" in queue
    assert stale.status_code == 404
    assert current.status_code == 302
    assert list(WorkflowEvent.objects.of(article).sign_offs()) == [
        WorkflowEvent.objects.get(revision=newer, kind="approved")
    ]


def test_a_submission_can_only_name_a_medical_reviewer(editor):
    article = ArticleFactory(draft=True)
    save(editor, article, edit_form(article))
    writer = article.author

    response = editor.post(url("submit", article), {"reviewer": writer.pk})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not WorkflowEvent.objects.of(article).exists()


@pytest.mark.parametrize("who", ["editor", "reviewer"])
def test_there_is_no_revert_or_recover_that_writes_a_guide_directly(who, request):
    client = request.getfixturevalue(who)
    article = ArticleFactory()

    for address in [
        f"/admin/articles/article/{article.pk}/history/1/",
        "/admin/articles/article/recover/",
        "/admin/articles/article/recover/1/",
    ]:
        assert client.post(address, {"title": "Reverted"}).status_code in (302, 404)

    article.refresh_from_db()
    assert article.title != "Reverted"


def test_publishing_an_update_can_email_followers_with_its_what_changed_line(
    editor, reviewer
):
    article = ArticleFactory()
    draft = ArticleFactory(draft=True)
    revision = submitted(article, editor, summary="A clearer summary.")
    decide(reviewer, article, revision, decision="approve", what_changed="Clearer.")
    approved(draft)

    update_page = editor.get(url("publish", article)).content.decode()
    new_guide_page = editor.get(url("publish", draft)).content.decode()
    editor.post(url("publish", article), {"at": "", "notify_followers": "yes"})

    assert "Email followers about this update" in update_page
    assert "“Clearer.”" in update_page
    assert "Email followers about this update" not in new_guide_page
    update = WorkflowEvent.objects.get(revision=revision, kind="approved")
    assert list(
        ProcrastinateJob.objects.filter(
            task_name="subscriptions.tasks.fan_out_update"
        ).values_list("args", flat=True)
    ) == [{"update_id": update.pk}]


def test_emailing_followers_about_an_update_is_an_explicit_choice(editor, reviewer):
    article = ArticleFactory(title="Before")
    revision = submitted(article, editor, title="After")
    decide(reviewer, article, revision, decision="approve", what_changed="Retitled.")

    undecided = editor.post(url("publish", article), {"at": ""})
    article.refresh_from_db()
    title_while_undecided = article.title
    quiet = editor.post(url("publish", article), {"at": "", "notify_followers": "no"})
    article.refresh_from_db()

    assert undecided.status_code == 200
    assert "Choose whether to email followers." in undecided.content.decode()
    assert title_while_undecided == "Before"
    assert quiet.status_code == 302
    assert article.title == "After"
    assert not ProcrastinateJob.objects.filter(
        task_name="subscriptions.tasks.fan_out_update"
    ).exists()


def test_the_lists_lead_to_what_awaits_review(editor, reviewer):
    submitted(ArticleFactory(draft=True), editor)

    guides = reviewer.get(reverse("admin:articles_article_changelist"))
    answers = reviewer.get(reverse("admin:articles_faqentry_changelist"))

    assert "Awaiting medical review (1)" in guides.content.decode()
    assert "Awaiting medical review (0)" in answers.content.decode()
