"""Links editors give (announcements, redirects, rich text) are read as browsers read
them: a link that looks like a path on this site but leads elsewhere is refused.
tests/browser/test_links.py checks the reading against Chromium's own."""

import pytest
from django.core.exceptions import ValidationError

from articles.links import as_browsers_read, is_site_path, stays_on_site
from articles.models import Redirect, Reference
from articles.sanitize import clean_html, html_to_blocks
from tests.factories import AnnouncementFactory, RedirectFactory

# Links that look like (or start like) a path on this site and lead to another host.
OFF_SITE = [
    "/\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "\\\\evil.example/",
    "\\/evil.example/",
    " //evil.example/",
    "\x00//evil.example/",
    "\x1f/\\evil.example",
    "//evil.example/",
    "///evil.example/",
    "/\\/evil.example/",
]
# Other links no editor may give.
REFUSED = [
    *OFF_SITE,
    "https:evil.example",
    "https:\\\\evil.example/",
    "https://evil.example\\@good.example/",
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "guides/relative/",
    "/guides/x/ ",
]
ACCEPTED = [
    "/",
    "/guides/what-is-mesothelioma/",
    "/search/?q=chemo#results",
    "https://www.cancer.gov/types/mesothelioma",
    "http://example.org/",
]


@pytest.mark.parametrize("link", OFF_SITE)
def test_links_browsers_read_as_another_host_leave_the_site(link):
    assert not stays_on_site(link)
    assert as_browsers_read(link).startswith("//")


@pytest.mark.parametrize("link", ["/guides/x/", "#top", "?page=2", "x/y", "/a\\b"])
def test_paths_queries_and_fragments_stay(link):
    assert stays_on_site(link)


@pytest.mark.django_db
class TestEditorsLinks:
    @pytest.mark.parametrize("link", REFUSED)
    def test_an_announcement_refuses_a_link_that_is_not_what_it_looks(self, link):
        announcement = AnnouncementFactory.build(link_url=link)

        with pytest.raises(ValidationError) as error:
            announcement.full_clean()

        assert "link_url" in error.value.message_dict

    @pytest.mark.parametrize("link", ACCEPTED)
    def test_an_announcement_takes_a_site_path_or_a_web_address(self, link):
        AnnouncementFactory.build(link_url=link).full_clean()

    @pytest.mark.parametrize("link", REFUSED)
    def test_a_redirect_refuses_such_a_target(self, link):
        with pytest.raises(ValidationError) as error:
            Redirect(old_path="/old/", new_path=link).full_clean()

        assert "new_path" in error.value.message_dict

    @pytest.mark.parametrize("path", [*OFF_SITE, "/old/?x=1", "https://a.example/"])
    def test_a_redirect_comes_only_from_a_path_here(self, path):
        assert not is_site_path(path) or "?" in path
        with pytest.raises(ValidationError) as error:
            Redirect(old_path=path, new_path="/new/").full_clean()

        assert "old_path" in error.value.message_dict

    def test_an_editor_sees_the_refusal_in_the_admin(self, editor_client):
        response = editor_client.post(
            "/admin/articles/redirect/add/",
            {"old_path": "/leaflet/", "new_path": "/\\evil.example/"},
        )

        assert response.status_code == 200
        assert b"without spaces or backslashes" in response.content
        assert not Redirect.objects.exists()

    @pytest.mark.parametrize("link", ["/\\evil.example/", "/\t/evil.example/"])
    def test_a_redirect_saved_before_the_check_leads_nowhere(self, client, link):
        RedirectFactory(old_path="/leaflet/", new_path=link)

        response = client.get("/leaflet/")

        assert response.status_code == 404
        assert "Location" not in response

    def test_a_redirect_to_a_path_or_a_web_address_still_leads_there(self, client):
        RedirectFactory(old_path="/leaflet/", new_path="/guides/x/")
        RedirectFactory(old_path="/nci/", new_path="https://www.cancer.gov/")

        assert client.get("/leaflet/")["Location"] == "/guides/x/"
        assert client.get("/nci/")["Location"] == "https://www.cancer.gov/"


@pytest.mark.parametrize(
    "url", ["https://evil.example\\@good.example/", " https://a.example/", "/x/"]
)
def test_a_source_takes_only_a_web_address_as_browsers_read_it(url):
    with pytest.raises(ValidationError) as error:
        Reference(citation="A trial.", url=url).clean_fields(exclude=["article"])

    assert "url" in error.value.message_dict


@pytest.mark.parametrize("link", OFF_SITE)
def test_rich_text_drops_a_relative_link_that_leaves_the_site(link):
    cleaned = clean_html(f'<p><a href="{link}">the guide</a></p>')
    (block,) = html_to_blocks(cleaned)

    # HTML itself turns a NUL into U+FFFD, which makes the link a harmless path.
    assert all(stays_on_site(href) for _, href in block.links)
    assert "\x00" in link or "evil" not in cleaned
    assert block.text == "the guide"


@pytest.mark.parametrize(
    "link", ["/guides/x/", "#side-effects", "?page=2", "https://www.cancer.gov/"]
)
def test_rich_text_keeps_links_on_the_site_and_web_addresses(link):
    assert f'href="{link}"' in clean_html(f'<a href="{link}">x</a>')
