import re
import secrets
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import slugify

from articles import demo_content
from articles.models import (
    Announcement,
    Article,
    Category,
    FaqEntry,
    Page,
    Person,
    PinnedRelatedArticle,
    Reference,
    SearchSynonym,
    SearchTermCount,
    Tag,
)
from articles.services import signed_text_publish
from articles.signals import demo_loaded
from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS, ensure_staff_groups
from articles.workflow import (
    SignOffDecision,
    revision_record,
    revision_sign_off,
    revision_submit,
)
from media_library.services import media_file_add

DEMO_ACCOUNTS = [
    # username, group, the Person the account belongs to, where review reminders go
    ("editor", EDITORS, "rachel-morgan", "editor@example.org"),
    ("reviewer", MEDICAL_REVIEWERS, "samuel-adeyemi", "reviewer@example.org"),
    ("reviewer2", MEDICAL_REVIEWERS, "lena-fischer", "reviewer2@example.org"),
]


class Command(BaseCommand):
    help = (
        "Load the demo guides, FAQ, pages and staff accounts. Idempotent: what exists "
        "already (matched by slug or username) is left as it is, edits included."
    )

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            people = self.load_people()
            passwords = self.load_accounts()
            created = self.load_content(people)
            for _, more in demo_loaded.send(sender=self.__class__):
                created.update(more)
        if any(created.values()):
            summary = ", ".join(
                f"{count} {name}" for name, count in created.items() if count
            )
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary}."))
        else:
            self.stdout.write("Demo content is already loaded; nothing changed.")
        for username, password in passwords.items():
            self.stdout.write(
                self.style.WARNING(f"Demo account created: {username} / {password}")
            )
        if passwords:
            # The accounts have no second factor: the first sign-in enrols one.
            self.stdout.write(
                "Staff sign in with a second factor: the first sign-in sets one up "
                "(a passkey at http://localhost:PORT/admin/, or an authenticator app); "
                "or `make code ACCOUNT=editor` prints a code (README: Signing in)."
            )

    def load_people(self) -> dict[str, Person]:
        people = {}
        for item in demo_content.PEOPLE:
            people[item["slug"]], _ = Person.objects.get_or_create(
                slug=item["slug"], defaults=item
            )
        return people

    def load_content(self, people: dict[str, Person]) -> dict[str, int]:
        now = timezone.now()
        today = timezone.localdate()
        created = dict.fromkeys(["topics", "guides", "FAQ entries", "pages"], 0)
        editor = _account_of(people["rachel-morgan"])

        categories = {}
        for order, item in enumerate(demo_content.CATEGORIES):
            categories[item["slug"]], new = Category.objects.get_or_create(
                slug=item["slug"], defaults={**item, "order": order}
            )
            created["topics"] += new

        images = self.load_images(editor)
        new_guides = []
        for item in demo_content.GUIDES:
            if Article.objects.filter(slug=item["slug"]).exists():
                continue
            featured = images.get(demo_content.FEATURED_IMAGES.get(item["slug"], ""))
            article = Article.objects.create(
                is_featured=item["slug"] in demo_content.FEATURED_GUIDES,
                slug=item["slug"],
                title=item["title"],
                summary=item["summary"],
                body=_with_images(item["body"], images),
                featured_image=featured,
                featured_image_alt=featured.alt_text if featured else "",
                category=categories[item["category"]],
                author=people[item["author"]],
            )
            article.tags.set(
                Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[
                    0
                ]
                for name in item["tags"]
            )
            Reference.objects.bulk_create(
                Reference(article=article, order=order, **reference)
                for order, reference in enumerate(item["references"])
            )
            reviewer = people[item["reviewer"]]
            revision = revision_record(subject=article, user=editor)
            revision_submit(revision=revision, user=editor, to=reviewer)
            if item["status"] in ("published", "scheduled"):
                reviewed_on = today - timedelta(days=item["days_since_reviewed"])
                sign_off = _approve(revision, reviewer, reviewed_on=reviewed_on)
                publish_at = now - timedelta(days=item["days_since_published"])
                if item["status"] == "published":
                    # Live before the demo began: never announced to followers.
                    Article.objects.filter(pk=article.pk).update(
                        first_published_at=publish_at
                    )
                signed_text_publish(sign_off=sign_off, user=editor, at=publish_at)
                # Publishing "now" stamps the load time; the demo's history is older.
                Article.objects.filter(pk=article.pk, publish_at__lt=now).update(
                    publish_at=publish_at
                )
            new_guides.append((article, item["related"]))
        for article, related_slugs in new_guides:
            PinnedRelatedArticle.objects.bulk_create(
                PinnedRelatedArticle(
                    from_article=article,
                    to_article=Article.objects.get(slug=slug),
                    order=order,
                )
                for order, slug in enumerate(related_slugs)
            )
        created["guides"] = len(new_guides)
        if created["guides"]:
            self.load_pending_update(editor)

        for order, item in enumerate(demo_content.FAQ):
            guide = (
                Article.objects.filter(slug=item["guide"]).first()
                if item["guide"]
                else None
            )
            entry, new = FaqEntry.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "question": item["question"],
                    "answer": item["answer"],
                    "category": categories[item["category"]],
                    "order": order,
                    "article": guide,
                    "is_highlighted": item["slug"] in demo_content.HIGHLIGHTED_FAQ,
                },
            )
            if new:
                Reference.objects.bulk_create(
                    Reference(faq_entry=entry, order=order, **reference)
                    for order, reference in enumerate(item["references"])
                )
                reviewer = people[
                    demo_content.FAQ_REVIEWERS.get(
                        item["category"], demo_content.FAQ_REVIEWER
                    )
                ]
                revision = revision_record(subject=entry, user=editor)
                revision_submit(revision=revision, user=editor, to=reviewer)
                sign_off = _approve(
                    revision, reviewer, reviewed_on=today - timedelta(days=20)
                )
                signed_text_publish(sign_off=sign_off, user=editor)
            created["FAQ entries"] += new

        for item in demo_content.PAGES:
            summary = (
                demo_content.DISCLAIMER_SHORT if item["slug"] == "disclaimer" else ""
            )
            created["pages"] += Page.objects.get_or_create(
                slug=item["slug"], defaults={**item, "summary": summary}
            )[1]

        for term, equivalents in demo_content.SYNONYMS:
            SearchSynonym.objects.get_or_create(
                term=term, defaults={"equivalents": equivalents}
            )
        # How rare each word is, for search; the worker counts again every day.
        SearchTermCount.objects.refresh()

        if not Announcement.objects.exists():
            announcement = demo_content.ANNOUNCEMENT
            Announcement.objects.create(
                text=announcement["text"],
                link_url=announcement["link_url"],
                link_text=announcement["link_text"],
                starts_at=now,
                ends_at=now + timedelta(days=announcement["days_shown"]),
            )
        return created

    def load_images(self, editor) -> dict:
        """The demo's own drawings, added to the media library as an upload is (the
        same bytes are stored once, so a second run adds nothing)."""
        folder = Path(demo_content.__file__).with_name("images")
        return {
            key: media_file_add(
                content=(folder / image["file"]).read_bytes(),
                filename=image["file"],
                title=image["title"],
                alt_text=image["alt_text"],
                caption=image["caption"],
                user=editor,
            )
            for key, image in demo_content.IMAGES.items()
        }

    def load_pending_update(self, editor) -> None:
        """An edit of a live guide, submitted for review: readers keep the old text."""
        update = demo_content.PENDING_UPDATE
        article = Article.objects.get(slug=update["slug"])
        old, new = update["replace"]
        content = {**article.medical_content(), "body": article.body.replace(old, new)}
        revision = revision_record(subject=article, user=editor, content=content)
        revision_submit(
            revision=revision,
            user=editor,
            to=article.medical_reviewer,
            what_changed=update["what_changed"],
        )

    def load_accounts(self) -> dict[str, str]:
        """Create the missing demo staff accounts, each linked to its person (an
        account made before the link or the address existed gets them); return the
        new passwords."""
        passwords = {}
        ensure_staff_groups()
        User = get_user_model()
        for username, group_name, person_slug, email in DEMO_ACCOUNTS:
            User.objects.filter(username=username, email="").update(email=email)
            user = User.objects.filter(username=username).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                user = User.objects.create_user(
                    username=username, email=email, password=password, is_staff=True
                )
                user.groups.add(Group.objects.get(name=group_name))
                passwords[username] = password
            Person.objects.filter(slug=person_slug, user__isnull=True).update(user=user)
        return passwords


def _account_of(person: Person):
    return get_user_model().objects.get(person=person)


def _approve(revision, reviewer: Person, *, reviewed_on):
    """The reviewer's sign-off, as their demo account gives it."""
    return revision_sign_off(
        revision=revision,
        user=_account_of(reviewer),
        decision=SignOffDecision(approve=True, content_hash=revision.content_hash),
        reviewed_on=reviewed_on,
    )


# <img src="demo-image:KEY"> in a demo body: the library image of that key.
_DEMO_IMAGE = re.compile(r'<img src="demo-image:([a-z-]+)">')


def _with_images(body: str, images: dict) -> str:
    """The body with each demo image placeholder as the editor's upload leaves it."""

    def tag(match: re.Match) -> str:
        image = images[match[1]]
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}">',
            image.url, image.alt_text, image.width, image.height,
        )  # fmt: skip

    return _DEMO_IMAGE.sub(tag, body)
