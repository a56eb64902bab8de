"""The content version: the database raises the generation at every commit that
changes what readers see, and the clock's moments are known in advance."""

from datetime import datetime, time, timedelta

import pytest
from django.apps import apps
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Announcement, ContentGeneration, Tag
from articles.models.generation import GENERATION_SQL
from articles.services import unanswered_search_record
from tests.factories import AnnouncementFactory, ArticleFactory, TagFactory

pytestmark = pytest.mark.django_db

# Tables no reader's page shows: editors' presence and counts, staff reminder mails,
# the generation itself, and the search tables the database keeps from rows that
# are covered.
# Other apps' tables that readers' pages show (their migrations: RaiseGenerationOn).
SHOWN_FROM_OTHER_APPS = {
    "glossary_term",
    "glossary_term_see_also",
    "trials_clinicaltrial",
    "trials_guidetrial",
}
NOT_SHOWN = {
    "articles_editorvisit",
    "articles_reviewreminder",
    "articles_sharecomment",
    "articles_sharelink",
    "articles_unansweredsearch",
    "articles_contentgeneration",
    "articles_articlesearchhead",
    "articles_searchword",
    "articles_searchtermcount",
}


def generation() -> int:
    return ContentGeneration.objects.get().generation


def test_every_table_readers_see_raises_the_generation():
    tables = {
        model._meta.db_table
        for model in apps.get_app_config("articles").get_models(
            include_auto_created=True
        )
    }
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgrelid::regclass::text, tgname FROM pg_trigger"
            " WHERE tgname LIKE 'articles\\_content\\_%%'"
        )
        triggers = cursor.fetchall()

    changed = {table for table, name in triggers if name == "articles_content_changed"}
    truncated = {t for t, name in triggers if name == "articles_content_truncated"}
    assert changed == truncated == (tables - NOT_SHOWN) | SHOWN_FROM_OTHER_APPS


def test_each_statement_raises_it_in_a_test_that_rolls_back():
    before = generation()

    tag = TagFactory()
    Tag.objects.filter(pk=tag.pk).update(name="Renamed")

    assert generation() == before + 2


def test_a_write_elsewhere_leaves_it_alone():
    before = generation()

    ContentGeneration.objects.version()
    unanswered_search_record(query="nothing like it")

    assert generation() == before


def test_truncating_a_table_raises_it():
    AnnouncementFactory()
    before = generation()

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE articles_announcement")

    assert generation() > before


@pytest.mark.django_db(transaction=True)
def test_a_commit_raises_it_once_and_a_rollback_not_at_all():
    before = ContentGeneration.objects.get()

    with transaction.atomic():
        for _ in range(3):
            AnnouncementFactory()
        Announcement.objects.update(text="Three rows, one statement.")
    after = ContentGeneration.objects.get()

    assert after.generation == before.generation + 1
    assert after.changed_at > before.changed_at
    with pytest.raises(RuntimeError), transaction.atomic():
        TagFactory()
        raise RuntimeError
    assert ContentGeneration.objects.get().generation == after.generation


def test_the_version_names_the_next_go_live_and_changes_when_it_passes():
    now = timezone.now()
    ArticleFactory()
    scheduled = ArticleFactory(scheduled=True)

    before = ContentGeneration.objects.version(now)
    after = ContentGeneration.objects.version(scheduled.publish_at)

    assert before.next_change_at == scheduled.publish_at
    assert after.generation == before.generation
    assert after.key != before.key
    assert after.last_modified == scheduled.publish_at
    assert after.next_change_at is None or after.next_change_at > scheduled.publish_at


def test_an_announcement_window_is_two_moments():
    now = timezone.now()
    announcement = AnnouncementFactory(
        starts_at=now + timedelta(hours=1), ends_at=now + timedelta(hours=2)
    )

    waiting = ContentGeneration.objects.version(now)
    showing = ContentGeneration.objects.version(announcement.starts_at)
    over = ContentGeneration.objects.version(announcement.ends_at)

    assert waiting.next_change_at == announcement.starts_at
    assert showing.next_change_at == announcement.ends_at
    assert over.next_change_at is None
    assert len({waiting.key, showing.key, over.key}) == 3
    assert Announcement.objects.count() == 1


def test_a_review_falls_overdue_at_the_start_of_the_next_local_day():
    guide = ArticleFactory()
    due = guide.next_review_due
    overdue_from = timezone.make_aware(datetime.combine(due + timedelta(1), time.min))

    version = ContentGeneration.objects.version()
    the_day_before = ContentGeneration.objects.version(overdue_from - timedelta(1e-3))
    the_day_after = ContentGeneration.objects.version(overdue_from)

    assert version.next_change_at == overdue_from
    assert the_day_before.key == version.key
    assert the_day_after.key != version.key
    assert the_day_after.last_modified == overdue_from


def test_without_its_row_there_is_no_version():
    ContentGeneration.objects.all().delete()

    assert ContentGeneration.objects.version() is None


def test_a_version_that_still_holds_costs_one_probe_of_the_generation_row():
    ArticleFactory(scheduled=True)
    first = ContentGeneration.objects.version()

    with CaptureQueriesContext(connection) as queries:
        again = ContentGeneration.objects.version()

    assert again == first
    assert [query["sql"] for query in queries] == [GENERATION_SQL]


def test_a_version_is_read_again_after_a_write_or_a_passing_moment():
    now = timezone.now()
    scheduled = ArticleFactory(scheduled=True)
    first = ContentGeneration.objects.version(now)

    live = ContentGeneration.objects.version(scheduled.publish_at)
    TagFactory()
    written = ContentGeneration.objects.version(scheduled.publish_at)
    earlier = ContentGeneration.objects.version(now - timedelta(days=1))

    assert live.key != first.key
    assert written.generation > live.generation
    assert earlier.read_at == now - timedelta(days=1)
    assert earlier.next_change_at == scheduled.publish_at
