"""PDF handouts: listed under the guide in order with their size, read in the guide's
own query, and served as PDFs."""

import pytest
from django.test import Client
from django.views.static import serve

from articles.models import ContentGeneration, Handout
from media_library.services import media_file_add
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def pdf(text: str):
    content = b"%PDF-1.4\n% " + text.encode() + b"\n" + b"0" * 2000 + b"\n%%EOF\n"
    return media_file_add(content=content, filename=f"{text}.pdf", title=text)


def test_the_guide_lists_its_handouts_in_order_with_their_size():
    guide = ArticleFactory()
    diet, questions = pdf("diet"), pdf("questions")
    Handout.objects.create(article=guide, file=diet, title="What to eat", order=2)
    Handout.objects.create(
        article=guide, file=questions, title="Questions for your doctor", order=1
    )

    page = Client().get(guide.get_absolute_url()).content.decode()

    section = page[page.index('<section class="handouts"') :]
    section = section[: section.index("</section>")]
    assert '<h2 id="handouts-heading">Handouts to print</h2>' in section
    assert section.index("Questions for your doctor") < section.index("What to eat")
    assert (
        f'<a href="{diet.url}">What to eat</a> '
        '<span class="handout-size">(PDF, 2.0\xa0KB)</span>'
    ) in section


def test_a_guide_without_handouts_has_no_such_section():
    page = Client().get(ArticleFactory().get_absolute_url()).content.decode()

    assert "Handouts to print" not in page


def test_handouts_cost_the_guide_page_no_query(django_assert_num_queries):
    guide = ArticleFactory()
    for n in range(3):
        Handout.objects.create(article=guide, file=pdf(f"h{n}"), title=f"H {n}")
    Client().get(guide.get_absolute_url())  # what every page reads once per process

    # the guide (with its handouts); related guides; header topics; announcement; its
    # trials; the glossary's terms
    with django_assert_num_queries(6):
        page = Client().get(guide.get_absolute_url()).content.decode()

    assert page.count('class="handout-size"') == 3


def test_adding_a_handout_changes_the_guide_page_for_caches():
    guide = ArticleFactory()
    before = ContentGeneration.objects.get().generation

    Handout.objects.create(article=guide, file=pdf("new"), title="New")

    assert ContentGeneration.objects.get().generation > before


def test_under_runserver_a_handout_is_served_as_a_pdf(rf, settings):
    handout = pdf("served")

    # What portal/urls.py serves /media/ with under DEBUG (tests run without DEBUG).
    response = serve(rf.get(handout.url), handout.file.name, settings.MEDIA_ROOT)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")  # opens to print
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    response.file_to_stream.close()
