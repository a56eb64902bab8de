"""Addresses never break: an old address of a guide, topic or page answers 301, and
editors manage the redirects in the admin."""

import threading

import feedparser
import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.urls import reverse

from articles.models import Article, Redirect
from subscriptions.emails import delivery_message
from subscriptions.models import Delivery
from tests.articles.admin_forms import article_form_data, opened_version
from tests.articles.sitemap_reader import all_sitemap_urls
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    PageFactory,
    RedirectFactory,
    SubscriberFactory,
)
from tests.waiting import scaled, wait_until

pytestmark = pytest.mark.django_db

REDIRECTS_URL = reverse("admin:articles_redirect_changelist")


def redirect_change_url(redirect: Redirect) -> str:
    return reverse("admin:articles_redirect_change", args=[redirect.pk])


def rename(obj, slug: str):
    """Change the slug as the shell or an importer would: a plain save()."""
    obj.slug = slug
    obj.save()
    return obj


def redirects() -> dict[str, str]:
    return dict(Redirect.objects.values_list("old_path", "new_path"))


def lands_on(client, path: str) -> tuple[list[tuple[str, int]], int]:
    """Follow the redirects from path: the hops taken and the final status."""
    response = client.get(path, follow=True)
    return response.redirect_chain, response.status_code


class TestOldAddresses:
    @pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
    def test_a_renamed_guide_answers_301_at_its_old_address(
        self, client, settings, debug
    ):
        settings.DEBUG = debug  # under DEBUG, the site's 404 page must not win
        article = rename(ArticleFactory(slug="old-name", title="Surgery"), "new-name")

        response = client.get("/guides/old-name/")
        page = client.get(response["Location"])

        assert response.status_code == 301
        assert response["Location"] == "/guides/new-name/"
        assert page.status_code == 200
        assert page.context["article"] == article

    @pytest.mark.parametrize(
        "address", ["/topics/{}/", "/topics/{}/rss/", "/topics/{}/atom/"]
    )
    def test_a_renamed_topic_answers_301_at_its_old_addresses_and_feeds(
        self, client, address
    ):
        rename(CategoryFactory(slug="chemo"), "chemotherapy")

        hops, status = lands_on(client, address.format("chemo"))

        assert hops == [(address.format("chemotherapy"), 301)]
        assert status == 200

    def test_a_renamed_page_answers_301_at_its_old_address(self, client):
        rename(PageFactory(slug="about-us"), "about")

        hops, status = lands_on(client, "/about-us/")

        assert hops == [("/about/", 301)]
        assert status == 200

    def test_the_query_string_goes_along(self, client):
        rename(ArticleFactory(slug="old-name"), "new-name")

        response = client.get("/guides/old-name/?utm_source=leaflet")

        assert response["Location"] == "/guides/new-name/?utm_source=leaflet"

    def test_browsers_keep_the_redirect_for_a_while_not_forever(self, client, settings):
        settings.PUBLIC_CACHE_SECONDS = 120
        rename(ArticleFactory(slug="old-name"), "new-name")

        response = client.get("/guides/old-name/")

        assert response["Cache-Control"] == "public, max-age=120"

    @pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
    def test_an_address_no_url_pattern_matches_redirects_too(
        self, client, settings, debug
    ):
        settings.DEBUG = debug
        RedirectFactory(old_path="/old/site/treatments/", new_path="/guides/x/")

        response = client.get("/old/site/treatments/")

        assert response.status_code == 301
        assert response["Location"] == "/guides/x/"

    @pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
    def test_an_address_without_redirect_is_still_the_sites_404_page(
        self, client, settings, debug
    ):
        settings.DEBUG = debug
        rename(ArticleFactory(slug="old-name"), "new-name")

        response = client.get("/guides/never-was/")

        assert response.status_code == 404
        assert "We could not find that page" in response.content.decode()

    def test_a_redirect_never_hides_a_page(self, client):
        ArticleFactory(slug="live")
        RedirectFactory(old_path="/guides/live/", new_path="/guides/elsewhere/")

        assert client.get("/guides/live/").status_code == 200

    def test_the_longest_guide_address_keeps_redirecting(self, client):
        longest = "a" * Article._meta.get_field("slug").max_length
        rename(ArticleFactory(slug=longest), "short")

        assert client.get(f"/guides/{longest}/")["Location"] == "/guides/short/"


class TestRecording:
    def test_chains_collapse_into_one_hop(self, client):
        article = rename(ArticleFactory(slug="a"), "b")
        rename(article, "c")

        assert redirects() == {"/guides/a/": "/guides/c/", "/guides/b/": "/guides/c/"}
        assert lands_on(client, "/guides/a/") == ([("/guides/c/", 301)], 200)

    def test_renaming_back_to_an_old_address_leaves_no_loop(self, client):
        article = rename(ArticleFactory(slug="a"), "b")
        rename(article, "c")
        rename(article, "a")

        assert redirects() == {"/guides/b/": "/guides/a/", "/guides/c/": "/guides/a/"}
        assert client.get("/guides/a/").status_code == 200
        assert lands_on(client, "/guides/b/") == ([("/guides/a/", 301)], 200)
        assert lands_on(client, "/guides/c/") == ([("/guides/a/", 301)], 200)

    def test_a_new_guide_at_an_old_address_wins(self, client):
        rename(ArticleFactory(slug="surgery"), "surgery-options")

        newcomer = ArticleFactory(slug="surgery")

        assert redirects() == {}
        assert client.get("/guides/surgery/").context["article"] == newcomer

    def test_a_guide_renamed_onto_an_old_address_takes_it(self, client):
        rename(ArticleFactory(slug="surgery"), "surgery-options")
        other = rename(ArticleFactory(slug="operations"), "surgery")

        assert redirects() == {"/guides/operations/": "/guides/surgery/"}
        assert client.get("/guides/surgery/").context["article"] == other

    def test_only_a_changed_slug_records_a_redirect(self):
        article = ArticleFactory(slug="same", draft=True)
        article.title = "A better title"
        article.save()
        article.save(update_fields=["title"])
        CategoryFactory()
        PageFactory()

        assert redirects() == {}

    def test_a_rename_that_failed_leaves_nothing_for_a_later_save(self):
        ArticleFactory(slug="taken", draft=True)
        article = ArticleFactory(slug="mine", draft=True)
        article.slug = "taken"
        with pytest.raises(IntegrityError), transaction.atomic():
            article.save()

        article.title = "Only the title changes"
        article.save(update_fields=["title"])

        assert redirects() == {}

    def test_an_editor_changing_the_slug_in_the_admin_records_it(self, editor_client):
        article = ArticleFactory(slug="old-name")
        change_url = reverse("admin:articles_article_change", args=[article.pk])

        editor_client.post(
            change_url,
            {
                **article_form_data(
                    category=article.category,
                    author=article.author,
                    title=article.title,
                    summary=article.summary,
                    body=article.body,
                    slug="new-name",
                ),
                **opened_version(editor_client, change_url),
            },
        )

        assert redirects() == {"/guides/old-name/": "/guides/new-name/"}

    def test_a_guide_that_never_went_live_leaves_no_trail(self, client):
        rename(ArticleFactory(slug="working-title", draft=True), "final-title")

        assert redirects() == {}
        assert client.get("/guides/working-title/").status_code == 404


class TestCurrentAddressEverywhere:
    def test_feeds_link_the_new_address(self, client):
        category = CategoryFactory(slug="surgery")
        article = ArticleFactory(slug="old-name", category=category)
        rename(article, "new-name")
        rename(category, "operations")

        site_feed = feedparser.parse(client.get(reverse("articles:feed_rss")).content)
        topic_feed = feedparser.parse(client.get("/topics/operations/atom/").content)

        assert [entry.link for entry in site_feed.entries] == [
            "http://testserver/guides/new-name/"
        ]
        assert topic_feed.feed.link == "http://testserver/topics/operations/"
        assert [entry.link for entry in topic_feed.entries] == [
            "http://testserver/guides/new-name/"
        ]

    def test_the_sitemap_lists_the_new_addresses_only(self, client):
        rename(ArticleFactory(slug="old-guide"), "new-guide")
        rename(CategoryFactory(slug="old-topic"), "new-topic")
        rename(PageFactory(slug="old-page"), "new-page")

        locs = [loc for loc, _ in all_sitemap_urls(client)]

        for new in ["/guides/new-guide/", "/topics/new-topic/", "/new-page/"]:
            assert f"http://testserver{new}" in locs
        assert not [loc for loc in locs if "old-" in loc]

    def test_a_mail_sent_after_a_rename_links_the_new_address(self, settings):
        settings.SITE_URL = "https://guides.example.org"
        article = ArticleFactory(slug="old-name")
        delivery = Delivery.objects.create(
            subscriber=SubscriberFactory(), article=article
        )
        rename(article, "new-name")

        message = delivery_message(Delivery.objects.get(pk=delivery.pk))

        assert "https://guides.example.org/guides/new-name/" in message.body
        assert "old-name" not in message.body


class TestAdmin:
    def test_an_editor_sees_the_redirects(self, editor_client):
        RedirectFactory(old_path="/guides/old-name/", new_path="/guides/new-name/")

        response = editor_client.get(REDIRECTS_URL)

        assert response.status_code == 200
        assert "/guides/old-name/" in response.content.decode()

    def test_an_editor_adds_a_redirect(self, editor_client):
        response = editor_client.post(
            reverse("admin:articles_redirect_add"),
            {"old_path": "/leaflet/", "new_path": "/guides/new-name/"},
        )

        assert response.status_code == 302
        assert Redirect.objects.get(old_path="/leaflet/").new_path == (
            "/guides/new-name/"
        )

    @pytest.mark.parametrize(
        ("old_path", "new_path", "message"),
        [
            ("/same/", "/same/", "A redirect must lead to another address."),
            (
                "guides/x/",
                "/guides/y/",
                "Enter a path on this site starting with one /",
            ),
            ("/x/?page=2", "/guides/y/", "Enter a path on this site starting with one"),
            ("/x/", "javascript:alert(1)", "or a web address starting with https://"),
            ("/x/", "/\\evil.example/", "or a web address starting with https://"),
        ],
    )
    def test_a_redirect_that_cannot_work_is_a_form_error(
        self, editor_client, old_path, new_path, message
    ):
        response = editor_client.post(
            reverse("admin:articles_redirect_add"),
            {"old_path": old_path, "new_path": new_path},
        )

        assert response.status_code == 200
        assert message in response.content.decode()
        assert not Redirect.objects.exists()

    def test_a_reviewer_sees_the_redirects_but_cannot_change_one(self, reviewer_client):
        redirect = RedirectFactory(old_path="/guides/a/", new_path="/guides/b/")

        page = reviewer_client.get(redirect_change_url(redirect))
        response = reviewer_client.post(
            redirect_change_url(redirect),
            {"old_path": "/guides/a/", "new_path": "/guides/elsewhere/"},
        )

        assert page.status_code == 200
        assert response.status_code == 403
        redirect.refresh_from_db()
        assert redirect.new_path == "/guides/b/"


@pytest.mark.django_db(transaction=True)
def test_a_slug_change_and_its_redirect_commit_together():
    """A plain save() outside any transaction (the shell): if the redirect cannot be
    written, the slug does not change either."""
    article = ArticleFactory(slug="old-name")
    with connection.cursor() as cursor:
        cursor.execute(
            """
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE EXCEPTION 'redirect refused'; END $$;
            CREATE TRIGGER test_refuse BEFORE INSERT ON articles_redirect
                FOR EACH ROW EXECUTE FUNCTION test_refuse();
            """
        )
    try:
        with pytest.raises(DatabaseError, match="redirect refused"):
            rename(article, "new-name")
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP FUNCTION test_refuse() CASCADE")

    assert Article.objects.get(pk=article.pk).slug == "old-name"


@pytest.mark.django_db(transaction=True)
def test_two_renames_at_once_leave_every_old_address_redirecting():
    article = ArticleFactory(slug="a")
    # A second editor's form, opened before the first rename.
    second_editors_copy = Article.objects.get(pk=article.pk)
    failures = []

    def second_editor_renames():
        try:
            rename(second_editors_copy, "c")
        except Exception as error:  # reported below, in the test's own thread
            failures.append(error)
        finally:
            connection.close()  # this thread's own connection

    def someone_waits_for_a_lock() -> bool:
        with connection.cursor() as cursor:
            # Else this transaction reads the activity it first saw, again and again.
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            return cursor.fetchone()[0] > 0

    with transaction.atomic():
        rename(article, "b")
        second = threading.Thread(target=second_editor_renames)
        second.start()
        wait_until(
            someone_waits_for_a_lock, timeout=10, what="the second rename to wait"
        )
    second.join(timeout=scaled(10))

    assert not second.is_alive()
    assert failures == []
    assert redirects() == {"/guides/a/": "/guides/c/", "/guides/b/": "/guides/c/"}
