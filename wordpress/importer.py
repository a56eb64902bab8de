"""Import a WordPress export: authors, categories, tags, posts, pages, and the
redirects from their old addresses (docs/design.md, "Moving from WordPress").

Every item is written in a transaction of its own: one that fails is reported and
leaves nothing behind. What was imported is remembered (ImportedItem), so a second
run of the same export changes nothing and a newer export updates what changed.
Guides arrive as drafts with a revision awaiting medical sign-off and never email
followers: they reach readers only through the sign-off and publishing every guide
goes through.
"""

import hashlib
import html
import json
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Model
from django.urls import reverse
from django.utils.text import Truncator, slugify

from articles.models import Article, Category, Page, Person, Tag
from articles.sanitize import html_to_text
from articles.workflow import (
    latest_revision,
    review_state,
    revision_record,
    revision_submit,
)
from media_library.models import MediaFile
from media_library.services import media_file_add
from wordpress.body import ImageRef, body_convert
from wordpress.media_source import MediaSource, uploads_name, uploads_name_of
from wordpress.models import ImportedItem
from wordpress.old_addresses import (
    PUBLIC_STATUSES,
    category_path,
    redirect_targets,
    redirects_record,
    site_path,
    slash,
)
from wordpress.report import ImportReport
from wordpress.wxr import Export, Item, Term

# WordPress statuses whose guides are submitted for medical review at once; a
# WordPress draft stays a draft here (its editor had not finished it).
SUBMITTED_STATUSES = {"publish", "future", "pending", "private"}
SUMMARY_LENGTH = Article._meta.get_field("summary").max_length
FALLBACK_TOPIC = "Uncategorized"


def wordpress_import(
    *,
    export: Export,
    user=None,
    uploads: Path | None = None,
    fetch_media: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import the export; with dry_run, do it all and roll it back.

    Attachments come from the `uploads` folder (a copy of wp-content/uploads), or
    with fetch_media from their URLs; a dry run only looks for them (files written
    to storage would outlive the rollback).
    """
    report = ImportReport(dry_run=dry_run)
    media = MediaSource(uploads=uploads, fetch=fetch_media, store=not dry_run)
    # An import commits item by item: what is done stays done if the run stops. A
    # dry run wraps them all in one transaction that it rolls back.
    with transaction.atomic() if dry_run else nullcontext():
        _Import(export, user, report, progress, media).run()
        if dry_run:
            transaction.set_rollback(True)
    return report


def content_hash(value) -> str:
    """A stable fingerprint of what an import reads from one WordPress thing."""
    return hashlib.sha256(
        json.dumps(value, sort_keys=True, default=str).encode()
    ).hexdigest()


class _Import:
    """One run of an import; the steps share what they learned of the export."""

    def __init__(self, export, user, report: ImportReport, progress, media) -> None:
        self.export, self.user, self.report, self.media = export, user, report, media
        self.progress = progress or (lambda done, total: None)
        self.site = export.site
        self.known = {
            (row.kind, row.wp_key): row
            for row in ImportedItem.objects.of_site(self.site).select_related(
                "article", "page", "category", "tag", "person", "media"
            )
        }
        self.categories = {term.slug: term for term in export.categories}
        self.people: dict[str, Person] = {}
        self.topics: dict[str, tuple[Category, Tag | None]] = {}
        self.tags: dict[str, Tag] = {}
        # Where each post and page will be here, planned before any is written so
        # that links between them can be rewritten (link_for).
        self.planned: dict[int, str] = {}
        self.paths: dict[str, str] = {}  # old path -> new path
        self.collisions: dict[int, str] = {}  # item id -> the report's note

    def run(self) -> None:
        steps = (
            [(self.author, a) for a in self.export.authors]
            + [(self.category, c) for c in self.export.categories]
            + [(self.tag, t) for t in self.export.tags]
        )
        self.plan_items()
        # Attachments first: guides name theirs as featured images.
        items = sorted(self.export.items, key=lambda i: i.type != "attachment")
        steps += [(self.item, i) for i in items]
        for done, (step, thing) in enumerate(steps, start=1):
            step(thing)
            self.progress(done, len(steps))
        self.redirects()

    # Each step: one transaction; a failure is reported and nothing of it stays.
    def attempt(self, what: str, write: Callable[[], tuple[str, str]]) -> None:
        try:
            with transaction.atomic():
                outcome, note = write()
        except (ValidationError, DatabaseError, ValueError) as error:
            reason = "; ".join(getattr(error, "messages", None) or [str(error)])
            self.report.add("failed", what, f"Nothing of it was imported: {reason}")
        else:
            self.report.add(outcome, what, note)

    def remember(
        self, kind: str, key: str, data, was_public=False, **objects: Model
    ) -> str:
        """Record what the thing became; return imported, updated or unchanged."""
        digest = content_hash(data)
        known = self.known.get((kind, key))
        if known is not None and known.content_hash == digest:
            return "unchanged"
        row, created = ImportedItem.objects.update_or_create(
            site=self.site,
            kind=kind,
            wp_key=key,
            defaults={"content_hash": digest, "was_public": was_public, **objects},
        )
        self.known[(kind, key)] = row
        return "imported" if created else "updated"

    def unchanged(self, kind: str, key: str, data) -> bool:
        known = self.known.get((kind, key))
        return known is not None and known.content_hash == content_hash(data)

    # Authors -> people.
    def author(self, author) -> None:
        what = f"Author “{author.display_name}”"
        data = [author.login, author.display_name]

        def write():
            known = self.known.get(("author", author.login))
            person = known.person if known else None
            if person is None:
                person = Person.objects.create(
                    name=author.display_name,
                    slug=free_slug(Person, slugify(author.display_name) or "author"),
                    credentials="",
                )
                note = "Add their credentials (degrees and role) in People."
            else:
                note = ""
                if person.name != author.display_name:
                    person.name = author.display_name
                    person.save(update_fields=["name"])
            outcome = self.remember("author", author.login, data, person=person)
            self.people[author.login] = person  # once written
            return outcome, note

        self.attempt(what, write)

    def person_for(self, login: str) -> Person:
        if login in self.people:
            return self.people[login]
        # An author the export does not list: not kept in self.people, since the
        # item's transaction may yet roll the new row back.
        slug = slugify(login) or "author"
        return Person.objects.filter(slug=slug).first() or Person.objects.create(
            name=login or "WordPress author", slug=slug, credentials=""
        )

    # Categories -> topics; a child category -> its top ancestor's topic + a tag.
    def top_ancestor(self, term: Term) -> Term:
        seen = {term.slug}
        while term.parent in self.categories and term.parent not in seen:
            seen.add(term.parent)
            term = self.categories[term.parent]
        return term

    def category(self, term: Term) -> None:
        what = f"Category “{term.name}”"
        top = self.top_ancestor(term)
        data = [term.slug, term.name, term.description, top.slug]

        def write():
            topic = topic_for(top)
            tag = tag_for(term.slug, term.name) if top is not term else None
            outcome = self.remember(
                "category", term.slug, data, True, category=topic, tag=tag
            )
            self.topics[term.slug] = (topic, tag)  # once written
            if tag is None or outcome != "imported":
                return outcome, ""
            return outcome, (
                f"A subcategory: its guides go under “{topic.name}”, tagged "
                f"“{tag.name}”."
            )

        self.attempt(what, write)

    def tag(self, term: Term) -> None:
        def write():
            tag = tag_for(term.slug, term.name)
            outcome = self.remember(
                "tag", term.slug, [term.slug, term.name], True, tag=tag
            )
            self.tags[term.slug] = tag  # once written
            return outcome, ""

        self.attempt(f"Tag “{term.name}”", write)

    # Posts -> guides, pages -> site pages.
    def plan_items(self) -> None:
        """Decide each post's and page's slug here before writing any."""
        taken: dict[type, set[str]] = {Article: set(), Page: set()}
        for item in self.export.items:
            model = {"post": Article, "page": Page}.get(item.type)
            if model is None:
                continue
            known = self.known.get((item.type, str(item.id)))
            existing = known and (known.article or known.page)
            if existing:
                slug = existing.slug
            else:
                wanted = (
                    slugify(unquote(item.slug) or item.title)[:100]
                    or f"{item.type}-{item.id}"
                )
                slug = free_slug(model, wanted, also_taken=taken[model])
            taken[model].add(slug)
            name = (
                "articles:article_detail"
                if model is Article
                else "articles:page_detail"
            )
            self.planned[item.id] = reverse(name, args=[slug])
            if not existing and slug != wanted:
                self.collisions[item.id] = (
                    f"The address {reverse(name, args=[wanted])} belongs to something "
                    f"else here: imported at {self.planned[item.id]} instead."
                )

    def link_for(self, href: str) -> str | None:
        """The new address of a link to the WordPress site, or None to leave it."""
        old = site_path(href, self.site)
        if old is None:
            return None
        path, _, query = old.partition("?")
        fragment = urlsplit(href).fragment
        for key in ("p", "page_id"):
            wp_id = parse_qs(query).get(key, [""])[0]
            if wp_id.isdigit() and int(wp_id) in self.planned:
                new = self.planned[int(wp_id)]
                break
        else:
            new = self.old_paths().get(slash(path))
        if new is None:
            return None
        return f"{new}#{fragment}" if fragment else new

    def old_paths(self) -> dict[str, str]:
        """Old path -> new path for every permalink, category and tag archive."""
        if not self.paths:
            for item in self.export.items:
                old = site_path(item.link, self.site)
                if item.id in self.planned and old and "?" not in old and old != "/":
                    self.paths[slash(old)] = self.planned[item.id]
            for term in self.export.categories:
                topic, tag = self.topics.get(term.slug, (None, None))
                target = tag or topic
                if target is not None:
                    self.paths[category_path(term, self.categories)] = (
                        target.get_absolute_url()
                    )
            for term in self.export.tags:
                if term.slug in self.tags:
                    self.paths[f"/tag/{term.slug}/"] = self.tags[
                        term.slug
                    ].get_absolute_url()
        return self.paths

    def item(self, item: Item) -> None:
        self.report.comments += item.comments
        kind_name = {"post": "Post", "page": "Page", "attachment": "Attachment"}.get(
            item.type, "Item"
        )
        what = f"{kind_name} {item.id} “{html.unescape(item.title) or '(no title)'}”"
        if item.type == "attachment":
            self.attempt(what, lambda: self.attachment(item))
            return
        if item.type not in ("post", "page"):
            self.report.add(
                "skipped", what, f"“{item.type}” items have no place on this site."
            )
            return
        if item.status == "trash":
            self.report.add("skipped", what, "It is in the WordPress trash.")
            return
        if item.type == "page" and (item.status != "publish" or item.password):
            self.report.add(
                "skipped",
                what,
                "Site pages here are public as soon as they are saved; this page was "
                "not public in WordPress, so it was not imported.",
            )
            return
        if item.type == "post":
            self.attempt(what, lambda: self.guide(item))
        else:
            self.attempt(what, lambda: self.page(item))

    def attachment(self, item: Item) -> tuple[str, str]:
        key, data = (
            str(item.id),
            [*self.item_data(item), item.attachment_url, item.meta],
        )
        if self.unchanged("attachment", key, data):
            self.report.media_found += 1
            return "unchanged", ""
        name = uploads_name(item)
        content = self.media.read(name, item.attachment_url)
        if content is None:
            self.report.media_missing.append(name or item.attachment_url)
            return "skipped", "Its file was not found (see --uploads, --fetch-media)."
        self.report.media_found += 1
        if not self.media.store:
            return "imported", ""
        media = media_file_add(
            content=content,
            filename=PurePosixPath(name).name or "file",
            title=html.unescape(item.title),
            alt_text=item.alt_text,
            caption=html_to_text(item.excerpt),
            user=self.user,
            source_url=item.attachment_url,
        )
        outcome = self.remember(
            "attachment", key, data, item.status != "private", media=media
        )
        return outcome, ""

    def library_file(self, src_or_id: str) -> MediaFile | None:
        """The library file of an attachment, named by its WordPress id or by the
        address of the file or of one of its sizes (name-300x200.jpg)."""
        if src_or_id.isdigit():
            known = self.known.get(("attachment", src_or_id))
            return known.media if known else None
        # Any host: WordPress.com and CDNs serve uploads from hosts of their own.
        wanted = uploads_name_of(src_or_id)
        for item in self.export.items:
            if item.type == "attachment" and wanted and uploads_name(item) == wanted:
                return self.library_file(str(item.id))
        return None

    def featured_image(self, guide: Article, item: Item) -> str:
        """Give the guide its featured image; return a note for the report."""
        media = item.thumbnail_id and self.library_file(str(item.thumbnail_id))
        if not media:
            return ""
        if not media.alt_text:
            return (
                "Its featured image has no text alternative in WordPress: add one "
                "and choose the image in the guide."
            )
        guide.featured_image = media
        guide.featured_image_alt = media.alt_text
        return ""

    def item_data(self, item: Item) -> list:
        return [
            item.title, item.slug, item.status, item.excerpt, item.content,
            item.categories, item.tags, item.author, item.password,
            item.date_gmt, item.link,
        ]  # fmt: skip

    def body(self, item: Item) -> tuple[str, list[str]]:
        """The body as HTML for the editor, and the problems met converting it."""
        converted = body_convert(
            item.content, link_for=self.link_for, image_for=self.image_for
        )
        return converted.html, converted.problems

    def image_for(self, src_or_id: str) -> ImageRef | None:
        """The library image of an <img> src or an attachment id (body_convert)."""
        media = self.library_file(src_or_id)
        if media is None or not media.is_image():
            return None
        return ImageRef(
            url=media.url, alt=media.alt_text, width=media.width, height=media.height
        )

    def guide(self, item: Item) -> tuple[str, str]:
        key, data = str(item.id), self.item_data(item)
        if self.unchanged("post", key, data):
            return "unchanged", ""
        body, problems = self.body(item)
        summary, summary_note = summary_for(item.excerpt, body)
        topic, extra_tags = self.topic_of(item)
        content = {
            "title": Truncator(html.unescape(item.title) or "Untitled").chars(200),
            "summary": summary,
            "body": body,
        }
        slug = self.planned[item.id].strip("/").split("/")[-1]
        notes = [*problems, *filter(None, [summary_note])]
        known = self.known.get(("post", key))
        guide = known.article if known else None
        if guide is None:
            guide = Article(slug=slug, notify_subscribers=False)
            notes.append(self.collisions.get(item.id, ""))
        if guide.sign_off_id is None:  # never signed off: the row is the draft
            for name, value in content.items():
                setattr(guide, name, value)
        guide.category, guide.author = topic, self.person_for(item.author)
        notes.append(self.featured_image(guide, item))
        guide.save()
        guide.tags.set([*self.tags_of(item), *extra_tags])
        if item.date_gmt and known is None:
            # Written as WordPress dated it; auto_now_add would say "today".
            Article.objects.filter(pk=guide.pk).update(created_at=item.date_gmt)
        sources = guide.medical_content()["sources"]
        previous = latest_revision(guide)
        revision = revision_record(
            subject=guide, user=self.user, content={**content, "sources": sources}
        )
        if item.status in SUBMITTED_STATUSES and review_state(revision) is None:
            revision_submit(
                revision=revision,
                user=self.user,
                what_changed="Imported from WordPress"
                if known is None
                else "Updated from a newer WordPress export",
                note=f"Imported from WordPress ({self.site}, post {item.id}, "
                f"status “{item.status}”).",
            )
        if item.password:
            notes.append(
                "It is password-protected in WordPress: it stays a draft here, and "
                "only a signed-off, published guide reaches readers."
            )
        if previous is not None and revision != previous:
            notes.append(
                f"Its new text is revision {revision.number}"
                + (", awaiting medical sign-off" if review_state(revision) else "")
                + (
                    "; readers still see the signed-off text."
                    if guide.sign_off_id
                    else "."
                )
            )
        outcome = self.remember(
            "post",
            key,
            data,
            item.status in PUBLIC_STATUSES and not item.password,
            article=guide,
        )
        return outcome, " ".join(filter(None, notes))

    def page(self, item: Item) -> tuple[str, str]:
        key, data = str(item.id), self.item_data(item)
        if self.unchanged("page", key, data):
            return "unchanged", ""
        body, problems = self.body(item)
        known = self.known.get(("page", key))
        page = (known and known.page) or Page(slug=self.planned[item.id].strip("/"))
        page.title = Truncator(html.unescape(item.title) or "Untitled").chars(120)
        page.summary = Truncator(html_to_text(item.excerpt)).chars(300)
        page.body = body
        page.save()
        outcome = self.remember("page", key, data, True, page=page)
        return outcome, " ".join([*problems, self.collisions.get(item.id, "")]).strip()

    def topic_of(self, item: Item) -> tuple[Category, list[Tag]]:
        """A post's topic: its first category's top ancestor; its other categories
        (and a subcategory itself) become tags."""
        found = [self.topics[slug] for slug in item.categories if slug in self.topics]
        if not found:
            return topic_for(Term(slug="uncategorized", name=FALLBACK_TOPIC)), []
        topic = found[0][0]
        extra = [tag for _, tag in found if tag is not None]
        extra += [
            tag_for(other.slug, other.name) for other, _ in found[1:] if other != topic
        ]
        return topic, extra

    def tags_of(self, item: Item) -> list[Tag]:
        return [self.tags[slug] for slug in item.tags if slug in self.tags]

    # Old addresses -> 301.
    def redirects(self) -> None:
        """Record a redirect from every old address of what was public."""
        attachments = {
            int(key): row.media.url
            for (kind, key), row in self.known.items()
            if kind == "attachment" and row.media
        }
        self.report.redirects_made += redirects_record(
            redirect_targets(
                export=self.export,
                planned=self.planned,
                topics=self.topics,
                tags=self.tags,
                attachments=attachments,
            )
        )


def free_slug(
    model: type[Model], wanted: str, also_taken: set[str] = frozenset()
) -> str:
    """`wanted`, or wanted-2, wanted-3, ... if a row of the model has it."""
    slug, number = wanted, 1
    while slug in also_taken or model.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{wanted}-{number}"
    return slug


def topic_for(term: Term) -> Category:
    """The topic of that slug or name, made if missing: an existing topic of the
    same name is the same topic."""
    topic = (
        Category.objects.filter(slug=term.slug).first()
        or Category.objects.filter(name__iexact=term.name).first()
    )
    if topic is None:
        topic = Category.objects.create(
            slug=term.slug,
            name=Truncator(html.unescape(term.name)).chars(80),
            description=html_to_text(term.description),
        )
    return topic


def tag_for(slug: str, name: str) -> Tag:
    """The tag of that slug or name, made if missing."""
    tag = (
        Tag.objects.filter(slug=slug).first()
        or Tag.objects.filter(name__iexact=name).first()
    )
    return tag or Tag.objects.create(
        slug=slug, name=Truncator(html.unescape(name)).chars(80)
    )


def summary_for(excerpt: str, body: str) -> tuple[str, str]:
    """The summary from the excerpt, else from the body's first words; and a note
    for the report when it was written from the body."""
    summary = " ".join(html_to_text(excerpt).split())
    note = ""
    if not summary:
        summary = " ".join(html_to_text(body).split())
        note = "It had no excerpt: its summary is the start of its text; check it."
    if not summary:
        return "No summary yet.", "It had no excerpt and no text: write a summary."
    return Truncator(summary).chars(SUMMARY_LENGTH), note
