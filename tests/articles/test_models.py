from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, PinnedRelatedArticle, Reference
from tests.factories import (
    AnnouncementFactory,
    ArticleFactory,
    CategoryFactory,
    FaqEntryFactory,
    MediaFileFactory,
    PinnedRelatedArticleFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def test_published_holds_only_live_published_guides():
    live = ArticleFactory()
    ArticleFactory(draft=True)
    ArticleFactory(withdrawn=True)
    ArticleFactory(scheduled=True)

    assert list(Article.objects.published()) == [live]


def test_scheduled_holds_published_guides_with_a_future_go_live():
    ArticleFactory()
    future = ArticleFactory(scheduled=True)

    assert list(Article.objects.scheduled()) == [future]


def test_drafts_holds_drafts_only():
    ArticleFactory()
    ArticleFactory(withdrawn=True)
    draft = ArticleFactory(draft=True)

    assert set(Article.objects.drafts()) == {draft}


def test_scheduled_guide_becomes_published_when_its_time_comes():
    article = ArticleFactory(scheduled=True)
    Article.objects.filter(pk=article.pk).update(
        publish_at=timezone.now() - timedelta(seconds=1)
    )

    assert list(Article.objects.published()) == [article]


def test_visible_to_shows_drafts_to_staff_only(django_user_model):
    draft = ArticleFactory(draft=True)
    reader = django_user_model.objects.create_user("reader")
    staff = django_user_model.objects.create_user("staff", is_staff=True)

    assert draft not in Article.objects.visible_to(reader)
    assert draft in Article.objects.visible_to(staff)


def test_body_text_is_derived_from_the_cleaned_body_on_save():
    article = ArticleFactory(
        body="<h2>Side effects</h2><p>Tiredness &amp; rash.</p><script>x()</script>"
        "<ul><li>One</li><li>Two</li></ul>"
    )

    assert article.body_text == "Side effects\nTiredness & rash.\nOne\nTwo"


@pytest.mark.parametrize(
    "fields",
    [
        {
            "last_reviewed_on": timezone.localdate(),
            "next_review_due": timezone.localdate(),
        },
        {"status": "published", "publish_at": None},
        {"featured_image": MediaFileFactory, "featured_image_alt": ""},
    ],
    ids=[
        "review-due-not-after-last-review",
        "published-without-time",
        "image-without-alt",
    ],
)
def test_article_check_constraints_hold_in_the_database(fields):
    article = ArticleFactory()
    fields = {
        name: value() if callable(value) else value for name, value in fields.items()
    }

    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(**fields)


def test_slugs_are_unique_in_the_database():
    ArticleFactory(slug="same")

    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(slug="same")


def test_announcement_must_end_after_it_starts():
    now = timezone.now()

    with pytest.raises(IntegrityError), transaction.atomic():
        AnnouncementFactory(starts_at=now, ends_at=now - timedelta(minutes=1))


def test_a_guide_cannot_pin_itself_or_the_same_guide_twice():
    article, other = ArticleFactory(), ArticleFactory()
    PinnedRelatedArticle.objects.create(from_article=article, to_article=other)

    with pytest.raises(IntegrityError), transaction.atomic():
        PinnedRelatedArticle.objects.create(from_article=article, to_article=article)
    with pytest.raises(IntegrityError), transaction.atomic():
        PinnedRelatedArticle.objects.create(from_article=article, to_article=other)


def test_current_announcement_is_between_start_and_end():
    now = timezone.now()
    current = AnnouncementFactory()
    AnnouncementFactory(
        starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=1)
    )
    AnnouncementFactory(
        starts_at=now - timedelta(days=2), ends_at=now - timedelta(days=1)
    )

    assert list(type(current).objects.current()) == [current]


class TestRelatedTo:
    def test_pinned_first_then_same_topic_then_shared_tags_then_newest(self):
        topic, other_topic = CategoryFactory(), CategoryFactory()
        lung, chemo = TagFactory(), TagFactory()
        now = timezone.now()
        article = ArticleFactory(category=topic, tags=[lung, chemo])
        pinned_second = ArticleFactory(category=other_topic)
        pinned_first = ArticleFactory(category=other_topic)
        PinnedRelatedArticleFactory(
            from_article=article, to_article=pinned_second, order=2
        )
        PinnedRelatedArticleFactory(
            from_article=article, to_article=pinned_first, order=1
        )
        same_topic_old = ArticleFactory(
            category=topic, publish_at=now - timedelta(days=30)
        )
        same_topic_two_tags = ArticleFactory(
            category=topic, tags=[lung, chemo], publish_at=now - timedelta(days=60)
        )
        ArticleFactory(category=other_topic, tags=[lung])  # fifth: cut by the limit

        related = list(Article.objects.published().related_to(article, limit=4))

        assert related == [
            pinned_first,
            pinned_second,
            same_topic_two_tags,
            same_topic_old,
        ]

    def test_never_the_guide_itself_nor_unpublished_guides(self):
        article = ArticleFactory()
        draft = ArticleFactory(draft=True, category=article.category)
        scheduled = ArticleFactory(scheduled=True, category=article.category)
        PinnedRelatedArticleFactory(from_article=article, to_article=draft)
        newest = ArticleFactory()

        related = list(Article.objects.published().related_to(article))

        assert related == [newest]
        assert scheduled not in related

    def test_same_topic_guide_sharing_tags_beats_newer_ones_on_the_topic(self):
        topic, lung, chemo = CategoryFactory(), TagFactory(), TagFactory()
        now = timezone.now()
        old_and_close = ArticleFactory(
            category=topic, tags=[lung, chemo], publish_at=now - timedelta(days=900)
        )
        newer = [
            ArticleFactory(category=topic, publish_at=now - timedelta(days=days))
            for days in range(1, 26)
        ]
        article = ArticleFactory(category=topic, tags=[lung, chemo])

        related = list(Article.objects.published().related_to(article, limit=4))

        assert related == [old_and_close, *newer[:3]]

    def test_other_topics_sharing_tags_come_before_the_newest_guides(self):
        lung, chemo = TagFactory(), TagFactory()
        now = timezone.now()
        article = ArticleFactory(tags=[lung, chemo])
        one_tag = ArticleFactory(tags=[lung], publish_at=now - timedelta(days=50))
        two_tags = ArticleFactory(
            tags=[lung, chemo], publish_at=now - timedelta(days=60)
        )
        newest = ArticleFactory(publish_at=now - timedelta(hours=2))
        ArticleFactory(publish_at=now - timedelta(days=3))

        related = list(Article.objects.published().related_to(article, limit=3))

        assert related == [two_tags, one_tag, newest]

    def test_fills_every_slot_in_one_query(self, django_assert_num_queries):
        article = ArticleFactory(tags=[TagFactory(), TagFactory()])
        ArticleFactory.create_batch(6)

        with django_assert_num_queries(1):
            related = list(Article.objects.published().related_to(article, limit=4))

        assert len(related) == 4


def test_a_source_belongs_to_one_guide_or_one_answer():
    guide, answer = ArticleFactory(), FaqEntryFactory()

    for both_or_neither in ({"article": guide, "faq_entry": answer}, {}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Reference.objects.create(citation="A study.", **both_or_neither)
    Reference.objects.create(citation="A study.", faq_entry=answer)

    assert list(answer.references.values_list("citation", flat=True)) == ["A study."]
