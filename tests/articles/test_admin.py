from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Announcement, Article, FaqEntry, Revision
from articles.signals import article_published
from tests.articles.admin_forms import (
    NO_SOURCES,
    article_form_data,
    faq_form_data,
    opened_version,
)
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    PersonFactory,
    approved,
)

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
CHANGELIST_URL = reverse("admin:articles_article_changelist")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def faq_change_url(entry):
    return reverse("admin:articles_faqentry_change", args=[entry.pk])


def home_section(heading_id: str) -> str:
    """The home page section a reader sees under that heading ("" when absent)."""
    content = Client().get(reverse("articles:home")).content.decode()
    start = content.find(f'id="{heading_id}"')
    return "" if start == -1 else content[start : content.index("</section>", start)]


@pytest.fixture
def form_data():
    return article_form_data(category=CategoryFactory(), author=PersonFactory())


def test_editor_adds_a_draft_guide_as_its_first_revision(editor_client, form_data):
    response = editor_client.post(ADD_URL, form_data)

    assert response.status_code == 302
    article = Article.objects.get(slug=form_data["slug"])
    assert article.status == Article.Status.DRAFT
    [revision] = Revision.objects.of(article)
    assert revision.created_by == editor_client.user
    assert revision.content["title"] == form_data["title"]
    assert LogEntry.objects.filter(object_id=str(article.pk)).count() == 1


def test_add_page_shows_the_rich_text_editor(editor_client):
    content = editor_client.get(ADD_URL).content.decode()

    assert 'class="django_ckeditor_5"' in content
    assert "django_ckeditor_5/dist/bundle.js" in content


def test_duplicate_slug_is_a_form_error(editor_client, form_data):
    ArticleFactory(slug=form_data["slug"])

    response = editor_client.post(ADD_URL, form_data)

    assert response.status_code == 200
    assert "Guide with this Slug already exists." in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"featured_image_alt": "x" * 300}, "Ensure this value has at most 250"),
        ({"title": ""}, "This field is required."),
        ({"category": "999999"}, "Select a valid choice."),
    ],
    ids=["too-long", "no-title", "bad-topic"],
)
def test_invalid_input_is_a_form_error_not_a_crash(
    editor_client, form_data, overrides, message
):
    response = editor_client.post(ADD_URL, {**form_data, **overrides})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.filter(slug=form_data["slug"]).exists()


def test_a_crafted_post_cannot_publish_or_name_a_reviewer(editor_client, form_data):
    announced = []

    def receiver(sender, article, **kwargs):
        announced.append(article.slug)

    article_published.connect(receiver)
    try:
        response = editor_client.post(ADD_URL, form_data)
    finally:
        article_published.disconnect(receiver)

    assert response.status_code == 302
    article = Article.objects.get(slug=form_data["slug"])
    assert article.status == Article.Status.DRAFT and article.publish_at is None
    assert article.medical_reviewer is None and article.last_reviewed_on is None
    assert article.sign_off is None and announced == []


def test_publish_action_publishes_approved_guides_and_reports_the_rest(editor_client):
    ready = ArticleFactory(draft=True)
    approved(ready)
    unreviewed = ArticleFactory(draft=True, title="Needs review")

    response = editor_client.post(
        CHANGELIST_URL,
        {"action": "publish", "_selected_action": [ready.pk, unreviewed.pk]},
        follow=True,
    )

    ready.refresh_from_db()
    unreviewed.refresh_from_db()
    assert ready.is_published()
    assert unreviewed.status == Article.Status.DRAFT
    assert "“Needs review” has no approved revision waiting" in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=draft", "Draft one"),
        ("review=overdue", "Overdue one"),
        ("q=pleurodesis", "Talc"),
    ],
)
def test_changelist_filters_and_search(editor_client, query, expected):
    ArticleFactory(title="Draft one", draft=True)
    ArticleFactory(
        title="Overdue one",
        last_reviewed_on=timezone.localdate() - timedelta(days=400),
        next_review_due=timezone.localdate() - timedelta(days=35),
    )
    ArticleFactory(title="Talc", body="<p>Talc pleurodesis seals the space.</p>")
    ArticleFactory(title="Ordinary one")

    response = editor_client.get(f"{CHANGELIST_URL}?{query}")

    titles = [article.title for article in response.context["cl"].result_list]
    assert titles == [expected]


def test_editor_features_a_guide_and_the_home_page_starts_with_it(editor_client):
    article = ArticleFactory(title="Where to begin")
    assert "Where to begin" not in home_section("featured-heading")

    response = editor_client.post(
        change_url(article),
        article_form_data(
            category=article.category,
            author=article.author,
            title=article.title,
            slug=article.slug,
            summary=article.summary,
            body=article.body,
            is_featured="on",
            **opened_version(editor_client, change_url(article)),
        ),
    )

    assert response.status_code == 302
    assert "Where to begin" in home_section("featured-heading")
    article.refresh_from_db()
    assert article.is_published()  # a non-medical change needs no new sign-off


def test_editor_highlights_an_answer_and_the_home_page_lists_it(editor_client):
    entry = FaqEntryFactory(question="Is mesothelioma hereditary?")
    assert "Is mesothelioma hereditary?" not in home_section("faq-heading")

    response = editor_client.post(
        faq_change_url(entry),
        faq_form_data(
            entry,
            is_highlighted="on",
            **opened_version(editor_client, faq_change_url(entry)),
        ),
    )

    assert response.status_code == 302
    assert "Is mesothelioma hereditary?" in home_section("faq-heading")


def test_the_forms_say_how_many_featured_guides_and_answers_the_home_page_shows(
    editor_client,
):
    guide_form = editor_client.get(change_url(ArticleFactory())).content.decode()
    faq_form = editor_client.get(faq_change_url(FaqEntryFactory())).content.decode()

    assert "shows the three newest featured guides that are live" in guide_form
    assert "shows the first four highlighted answers" in faq_form


def test_lists_offer_a_filter_for_featured_guides_and_highlighted_answers(
    editor_client,
):
    ArticleFactory(title="Featured one", is_featured=True)
    ArticleFactory(title="Plain one")
    FaqEntryFactory(question="Highlighted one?", is_highlighted=True)
    FaqEntryFactory(question="Plain one?")

    guides = editor_client.get(f"{CHANGELIST_URL}?is_featured__exact=1")
    answers = editor_client.get(
        f"{reverse('admin:articles_faqentry_changelist')}?is_highlighted__exact=1"
    )

    assert "By featured" in guides.content.decode()
    assert [a.title for a in guides.context["cl"].result_list] == ["Featured one"]
    assert "By highlighted" in answers.content.decode()
    assert [e.question for e in answers.context["cl"].result_list] == [
        "Highlighted one?"
    ]


def test_view_on_site_opens_the_draft_preview(editor_client):
    article = ArticleFactory(draft=True, title="Unfinished guide")
    content_type = ContentType.objects.get_for_model(Article)
    view_on_site = reverse("admin:view_on_site", args=[content_type.pk, article.pk])

    change_page = editor_client.get(change_url(article)).content.decode()
    preview = editor_client.get(view_on_site, follow=True)

    assert view_on_site in change_page
    assert preview.redirect_chain[-1][0].endswith(article.get_absolute_url())
    assert b"Unfinished guide" in preview.content


class TestMedicalReviewer:
    def test_reads_a_guide_but_cannot_change_it(self, reviewer_client):
        article = ArticleFactory(title="Original title")

        page = reviewer_client.get(change_url(article))
        response = reviewer_client.post(
            change_url(article),
            article_form_data(
                category=article.category,
                author=article.author,
                title="Changed by a reviewer",
                slug=article.slug,
                is_featured="on",
            ),
        )

        assert page.status_code == 200
        assert 'name="title"' not in page.content.decode()
        assert response.status_code == 403
        article.refresh_from_db()
        assert article.title == "Original title" and not article.is_featured

    def test_cannot_highlight_an_answer(self, reviewer_client):
        entry = FaqEntryFactory()

        response = reviewer_client.post(
            faq_change_url(entry), faq_form_data(entry, is_highlighted="on")
        )

        assert response.status_code == 403
        entry.refresh_from_db()
        assert not entry.is_highlighted

    def test_cannot_publish_or_add(self, reviewer_client):
        article = ArticleFactory(draft=True)
        approved(article)

        reviewer_client.post(
            CHANGELIST_URL, {"action": "publish", "_selected_action": [article.pk]}
        )

        article.refresh_from_db()
        assert article.status == Article.Status.DRAFT
        assert reviewer_client.get(ADD_URL).status_code == 403

    def test_cannot_make_someone_a_medical_reviewer(self, editor_client):
        person = PersonFactory()
        url = reverse("admin:articles_person_change", args=[person.pk])

        editor_client.post(
            url,
            {
                "name": person.name,
                "slug": person.slug,
                "credentials": person.credentials,
                "is_medical_reviewer": "on",
                "user": editor_client.user.pk,
            },
        )

        person.refresh_from_db()
        assert not person.is_medical_reviewer and person.user is None


def announcement_form(**overrides) -> dict:
    return {
        "text": "Office closed",
        "link_url": "",
        "link_text": "Read more",
        "starts_at_0": "2026-12-01",
        "starts_at_1": "09:00",
        "ends_at_0": "2026-12-23",
        "ends_at_1": "09:00",
        **overrides,
    }


def test_announcement_ending_before_it_starts_is_a_form_error(editor_client):
    response = editor_client.post(
        reverse("admin:articles_announcement_add"),
        announcement_form(starts_at_0="2026-12-24"),
    )

    assert response.status_code == 200
    assert "An announcement must end after it starts." in response.content.decode()


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "//evil.example/",
        "ftp://x.example",
        # Paths to a browser, which reads them as //evil.example/ (articles.links).
        "/\\evil.example/",
        "/\t/evil.example/",
        # A phone number is digits only: no other scheme rides in behind tel:.
        "tel:+1800<script>",
        "tel:javascript:alert(1)",
    ],
)
def test_announcement_link_must_be_a_site_path_or_web_address(editor_client, link):
    response = editor_client.post(
        reverse("admin:articles_announcement_add"), announcement_form(link_url=link)
    )

    assert response.status_code == 200
    assert "or a web address starting with https://" in response.content.decode()
    assert not Announcement.objects.exists()


@pytest.mark.parametrize(
    "link",
    [
        "/guides/joining-a-clinical-trial/",
        "https://www.cancer.gov/",
        "tel:+18004226237",
    ],
)
def test_announcement_accepts_a_site_path_web_address_or_phone_number(
    editor_client, link
):
    response = editor_client.post(
        reverse("admin:articles_announcement_add"), announcement_form(link_url=link)
    )

    assert response.status_code == 302
    assert Announcement.objects.get().link_url == link


def test_faq_entry_added_in_the_admin_is_cleaned(editor_client):
    category = CategoryFactory()

    response = editor_client.post(
        reverse("admin:articles_faqentry_add"),
        {
            "question": "Will I lose my hair?",
            "slug": "hair",
            "answer": '<p>Usually not.</p><img src=x onerror="alert(1)">',
            "category": category.pk,
            "order": "0",
            "is_published": "on",
            **NO_SOURCES,
        },
    )

    assert response.status_code == 302
    assert FaqEntry.objects.get(slug="hair").answer == "<p>Usually not.</p>"


UNDESCRIBED = (
    '<p>Look:</p><figure class="image"><img src="/media/library/2026/12/a.jpg" '
    'alt="The pleura"></figure><figure class="image">'
    '<img src="/media/library/2026/12/b.jpg" alt=" "></figure>'
)
IMAGE_2_MESSAGE = (
    "Image 2 (b.jpg) has no text alternative: select it in the editor, choose "
    "“Change image text alternative” and say in a few words what it shows."
)


def test_a_guide_with_an_image_without_text_alternative_is_refused(
    editor_client, form_data
):
    response = editor_client.post(ADD_URL, {**form_data, "body": UNDESCRIBED})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["body"] == [IMAGE_2_MESSAGE]
    assert not Article.objects.exists()


def test_a_guide_whose_images_are_described_is_saved(editor_client, form_data):
    body = UNDESCRIBED.replace('alt=" "', 'alt="Where fluid collects"')

    response = editor_client.post(ADD_URL, {**form_data, "body": body})

    assert response.status_code == 302
    assert Article.objects.get().body == body


def test_an_faq_answer_with_an_undescribed_image_is_refused(editor_client):
    response = editor_client.post(
        reverse("admin:articles_faqentry_add"),
        {
            "question": "Where is the pleura?",
            "slug": "pleura",
            "answer": UNDESCRIBED,
            "category": CategoryFactory().pk,
            "order": "0",
            **NO_SOURCES,
        },
    )

    assert response.context["adminform"].form.errors["answer"] == [IMAGE_2_MESSAGE]
    assert not FaqEntry.objects.exists()


def test_a_site_page_with_an_undescribed_image_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:articles_page_add"),
        {"title": "About", "slug": "about", "body": UNDESCRIBED},
    )

    assert response.context["adminform"].form.errors["body"] == [IMAGE_2_MESSAGE]
