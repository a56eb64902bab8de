"""Whatever changes what readers see, on whatever path, shows at once: the content
version changes with every write and whenever the clock passes a moment. Nothing
here waits: writes go through the app, the admin or the ORM, and time is moved."""

from datetime import datetime, time, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Category, Page, Revision
from articles.services import (
    articles_publish_due,
    signed_text_publish,
    signed_text_withdraw,
)
from articles.workflow import revision_restore
from tests.articles.admin_forms import article_form_data, opened_version
from tests.factories import (
    AnnouncementFactory,
    ArticleFactory,
    PageFactory,
    RedirectFactory,
    StaffUserFactory,
    TagFactory,
    approved,
)

pytestmark = pytest.mark.django_db

HOME = reverse("articles:home")


def page(client, url: str) -> str:
    """The page as a reader gets it, asserting it was served through the cache."""
    response = client.get(url)
    assert "X-Page-Cache" in response, url
    return response.content.decode()


def test_a_guide_published_shows_on_the_home_page_and_its_feed(client):
    ArticleFactory(title="Old news")
    draft = ArticleFactory(draft=True, title="Fresh guide")
    assert "Fresh guide" not in page(client, HOME)
    assert "Fresh guide" not in page(client, reverse("articles:feed_rss"))

    signed_text_publish(sign_off=approved(draft))

    assert "Fresh guide" in page(client, HOME)
    assert "Fresh guide" in page(client, reverse("articles:feed_rss"))
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_a_live_guide_featured_in_the_admin_shows_on_the_home_page(editor_client):
    reader = Client()
    guide = ArticleFactory()
    assert "Start here" not in page(reader, HOME)
    change = reverse("admin:articles_article_change", args=[guide.pk])
    form = article_form_data(
        category=guide.category,
        author=guide.author,
        title=guide.title,
        slug=guide.slug,
        summary=guide.summary,
        body=guide.body,
        is_featured="on",
    )

    response = editor_client.post(
        change, {**form, **opened_version(editor_client, change)}
    )

    assert response.status_code == 302
    assert "Start here" in page(reader, HOME)


def test_a_tag_added_in_the_shell_shows(client):
    guide = ArticleFactory()
    assert "Pleural effusion" not in page(client, guide.get_absolute_url())

    guide.tags.add(TagFactory(name="Pleural effusion"))

    assert "Pleural effusion" in page(client, guide.get_absolute_url())


def test_a_new_approved_revision_published_shows(client):
    guide = ArticleFactory(title="Surgery explained")
    assert "Surgery explained" in page(client, guide.get_absolute_url())

    signed_text_publish(sign_off=approved(guide, title="Surgery, plainly"))

    content = page(client, guide.get_absolute_url())
    assert "Surgery, plainly" in content
    assert "Surgery explained" not in content


def test_a_restored_revision_shows_once_published(client):
    guide = ArticleFactory(title="First words")
    signed_text_publish(sign_off=approved(guide, title="Second words"))
    assert "Second words" in page(client, guide.get_absolute_url())
    first = Revision.objects.of(guide).get(number=1)
    editor = StaffUserFactory()

    restored = revision_restore(revision=first, user=editor)
    assert "Second words" in page(client, guide.get_absolute_url())
    guide.refresh_from_db()
    signed_text_publish(sign_off=approved(guide, **restored.content))

    assert "First words" in page(client, guide.get_absolute_url())


def test_a_withdrawn_guide_is_gone(client):
    guide = ArticleFactory()
    assert client.get(guide.get_absolute_url()).status_code == 200

    signed_text_withdraw(subject=guide, reason="Replaced by a newer guide.")

    response = client.get(guide.get_absolute_url())
    assert response.status_code == 410
    assert guide.title not in page(client, HOME)


def test_an_update_in_the_shell_shows(client):
    guide = ArticleFactory()
    topic = guide.category
    assert topic.name in page(client, HOME)

    Category.objects.filter(pk=topic.pk).update(name="Renamed topic")

    assert "Renamed topic" in page(client, HOME)


def test_a_page_edited_shows(client):
    about = PageFactory(slug="about", body="<p>We are a charity.</p>")
    assert "We are a charity." in page(client, about.get_absolute_url())

    Page.objects.filter(pk=about.pk).update(body="<p>We are a foundation.</p>")

    assert "We are a foundation." in page(client, about.get_absolute_url())


def test_a_renamed_guide_leaves_a_redirect_at_its_cached_old_address(client):
    guide = ArticleFactory(slug="old-name")
    assert client.get("/guides/old-name/")["X-Page-Cache"] == "miss"
    assert client.get("/guides/old-name/")["X-Page-Cache"] == "hit"

    guide.slug = "new-name"
    guide.save()

    response = client.get("/guides/old-name/")
    assert response.status_code == 301
    assert response["Location"] == "/guides/new-name/"


def test_a_redirect_added_answers_at_once(client):
    guide = ArticleFactory()
    assert client.get("/leaflet/").status_code == 404
    assert guide.title in page(client, HOME)

    RedirectFactory(old_path="/leaflet/", new_path=guide.get_absolute_url())

    response = client.get("/leaflet/")
    assert response.status_code == 301
    assert response["Location"] == guide.get_absolute_url()


def test_a_scheduled_guide_goes_live_on_time_with_no_write(client, clock):
    ArticleFactory(title="Already live")
    scheduled = ArticleFactory(scheduled=True, title="Coming soon")
    assert "Coming soon" not in page(client, HOME)
    assert client.get(scheduled.get_absolute_url()).status_code == 404

    clock.move_to(scheduled.publish_at)

    assert "Coming soon" in page(client, HOME)
    assert client.get(scheduled.get_absolute_url()).status_code == 200
    assert "Coming soon" in page(client, reverse("articles:feed_rss"))


def test_the_scheduled_job_applying_an_update_shows_it(client, clock):
    guide = ArticleFactory(title="Before the update")
    at = timezone.now() + timedelta(hours=1)
    signed_text_publish(sign_off=approved(guide, title="After the update"), at=at)
    assert "Before the update" in page(client, guide.get_absolute_url())

    clock.move_to(at)
    assert "Before the update" in page(client, guide.get_absolute_url())  # not yet
    articles_publish_due()  # the job, every minute

    assert "After the update" in page(client, guide.get_absolute_url())


def test_an_announcement_shows_from_its_start_to_its_end(client, clock):
    now = timezone.now()
    announcement = AnnouncementFactory(
        text="Clinic closed on Friday",
        starts_at=now + timedelta(hours=1),
        ends_at=now + timedelta(hours=2),
    )
    assert "Clinic closed on Friday" not in page(client, HOME)

    clock.move_to(announcement.starts_at)
    assert "Clinic closed on Friday" in page(client, HOME)

    clock.move_to(announcement.ends_at)
    assert "Clinic closed on Friday" not in page(client, HOME)


def test_a_review_falls_overdue_at_midnight_with_no_write(client, clock):
    guide = ArticleFactory()
    due = Article.objects.get(pk=guide.pk).next_review_due
    midnight = timezone.make_aware(datetime.combine(due + timedelta(1), time.min))
    overdue = "This guide is due for its medical review"
    assert overdue not in page(client, guide.get_absolute_url())

    clock.move_to(midnight - timedelta(seconds=1))
    assert overdue not in page(client, guide.get_absolute_url())

    clock.move_to(midnight)
    assert overdue in page(client, guide.get_absolute_url())
