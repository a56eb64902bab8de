"""Every old address of an imported WordPress site answers 301 to its new home."""

from dataclasses import replace

import pytest
from django.core.cache import caches

from articles.models import Redirect
from pagecache.middleware import CACHE_ALIAS
from tests.wordpress.conftest import UPLOADS, export_bytes
from wordpress.importer import wordpress_import
from wordpress.models import ImportedItem
from wordpress.wxr import export_read

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(site_export):
    wordpress_import(export=site_export, uploads=UPLOADS)
    return site_export


def location(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 301, path
    return response["Location"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/2019/05/12/chemotherapy-basics/", "/guides/chemotherapy-basics/"),
        ("/2019/05/12/chemotherapy-basics/feed/", "/guides/chemotherapy-basics/"),
        ("/our-clinic/feed/", "/our-clinic/"),
        ("/category/treatment/", "/topics/treatment/"),
        ("/category/treatment/feed/", "/topics/treatment/rss/"),
        ("/category/treatment/chemotherapy/", "/tags/chemotherapy/"),
        ("/category/treatment/chemotherapy/pemetrexed/feed/", "/tags/pemetrexed/"),
        ("/tag/fatigue/", "/tags/fatigue/"),
        ("/tag/fatigue/feed/", "/tags/fatigue/"),
        ("/2019/", "/"),
        ("/2019/05/", "/"),
        ("/2019/05/12/", "/"),
        ("/feed/", "/feeds/rss/"),
        ("/feed/atom/", "/feeds/atom/"),
        ("/comments/feed/", "/feeds/rss/"),
        # An attachment page leads to the guide it belonged to.
        ("/2019/05/12/chemotherapy-basics/pleura/", "/guides/chemotherapy-basics/"),
    ],
)
def test_old_paths_answer_301_to_their_new_home(client, imported, old, new):
    assert location(client, old) == new


def test_addresses_that_were_not_public_get_no_redirect(imported):
    old_paths = set(Redirect.objects.values_list("old_path", flat=True))
    assert "/2019/07/01/staff-notes/" not in old_paths  # private
    assert "/2019/08/01/support-group/" not in old_paths  # password-protected
    assert "/2030/01/01/radiotherapy/" not in old_paths  # scheduled
    assert "/2030/" not in old_paths


def test_a_path_that_answers_itself_gets_no_redirect(imported, client):
    # WordPress's /our-clinic/ is this site's /our-clinic/ too.
    assert not Redirect.objects.filter(old_path="/our-clinic/").exists()
    assert client.get("/our-clinic/").status_code == 200


@pytest.mark.parametrize(
    ("query", "new"),
    [
        ("p=10", "/guides/chemotherapy-basics/"),
        ("p=12", "/our-clinic/"),
        ("page_id=12", "/our-clinic/"),
    ],
)
def test_query_string_addresses_answer_301(client, imported, query, new):
    assert location(client, f"/?{query}") == new


def test_attachment_id_leads_to_the_file(client, imported):
    media = ImportedItem.objects.get(kind="attachment", wp_key="30").media
    assert location(client, "/?attachment_id=30") == media.url


def test_query_redirects_follow_a_renamed_guide(client, imported):
    guide = ImportedItem.objects.get(kind="post", wp_key="10").article
    guide.slug = "chemotherapy"
    guide.save()
    assert location(client, "/?p=10") == "/guides/chemotherapy/"


@pytest.mark.parametrize("query", ["p=14", "p=999", "page_id=10", "p=abc", "s=x"])
def test_other_query_strings_leave_the_home_page_alone(client, imported, query):
    # 14 was a draft, 999 was never there, 10 is a post and not a page.
    assert client.get(f"/?{query}").status_code == 200


def test_the_cached_home_page_costs_no_more_than_before(
    client, imported, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 3600
    caches[CACHE_ALIAS].clear()
    assert client.get("/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1):  # the content version, as for every page
        assert client.get("/")["X-Page-Cache"] == "hit"
    caches[CACHE_ALIAS].clear()


def test_a_home_page_cached_at_an_old_address_never_hides_its_redirect(
    client, site_export, settings
):
    settings.PAGE_CACHE_SECONDS = 3600
    caches[CACHE_ALIAS].clear()
    assert client.get("/?p=10").status_code == 200  # cached before the import
    wordpress_import(export=site_export)
    assert location(client, "/?p=10") == "/guides/chemotherapy-basics/"
    caches[CACHE_ALIAS].clear()


def test_a_rerun_makes_no_new_redirects(imported):
    before = dict(Redirect.objects.values_list("old_path", "new_path"))
    report = wordpress_import(export=export_read(export_bytes("site-1.2.xml")))
    assert report.redirects_made == 0
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == before


def test_a_percent_encoded_permalink_redirects_from_its_decoded_path(
    client, site_export
):
    items = [
        replace(
            item,
            link="https://meso.example.org/2019/06/01/caf%C3%A9-talk/",
            slug="caf%c3%a9-talk",
        )
        if item.id == 11
        else item
        for item in site_export.items
    ]
    wordpress_import(export=replace(site_export, items=items))
    assert location(client, "/2019/06/01/café-talk/") == "/guides/cafe-talk/"


def test_a_query_string_redirect_costs_one_query(
    client, imported, django_assert_num_queries
):
    with django_assert_num_queries(1):
        response = client.get("/?p=10")
    assert response.status_code == 301
    assert response["Cache-Control"] == "public, max-age=300"
