"""Preview: the guide form as it stands, unsaved, rendered as readers would see it."""

import html
import re

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Revision
from tests.articles.admin_forms import article_form_data, opened_version
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    PageFactory,
    PersonFactory,
    ReferenceFactory,
    StaffUserFactory,
    TagFactory,
    reviewer_account,
)
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def preview_url(guide) -> str:
    return reverse("admin:articles_article_preview", args=[guide.pk])


def change_url(guide) -> str:
    return reverse("admin:articles_article_change", args=[guide.pk])


def form_of(client, guide, **changes) -> dict:
    """The change form's data as the browser would post it, with `changes`."""
    data = article_form_data(
        category=guide.category,
        author=guide.author,
        title=guide.title,
        slug=guide.slug,
        summary=guide.summary,
        body=guide.body,
    )
    return {**data, **opened_version(client, change_url(guide)), **changes}


def frames(response) -> list[str]:
    """The pages shown in the preview's frames, as the browser reads them."""
    return [
        html.unescape(page)
        for page in re.findall(r'srcdoc="([^"]*)"', response.content.decode())
    ]


def test_a_preview_shows_the_unsaved_form_as_readers_would_see_it_and_saves_nothing():
    guide = ArticleFactory(title="Pleurectomy", body="<p>Old words.</p>")
    ReferenceFactory(article=guide, citation="Old source.")
    TagFactory(name="Surgery")
    editor = sign_in_staff(Client(), StaffUserFactory())
    revisions = Revision.objects.count()
    tag = TagFactory(name="Recovery")

    response = editor.post(
        preview_url(guide),
        form_of(
            editor,
            guide,
            title="Pleurectomy, explained",
            body='<p>New words.</p><script>alert("x")</script>',
            tags=[tag.pk],
            **{
                "references-TOTAL_FORMS": "1",
                "references-0-citation": "A new source. Lancet. 2025.",
                "references-0-url": "https://example.org/new",
                "references-0-order": "0",
            },
        ),
    )

    assert response.status_code == 200
    phone, desktop = frames(response)
    assert phone == desktop
    assert "<h1>Pleurectomy, explained</h1>" in phone
    assert "New words." in phone and "Old words." not in phone
    assert "<script>alert" not in phone  # cleaned as a save would
    assert "A new source. Lancet. 2025." in phone and "Old source." not in phone
    assert ">Recovery</a>" in phone
    assert "Preview of unsaved changes" in phone
    assert "Medically reviewed by" not in phone  # no sign-off covers this text
    assert 'sandbox="allow-same-origin"' in response.content.decode()
    guide.refresh_from_db()
    assert (guide.title, guide.body) == ("Pleurectomy", "<p>Old words.</p>")
    assert Revision.objects.count() == revisions


def test_a_form_with_errors_says_so_and_shows_no_page():
    guide = ArticleFactory()
    editor = sign_in_staff(Client(), StaffUserFactory())

    response = editor.post(preview_url(guide), form_of(editor, guide, title=""))

    assert response.status_code == 400
    assert "nothing to preview" in response.content.decode()
    assert "Title: This field is required." in response.content.decode()
    assert frames(response) == []


def test_only_those_who_may_change_a_guide_preview_it_and_only_by_post():
    guide = ArticleFactory()
    reviewer = sign_in_staff(Client(), reviewer_account())
    editor = sign_in_staff(Client(), StaffUserFactory())
    data = form_of(editor, guide)

    assert reviewer.post(preview_url(guide), data).status_code == 403
    assert Client().post(preview_url(guide), data).status_code == 302  # sign in
    assert editor.get(preview_url(guide)).status_code == 405
    missing = reverse("admin:articles_article_preview", args=[10**9])
    assert editor.post(missing, data).status_code == 404


def test_the_change_form_has_a_preview_button_that_opens_a_new_tab():
    guide = ArticleFactory()
    page = sign_in_staff(Client(), StaffUserFactory()).get(change_url(guide))

    assert (
        f'formaction="{preview_url(guide)}" formtarget="_blank"'
        in page.content.decode()
    )
    assert Article.objects.count() == 1


def test_a_guide_not_saved_yet_can_be_previewed_and_nothing_is_created():
    page = PageFactory(slug="disclaimer", summary="Not medical advice.")
    topic, writer = CategoryFactory(), PersonFactory()
    editor = sign_in_staff(Client(), StaffUserFactory())
    add_url = reverse("admin:articles_article_add")
    data = article_form_data(
        category=topic,
        author=writer,
        title="Tumour treating fields",
        slug="tumour-treating-fields",
        body="<p>A cap of pads worn most of the day.</p>",
    )

    form_page = editor.get(add_url).content.decode()
    response = editor.post(reverse("admin:articles_article_add_preview"), data)

    phone, _ = frames(response)
    assert f'formaction="{reverse("admin:articles_article_add_preview")}"' in form_page
    assert "<h1>Tumour treating fields</h1>" in phone
    assert "A cap of pads worn most of the day." in phone
    assert page.summary in phone
    assert not Article.objects.filter(slug="tumour-treating-fields").exists()
    reviewer = sign_in_staff(Client(), reviewer_account())
    refused = reviewer.post(reverse("admin:articles_article_add_preview"), data)
    assert refused.status_code == 403
