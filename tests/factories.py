import io
import secrets
from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from PIL import Image, PngImagePlugin

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
    Revision,
    Tag,
    WorkflowEvent,
)
from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS, ensure_staff_groups
from articles.workflow import (
    SignOffDecision,
    normalized,
    revision_record,
    revision_sign_off,
    revision_submit,
)
from feedback.models import Feedback
from glossary.models import Term
from media_library.models import MediaFile
from media_library.services import media_file_add
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


def sign_off_as_is(subject, *, reviewer: Person, reviewed_on=None) -> WorkflowEvent:
    """Record that `reviewer` signed off the subject's text as it is now, and show it.

    A shortcut for tests that need a signed-off guide or FAQ entry: it writes what
    the workflow would (a revision, an approval, the public columns), so the
    database's commit check accepts it. Workflow tests go through articles.workflow.
    """
    reviewed_on = reviewed_on or timezone.localdate()
    latest = Revision.objects.of(subject).order_by("-number").first()
    revision = Revision.objects.create(
        **{subject.SUBJECT_FIELD: subject},
        number=latest.number + 1 if latest else 1,
        content=normalized(subject.medical_content()),
    )
    revision.refresh_from_db()
    approval = WorkflowEvent.objects.create(
        kind=WorkflowEvent.Kind.APPROVED,
        **{subject.SUBJECT_FIELD: subject},
        revision=revision,
        reviewer=reviewer,
        reviewer_name=reviewer.name,
        reviewer_credentials=reviewer.credentials,
        content_hash=revision.content_hash,
        reviewed_on=reviewed_on,
        next_review_due=reviewed_on + timedelta(days=365),
    )
    subject.sign_off = approval
    subject.medical_reviewer = reviewer
    subject.last_reviewed_on = reviewed_on
    subject.next_review_due = approval.next_review_due
    subject.save(
        update_fields=[
            "sign_off",
            "medical_reviewer",
            "last_reviewed_on",
            "next_review_due",
        ]
    )
    return approval


def sign_off_in_bulk(articles: list[Article], *, reviewer: Person) -> None:
    """sign_off_as_is for many guides at once, in five statements."""
    revisions = Revision.objects.bulk_create(
        Revision(
            article=article, number=1, content=normalized(article.medical_content())
        )
        for article in articles
    )
    hashes = dict(
        Revision.objects.filter(pk__in=[r.pk for r in revisions]).values_list(
            "pk", "content_hash"
        )
    )
    today = timezone.localdate()
    approvals = WorkflowEvent.objects.bulk_create(
        WorkflowEvent(
            kind=WorkflowEvent.Kind.APPROVED,
            article=article,
            revision=revision,
            reviewer=reviewer,
            reviewer_name=reviewer.name,
            reviewer_credentials=reviewer.credentials,
            content_hash=hashes[revision.pk],
            reviewed_on=today,
            next_review_due=today + timedelta(days=365),
        )
        for article, revision in zip(articles, revisions, strict=True)
    )
    for article, approval in zip(articles, approvals, strict=True):
        article.sign_off = approval
        article.medical_reviewer = reviewer
        article.last_reviewed_on = today
        article.next_review_due = approval.next_review_due
    Article.objects.bulk_update(
        articles,
        ["sign_off", "medical_reviewer", "last_reviewed_on", "next_review_due"],
    )


class ArticleFactory(factory.django.DjangoModelFactory):
    """A guide signed off 10 days ago, live since yesterday; traits make the other
    states (a draft has never been signed off)."""

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

    class Params:
        draft = factory.Trait(
            status=Article.Status.DRAFT,
            publish_at=None,
            first_published_at=None,
            medical_reviewer=None,
            last_reviewed_on=None,
        )
        scheduled = factory.Trait(
            publish_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=2)),
            first_published_at=None,
        )
        withdrawn = factory.Trait(
            status=Article.Status.WITHDRAWN, withdrawal_reason="Out of date."
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # One transaction: a transactional test commits each statement, and the
        # database checks a published guide's sign-off at commit.
        with transaction.atomic():
            article = super()._create(model_class, *args, **kwargs)
            if article.medical_reviewer is not None:
                sign_off_as_is(
                    article,
                    reviewer=article.medical_reviewer,
                    reviewed_on=article.last_reviewed_on,
                )
        return article


class PinnedRelatedArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PinnedRelatedArticle

    from_article = factory.SubFactory(ArticleFactory)
    to_article = factory.SubFactory(ArticleFactory)


class ReferenceFactory(factory.django.DjangoModelFactory):
    """A source of a guide (or of the FAQ entry given as faq_entry); a signed-off
    text is signed off again with it."""

    class Meta:
        model = Reference
        skip_postgeneration_save = True

    faq_entry = None
    article = factory.Maybe(
        "faq_entry",
        yes_declaration=None,
        no_declaration=factory.SubFactory(ArticleFactory),
    )
    citation = "Author A. A study. Journal. 2021;1(1):1-10."
    url = "https://example.org/study"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with transaction.atomic():
            reference = super()._create(model_class, *args, **kwargs)
            subject = reference.article or reference.faq_entry
            if subject.sign_off_id:
                sign_off_as_is(
                    subject,
                    reviewer=subject.medical_reviewer,
                    reviewed_on=subject.last_reviewed_on,
                )
        return reference


class FaqEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FaqEntry
        skip_postgeneration_save = True

    question = factory.Sequence(lambda n: f"Question {n}?")
    slug = factory.Sequence(lambda n: f"question-{n}")
    answer = "<p>An answer.</p>"
    category = factory.SubFactory(CategoryFactory)
    is_published = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with transaction.atomic():
            entry = super()._create(model_class, *args, **kwargs)
            if entry.is_published:
                sign_off_as_is(entry, reviewer=ReviewerFactory())
        return entry


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


class StaffUserFactory(factory.django.DjangoModelFactory):
    """A staff account in the Editors group, or in the one named by `group`."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    is_staff = True

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if not create:
            return
        name = extracted or EDITORS
        if not Group.objects.filter(name=name).exists():
            # Transactional tests flush the migration-made groups and permissions.
            ensure_staff_groups()
        self.groups.add(Group.objects.get(name=name))


def reviewer_account(person: Person | None = None):
    """A signed-in medical reviewer: an account in the reviewers' group, linked to a
    person who is a medical reviewer."""
    user = StaffUserFactory(group=MEDICAL_REVIEWERS)
    person = person or ReviewerFactory()
    person.user = user
    person.save(update_fields=["user"])
    return user


def approved(
    subject,
    *,
    editor=None,
    reviewer=None,
    what_changed: str = "",
    is_correction: bool = False,
    **changes,
) -> WorkflowEvent:
    """Take the subject's text, with `changes` to its medical fields, through the
    workflow: an editor records and submits it, a medical reviewer approves it.
    Returns the approval."""
    editor = editor or StaffUserFactory()
    content = {**subject.medical_content(), **changes}
    revision = revision_record(subject=subject, user=editor, content=content)
    revision_submit(revision=revision, user=editor)
    return revision_sign_off(
        revision=revision,
        user=reviewer or reviewer_account(),
        decision=SignOffDecision(
            approve=True,
            content_hash=revision.content_hash,
            what_changed=what_changed,
            is_correction=is_correction,
        ),
    )


class FeedbackFactory(factory.django.DjangoModelFactory):
    """A reader's answer under a guide (article=None: the FAQ page)."""

    class Meta:
        model = Feedback

    article = factory.SubFactory(ArticleFactory)
    helpful = True
    comment = ""


def image_content(
    width: int = 1000, height: int = 750, format: str = "JPEG", **save_options
) -> bytes:
    """The bytes of a picture (a gradient, so that renditions differ) in a format."""
    gradient = Image.linear_gradient("L")
    across = gradient.transpose(Image.Transpose.ROTATE_90)
    picture = Image.merge("RGB", (gradient, across, gradient)).resize((width, height))
    buffer = io.BytesIO()
    picture.save(buffer, format, **save_options)
    return buffer.getvalue()


class MediaFileFactory(factory.django.DjangoModelFactory):
    """A library image, added as an upload is: through media_library.services."""

    class Meta:
        model = MediaFile

    content = factory.LazyFunction(
        lambda: image_content(640, 480, format="PNG", pnginfo=_unique_png_text())
    )
    filename = "picture.png"
    title = factory.Sequence(lambda n: f"Picture {n}")
    alt_text = factory.Sequence(lambda n: f"A drawing of the chest, number {n}")
    caption = ""

    @classmethod
    def _create(cls, model_class, **fields):
        return media_file_add(**fields)


def _unique_png_text():
    # Different bytes for each picture: the library stores the same bytes once.
    info = PngImagePlugin.PngInfo()
    info.add_text("n", secrets.token_hex(8))
    return info


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Term

    term = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    definition = factory.LazyAttribute(lambda term: f"What {term.term} means.")
