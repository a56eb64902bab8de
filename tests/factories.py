from datetime import timedelta

import factory
from django.utils import timezone

from articles.models import (
    Announcement,
    Article,
    Category,
    FaqEntry,
    Page,
    Person,
    PinnedRelatedArticle,
    Redirect,
    Reference,
    Tag,
)
from subscriptions.models import Subscriber


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    order = factory.Sequence(int)


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.Sequence(lambda n: f"tag-{n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    credentials = "MD, thoracic oncologist"


class ReviewerFactory(PersonFactory):
    is_medical_reviewer = True


class ArticleFactory(factory.django.DjangoModelFactory):
    """A reviewed guide, live since yesterday; traits make the other states."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Guide {n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    summary = "A short summary."
    body = "<p>What the treatment is.</p><h2>How it works</h2><p>Plainly.</p>"
    category = factory.SubFactory(CategoryFactory)
    author = factory.SubFactory(PersonFactory)
    medical_reviewer = factory.SubFactory(ReviewerFactory)
    status = Article.Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    first_published_at = factory.SelfAttribute("publish_at")
    last_reviewed_on = factory.LazyFunction(
        lambda: timezone.localdate() - timedelta(days=10)
    )
    next_review_due = factory.LazyAttribute(
        lambda article: (
            article.last_reviewed_on and article.last_reviewed_on + timedelta(days=365)
        )
    )

    class Params:
        draft = factory.Trait(status=Article.Status.DRAFT, publish_at=None)
        in_review = factory.Trait(status=Article.Status.IN_REVIEW, publish_at=None)
        scheduled = factory.Trait(
            publish_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=2)),
            first_published_at=None,
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)


class PinnedRelatedArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PinnedRelatedArticle

    from_article = factory.SubFactory(ArticleFactory)
    to_article = factory.SubFactory(ArticleFactory)


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    article = factory.SubFactory(ArticleFactory)
    citation = "Author A. A study. Journal. 2021;1(1):1-10."
    url = "https://example.org/study"


class FaqEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FaqEntry

    question = factory.Sequence(lambda n: f"Question {n}?")
    slug = factory.Sequence(lambda n: f"question-{n}")
    answer = "<p>An answer.</p>"
    category = factory.SubFactory(CategoryFactory)


class AnnouncementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Announcement

    text = "A new guide is out."
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    body = "<p>Page text.</p>"


class RedirectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Redirect

    old_path = factory.Sequence(lambda n: f"/guides/old-{n}/")
    new_path = factory.Sequence(lambda n: f"/guides/new-{n}/")


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed follower of every topic, mailed for each new guide."""

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
