from dataclasses import replace

import pytest
from procrastinate.contrib.django.models import ProcrastinateJob

from articles.models import (
    Article,
    Category,
    Page,
    Person,
    Redirect,
    Tag,
    WorkflowEvent,
)
from articles.services import signed_text_publish
from articles.workflow import SignOffDecision, revision_sign_off
from tests.factories import ArticleFactory, StaffUserFactory, reviewer_account
from tests.wordpress.conftest import UPLOADS, export_bytes
from wordpress.body import ImageRef
from wordpress.importer import _Import, wordpress_import
from wordpress.media_source import MediaSource
from wordpress.models import ImportedItem
from wordpress.report import ImportReport
from wordpress.wxr import export_read

pytestmark = pytest.mark.django_db


def guide(wp_id: int) -> Article:
    return ImportedItem.objects.get(kind="post", wp_key=str(wp_id)).article


def test_posts_become_draft_guides_awaiting_sign_off(site_export):
    user = StaffUserFactory()
    wordpress_import(export=site_export, user=user)
    chemo = guide(10)
    assert chemo.status == Article.Status.DRAFT
    assert chemo.title == "Chemotherapy for pleural mesothelioma"
    assert chemo.slug == "chemotherapy-basics"
    assert chemo.summary == "How chemotherapy works, and what to expect."
    assert chemo.author.name == "Anna Berg"
    assert chemo.created_at.isoformat() == "2019-05-12T09:30:00+00:00"
    assert not chemo.notify_subscribers
    submitted = WorkflowEvent.objects.get(article=chemo)
    assert submitted.kind == WorkflowEvent.Kind.SUBMITTED
    assert submitted.actor == user
    assert submitted.revision.content["title"] == chemo.title
    assert "Imported from WordPress" in submitted.note


def test_statuses_map_to_drafts_submitted_or_skipped(site_export):
    report = wordpress_import(export=site_export)
    submitted = set(
        WorkflowEvent.objects.filter(kind="submitted").values_list(
            "article__title", flat=True
        )
    )
    assert submitted == {
        "Chemotherapy for pleural mesothelioma",
        "Coping with tiredness",
        "Radiotherapy (scheduled)",
        "Clinical trials (pending)",
        "Staff notes (private)",
        "Support group login",
    }
    draft = guide(14)
    assert draft.revisions.count() == 1
    assert not draft.workflow_events.exists()  # a WordPress draft is not submitted
    assert not Article.objects.filter(status="published").exists()
    skipped = {
        line.what: line.note for line in report.lines if line.outcome == "skipped"
    }
    assert (
        "It is in the WordPress trash." in skipped["Post 17 “Old announcement (trash)”"]
    )
    assert "not public in WordPress" in skipped["Page 19 “A page in draft”"]
    assert "have no place" in skipped["Item 20 “Contact form”"]


def test_password_protected_post_is_reported_and_not_published(site_export):
    report = wordpress_import(export=site_export)
    assert guide(18).status == Article.Status.DRAFT
    line = next(line for line in report.lines if "Support group" in line.what)
    assert "password-protected" in line.note


def test_child_categories_become_their_top_topic_and_a_tag(site_export):
    wordpress_import(export=site_export)
    assert set(Category.objects.values_list("name", flat=True)) >= {
        "Treatment",
        "Living with mesothelioma",
    }
    assert not Category.objects.filter(slug__in=["chemotherapy", "pemetrexed"]).exists()
    chemo = guide(10)
    assert chemo.category.slug == "treatment"
    assert set(chemo.tags.values_list("slug", flat=True)) == {
        "side-effects",
        "pemetrexed",
    }
    assert Tag.objects.filter(slug="chemotherapy").exists()


def test_authors_become_people_once(site_export):
    wordpress_import(export=site_export)
    wordpress_import(export=site_export)
    assert list(Person.objects.values_list("name", flat=True)) == [
        "Anna Berg",
        "Tom Reyes",
    ]


def test_empty_excerpt_gives_a_summary_from_the_body_and_says_so(site_export):
    report = wordpress_import(export=site_export)
    assert guide(11).summary == "Tiredness is common. Rest when you need to."
    line = next(line for line in report.lines if "tiredness" in line.what)
    assert "no excerpt" in line.note


def test_published_pages_become_site_pages(site_export):
    wordpress_import(export=site_export)
    page = Page.objects.get(slug="our-clinic")
    assert page.title == "Our clinic"
    assert page.body == "<p>We are open on weekdays.</p>"


def test_comments_are_counted_not_imported(site_export):
    report = wordpress_import(export=site_export)
    assert report.comments == 3


def test_the_same_export_again_changes_nothing_and_says_so(site_export):
    wordpress_import(export=site_export)
    counts = (
        Article.objects.count(),
        WorkflowEvent.objects.count(),
        Redirect.objects.count(),
    )
    report = wordpress_import(export=site_export)
    totals = dict(report.totals())
    assert totals["Imported"] == totals["Updated"] == totals["Failed"] == 0
    assert totals["Unchanged"] > 10
    assert totals["Redirects made"] == 0
    assert counts == (
        Article.objects.count(),
        WorkflowEvent.objects.count(),
        Redirect.objects.count(),
    )


def test_a_newer_export_makes_a_new_revision_awaiting_sign_off():
    wordpress_import(export=export_read(export_bytes("site-1.2.xml")))
    chemo = guide(10)
    report = wordpress_import(export=export_read(export_bytes("site-1.2-newer.xml")))
    totals = dict(report.totals())
    assert totals["Updated"] == 1
    chemo.refresh_from_db()
    latest = chemo.revisions.order_by("-number").first()
    assert latest.number == 2
    assert (
        latest.content["summary"] == "How chemotherapy works, and what to expect now."
    )
    assert latest.events.get().kind == WorkflowEvent.Kind.SUBMITTED
    line = next(line for line in report.lines if line.outcome == "updated")
    assert line.note == "Its new text is revision 2, awaiting medical sign-off."


def test_a_newer_export_never_changes_signed_off_text():
    wordpress_import(export=export_read(export_bytes("site-1.2.xml")))
    chemo = guide(10)
    revision = chemo.revisions.get()
    sign_off = revision_sign_off(
        revision=revision,
        user=reviewer_account(),
        decision=SignOffDecision(approve=True, content_hash=revision.content_hash),
    )
    signed_text_publish(sign_off=sign_off)
    # Published at last, it is not announced to followers.
    assert not ProcrastinateJob.objects.filter(task_name__contains="fan_out").exists()
    report = wordpress_import(export=export_read(export_bytes("site-1.2-newer.xml")))
    chemo.refresh_from_db()
    assert chemo.summary == "How chemotherapy works, and what to expect."
    assert chemo.is_published()
    line = next(line for line in report.lines if line.outcome == "updated")
    assert line.note.endswith("readers still see the signed-off text.")
    latest = chemo.revisions.order_by("-number").first()
    assert (
        latest.content["summary"] == "How chemotherapy works, and what to expect now."
    )


def test_slug_collision_with_another_guide_takes_a_distinct_slug(site_export):
    ArticleFactory(slug="chemotherapy-basics", title="Ours")
    report = wordpress_import(export=site_export)
    assert guide(10).slug == "chemotherapy-basics-2"
    line = next(line for line in report.lines if "Post 10" in line.what)
    assert "/guides/chemotherapy-basics-2/" in line.note
    assert Article.objects.get(slug="chemotherapy-basics").title == "Ours"


def test_dry_run_reports_the_same_and_writes_nothing(site_export):
    dry = wordpress_import(export=site_export, dry_run=True)
    assert not ImportedItem.objects.exists()
    assert not Article.objects.exists()
    assert not Redirect.objects.exists()
    real = wordpress_import(export=site_export)
    assert dry.totals() == real.totals()
    assert dry.dry_run and not real.dry_run


def test_a_failing_item_is_reported_and_leaves_nothing(site_export):
    # A category slug longer than a topic's slug column: that category fails alone.
    overlong = replace(site_export.categories[3], slug="x" * 100)
    categories = [*site_export.categories[:3], overlong]
    report = wordpress_import(export=replace(site_export, categories=categories))
    failed = [line for line in report.lines if line.outcome == "failed"]
    assert [line.what for line in failed] == ["Category “Living with mesothelioma”"]
    assert failed[0].note.startswith("Nothing of it was imported")
    assert not Category.objects.filter(name="Living with mesothelioma").exists()
    assert not ImportedItem.objects.filter(kind="category", wp_key="x" * 100).exists()
    # Its posts land under the fallback topic.
    assert guide(11).category.name == "Uncategorized"


def test_attachments_come_from_the_uploads_folder_into_the_library(
    site_export, media_root
):
    report = wordpress_import(export=site_export, uploads=UPLOADS)
    media = ImportedItem.objects.get(kind="attachment", wp_key="30").media
    assert media.alt_text == "The pleura: two thin layers around the lung"
    assert media.caption == "The two layers of the pleura."
    assert (media.width, media.height) == (64, 48)
    assert media.source_url.endswith("/wp-content/uploads/2019/05/pleura.png")
    assert (media_root / media.file.name).is_file()
    assert report.media_found == 1
    assert report.media_missing == ["2018/01/scan.jpg"]


def test_featured_image_comes_from_the_thumbnail_id(site_export):
    wordpress_import(export=site_export, uploads=UPLOADS)
    chemo = guide(10)
    media = ImportedItem.objects.get(kind="attachment", wp_key="30").media
    assert chemo.featured_image == media
    assert chemo.featured_image_alt == "The pleura: two thin layers around the lung"


def test_without_uploads_attachments_are_reported_missing(site_export):
    report = wordpress_import(export=site_export)
    assert not ImportedItem.objects.filter(kind="attachment").exists()
    assert report.media_missing == ["2019/05/pleura.png", "2018/01/scan.jpg"]
    assert guide(10).featured_image is None


def test_uploads_names_cannot_leave_the_uploads_folder(site_export, tmp_path):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (tmp_path / "secret.png").write_bytes((UPLOADS / "2019/05/pleura.png").read_bytes())
    items = [
        replace(item, meta={"_wp_attached_file": "../secret.png"})
        if item.id == 30
        else item
        for item in site_export.items
    ]
    report = wordpress_import(export=replace(site_export, items=items), uploads=uploads)
    assert "../secret.png" in report.media_missing
    assert not ImportedItem.objects.filter(kind="attachment").exists()


def test_a_file_that_is_not_an_image_fails_alone(site_export, tmp_path):
    uploads = tmp_path / "uploads"
    (uploads / "2019/05").mkdir(parents=True)
    (uploads / "2019/05/pleura.png").write_bytes(b"<html>not a picture</html>")
    report = wordpress_import(export=site_export, uploads=uploads)
    failed = [line for line in report.lines if line.outcome == "failed"]
    assert [line.what for line in failed] == ["Attachment 30 “Diagram of the pleura”"]
    assert guide(10).featured_image is None


def test_dry_run_stores_no_files(site_export, media_root):
    report = wordpress_import(export=site_export, uploads=UPLOADS, dry_run=True)
    assert report.media_found == 1
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


def test_hostile_html_in_a_body_is_removed(site_export):
    hostile = (
        '<p>Hi<script>alert(1)</script><img src="x" onerror="alert(2)">'
        '<a href="javascript:alert(3)">link</a></p>'
    )
    items = [
        replace(item, content=hostile) if item.id == 10 else item
        for item in site_export.items
    ]
    wordpress_import(export=replace(site_export, items=items))
    chemo = guide(10)
    for body in (chemo.body, chemo.revisions.get().content["body"]):
        assert "script" not in body
        assert "onerror" not in body
        assert "javascript:" not in body
        assert "Hi" in body


def test_link_for_rewrites_links_to_the_old_site(site_export):
    importer = _Import(
        site_export, None, ImportReport(), None, MediaSource(None, False, False)
    )
    importer.run()
    link_for = importer.link_for
    assert (
        link_for("https://meso.example.org/2019/06/01/tiredness/")
        == "/guides/tiredness/"
    )
    assert link_for("http://www.meso.example.org/2019/06/01/tiredness#rest") == (
        "/guides/tiredness/#rest"
    )
    assert link_for("https://meso.example.org/?p=12") == "/our-clinic/"
    assert link_for("/category/treatment/chemotherapy/") == "/tags/chemotherapy/"
    assert link_for("https://meso.example.org/tag/fatigue/") == "/tags/fatigue/"
    assert link_for("https://other.example.com/2019/06/01/tiredness/") is None
    assert link_for("https://meso.example.org/no-such-thing/") is None


@pytest.mark.parametrize(
    ("name", "title", "old_path"),
    [
        ("site-1.0.xml", "Asbestos at work", "/2008/03/asbestos-at-work/"),
        ("site-1.1.xml", "Help for caregivers", "/2012/10/help-for-caregivers/"),
    ],
)
def test_older_wxr_versions_import_alike(client, name, title, old_path):
    report = wordpress_import(export=export_read(export_bytes(name)))
    guide = Article.objects.get(title=title)
    assert guide.revisions.get().events.get().kind == WorkflowEvent.Kind.SUBMITTED
    assert client.get(old_path)["Location"] == guide.get_absolute_url()
    assert dict(report.totals())["Failed"] == 0


def test_library_file_finds_an_attachment_by_id_or_by_any_of_its_addresses(
    site_export,
):
    importer = _Import(
        site_export, None, ImportReport(), None, MediaSource(UPLOADS, False, True)
    )
    importer.run()
    media = ImportedItem.objects.get(kind="attachment", wp_key="30").media
    site = "https://meso.example.org/wp-content/uploads/2019/05"
    assert importer.library_file("30") == media
    assert importer.library_file(f"{site}/pleura.png") == media
    assert importer.library_file(f"{site}/pleura-300x225.png") == media
    assert importer.library_file("31") is None  # its file was missing
    assert importer.library_file(f"{site}/other.png") is None
    assert importer.library_file("https://elsewhere.example/x.png") is None


def test_links_to_the_old_site_lead_to_the_new_addresses(site_export):
    wordpress_import(export=site_export)
    body = guide(10).body
    assert 'href="/guides/tiredness/"' in body
    assert 'href="/our-clinic/"' in body
    assert "meso.example.org" not in body


def test_body_images_come_from_the_library_and_missing_ones_are_reported(
    site_export,
):
    images = (
        '<p><img class="wp-image-30" src="https://meso.example.org/wp-content/'
        'uploads/2019/05/pleura-300x225.png" alt=""></p>'
        '<p><img src="https://meso.example.org/wp-content/uploads/2018/01/scan.jpg"'
        ' alt="A scan"></p>[contact-form-7 id="5"]'
    )
    items = [
        replace(item, content=images) if item.id == 11 else item
        for item in site_export.items
    ]
    importer = _Import(
        replace(site_export, items=items),
        None,
        ImportReport(),
        None,
        MediaSource(UPLOADS, False, True),
    )
    importer.run()
    media = ImportedItem.objects.get(kind="attachment", wp_key="30").media
    assert importer.image_for("30") == ImageRef(
        url=media.url,
        alt="The pleura: two thin layers around the lung",
        width=64,
        height=48,
    )
    note = next(line.note for line in importer.report.lines if "Post 11" in line.what)
    assert "not in the media library" in note
    assert "scan.jpg" in note
    assert "pleura" not in note  # found in the library
    assert "contact-form-7" in note
    assert "[contact-form-7" not in guide(11).body
