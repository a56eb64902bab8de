from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from procrastinate.contrib.django import app

from articles import search
from articles.models import (
    Article,
    ArticleSearchHead,
    SearchSynonym,
    SearchTermCount,
    SearchWord,
    Tag,
    UnansweredSearch,
)
from articles.search import ranking
from articles.search.query import build_query, read_query, replace_synonyms
from articles.search.ranking import ranked_guides
from articles.search.suggestions import suggest
from articles.services import signed_text_publish, signed_text_withdraw
from articles.tasks import count_search_terms
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    TagFactory,
    approved,
    sign_off_in_bulk,
)

pytestmark = pytest.mark.django_db

SEARCH_URL = reverse("articles:search")


def described(query: str, **kwargs) -> search.Outcome:
    """A search with every result described, as if all were on the page."""
    outcome = search.search(query, **kwargs)
    outcome.describe(outcome.results)
    return outcome


def titles(query: str, **kwargs) -> list[str]:
    return [result.title for result in described(query, **kwargs).results]


@pytest.fixture
def guides():
    """A small library: each guide is found by its own words."""
    surgery = CategoryFactory(name="Surgery", slug="surgery")
    return {
        "pembro": ArticleFactory(
            title="Pembrolizumab with chemotherapy",
            body="<p>Pembrolizumab is given with pemetrexed and a platinum drug.</p>",
        ),
        "surgery": ArticleFactory(
            title="Surgery for pleural mesothelioma",
            category=surgery,
            body="<p>An operation to remove the pleura, followed by chemotherapy.</p>",
        ),
        "radiation": ArticleFactory(
            title="Radiation to ease pain",
            body="<p>Radiation can ease chest pain. Not surgery or chemotherapy.</p>",
        ),
        "immuno": ArticleFactory(
            title="Immunotherapy for mesothelioma",
            body="<p>Checkpoint drugs help the immune system attack cancer cells.</p>",
        ),
    }


def test_a_brand_name_finds_the_generic_guide(guides):
    SearchSynonym.objects.create(term="Keytruda", equivalents="pembrolizumab")

    assert titles("keytruda") == ["Pembrolizumab with chemotherapy"]


def test_two_brand_names_find_the_guide_naming_both_generics():
    ArticleFactory(
        title="A pair of immunotherapy drugs",
        body="<p>Nivolumab and ipilimumab are given together.</p>",
    )
    SearchSynonym.objects.create(term="Opdivo", equivalents="nivolumab")
    SearchSynonym.objects.create(term="Yervoy", equivalents="ipilimumab")

    assert titles("opdivo and yervoy") == ["A pair of immunotherapy drugs"]


def test_every_synonym_in_a_long_query_counts():
    ArticleFactory(
        title="Four drugs",
        body="<p>Nivolumab, ipilimumab, pemetrexed and carboplatin.</p>",
    )
    for brand, generic in [
        ("Opdivo", "nivolumab"),
        ("Yervoy", "ipilimumab"),
        ("Alimta", "pemetrexed"),
        ("Paraplatin", "carboplatin"),
    ]:
        SearchSynonym.objects.create(term=brand, equivalents=generic)

    assert titles("opdivo yervoy alimta paraplatin") == ["Four drugs"]
    assert titles("opdivo yervoy alimta -paraplatin") == []


def test_synonyms_apply_inside_a_quoted_phrase():
    ArticleFactory(title="Side effects of pembrolizumab")
    ArticleFactory(title="Pembrolizumab and its side effects")
    keytruda = SearchSynonym.objects.create(
        term="Keytruda", equivalents="pembrolizumab"
    )

    assert replace_synonyms('"Side effects of Keytruda"') == (
        f'"side effects of synonym{keytruda.pk}x"',
        {f"synonym{keytruda.pk}x": ["keytruda", "pembrolizumab"]},
    )
    assert titles('"side effects of keytruda"') == ["Side effects of pembrolizumab"]


def test_a_slash_between_words_means_either(guides):
    assert read_query("keytruda/opdivo 1/2").text == "keytruda or opdivo 1/2"
    assert titles("surgery/immunotherapy") == [
        "Immunotherapy for mesothelioma",
        "Surgery for pleural mesothelioma",
        "Radiation to ease pain",
    ]


def test_a_hyphen_between_words_means_both(guides):
    SearchSynonym.objects.create(term="lung lining", equivalents="pleura, pleural")
    ArticleFactory(title="Pleural effusion", body="<p>Fluid builds up.</p>")

    assert read_query("pleural-effusion -chemo PD-1").text == (
        "pleural effusion -chemo PD-1"
    )
    # Both words first; then, as for any query of plain words, guides with one.
    assert titles("pleural-effusion") == [
        "Pleural effusion",
        "Surgery for pleural mesothelioma",
    ]
    # A word joined to a number is another word.
    assert replace_synonyms("pleural-1") == ("pleural-1", {})


def test_a_lay_phrase_finds_the_clinical_word(guides):
    SearchSynonym.objects.create(term="lung lining", equivalents="pleura, pleural")

    assert titles("lung lining") == ["Surgery for pleural mesothelioma"]


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def test_guides_with_most_of_the_words_come_next_when_none_has_all():
    ArticleFactory(title="Pleural effusion", body="<p>Fluid on the lung.</p>")
    ArticleFactory(title="Chemotherapy for pleural mesothelioma")
    ArticleFactory(title="Eating well", body="<p>Chemotherapy can change taste.</p>")
    ArticleFactory(title="Caring for someone", body="<p>Rest.</p>")

    # No guide names all three words: those naming two come before those naming one
    # (a title counting more than a body), and a guide naming none is not listed.
    assert titles("pleural chemotherapy hope") == [
        "Chemotherapy for pleural mesothelioma",
        "Pleural effusion",
        "Eating well",
    ]


def test_the_page_says_which_results_have_only_some_of_the_words(client):
    ArticleFactory(title="Chemotherapy for pleural mesothelioma")
    ArticleFactory(title="Pleural effusion")
    ArticleFactory(title="Eating well", body="<p>Chemotherapy can change taste.</p>")

    page = client.get(SEARCH_URL, {"q": "pleural chemotherapy"}).content.decode()

    assert (
        "1 result with all the words of “pleural chemotherapy”, then 2 with some of "
        "them." in page
    )
    assert page.count("Has some of your words") == 2


def test_a_rare_word_of_the_query_says_more_than_a_common_one():
    for n in range(4):
        ArticleFactory(title=f"Pleural mesothelioma: part {n}", publish_at=days_ago(9))
    ArticleFactory(
        title="Chemotherapy",
        body="<p>Pemetrexed for pleural disease.</p>",
        publish_at=days_ago(5),
    )
    ArticleFactory(
        title="Surgery for pleural mesothelioma",
        body="<p>Chemotherapy comes first.</p>",
        publish_at=days_ago(1),  # newer: it would win a tie
    )

    # Both name both words, one of them in the title. Until the worker counts how
    # many guides name each word, the words weigh the same: the newer comes first.
    assert titles("pleural chemotherapy")[:2] == [
        "Surgery for pleural mesothelioma",
        "Chemotherapy",
    ]
    SearchTermCount.objects.refresh()
    # "Pleural" is in five titles, "chemotherapy" in one: the guide titled with the
    # rarer word comes first.
    assert titles("pleural chemotherapy")[:2] == [
        "Chemotherapy",
        "Surgery for pleural mesothelioma",
    ]


def test_the_terms_counted_are_those_of_live_guides_heads():
    ArticleFactory(
        title="Pleural effusion", summary="Fluid.", tags=[TagFactory(name="Drains")]
    )
    ArticleFactory(title="Pleurodesis", summary="Fluid.")
    ArticleFactory(title="Pleural drain", draft=True)
    ArticleFactory(title="Pleural talc", publish_at=timezone.now() + timedelta(days=1))
    SearchTermCount.objects.create(term="stale", guides=9)

    SearchTermCount.objects.refresh()

    assert dict(SearchTermCount.objects.values_list("term", "guides")) == {
        "": 2,  # live guides
        "pleural": 1,
        "effus": 1,
        "fluid": 2,
        "drain": 1,  # a tag
        "pleurodesi": 1,
    }


def test_the_worker_counts_the_terms_every_day():
    ArticleFactory(title="Pleurodesis")

    count_search_terms(timestamp=int(timezone.now().timestamp()))

    assert SearchTermCount.objects.get(term="pleurodesi").guides == 1
    schedule = app.periodic_registry.periodic_tasks[
        (count_search_terms.name, "count_search_terms")
    ]
    assert schedule.cron == "20 4 * * *"


def test_stop_words_are_not_weighed_and_the_others_are():
    ArticleFactory(title="Pleural effusion")
    ArticleFactory(title="Surgery")
    SearchTermCount.objects.refresh()

    words = ranking.weighted_words(build_query("what is a pleural effusion"))

    assert len(words) == 2  # "what", "is", "a" are not searched for
    assert all(weight > 1 for _, weight in words)


def test_a_word_naming_the_topic_puts_the_guides_filed_under_it_first():
    chemotherapy = CategoryFactory(name="Chemotherapy")
    ArticleFactory(
        title="Chemotherapy with pemetrexed",
        category=chemotherapy,
        publish_at=days_ago(30),
    )
    ArticleFactory(
        title="Side effects of chemotherapy",
        category=CategoryFactory(name="Living with mesothelioma"),
        publish_at=days_ago(1),
    )

    for query in ("chemotherapy", "chemotherapy drugs"):
        assert titles(query) == [
            "Chemotherapy with pemetrexed",
            "Side effects of chemotherapy",
        ], query


def test_a_misspelling_is_suggested_and_its_results_shown(guides):
    outcome = described("immunotheraphy")

    assert outcome.suggestion == "immunotherapy"
    assert outcome.showing_suggestion
    assert [r.title for r in outcome.results] == ["Immunotherapy for mesothelioma"]


def test_the_suggestion_is_the_close_word_fewest_slips_away():
    ArticleFactory(title="Draining a pleural effusion")
    TagFactory(name="Pleura")

    # "pleura" shares more trigrams with "pleurel"; "pleural" is one letter off.
    assert suggest("pleurel effusion") == "pleural effusion"
    assert suggest("pleural effusion") == ""
    # Swapped letters share few trigrams, but are only two edits away.
    assert suggest("pleural effsuion") == "pleural effusion"


def test_a_quoted_phrase_matches_only_the_phrase(guides):
    assert titles('"ease chest pain"') == ["Radiation to ease pain"]
    assert titles('"pain chest"') == []


def test_a_minus_word_excludes(guides):
    SearchSynonym.objects.create(term="chemo", equivalents="chemotherapy")

    assert titles("surgery") == [
        "Surgery for pleural mesothelioma",
        "Radiation to ease pain",
    ]
    assert titles("surgery -chemotherapy") == []
    assert "Pembrolizumab with chemotherapy" not in titles("pemetrexed -chemo")


def test_title_matches_rank_above_body_matches(guides):
    assert titles("surgery")[0] == "Surgery for pleural mesothelioma"


def test_tags_are_searchable_and_kept_current(guides):
    tag = TagFactory(name="Opdivo")
    guides["immuno"].tags.add(tag)
    assert titles("opdivo") == ["Immunotherapy for mesothelioma"]

    Tag.objects.filter(pk=tag.pk).update(name="Renamed")
    assert titles("opdivo") == []
    assert titles("renamed") == ["Immunotherapy for mesothelioma"]

    guides["immuno"].tags.remove(tag)
    assert titles("renamed") == []


def test_faq_answers_appear_marked_as_questions(guides):
    entry = FaqEntryFactory(
        question="Will I lose my hair?", answer="<p>Hair loss is rare.</p>"
    )

    (result,) = described("hair").results

    assert result.kind == "question"
    assert result.title == "Will I lose my hair?"
    assert result.url == f"{reverse('articles:faq')}#{entry.slug}"
    assert result.category == entry.category.name
    assert "<mark>Hair</mark>" in result.snippet


def test_drafts_scheduled_and_unpublished_answers_never_appear():
    ArticleFactory(title="Secret draft about asbestos", draft=True)
    ArticleFactory(title="Future guide about asbestos", scheduled=True)
    FaqEntryFactory(question="Hidden asbestos question?", is_published=False)

    assert titles("asbestos") == []


def test_a_topic_filter_keeps_that_topic(guides):
    surgery = guides["surgery"].category

    assert titles("chemotherapy", category=surgery) == [
        "Surgery for pleural mesothelioma"
    ]


def test_an_editor_can_promote_a_guide_for_a_term(guides):
    guides["radiation"].promotions.create(term="Pain")

    results = described("pain").results

    assert results[0].title == "Radiation to ease pain"
    assert results[0].promoted


def test_snippets_carry_no_html_from_the_body(client):
    ArticleFactory(
        title="Escaping",
        body="<p>Mesothelioma &lt;b&gt;bold&lt;/b&gt; 5 &lt; 6 &amp; 7 treatment.</p>",
    )

    content = client.get(SEARCH_URL, {"q": "mesothelioma treatment"}).content.decode()
    snippet = content[content.index('<p class="snippet">') :].split("</p>")[0]

    assert "<mark>Mesothelioma</mark>" in snippet
    assert "<b>" not in snippet
    assert "5 &lt; 6 &amp; 7" in snippet


def test_searches_that_find_nothing_are_counted_without_personal_data(client):
    client.get(SEARCH_URL, {"q": "  Asbestos  Lawyer "}, REMOTE_ADDR="203.0.113.9")
    client.get(SEARCH_URL, {"q": "asbestos lawyer"})

    entry = UnansweredSearch.objects.get()
    assert entry.query == "asbestos lawyer"
    assert entry.count == 2
    assert "203.0.113.9" not in str(list(UnansweredSearch.objects.values()))


def test_searching_only_reads(django_assert_max_num_queries):
    # Synonyms, the words' weights; guides with both words, then with either (head,
    # recent, bodies, each); FAQ, promoted guides; the suggestion's four lookups.
    with django_assert_max_num_queries(14) as captured:
        outcome = search.search("asbestos lawyer")

    assert outcome.found_nothing
    assert not any(
        query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        for query in captured.captured_queries
    )
    assert not UnansweredSearch.objects.exists()


def test_a_search_answered_only_by_its_suggestion_is_counted(client, guides):
    response = client.get(SEARCH_URL, {"q": "pembrolizumub"})

    assert response.context["outcome"].showing_suggestion
    assert UnansweredSearch.objects.get().query == "pembrolizumub"


def test_a_search_that_finds_guides_is_not_counted(client, guides):
    client.get(SEARCH_URL, {"q": "pembrolizumab"})

    assert not UnansweredSearch.objects.exists()


class TestSearchHead:
    """The head table follows its guide, whoever changes it: title A, summary and
    tags B, and the status, go-live time and topic a search filters by."""

    def head(self, article) -> ArticleSearchHead:
        return ArticleSearchHead.objects.get(article=article)

    def test_a_new_guide_gets_its_head(self):
        guide = ArticleFactory(
            title="Pleural effusion",
            summary="Fluid around the lung.",
            body="<p>Only in the body: thoracentesis.</p>",
            tags=[TagFactory(name="Breathing")],
        )

        head = self.head(guide)
        assert (
            str(head.vector)
            == "'around':4B 'breath':7B 'effus':2A 'fluid':3B 'lung':6B 'pleural':1A"
        )
        assert (head.status, head.publish_at, head.category) == (
            guide.status,
            guide.publish_at,
            guide.category,
        )

    def test_edits_tags_and_publishing_reach_the_head(self):
        guide = ArticleFactory(title="Old title", draft=True)
        other_topic = CategoryFactory()
        tag = TagFactory(name="Nausea")

        guide.title = "New title"
        guide.category = other_topic
        guide.save()
        guide.tags.add(tag)
        Tag.objects.filter(pk=tag.pk).update(name="Sickness")
        go_live = timezone.now() + timedelta(hours=1)
        signed_text_publish(sign_off=approved(guide), at=go_live)

        head = self.head(guide)
        assert "new" in str(head.vector) and "old" not in str(head.vector)
        assert "'sick':" in str(head.vector) and "nausea" not in str(head.vector)
        assert (head.status, head.publish_at, head.category) == (
            Article.Status.PUBLISHED,
            go_live,
            other_topic,
        )

    def test_a_deleted_guide_takes_its_head_along(self):
        guide = ArticleFactory(draft=True)  # a draft never submitted may be deleted

        guide.delete()

        assert not ArticleSearchHead.objects.exists()


class TestSearchWords:
    """The words "Did you mean" knows from titles: those of guides that have gone
    live, kept by a trigger whoever changes the guide."""

    def words(self) -> dict[str, int]:
        return dict(SearchWord.objects.values_list("word", "guides"))

    def test_live_titles_count_drafts_and_scheduled_ones_do_not(self):
        ArticleFactory(title="Pleurectomy and decortication")
        ArticleFactory(title="Decortication: recovery")
        ArticleFactory(title="Secret draft", draft=True)
        ArticleFactory(title="Tumour treating fields", scheduled=True)

        assert self.words() == {"pleurectomy": 1, "decortication": 2, "recovery": 1}

    def test_going_live_renaming_and_removing_keep_the_counts(self):
        scheduled = ArticleFactory(title="Tumour treating fields", scheduled=True)
        other = ArticleFactory(title="Fields of care")

        Article.objects.filter(pk=scheduled.pk).update(
            publish_at=timezone.now(), first_published_at=timezone.now()
        )
        assert self.words() == {"tumour": 1, "treating": 1, "fields": 2, "care": 1}

        scheduled.refresh_from_db()
        scheduled.title = "Tumour treating fields (TTFields)"
        signed_text_publish(sign_off=approved(scheduled))
        assert self.words()["ttfields"] == 1

        signed_text_withdraw(subject=scheduled, reason="Out of date.")
        assert self.words() == {"fields": 1, "care": 1}

        signed_text_withdraw(subject=other, reason="Merged into another guide.")
        assert self.words() == {}

    def test_a_scheduled_title_is_not_suggested_before_it_goes_live(self):
        ArticleFactory(title="Tumour treating fields", scheduled=True)

        assert suggest("tumor treeting") == ""


class TestGuideRanking:
    def test_guides_naming_all_the_words_up_top_come_before_body_matches(self):
        """A guide that says "side effects" ten times in its body still comes after
        one that names both words in its title or summary."""
        ArticleFactory(
            title="Pembrolizumab",
            body="<p>" + "Side effects of pembrolizumab. " * 10 + "</p>",
        )
        ArticleFactory(
            title="Side effects of checkpoint drugs",
            summary="What pembrolizumab can do to skin and gut.",
        )

        assert titles("pembrolizumab side effects") == [
            "Side effects of checkpoint drugs",
            "Pembrolizumab",
        ]

    def test_many_head_matches_rank_the_newest_candidates_without_bodies(
        self, monkeypatch
    ):
        monkeypatch.setattr(ranking, "RESULTS_PER_KIND", 2)
        monkeypatch.setattr(ranking, "HEAD_CANDIDATES", 3)
        now = timezone.now()

        def guide(title, days_ago, body="<p>About fatigue.</p>"):
            ArticleFactory(
                title=title, body=body, publish_at=now - timedelta(days=days_ago)
            )

        guide("Fatigue: newest", 1)
        guide("Fatigue: second", 2)
        guide("Fatigue, fatigue, fatigue: third", 3, body="<p>Fatigue.</p>" * 5)
        guide("Fatigue, fatigue, fatigue: oldest", 4, body="<p>Fatigue.</p>" * 9)
        guide("Only the body", 0, body="<p>Fatigue.</p>" * 20)

        # Ranked among the newest three that name it up top; the oldest and the
        # body-only guide are not candidates.
        assert titles("fatigue") == [
            "Fatigue, fatigue, fatigue: third",
            "Fatigue: newest",
        ]

    def test_candidates_come_from_the_recent_guides_and_the_newest_matches(
        self, monkeypatch
    ):
        monkeypatch.setattr(ranking, "RESULTS_PER_KIND", 2)
        monkeypatch.setattr(ranking, "RECENT_GUIDES", 4)
        now = timezone.now()

        def guide(title, days_ago):
            ArticleFactory(title=title, publish_at=now - timedelta(days=days_ago))

        guide("Fatigue", 1)
        guide("Rest", 2)
        guide("Sleep", 3)
        guide("Fatigue and rest", 4)  # the fourth newest: the window starts here
        guide("Fatigue, fatigue, fatigue", 5)  # would rank first, but is older
        guide("Sleep, sleep, sleep", 6)
        guide("Sleep well", 7)

        # Equal ranks: the newer first.
        assert titles("fatigue") == ["Fatigue", "Fatigue and rest"]
        # One match in the window: the two newest anywhere are the candidates.
        assert titles("sleep") == ["Sleep, sleep, sleep", "Sleep"]
        guide("Fatigue, a new guide", 0)  # the window starts a day later now
        assert titles("fatigue") == ["Fatigue, a new guide", "Fatigue"]

    def test_few_head_matches_search_the_bodies_too(self, monkeypatch):
        monkeypatch.setattr(ranking, "RESULTS_PER_KIND", 3)
        ArticleFactory(title="Fatigue", body="<p>Rest.</p>")
        ArticleFactory(title="Only the body", body="<p>Fatigue.</p>" * 20)
        ArticleFactory(title="Unrelated", body="<p>Rest.</p>")

        assert titles("fatigue") == ["Fatigue", "Only the body"]

    def test_queries_per_guide_search(self, monkeypatch, django_assert_num_queries):
        monkeypatch.setattr(ranking, "RESULTS_PER_KIND", 2)
        monkeypatch.setattr(ranking, "RECENT_GUIDES", 2)
        query = build_query("surgery")
        ArticleFactory(title="Surgery")

        # Few name it up top: the head, the start of the recent guides, all bodies.
        with django_assert_num_queries(3):
            assert len(ranked_guides(query)) == 1
        ArticleFactory(body="<p>Surgery.</p>")
        ArticleFactory(body="<p>Surgery.</p>")
        # The two newest bodies are enough: the head, the start, the recent bodies.
        with django_assert_num_queries(3):
            assert len(ranked_guides(query)) == 2
        ArticleFactory(title="Surgery again")
        # Enough name it up top: the head, the start, the candidates ranked.
        with django_assert_num_queries(3):
            assert len(ranked_guides(query)) == 2


def test_guide_search_uses_the_gin_indexes(guides):
    template = guides["radiation"]
    many = Article.objects.bulk_create(
        Article(
            title=f"Living well {n}",
            slug=f"living-well-{n}",
            summary="Daily life.",
            body_text="Rest, food and walks help many people feel stronger.",
            category=template.category,
            author=template.author,
            status=Article.Status.PUBLISHED,
            publish_at=template.publish_at,
        )
        for n in range(2000)
    )
    sign_off_in_bulk(many, reviewer=template.medical_reviewer)
    with connection.cursor() as cursor:
        # Rows just inserted wait in the GIN pending list until a vacuum merges them.
        cursor.execute("SELECT gin_clean_pending_list('article_search_vector')")
        cursor.execute("SELECT gin_clean_pending_list('search_head_vector')")
        cursor.execute("ANALYZE articles_article")
        cursor.execute("ANALYZE articles_articlesearchhead")
    query = build_query("surgery")

    head_plan = ArticleSearchHead.objects.published().search(query).explain()
    body_plan = Article.objects.published().search(query).explain()

    assert "Bitmap Index Scan on search_head_vector" in head_plan, head_plan
    assert "Bitmap Index Scan on article_search_vector" in body_plan, body_plan


def test_search_vectors_stay_in_the_row():
    """Ranking reads every match's vector; out of line (TOAST) each is a second
    lookup (migrations 0005 and 0007)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attrelid::regclass::text, attstorage FROM pg_attribute"
            " WHERE attname = 'search_vector' AND attrelid IN"
            " ('articles_article'::regclass, 'articles_faqentry'::regclass)"
            " ORDER BY 1"
        )
        assert cursor.fetchall() == [
            ("articles_article", "m"),
            ("articles_faqentry", "m"),
        ]


class TestSearchPage:
    def test_announces_the_result_count_and_keeps_the_query(self, client, guides):
        response = client.get(SEARCH_URL, {"q": "surgery"})

        content = response.content.decode()
        assert response.status_code == 200
        assert '<div role="status"' in content
        assert "2 results for “surgery”" in content
        assert 'value="surgery"' in content

    def test_suggests_when_little_is_found(self, client, guides):
        content = client.get(SEARCH_URL, {"q": "immunotheraphy"}).content.decode()

        assert "Showing 1 result for “<strong>immunotherapy</strong>”" in content

    @pytest.mark.parametrize(
        "query",
        [
            "",
            "the and of",
            "& | ! : * ( ) ' \" \\",
            "x" * 1000,
            "lung\x00cancer",
            "😀 chemo 💊",
            "العلاج المناعي",
            "<script>alert(1)</script>",
        ],
        ids=["empty", "stop-words", "operators", "long", "nul", "emoji", "rtl", "html"],
    )
    def test_odd_queries_get_a_clear_page(self, client, guides, query):
        response = client.get(SEARCH_URL, {"q": query})

        assert response.status_code == 200
        assert b"<script>alert(1)" not in response.content

    def test_an_unknown_topic_is_ignored_with_a_note(self, client, guides):
        response = client.get(SEARCH_URL, {"q": "surgery", "topic": "nope"})

        assert response.status_code == 200
        assert b"We do not know that topic" in response.content

    def test_every_page_has_the_search_box_and_opensearch(self, client):
        home = client.get(reverse("articles:home")).content.decode()
        description = client.get(reverse("articles:opensearch"))

        assert 'role="search"' in home and 'name="q"' in home
        assert 'rel="search" type="application/opensearchdescription+xml"' in home
        assert description["Content-Type"] == "application/opensearchdescription+xml"
        assert b"/search/?q={searchTerms}" in description.content


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=300), topic=st.text(max_size=20))
def test_any_text_gets_a_results_page(client, query, topic):
    response = client.get(SEARCH_URL, {"q": query, "topic": topic})

    assert response.status_code == 200


def test_a_search_that_finds_nothing_offers_topics_the_faq_the_glossary_and_contact(
    client,
):
    CategoryFactory(name="Surgery", slug="surgery")

    content = client.get(SEARCH_URL, {"q": "asbestos compensation"}).content.decode()

    section = content[content.index('<section class="no-results"') :]
    assert '<a href="/topics/surgery/">Surgery</a>' in section
    assert '<a href="/faq/">questions and answers</a>' in section
    assert '<a href="/glossary/">glossary</a>' in section
    assert '<a href="/contact/">Tell us what you were looking for</a>' in section
