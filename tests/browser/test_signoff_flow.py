"""The whole medical sign-off flow in a real browser: an editor, a reviewer and a
reader, each in a browser of their own."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Article, WorkflowEvent
from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS, ensure_staff_groups
from tests.factories import CategoryFactory, PersonFactory, ReviewerFactory
from tests.signing_in import sign_in_staff_in_browser

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PASSWORD = "correct horse battery staple"


@pytest.fixture
def accounts(django_user_model):
    ensure_staff_groups()  # transactional tests flush the migration-made groups
    editor = django_user_model.objects.create_user(
        "editor", password=PASSWORD, is_staff=True
    )
    editor.groups.add(Group.objects.get(name=EDITORS))
    reviewer = django_user_model.objects.create_user(
        "reviewer", password=PASSWORD, is_staff=True
    )
    reviewer.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    ReviewerFactory(
        name="Dr Ana Ruiz", credentials="MD, thoracic oncologist", user=reviewer
    )
    return editor, reviewer


def signed_in(new_context, live_server, username):
    page = new_context(viewport={"width": 1280, "height": 1000}).new_page()
    user = get_user_model().objects.get(username=username)
    return sign_in_staff_in_browser(page, live_server.url, user, PASSWORD)


def type_at_the_end_of_the_body(page, text):
    editable = page.wait_for_selector(".ck-editor__editable")
    editable.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def save(page):
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")


def submit_for_review(page, what_changed):
    page.click("text=Submit for medical review")
    page.select_option("#id_reviewer", label="Dr Ana Ruiz, MD, thoracic oncologist")
    page.fill("#id_what_changed", what_changed)
    page.click("input[type=submit][value='Submit for medical review']")
    page.wait_for_selector(".messagelist .success")


def open_the_review(page, live_server, title):
    page.goto(f"{live_server.url}/admin/articles/article/reviews/")
    page.click(f"tr:has-text('{title}') >> text=Review")
    page.wait_for_selector("text=Your decision")


def decide(page, decision, note, **extra):
    page.check(f"input[name=decision][value={decision}]")
    page.fill("#id_note", note)
    if extra.get("correction"):
        page.check("#id_is_correction")
    if "what_changed" in extra:
        page.fill("#id_what_changed", extra["what_changed"])
    page.click("input[type=submit][value='Record my decision']")
    page.wait_for_selector(".messagelist .success")


def publish_now(page, live_server, article, *, email_followers=None):
    """Publish the approved revision; an update asks whether to email followers."""
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.click("text=/Publish revision \\d+/")
    if email_followers is not None:
        answer = "yes" if email_followers else "no"
        page.check(f"input[name=notify_followers][value={answer}]")
    page.click("input[type=submit][value=Publish]")
    page.wait_for_selector(".messagelist .success")


def test_write_review_fix_approve_publish_update_and_correct(
    live_server, new_context, accounts
):
    CategoryFactory(name="Chemotherapy")
    PersonFactory(name="Rachel Writer")
    editor = signed_in(new_context, live_server, "editor")
    reviewer = signed_in(new_context, live_server, "reviewer")
    reader = new_context(viewport={"width": 390, "height": 900}).new_page()

    # The editor writes a guide and submits it.
    editor.goto(f"{live_server.url}/admin/articles/article/add/")
    editor.fill("#id_title", "Pemetrexed and cisplatin")
    editor.fill("#id_summary", "The usual first chemotherapy.")
    type_at_the_end_of_the_body(editor, "Given every three weeks.")
    editor.select_option("#id_category", label="Chemotherapy")
    editor.click(".field-author .select2-selection")
    editor.fill(".select2-container--open .select2-search__field", "Rachel")
    editor.click(".select2-results__option:has-text('Rachel Writer')")
    save(editor)
    article = Article.objects.get(slug="pemetrexed-and-cisplatin")
    submit_for_review(editor, "First version.")

    # The reviewer reads it, with its diff, and asks for a change.
    open_the_review(reviewer, live_server, "Pemetrexed and cisplatin")
    assert "Given every three weeks." in reviewer.inner_text(".guide-preview")
    assert reviewer.locator(".diff ins, ins").count() > 0
    decide(reviewer, "changes", "Say that vitamins are given too.")

    # The editor fixes it and submits again; the reviewer approves.
    editor.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    type_at_the_end_of_the_body(editor, " Folic acid and vitamin B12 are given too.")
    save(editor)
    submit_for_review(editor, "Vitamins added.")
    open_the_review(reviewer, live_server, "Pemetrexed and cisplatin")
    assert "Folic acid" in reviewer.inner_text("main, #content")
    decide(reviewer, "approve", "Accurate.")

    # The editor publishes; a reader sees the reviewer and the date.
    publish_now(editor, live_server, article)
    reader.goto(f"{live_server.url}/guides/pemetrexed-and-cisplatin/")
    byline = reader.inner_text(".byline")
    today = timezone.localdate()
    assert "Medically reviewed by Dr Ana Ruiz, MD, thoracic oncologist" in byline
    assert f"{today:%B} {today.day}, {today.year}" in byline
    assert "Folic acid and vitamin B12" in reader.inner_text(".guide-body")

    # The editor edits the live guide: readers still see the signed text.
    editor.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    type_at_the_end_of_the_body(editor, " Each dose takes about two hours.")
    save(editor)
    reader.reload()
    assert "two hours" not in reader.inner_text(".guide-body")

    # The reviewer approves the update as a correction; readers see it and the note.
    submit_for_review(editor, "Added how long a dose takes.")
    open_the_review(reviewer, live_server, "Pemetrexed and cisplatin")
    decide(
        reviewer,
        "approve",
        "Fine.",
        correction=True,
        what_changed="We had left out how long a dose takes.",
    )
    publish_now(editor, live_server, article, email_followers=False)
    reader.reload()
    assert "two hours" in reader.inner_text(".guide-body")
    changes = reader.inner_text(".guide-changes")
    assert "Correction" in changes
    assert "We had left out how long a dose takes." in changes
    assert list(
        WorkflowEvent.objects.of(article)
        .order_by("at", "pk")
        .values_list("kind", flat=True)
    ) == [
        "submitted",
        "changes_requested",
        "submitted",
        "approved",
        "published",
        "submitted",
        "approved",
        "published",
    ]
