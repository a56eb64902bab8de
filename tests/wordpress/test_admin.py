"""The admin's "Import from WordPress" page, as a signed-in editor uses it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.wordpress.conftest import export_bytes
from wordpress.models import ImportedItem

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:wordpress_importeditem_import")


def upload(client, data: bytes, *, dry_run: bool):
    form = {"export": SimpleUploadedFile("export.xml", data, "text/xml")}
    if dry_run:
        form["dry_run"] = "on"
    return client.post(IMPORT_URL, form)


def test_editors_may_open_the_page(editor_client):
    response = editor_client.get(IMPORT_URL)
    assert response.status_code == 200
    assert "Import from WordPress" in response.text


def test_the_list_of_imported_items_links_to_the_page(editor_client):
    response = editor_client.get(reverse("admin:wordpress_importeditem_changelist"))
    assert IMPORT_URL in response.text


def test_superusers_may_open_the_page(admin_client):
    assert admin_client.get(IMPORT_URL).status_code == 200


def test_medical_reviewers_may_not(reviewer_client):
    assert reviewer_client.get(IMPORT_URL).status_code == 403
    response = upload(reviewer_client, export_bytes("site-1.2.xml"), dry_run=False)
    assert response.status_code == 403
    assert not ImportedItem.objects.exists()


def test_a_dry_run_shows_the_report_and_changes_nothing(editor_client):
    response = upload(editor_client, export_bytes("site-1.2.xml"), dry_run=True)
    assert response.status_code == 200
    assert "Dry run: nothing was changed" in response.text
    assert "It is in the WordPress trash." in response.text
    assert not Article.objects.exists()


def test_an_import_shows_the_report_and_imports(editor_client):
    response = upload(editor_client, export_bytes("site-1.2.xml"), dry_run=False)
    assert response.status_code == 200
    assert '<th scope="row">Imported</th>' in response.text
    assert "2018/01/scan.jpg" in response.text  # media missing: no uploads folder
    guide = ImportedItem.objects.get(kind="post", wp_key="10").article
    assert guide.revisions.get().created_by == editor_client.user
    again = upload(editor_client, export_bytes("site-1.2.xml"), dry_run=False)
    assert '<th scope="row">Imported</th><td>0</td>' in again.text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bomb.xml", "declares entities or a document type"),
        ("external-entity.xml", "declares entities or a document type"),
        ("not-wxr.xml", "not a WordPress export"),
    ],
)
def test_a_bad_file_is_a_form_error_not_a_server_error(editor_client, name, message):
    response = upload(editor_client, export_bytes(name), dry_run=False)
    assert response.status_code == 400
    assert message in response.text
    assert not ImportedItem.objects.exists()


def test_a_truncated_file_is_a_form_error(editor_client):
    data = export_bytes("site-1.2.xml")
    response = upload(editor_client, data[: len(data) // 3], dry_run=False)
    assert response.status_code == 400
    assert "not well-formed XML" in response.text
    assert not Article.objects.exists()


def test_a_file_over_the_pages_limit_is_refused(editor_client, settings):
    settings.WORDPRESS_IMPORT_ADMIN_MAX_BYTES = 1000
    response = upload(editor_client, export_bytes("site-1.2.xml"), dry_run=False)
    assert response.status_code == 400
    assert "this page takes exports up to 1000\xa0bytes" in response.text
    assert "import_wordpress" in response.text
    assert not Article.objects.exists()


def test_no_file_is_a_form_error(editor_client):
    response = editor_client.post(IMPORT_URL, {"dry_run": "on"})
    assert response.status_code == 400
    assert "This field is required." in response.text


def test_hostile_html_never_reaches_the_page(editor_client):
    data = export_bytes("site-1.2.xml").replace(
        b"<title>Coping with tiredness</title>",
        b"<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>",
    )
    response = upload(editor_client, data, dry_run=True)
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
