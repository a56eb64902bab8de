import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from media_library.models import MediaFile
from media_library.services import media_file_add
from tests.factories import StaffUserFactory, image_content

pytestmark = pytest.mark.django_db

# EXIF tags: the GPS position's directory, and how the camera was held.
GPS_IFD = 0x8825
ORIENTATION = 0x0112


def read_back(path: Path) -> Image.Image:
    return Image.open(io.BytesIO(path.read_bytes()))


def stored(entry: MediaFile, media_root: Path) -> Image.Image:
    return read_back(media_root / entry.file.name)


def photo_with_location(width=1200, height=900, orientation=1) -> bytes:
    picture = Image.open(io.BytesIO(image_content(width, height)))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "Camera maker"
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    )
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif, comment=b"taken at home")
    return buffer.getvalue()


def test_a_photo_loses_its_location_and_camera_data(media_root):
    content = photo_with_location()
    assert Image.open(io.BytesIO(content)).getexif().get_ifd(GPS_IFD)  # it had one

    entry = media_file_add(content=content, filename="IMG_0001.JPG", alt_text="A ward")

    saved = stored(entry, media_root)
    assert saved.format == "JPEG"
    assert dict(saved.getexif()) == {}
    assert "exif" not in saved.info
    assert "comment" not in saved.info
    assert (entry.kind, entry.width, entry.height) == ("image", 1200, 900)


def test_the_exif_orientation_is_applied_before_it_is_dropped(media_root):
    # Orientation 6: the camera was turned; the picture shows rotated by 90 degrees.
    entry = media_file_add(
        content=photo_with_location(1200, 900, orientation=6), filename="turned.jpg"
    )

    assert (entry.width, entry.height) == (900, 1200)
    assert stored(entry, media_root).size == (900, 1200)


def test_the_file_gets_a_name_of_our_own(media_root):
    entry = media_file_add(
        content=image_content(format="PNG"), filename="../../etc/passwd my photo.png"
    )

    assert entry.file.name.startswith("library/")
    assert "passwd" not in entry.file.name
    assert entry.file.name.endswith(".png")
    assert entry.original_name == "passwd my photo.png"
    assert (media_root / entry.file.name).is_file()


def test_renditions_are_made_in_avif_and_webp_no_wider_than_the_image(media_root):
    entry = media_file_add(content=image_content(1000, 750), filename="a.jpg")

    made = {(r.format, r.width): r.name for r in entry.renditions()}
    assert set(made) == {
        (format, width) for format in ("avif", "webp") for width in (480, 800, 1000)
    }
    for (format, width), name in made.items():
        picture = read_back(media_root / name)
        assert picture.format == format.upper()
        assert picture.size == (width, round(750 * width / 1000))


def test_a_wide_image_gets_renditions_up_to_1600_pixels(media_root):
    entry = media_file_add(content=image_content(2400, 1200), filename="wide.jpg")

    assert sorted({r.width for r in entry.renditions()}) == [480, 800, 1200, 1600]


def test_a_gif_keeps_its_first_frame_as_a_png(media_root):
    frames = [Image.new("RGB", (300, 200), colour) for colour in ("red", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])

    entry = media_file_add(content=buffer.getvalue(), filename="moving.gif")

    saved = stored(entry, media_root)
    assert saved.format == "PNG"
    assert saved.convert("RGB").getpixel((10, 10)) == (255, 0, 0)


def test_a_pdf_is_kept_as_it_is_as_a_document(media_root):
    content = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

    entry = media_file_add(content=content, filename="Handout.PDF", title="Diet")

    assert entry.kind == "document"
    assert (entry.width, entry.height) == (None, None)
    assert entry.file.name.endswith(".pdf")
    assert (media_root / entry.file.name).read_bytes() == content
    assert entry.renditions() == []


def test_the_same_bytes_are_stored_once_and_blanks_filled(media_root):
    content = image_content()
    first = media_file_add(content=content, filename="a.jpg", title="Kept")

    again = media_file_add(
        content=content, filename="b.jpg", title="Ignored", alt_text="Now given"
    )

    assert again.pk == first.pk
    again.refresh_from_db()
    assert (again.title, again.alt_text) == ("Kept", "Now given")
    assert MediaFile.objects.count() == 1


def test_the_uploader_and_source_are_recorded():
    user = StaffUserFactory()

    entry = media_file_add(
        content=image_content(),
        filename="a.jpg",
        user=user,
        source_url="https://old.example/wp-content/uploads/a.jpg",
    )

    assert entry.uploaded_by == user
    assert entry.source_url == "https://old.example/wp-content/uploads/a.jpg"


def refused(content: bytes, filename: str) -> str:
    with pytest.raises(ValidationError) as raised:
        media_file_add(content=content, filename=filename)
    assert MediaFile.objects.count() == 0
    return raised.value.messages[0]


def test_text_named_jpg_is_refused(media_root):
    message = refused(b"Just some words, not a picture.", "photo.jpg")

    assert "“photo.jpg” is not a JPEG, PNG, WebP or GIF image, nor a PDF" in message
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


def test_svg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    assert "SVG among them" in refused(svg, "diagram.svg")


def test_a_pdf_name_without_a_pdf_header_is_refused():
    assert "is not a JPEG, PNG, WebP or GIF image, nor a PDF" in refused(
        b"<html>%PDF-1.4 later on</html>", "handout.pdf"
    )


def test_a_50_mb_upload_is_refused_with_the_limit():
    message = refused(b"\0" * (50 * 1024 * 1024), "huge.jpg")

    assert message == (
        "This file is 50.0\xa0MB; files can be at most 20.0\xa0MB. "
        "Please make it smaller and try again."
    )


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims these dimensions: a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [10_000, 100_000])  # 100 and 10,000 megapixels
def test_a_decompression_bomb_is_refused_unopened(side):
    assert refused(png_header_claiming(side, side), "bomb.png") == (
        "This image has more than 50 million pixels, more than any page needs. "
        "Please make it smaller and try again."
    )


def test_a_truncated_image_is_refused():
    content = image_content(800, 600)

    assert refused(content[: len(content) // 3], "cut.jpg") == (
        "This image is damaged or cut short and cannot be read."
    )


@pytest.mark.parametrize(
    ("mode", "format", "stored_mode"),
    [
        ("CMYK", "JPEG", "RGB"),
        ("I;16", "PNG", "RGB"),
        ("P", "PNG", "RGB"),
        ("LA", "PNG", "RGBA"),
    ],
)
def test_other_colour_modes_are_converted(media_root, mode, format, stored_mode):
    buffer = io.BytesIO()
    Image.new(mode, (600, 400)).save(buffer, format)

    entry = media_file_add(content=buffer.getvalue(), filename=f"x.{format}")

    assert stored(entry, media_root).mode == stored_mode
    assert len(entry.renditions()) == 4  # 480 and 600, AVIF and WebP
