"""Two editors on one guide or FAQ entry: no save is lost (articles/admin/editing)."""

import threading
from datetime import timedelta

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from articles.admin.editing import DAMAGED, HIDDEN_FIELD, NOT_SAVED, version_token
from articles.models import Article, EditorVisit, FaqEntry, Reference, Revision
from articles.staff_groups import EDITORS
from articles.workflow import latest_revision
from tests.articles.admin_forms import (
    article_form_data,
    faq_form_data,
    opened_version,
)
from tests.factories import ArticleFactory, FaqEntryFactory, approved
from tests.signing_in import sign_in_staff
from tests.waiting import wait_until

pytestmark = pytest.mark.django_db


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def guide_form(article, **overrides) -> dict:
    """The guide's change form as it opens, with overrides typed in."""
    as_opened = {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "body": article.body,
    }
    return article_form_data(
        category=article.category, author=article.author, **{**as_opened, **overrides}
    )


def editor(django_user_model, username: str, first_name: str, last_name: str):
    user = django_user_model.objects.create_user(
        username, first_name=first_name, last_name=last_name, is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    client = sign_in_staff(Client(), user)
    client.user = user
    return client


@pytest.fixture
def ana(django_user_model):
    return editor(django_user_model, "ana", "Dr Ana", "Ruiz")


@pytest.fixture
def sam(django_user_model):
    return editor(django_user_model, "sam", "Sam", "Lee")


def form_error(response) -> str:
    return " ".join(response.context["adminform"].form.non_field_errors())


def notices(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def guide():
    return ArticleFactory(draft=True, title="Surgery", body="<p>Old body.</p>")


@pytest.fixture
def ana_saved_first(ana, sam, guide):
    """Both open the guide; Ana changes its title and body and saves; Sam then saves
    a new summary from the form he opened before. Returns Sam's answer."""
    ana_opened = opened_version(ana, change_url(guide))
    sam_opened = opened_version(sam, change_url(guide))
    saved = ana.post(
        change_url(guide),
        guide_form(
            guide, title="Surgery (EPP)", body="<p>Ana's body.</p>", **ana_opened
        ),
    )
    assert saved.status_code == 302
    return sam.post(
        change_url(guide),
        guide_form(guide, summary="Summary by Sam.", **sam_opened),
    )


class TestSecondSaveOfAGuide:
    def test_is_refused_saying_who_changed_what_and_when(self, ana_saved_first):
        message = form_error(ana_saved_first)

        assert ana_saved_first.status_code == 200
        assert "Dr Ana Ruiz saved this guide at " in message
        assert "after you opened this page: Changed Title and Body." in message
        assert message.endswith(NOT_SAVED)
        assert "Dr Ana Ruiz saved this guide" in ana_saved_first.content.decode()

    def test_shows_the_form_again_with_what_he_typed(self, ana_saved_first):
        form = ana_saved_first.context["adminform"].form

        assert form["summary"].value() == "Summary by Sam."
        assert form["title"].value() == "Surgery"
        assert "Summary by Sam." in ana_saved_first.content.decode()

    def test_keeps_the_first_save(self, ana_saved_first, guide):
        guide.refresh_from_db()

        assert (guide.title, guide.body) == ("Surgery (EPP)", "<p>Ana's body.</p>")
        assert guide.summary == "A short summary."
        [revision] = Revision.objects.of(guide)  # Ana's; Sam's never saved
        assert revision.content["title"] == "Surgery (EPP)"

    def test_goes_through_after_a_reload(self, ana_saved_first, sam, guide):
        guide.refresh_from_db()

        response = sam.post(
            change_url(guide),
            guide_form(
                guide,
                summary="Summary by Sam.",
                **opened_version(sam, change_url(guide)),
            ),
        )

        assert response.status_code == 302
        guide.refresh_from_db()
        assert (guide.title, guide.summary) == ("Surgery (EPP)", "Summary by Sam.")


def test_a_refused_save_changes_no_inline_row(ana, sam, guide):
    sam_opened = opened_version(sam, change_url(guide))
    ana.post(
        change_url(guide),
        guide_form(guide, title="Ana's", **opened_version(ana, change_url(guide))),
    )

    response = sam.post(
        change_url(guide),
        guide_form(
            guide,
            **sam_opened,
            **{
                "references-TOTAL_FORMS": "1",
                "references-0-citation": "Sam's source. 2024.",
                "references-0-order": "0",
            },
        ),
    )

    assert "Dr Ana Ruiz saved this guide" in form_error(response)
    assert not Reference.objects.exists()
    assert response.context["inline_admin_formsets"][0].formset.forms[0][
        "citation"
    ].value() == ("Sam's source. 2024.")


def test_a_change_to_an_inline_alone_counts_as_a_save_of_the_guide(ana, sam, guide):
    """Django's change form writes the guide even when only a source changed."""
    sam_opened = opened_version(sam, change_url(guide))
    before = Article.objects.get(pk=guide.pk).updated_at
    ana.post(
        change_url(guide),
        guide_form(
            guide,
            **opened_version(ana, change_url(guide)),
            **{
                "references-TOTAL_FORMS": "1",
                "references-0-citation": "Ana's source. 2024.",
                "references-0-order": "0",
            },
        ),
    )

    response = sam.post(change_url(guide), guide_form(guide, **sam_opened))

    assert Article.objects.get(pk=guide.pk).updated_at > before
    assert "Added reference “Ana's source. 2024.”." in form_error(response)


def test_a_save_that_changed_nothing_still_refuses_the_older_form(ana, sam, guide):
    """List actions and the scheduler write guides without a LogEntry, so the log
    cannot prove that nothing changed in between: any later save refuses."""
    url = change_url(guide)
    sam_opened = opened_version(sam, url)
    ana.post(url, guide_form(guide, **opened_version(ana, url)))

    response = sam.post(url, guide_form(guide, title="Sam's", **sam_opened))

    assert "Dr Ana Ruiz saved this guide at " in form_error(response)
    assert "No fields changed." in form_error(response)


def test_save_and_continue_gives_a_fresh_form(ana, guide):
    url = change_url(guide)

    first = ana.post(
        url,
        guide_form(guide, title="First", _continue="1", **opened_version(ana, url)),
        follow=True,
    )
    second = ana.post(
        url,
        guide_form(
            guide,
            title="Second",
            **{HIDDEN_FIELD: first.context["adminform"].form[HIDDEN_FIELD].value()},
        ),
    )

    assert second.status_code == 302
    guide.refresh_from_db()
    assert guide.title == "Second"


def test_a_save_in_another_tab_is_named_as_yours(ana, guide):
    url = change_url(guide)
    first_tab = opened_version(ana, url)
    ana.post(url, guide_form(guide, title="From tab two", **opened_version(ana, url)))

    response = ana.post(url, guide_form(guide, title="From tab one", **first_tab))

    assert form_error(response).startswith(
        "You (in another tab or window) saved this guide at "
    )


def test_a_list_action_after_opening_refuses_the_form_without_a_name(ana, sam, guide):
    """Actions write no LogEntry: the message says when, not who."""
    approved(guide)
    ana_opened = opened_version(ana, change_url(guide))
    sam.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [guide.pk]},
    )

    response = ana.post(change_url(guide), guide_form(guide, **ana_opened))

    assert form_error(response).startswith("This guide was changed at ")
    guide.refresh_from_db()
    assert guide.status == Article.Status.PUBLISHED


def test_a_form_opened_before_a_restore_is_refused(ana, sam):
    guide = ArticleFactory(draft=True, title="First title")
    sam.post(
        change_url(guide),
        guide_form(
            guide, title="Sam's title", **opened_version(sam, change_url(guide))
        ),
    )
    ana_opened = opened_version(ana, change_url(guide))
    restore = reverse("admin:articles_article_restore", args=[guide.pk])
    sam.post(restore, {"revision": 1})

    refused = ana.post(change_url(guide), guide_form(guide, **ana_opened))

    assert form_error(refused).startswith("This guide was changed at ")
    assert latest_revision(guide).restored_from.number == 1


def test_adding_a_guide_needs_no_version(ana, guide):
    form = guide_form(guide, slug="another", title="Another")

    response = ana.post(reverse("admin:articles_article_add"), form)

    assert response.status_code == 302


def damaged_versions(obj) -> dict[str, dict]:
    later = obj.updated_at + timedelta(hours=1)
    other = FaqEntryFactory()
    return {
        "missing": {},
        "garbage": {HIDDEN_FIELD: "garbage"},
        "unsigned future": {HIDDEN_FIELD: later.isoformat()},
        "another object's": {
            HIDDEN_FIELD: version_token(other, obj.updated_at, opened=timezone.now())
        },
    }


DAMAGED_KINDS = [
    "missing",
    "garbage",
    "unsigned future",
    "another object's",
]


@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_a_guide_form_with_a_damaged_version_is_a_form_error(ana, guide, kind):
    before = Article.objects.get(pk=guide.pk).updated_at

    response = ana.post(
        change_url(guide),
        guide_form(guide, title="Changed", **damaged_versions(guide)[kind]),
    )

    assert response.status_code == 200
    assert form_error(response) == DAMAGED
    guide.refresh_from_db()
    assert (guide.title, guide.updated_at) == ("Surgery", before)


def test_any_other_version_is_refused_a_later_one_too(ana, guide):
    """Web machines' clocks differ: a version is the same one or another one."""
    later = guide.updated_at + timedelta(seconds=1)
    before = guide.updated_at

    response = ana.post(
        change_url(guide),
        guide_form(
            guide,
            title="Changed",
            **{HIDDEN_FIELD: version_token(guide, later, opened=timezone.now())},
        ),
    )

    assert response.status_code == 200
    assert form_error(response).startswith("This guide was changed at ")
    guide.refresh_from_db()
    assert (guide.title, guide.updated_at) == ("Surgery", before)


class TestFaqEntry:
    @pytest.fixture
    def entry(self):
        return FaqEntryFactory(answer="<p>Old answer.</p>")

    def test_second_save_is_refused_and_the_first_kept(self, ana, sam, entry):
        url = change_url(entry)
        sam_opened = opened_version(sam, url)
        ana.post(
            url,
            faq_form_data(entry, answer="<p>Ana's.</p>", **opened_version(ana, url)),
        )

        response = sam.post(
            url, faq_form_data(entry, answer="<p>Sam's.</p>", **sam_opened)
        )

        assert response.status_code == 200
        assert "Dr Ana Ruiz saved this FAQ entry at " in form_error(response)
        assert "Changed Answer." in form_error(response)
        assert response.context["adminform"].form["answer"].value() == "<p>Sam's.</p>"
        assert latest_revision(entry).content["answer"] == "<p>Ana's.</p>"

    @pytest.mark.parametrize("kind", DAMAGED_KINDS)
    def test_a_damaged_version_is_a_form_error(self, ana, entry, kind):
        response = ana.post(
            change_url(entry),
            faq_form_data(entry, question="Changed?", **damaged_versions(entry)[kind]),
        )

        assert response.status_code == 200
        assert form_error(response) == DAMAGED
        assert FaqEntry.objects.get(pk=entry.pk).question == entry.question


class TestWhoElseOpenedIt:
    def opened(self, client, obj, minutes_ago: int) -> None:
        client.get(change_url(obj))
        EditorVisit.objects.filter(user=client.user).update(
            opened_at=timezone.now() - timedelta(minutes=minutes_ago)
        )

    def test_names_who_opened_it_in_the_last_minutes(self, ana, sam, guide):
        self.opened(ana, guide, minutes_ago=2)

        response = sam.get(change_url(guide))

        assert notices(response) == [
            "Dr Ana Ruiz opened this guide 2 minutes ago. "
            "Whoever saves second will be asked to reload."
        ]
        assert "Dr Ana Ruiz opened this guide 2 minutes ago." in (
            response.content.decode()
        )

    def test_not_who_opened_it_longer_ago(self, ana, sam, guide):
        self.opened(ana, guide, minutes_ago=20)

        assert notices(sam.get(change_url(guide))) == []

    def test_never_about_oneself(self, ana, guide):
        self.opened(ana, guide, minutes_ago=2)

        assert notices(ana.get(change_url(guide))) == []

    def test_not_about_another_object(self, ana, sam, guide):
        self.opened(ana, ArticleFactory(), minutes_ago=2)

        assert notices(sam.get(change_url(guide))) == []

    def test_for_an_faq_entry_too(self, ana, sam):
        entry = FaqEntryFactory()
        self.opened(ana, entry, minutes_ago=0)

        assert notices(sam.get(change_url(entry))) == [
            "Dr Ana Ruiz opened this FAQ entry less than a minute ago. "
            "Whoever saves second will be asked to reload."
        ]

    def test_one_row_per_editor_and_object_and_old_rows_go(self, ana, sam, guide):
        self.opened(sam, ArticleFactory(), minutes_ago=30)
        self.opened(ana, guide, minutes_ago=5)

        ana.get(change_url(guide))

        visit = EditorVisit.objects.get()
        assert visit.user == ana.user
        assert timezone.now() - visit.opened_at < timedelta(minutes=1)

    def test_costs_three_queries_however_many_opened_it(
        self, ana, sam, django_user_model, guide, django_assert_num_queries
    ):
        for number in range(3):
            self.opened(
                editor(django_user_model, f"e{number}", "E", str(number)), guide, 1
            )
        request = RequestFactory().get(change_url(guide))
        request.user = sam.user
        request._messages = CookieStorage(request)
        guide_admin = admin.site.get_model_admin(Article)

        # Who opened it, forget old visits, stamp this one.
        with django_assert_num_queries(3):
            guide_admin.warn_about_other_editors(request, guide)

        assert len(request._messages._queued_messages) == 3


def test_who_may_only_look_is_not_counted_as_opening_it(reviewer_client, sam):
    """Reviewers may view FAQ entries but not change them."""
    entry = FaqEntryFactory()

    page = reviewer_client.get(change_url(entry))

    assert page.status_code == 200
    assert not EditorVisit.objects.exists()
    assert notices(sam.get(change_url(entry))) == []


def sessions_waiting_for_a_lock() -> int:
    with connection.cursor() as cursor:
        # Activity is read once per transaction unless the snapshot is dropped.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return cursor.fetchone()[0]


# Real transactions and a second connection; the staff groups come back afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_save_waits_for_one_in_progress_then_is_refused(sam, guide):
    """The version is compared under a row lock held until the save commits: a save
    arriving while another is being written waits for it, then sees it."""
    url = change_url(guide)
    sam_opened = opened_version(sam, url)
    answers = []

    def sam_saves():
        try:
            answers.append(
                sam.post(url, guide_form(guide, title="Sam's", **sam_opened))
            )
        finally:
            connection.close()

    sam_thread = threading.Thread(target=sam_saves)
    with transaction.atomic():  # another save, half done
        other = Article.objects.select_for_update().get(pk=guide.pk)
        sam_thread.start()
        wait_until(
            lambda: sessions_waiting_for_a_lock() > 0,
            timeout=10,
            what="Sam's save to wait for the row lock",
        )
        other.title = "Written meanwhile"
        other.save()
    sam_thread.join(timeout=30)

    assert form_error(answers[0]).startswith("This guide was changed at ")
    guide.refresh_from_db()
    assert guide.title == "Written meanwhile"
