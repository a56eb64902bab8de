"""Reading WordPress exports: every WXR version and namespace, and bad files."""

from datetime import UTC, datetime

import pytest

from tests.wordpress.conftest import export_bytes
from wordpress.wxr import ExportError, export_read


def test_wxr_1_2_with_the_https_namespace(site_export):
    assert site_export.site == "https://meso.example.org"
    assert [a.display_name for a in site_export.authors] == ["Anna Berg", "Tom Reyes"]
    assert [(c.slug, c.parent) for c in site_export.categories] == [
        ("treatment", ""),
        ("chemotherapy", "treatment"),
        ("pemetrexed", "chemotherapy"),
        ("living-with", ""),
    ]
    assert [t.name for t in site_export.tags] == ["Side effects", "Fatigue"]
    post = site_export.items[0]
    assert (post.id, post.type, post.status, post.slug) == (
        10,
        "post",
        "publish",
        "chemotherapy-basics",
    )
    assert post.date_gmt == datetime(2019, 5, 12, 9, 30, tzinfo=UTC)
    assert post.excerpt == "How chemotherapy works, and what to expect."
    assert post.categories == ["pemetrexed"]
    assert post.tags == ["side-effects"]
    assert post.thumbnail_id == 30
    assert post.comments == 2
    assert "<p>Chemotherapy uses medicines" in post.content
    attachment = site_export.items[-2]
    assert attachment.attached_file == "2019/05/pleura.png"
    assert attachment.alt_text == "The pleura: two thin layers around the lung"
    assert attachment.parent == 10


def test_a_scheduled_posts_missing_date_reads_as_none(site_export):
    draft = next(item for item in site_export.items if item.id == 14)
    assert draft.date_gmt is None


def test_password_is_read(site_export):
    protected = next(item for item in site_export.items if item.id == 18)
    assert protected.password == "secret"


def test_wxr_1_1_with_the_http_namespace():
    export = export_read(export_bytes("site-1.1.xml"))
    assert export.site == "http://support.example.com"
    assert export.authors[0].login == "carla"
    item = export.items[0]
    assert (item.title, item.author, item.excerpt) == (
        "Help for caregivers",
        "carla",
        "Support for those who care.",
    )
    assert item.categories == ["caregivers"]


def test_wxr_1_0_without_an_author_list():
    export = export_read(export_bytes("site-1.0.xml"))
    assert export.authors == []
    item = export.items[0]
    assert item.excerpt == "Where asbestos was used."
    assert item.categories == ["news"]
    assert item.tags == ["asbestos"]
    assert item.content == "<p>Where asbestos was used &amp; why it matters.</p>"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bomb.xml", "declares entities or a document type"),
        ("external-entity.xml", "declares entities or a document type"),
        ("not-wxr.xml", "not a WordPress export"),
    ],
)
def test_unsafe_or_foreign_files_are_refused(name, message):
    with pytest.raises(ExportError, match=message):
        export_read(export_bytes(name))


def test_a_truncated_export_is_refused_with_where_it_broke():
    data = export_bytes("site-1.2.xml")
    with pytest.raises(ExportError, match=r"not well-formed XML \(line \d+"):
        export_read(data[: len(data) // 2])


@pytest.mark.parametrize("data", [b"", b"not xml at all", b"\xff\xfe\x00garbage"])
def test_garbage_is_refused(data):
    with pytest.raises(ExportError):
        export_read(data)


def test_an_export_over_the_size_limit_is_refused_before_parsing(settings):
    settings.WORDPRESS_IMPORT_MAX_BYTES = 1000
    with pytest.raises(ExportError, match="exports up to 1000\xa0bytes"):
        export_read(b"<" * 1001)
