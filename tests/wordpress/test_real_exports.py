"""Real exports, as WordPress wrote them (exports/wordpress-importer/, from the
WordPress Importer plugin's own tests): every item lands or is reported, nothing
raw reaches readers, and a second run changes nothing."""

import re

import pytest

from articles.models import Article, Page
from tests.wordpress.conftest import export_bytes
from wordpress.importer import wordpress_import
from wordpress.wxr import export_read

pytestmark = pytest.mark.django_db

REAL = "wordpress-importer"
# A shortcode left in a body: WordPress's own, one with attributes, or a closing tag.
# Not a bracketed word in prose ("[simple boat]" is in the Theme Unit Test's text).
RAW_SHORTCODE = re.compile(
    r"\[/?(?:caption|gallery|embed|audio|video|playlist)\b"
    r"|\[[a-z][\w-]*\s+[\w-]+="
    r"|\[/[a-z][\w-]*\]",
    re.I,
)


def imported(name: str):
    export = export_read(export_bytes(f"{REAL}/{name}"))
    return export, wordpress_import(export=export)


@pytest.mark.parametrize(
    "name", ["valid-wxr-1.0.xml", "valid-wxr-1.1.xml", "small-export.xml"]
)
def test_older_real_exports_import_with_every_item_accounted_for(name):
    export, report = imported(name)

    outcomes = {line.outcome for line in report.lines}
    assert "failed" not in outcomes
    assert Article.objects.count() > 0
    posts = [item for item in export.items if item.type == "post"]
    accounted = [line for line in report.lines if line.what.startswith("Post ")]
    assert len(accounted) == len(posts)


def test_the_theme_unit_test_site_imports_without_raw_markup_for_readers():
    export, report = imported("theme-unit-test-data.xml")

    assert [line for line in report.lines if line.outcome == "failed"] == []
    guides = list(Article.objects.all())
    assert len(guides) > 40
    for guide in guides:
        assert not RAW_SHORTCODE.search(guide.body), (guide.slug, guide.body[:300])
        assert "<script" not in guide.body and "<!-- wp:" not in guide.body, guide.slug
    for page in Page.objects.all():
        assert not RAW_SHORTCODE.search(page.body), page.slug
    assert report.comments > 0
    assert all(guide.status == Article.Status.DRAFT for guide in guides)
    # What it could not bring over is named in the report: the 37 attachments (no
    # uploads folder given), images outside the library, blocks made by the old site.
    assert len(report.media_missing) == 37
    assert any(line.note.startswith("Removed the block") for line in report.lines)
    assert any("not in the media library" in line.note for line in report.lines)


def test_importing_the_same_real_export_again_changes_nothing():
    imported("theme-unit-test-data.xml")
    guides_before = Article.objects.count()

    _, again = imported("theme-unit-test-data.xml")

    assert Article.objects.count() == guides_before
    assert {line.outcome for line in again.lines} <= {"unchanged", "skipped"}
