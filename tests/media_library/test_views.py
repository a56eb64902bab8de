"""The editor's image upload: CKEditor 5's simple upload adapter posts the file as
"upload" with the CSRF token in X-CSRFToken, and shows error.message on a refusal."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.staff_groups import EDITORS
from media_library.models import MediaFile
from tests.factories import StaffUserFactory, image_content
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db

URL = reverse("editor_image_upload")


def upload(client, content: bytes, name: str = "photo.jpg", **extra):
    return client.post(URL, {"upload": SimpleUploadedFile(name, content)}, **extra)


def test_an_editor_uploads_an_image_and_gets_its_address(editor_client, media_root):
    response = upload(editor_client, image_content(900, 600))

    assert response.status_code == 200
    image = MediaFile.objects.get()
    assert response.json() == {"url": image.url}
    assert image.url.startswith("/media/library/")
    assert image.uploaded_by == editor_client.user
    assert (media_root / image.file.name).is_file()


def test_the_upload_needs_the_csrf_token_the_editor_sends():
    user = StaffUserFactory(group=EDITORS)
    client = sign_in_staff(Client(enforce_csrf_checks=True), user)
    client.get(reverse("admin:index"))  # sets the CSRF cookie, as the admin page does
    token = client.cookies["csrftoken"].value

    assert upload(client, image_content()).status_code == 403
    assert upload(client, image_content(), HTTP_X_CSRFTOKEN=token).status_code == 200


def refused_message(response, status=400) -> str:
    assert response.status_code == status
    assert MediaFile.objects.count() == 0
    return response.json()["error"]["message"]


def test_anonymous_visitors_may_not_upload(client):
    assert "Sign in as an editor" in refused_message(
        upload(client, image_content()), 403
    )


def test_staff_without_permission_to_add_media_may_not_upload(
    client, django_user_model
):
    user = django_user_model.objects.create_user("no-group", is_staff=True)
    assert not user.has_perm("media_library.add_mediafile")
    sign_in_staff(client, user)

    assert "may not add images" in refused_message(upload(client, image_content()), 403)


def test_staff_who_have_not_passed_a_second_factor_may_not_upload(client):
    user = StaffUserFactory(group=EDITORS)
    client.force_login(user)  # a password only

    assert refused_message(upload(client, image_content()), 403)


def test_a_medical_reviewer_may_not_upload(reviewer_client):
    assert refused_message(upload(reviewer_client, image_content()), 403)


def test_staff_given_the_permission_alone_may_upload(client, django_user_model):
    user = django_user_model.objects.create_user("media-only", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_mediafile"))
    sign_in_staff(client, user)

    assert upload(client, image_content()).status_code == 200


def test_a_text_file_named_jpg_gets_a_message_for_the_editor(editor_client):
    message = refused_message(upload(editor_client, b"not a picture", "x.jpg"))

    assert "is not a JPEG, PNG, WebP or GIF image" in message


def test_an_upload_over_the_limit_is_refused_unread(editor_client, settings):
    settings.MEDIA_UPLOAD_MAX_BYTES = 1024 * 1024

    message = refused_message(upload(editor_client, b"\0" * (3 * 1024 * 1024)))

    assert message == (
        "This file is 3.0\xa0MB; files can be at most 1.0\xa0MB. "
        "Please make it smaller and try again."
    )


def test_a_pdf_is_not_put_into_the_text(editor_client):
    message = refused_message(upload(editor_client, b"%PDF-1.7\n%%EOF", "a.pdf"))

    assert "Add it to the guide as a handout" in message


def test_a_post_without_a_file_is_refused(editor_client):
    assert "No file arrived" in refused_message(editor_client.post(URL, {}))


def test_the_upload_address_takes_only_posts(editor_client):
    assert editor_client.get(URL).status_code == 405


@pytest.mark.django_db(transaction=True)
def test_make_run_serves_an_uploaded_file_and_no_error_for_a_name_too_long(
    client, settings
):
    # tests/conftest.py gives each test a MEDIA_ROOT of its own: the view reads it.
    settings.MEDIA_ROOT.mkdir()
    (settings.MEDIA_ROOT / "note.txt").write_text("hello")

    served = client.get("/media/note.txt")
    too_long = client.get("/media/" + "a" * 300 + "@b.example")

    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"hello"
    served.close()  # closing ends the request (request_finished): hence transactional
    assert too_long.status_code == 404
