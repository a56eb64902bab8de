"""The media library in the admin: uploads through the same checks, search,
thumbnails, the kind filter, where each file is used, and no deleting a file in use."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Handout
from media_library.models import MediaFile
from media_library.services import media_file_add
from tests.factories import (
    ArticleFactory,
    FaqEntryFactory,
    MediaFileFactory,
    PageFactory,
    image_content,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:media_library_mediafile_changelist")
ADD = reverse("admin:media_library_mediafile_add")
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def change_url(media_file):
    return reverse("admin:media_library_mediafile_change", args=[media_file.pk])


def delete_url(media_file):
    return reverse("admin:media_library_mediafile_delete", args=[media_file.pk])


def test_an_editor_uploads_an_image_in_the_admin(editor_client, media_root):
    response = editor_client.post(
        ADD,
        {
            "upload": SimpleUploadedFile("ward.jpg", image_content(900, 600)),
            "title": "The ward",
            "alt_text": "A hospital ward with six beds",
            "caption": "",
        },
    )

    image = MediaFile.objects.get()
    assert response.status_code == 302
    assert response["Location"] == CHANGELIST
    assert (image.title, image.alt_text, image.width) == (
        "The ward",
        "A hospital ward with six beds",
        900,
    )
    assert image.uploaded_by == editor_client.user
    assert len(image.renditions()) == 6


def test_a_bad_file_in_the_admin_is_a_form_error(editor_client):
    response = editor_client.post(
        ADD,
        {
            "upload": SimpleUploadedFile("x.jpg", b"<svg></svg>"),
            "title": "",
            "alt_text": "",
            "caption": "",
        },
    )

    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["upload"]
    assert "is not a JPEG, PNG, WebP or GIF image" in error
    assert not MediaFile.objects.exists()


def test_the_list_searches_titles_alt_text_captions_and_file_names(editor_client):
    media_file_add(
        content=image_content(), filename="pleura-diagram.jpg", title="Chest"
    )
    MediaFileFactory(alt_text="A nurse at a bedside")
    MediaFileFactory(caption="Fluid around the lung")

    def found(term):
        response = editor_client.get(CHANGELIST, {"q": term})
        return [str(m) for m in response.context["cl"].result_list]

    assert found("pleura-diagram") == ["Chest"]
    assert len(found("nurse")) == 1
    assert len(found("around the lung")) == 1


def test_the_list_shows_thumbnails_and_filters_by_kind(editor_client):
    image = MediaFileFactory()
    media_file_add(content=PDF, filename="diet.pdf", title="Diet sheet")

    page = editor_client.get(CHANGELIST).content.decode()
    documents = editor_client.get(CHANGELIST, {"kind__exact": "document"})

    smallest = image.renditions()[len(image.renditions()) // 2].name  # 480w webp
    assert f'<img src="/media/{smallest}" alt="" width="80" height="60"' in page
    assert [str(m) for m in documents.context["cl"].result_list] == ["Diet sheet"]


@pytest.fixture
def used_everywhere():
    image, pdf = MediaFileFactory(), media_file_add(content=PDF, filename="a.pdf")
    body = f'<figure class="image"><img src="{image.url}" alt="The pleura"></figure>'
    featuring = ArticleFactory(
        title="Surgery", featured_image=image, featured_image_alt="x"
    )
    showing = ArticleFactory(title="Pleurodesis", body=body)
    Handout.objects.create(article=featuring, file=pdf, title="Questions to ask")
    FaqEntryFactory(question="What is the pleura?", answer=body)
    PageFactory(title="About", body=body)
    return image, pdf, featuring, showing


def test_where_is_this_used_names_every_guide_answer_and_page(
    editor_client, used_everywhere
):
    image, pdf, featuring, showing = used_everywhere

    image_page = editor_client.get(change_url(image)).content.decode()
    pdf_page = editor_client.get(change_url(pdf)).content.decode()

    for use in [
        "Featured image of the guide “Surgery”",
        "In the text of the guide “Pleurodesis”",
        "In the FAQ answer “What is the pleura?”",
        "In the text of the page “About”",
    ]:
        assert use in image_page
    assert "Handout “Questions to ask” of the guide “Surgery”" in pdf_page
    unused = MediaFileFactory()
    assert "Nowhere: no guide" in editor_client.get(change_url(unused)).content.decode()


def test_an_image_in_a_revision_waiting_for_sign_off_counts_as_used(editor_client):
    from tests.factories import approved

    image = MediaFileFactory()
    guide = ArticleFactory(title="Chemotherapy")
    approved(guide, body=f'<p>New.</p><img src="{image.url}" alt="A drip">')

    page = editor_client.get(change_url(image)).content.decode()

    assert "In the text of the guide “Chemotherapy”" in page


def test_a_file_in_use_cannot_be_deleted(editor_client, used_everywhere, media_root):
    image, *_ = used_everywhere

    confirm = editor_client.get(delete_url(image)).content.decode()
    response = editor_client.post(delete_url(image), {"post": "yes"})

    refusal = response.content.decode()
    assert "Cannot delete media file" in confirm
    assert "following protected related objects" in confirm
    assert "Featured image of the guide “Surgery”" in confirm
    assert response.status_code == 200
    assert "In the text of the page “About”" in refusal
    assert MediaFile.objects.filter(pk=image.pk).exists()
    assert (media_root / image.file.name).is_file()


def test_an_unused_file_is_deleted_with_its_renditions(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    image = MediaFileFactory()
    names = [image.file.name, *(r.name for r in image.renditions())]

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(delete_url(image), {"post": "yes"})

    assert response.status_code == 302
    assert not MediaFile.objects.exists()
    assert not any((media_root / name).exists() for name in names)


def test_a_reviewer_sees_the_library_but_may_not_upload(reviewer_client):
    assert reviewer_client.get(CHANGELIST).status_code == 200
    assert reviewer_client.get(ADD).status_code == 403
