import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
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
    Tag,
)
from articles.staff_groups import EDITORS, MEDICAL_REVIEWERS, ensure_staff_groups

DEMO_ACCOUNTS = [
    # username, group, the Person the account belongs to
    ("editor", EDITORS, None),
    ("reviewer", MEDICAL_REVIEWERS, "samuel-adeyemi"),
]


class Command(BaseCommand):
    help = (
        "Load the demo guides, FAQ, pages and staff accounts. Idempotent: what exists "
        "already (matched by slug or username) is left as it is, edits included."
    )

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            created = self.load_content()
            passwords = self.load_accounts()
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

    def load_content(self) -> dict[str, int]:
        now = timezone.now()
        today = timezone.localdate()
        created = dict.fromkeys(
            ["topics", "people", "guides", "FAQ entries", "pages"], 0
        )

        categories = {}
        for order, item in enumerate(demo_content.CATEGORIES):
            categories[item["slug"]], new = Category.objects.get_or_create(
                slug=item["slug"], defaults={**item, "order": order}
            )
            created["topics"] += new

        people = {}
        for item in demo_content.PEOPLE:
            people[item["slug"]], new = Person.objects.get_or_create(
                slug=item["slug"], defaults=item
            )
            created["people"] += new

        new_guides = []
        for item in demo_content.GUIDES:
            if Article.objects.filter(slug=item["slug"]).exists():
                continue
            article = Article(
                is_featured=item["slug"] in demo_content.FEATURED_GUIDES,
                slug=item["slug"],
                title=item["title"],
                summary=item["summary"],
                body=item["body"],
                category=categories[item["category"]],
                author=people[item["author"]],
                medical_reviewer=people.get(item["reviewer"]),
            )
            if item["days_since_reviewed"] is not None:
                article.last_reviewed_on = today - timedelta(
                    days=item["days_since_reviewed"]
                )
                article.next_review_due = (
                    article.last_reviewed_on + Article.REVIEW_INTERVAL
                )
            if item["status"] in ("published", "scheduled"):
                article.status = Article.Status.PUBLISHED
                article.publish_at = now - timedelta(days=item["days_since_published"])
            if item["status"] == "published":
                # Already live before the demo began: never announced to followers.
                article.first_published_at = article.publish_at
            article.save()
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

        for order, item in enumerate(demo_content.FAQ):
            guide = (
                Article.objects.filter(slug=item["guide"]).first()
                if item["guide"]
                else None
            )
            _, new = FaqEntry.objects.get_or_create(
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

    def load_accounts(self) -> dict[str, str]:
        """Create the missing demo staff accounts; return their new passwords."""
        passwords = {}
        ensure_staff_groups()
        User = get_user_model()
        for username, group_name, person_slug in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username, password=password, is_staff=True
            )
            user.groups.add(Group.objects.get(name=group_name))
            if person_slug:
                Person.objects.filter(slug=person_slug).update(user=user)
            passwords[username] = password
        return passwords
