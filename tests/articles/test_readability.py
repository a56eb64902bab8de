"""The plain-language score: the grades, what is scored, where the grade is stored,
and the admin's live score and list column (articles/readability.py,
articles/admin/readability.py)."""

import importlib

import pytest
import textstat
from django.apps import apps
from django.test import Client
from django.urls import reverse

from articles.admin.guides import ArticleAdmin
from articles.admin.readability import LIVE_SCORE_MAX_CHARS
from articles.models import Article
from articles.readability import reading_grade, reading_score
from articles.workflow import revision_restore
from tests.articles.admin_forms import article_form_data, opened_version
from tests.factories import ArticleFactory, CategoryFactory, PersonFactory, approved
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db

SCORE_URL = reverse("admin:articles_article_readability")
CHANGELIST_URL = reverse("admin:articles_article_changelist")

PLAIN = (
    "Mesothelioma is a cancer of the thin lining around the lungs. "
    "Your care team will talk with you about treatment. "
    "Some people have surgery. Others take drugs that fight the cancer. "
    "Ask about anything you do not understand."
)
HARD = (
    "Multimodality therapeutic interventions incorporating extrapleural "
    "pneumonectomy, hyperthermic intraoperative chemotherapy and adjuvant "
    "hemithoracic radiotherapy demonstrate heterogeneous survival characteristics "
    "across institutional retrospective cohorts. "
    "Immunotherapeutic combinations demonstrated statistically significant "
    "prolongation of overall survival in randomized investigations. "
    "Median survival remained approximately eighteen months."
)
# Grade 12 or so: past any target a guide is given.
ABOVE_TARGET = f"<p>{HARD}</p>"
# About grade 5.
WITHIN_TARGET = f"<p>{PLAIN}</p>"
# The session (read, and renewed: 3), the user, their second factor, the
# awaiting-review count, their permissions (2), the filters' topics and reviewers, the
# guides' counts (2), the page of guides, the date hierarchy (2): none per guide,
# since the grade is a column of the guide's row.
QUERIES_OF_THE_GUIDE_LIST = 16


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


class TestScoring:
    @pytest.mark.parametrize("text", [PLAIN, HARD])
    def test_grades_of_plain_text_are_textstats(self, text):
        score = reading_score(text)

        assert score.grade == pytest.approx(
            textstat.flesch_kincaid_grade(text), abs=0.05
        )
        assert score.smog == pytest.approx(textstat.smog_index(text), abs=0.05)
        assert score.words == textstat.lexicon_count(text)

    def test_plain_words_grade_lower_than_jargon(self):
        assert reading_grade(PLAIN) < 8 < reading_grade(HARD)

    def test_markup_never_counts(self):
        marked_up = (
            "<p>Mesothelioma is a <strong>cancer</strong> of the thin lining around "
            'the <a href="https://example.org/extraordinarily-complicated-pathology" '
            'title="Unpronounceable terminology">lungs</a>.</p>'
            "<p>Your care team will talk with you about <em>treatment</em>.</p>"
            "<p>Some people have surgery. Others take <em>drugs</em> that fight "
            "the cancer.</p><p>Ask about anything you do not understand.</p>"
        )

        assert reading_score(marked_up) == reading_score(PLAIN)

    def test_a_heading_or_list_item_ends_a_sentence(self):
        listed = (
            "<h2>What happens next</h2><ul><li>You meet your care team</li>"
            "<li>You have a scan</li><li>You talk about treatment</li></ul>"
        )

        score = reading_score(listed)

        assert score.sentences == 4
        assert [s.words for s in score.longest_sentences] == [5, 4, 4]

    def test_flags_the_longest_sentences_with_their_word_counts(self):
        score = reading_score(f"<p>{PLAIN}</p><p>{HARD}</p>")

        assert [(s.words, s.text[:24]) for s in score.longest_sentences] == [
            (21, "Multimodality therapeuti"),
            (12, "Immunotherapeutic combin"),
            (11, "Mesothelioma is a cancer"),
        ]

    def test_flags_hard_words_most_frequent_first(self):
        score = reading_score(
            "<p>Chemotherapy can help. Your doctor explains chemotherapy. "
            "Pleural mesothelioma is rare.</p>"
        )

        words = [(hard.word, hard.count) for hard in score.hard_words]
        assert words[0] == ("chemotherapy", 2)
        assert ("mesothelioma", 1) in words
        assert "help" not in {word for word, _ in words}

    def test_no_text_has_no_grade(self):
        score = reading_score("<p> </p><figure></figure>")

        assert (score.grade, score.smog, score.words) == (None, None, 0)
        assert reading_grade("") is None

    def test_smog_needs_three_sentences(self):
        assert (
            reading_score("<p>One short sentence here. And one more.</p>").smog is None
        )


class TestStoredGrade:
    def test_saving_a_draft_stores_its_grade(self):
        guide = ArticleFactory(draft=True, body=ABOVE_TARGET)

        guide.refresh_from_db()
        assert guide.reading_grade == reading_grade(ABOVE_TARGET)

    def test_saving_in_the_admin_stores_the_grade_of_the_text_saved(
        self, editor_client
    ):
        data = article_form_data(
            category=CategoryFactory(), author=PersonFactory(), body=WITHIN_TARGET
        )

        editor_client.post(reverse("admin:articles_article_add"), data)

        guide = Article.objects.get(slug=data["slug"])
        assert guide.reading_grade == reading_grade(WITHIN_TARGET)

    def test_a_signed_off_guide_is_graded_on_the_text_editors_work_on(
        self, editor_client
    ):
        guide = ArticleFactory(body=WITHIN_TARGET)
        url = change_url(guide)
        data = article_form_data(
            category=guide.category,
            author=guide.author,
            title=guide.title,
            slug=guide.slug,
            body=ABOVE_TARGET,
            **opened_version(editor_client, url),
        )

        response = editor_client.post(url, data)

        assert response.status_code == 302
        guide.refresh_from_db()
        assert guide.body == WITHIN_TARGET  # readers keep the signed-off text
        assert guide.reading_grade == reading_grade(ABOVE_TARGET)

    def test_restoring_a_revision_grades_it(self, django_user_model):
        guide = ArticleFactory(body=WITHIN_TARGET)
        first = guide.revisions.get()
        approved(guide, body=ABOVE_TARGET)
        guide.refresh_from_db()
        assert guide.reading_grade == reading_grade(ABOVE_TARGET)

        revision_restore(
            revision=first, user=django_user_model.objects.create_user("restorer")
        )

        guide.refresh_from_db()
        assert guide.reading_grade == reading_grade(WITHIN_TARGET)

    def test_the_migration_grades_the_guides_there_are(self):
        draft = ArticleFactory(draft=True, body=WITHIN_TARGET)
        signed = ArticleFactory(body=WITHIN_TARGET)
        approved(signed, body=ABOVE_TARGET)  # a newer revision waits for publishing
        Article.objects.update(reading_grade=None)
        migration = importlib.import_module(
            "articles.migrations.0022_article_reading_grade"
        )

        migration.grade_guides(apps, None)

        draft.refresh_from_db()
        signed.refresh_from_db()
        assert draft.reading_grade == reading_grade(WITHIN_TARGET)
        assert signed.reading_grade == reading_grade(ABOVE_TARGET)


class TestLiveScore:
    def test_answers_the_grades_target_and_flags(self, editor_client, settings):
        settings.READABILITY_TARGET_GRADE = 6

        response = editor_client.post(SCORE_URL, {"text": ABOVE_TARGET})

        assert response.status_code == 200
        score = response.json()
        assert score["grade"] == reading_grade(ABOVE_TARGET)
        assert score["smog"] == reading_score(ABOVE_TARGET).smog > 8
        assert (score["target"], score["above_target"]) == (6, True)
        assert score["longest_sentences"][0]["words"] == 21
        assert {"word": "pneumonectomy", "count": 1} in score["hard_words"]

    def test_plain_text_is_within_the_default_target(self, editor_client):
        score = editor_client.post(SCORE_URL, {"text": WITHIN_TARGET}).json()

        assert (score["target"], score["above_target"]) == (8, False)

    def test_anonymous_is_sent_to_sign_in(self, client):
        response = client.post(SCORE_URL, {"text": WITHIN_TARGET})

        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))

    def test_a_signed_in_reader_who_is_not_staff_is_sent_to_sign_in(
        self, client, django_user_model
    ):
        client.force_login(django_user_model.objects.create_user("reader"))

        response = client.post(SCORE_URL, {"text": WITHIN_TARGET})

        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))

    def test_staff_who_cannot_edit_guides_are_refused(self, reviewer_client):
        response = reviewer_client.post(SCORE_URL, {"text": WITHIN_TARGET})

        assert response.status_code == 403

    def test_a_post_without_the_csrf_token_is_refused(self, django_user_model):
        staff = django_user_model.objects.create_superuser("boss")
        client = sign_in_staff(Client(enforce_csrf_checks=True), staff)

        response = client.post(SCORE_URL, {"text": WITHIN_TARGET})

        assert response.status_code == 403

    def test_only_post_is_answered(self, editor_client):
        assert editor_client.get(SCORE_URL).status_code == 405

    def test_no_text_is_a_bad_request(self, editor_client):
        response = editor_client.post(SCORE_URL, {"body": WITHIN_TARGET})

        assert response.status_code == 400
        assert "text" in response.json()["error"]

    def test_text_past_the_cap_is_refused_with_a_reason(self, editor_client):
        response = editor_client.post(
            SCORE_URL, {"text": "<p>Word.</p>" * (LIVE_SCORE_MAX_CHARS // 12 + 1)}
        )

        assert response.status_code == 413
        assert "too long to score as you type" in response.json()["error"]

    def test_text_at_the_cap_is_scored(self, editor_client):
        sentence = "<p>The care team explains each step of the treatment.</p>"
        text = sentence * (LIVE_SCORE_MAX_CHARS // len(sentence))

        response = editor_client.post(SCORE_URL, {"text": text})

        assert response.status_code == 200
        assert response.json()["sentences"] == LIVE_SCORE_MAX_CHARS // len(sentence)

    def test_the_form_has_the_live_region_and_script(self, editor_client):
        page = editor_client.get(reverse("admin:articles_article_add")).content
        page = page.decode()

        assert f'data-url="{SCORE_URL}"' in page
        assert 'role="status"' in page
        assert "js/admin-readability" in page


class TestGuideList:
    def test_shows_each_grade_and_marks_those_above_the_target(self, editor_client):
        ArticleFactory(title="Plain guide", body=WITHIN_TARGET)
        ArticleFactory(title="Hard guide", body=ABOVE_TARGET)

        page = editor_client.get(CHANGELIST_URL).content.decode()

        plain = f"{reading_grade(WITHIN_TARGET):.1f}"
        hard = f"{reading_grade(ABOVE_TARGET):.1f}"
        assert f'<td class="field-reading_grade_label">{plain}</td>' in page
        assert (
            f'<span class="grade-above-target">{hard} <span>(above 8)</span></span>'
            in page
        )

    def test_sorts_by_grade(self, editor_client):
        ArticleFactory(title="Hard guide", body=ABOVE_TARGET)
        ArticleFactory(title="Plain guide", body=WITHIN_TARGET)
        # The changelist numbers its columns after the checkbox column of actions.
        column = 1 + ArticleAdmin.list_display.index("reading_grade_label")

        page = editor_client.get(CHANGELIST_URL, {"o": str(column)}).content.decode()

        assert page.index("Plain guide") < page.index("Hard guide")

    @pytest.mark.parametrize("guides", [1, 6])
    def test_costs_the_same_queries_for_any_number_of_guides(
        self, editor_client, django_assert_num_queries, guides
    ):
        ArticleFactory.create_batch(guides, body=WITHIN_TARGET)

        with django_assert_num_queries(QUERIES_OF_THE_GUIDE_LIST):
            response = editor_client.get(CHANGELIST_URL)

        assert response.status_code == 200
