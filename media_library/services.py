"""Adding files to the media library: the one way in, for the editor, the admin and
the WordPress import alike."""

import hashlib
import io
import secrets
import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps, UnidentifiedImageError

from media_library.models import RENDITION_FORMATS, MediaFile, rendition_widths

# Pillow's name of each format we take, and the format the re-encoded file is kept
# in. A GIF keeps its first frame only, as a PNG: the site shows no animations.
IMAGE_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "GIF": "PNG"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
SAVE_OPTIONS = {
    "JPEG": {"quality": 85, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 85},
    "AVIF": {"quality": 60},
}
PDF_MAGIC = b"%PDF-"


def media_file_add(
    *,
    content: bytes,
    filename: str,
    title: str = "",
    alt_text: str = "",
    caption: str = "",
    user=None,
    source_url: str = "",
) -> MediaFile:
    """Check a file, store it (an image re-encoded, with its renditions) and return
    its library entry; the entry of the same bytes if they are already stored.

    Raises ValidationError with a message for the person who sent it.
    """
    limit = settings.MEDIA_UPLOAD_MAX_BYTES
    if len(content) > limit:
        raise ValidationError(
            f"This file is {filesizeformat(len(content))}; files can be at most "
            f"{filesizeformat(limit)}. Please make it smaller and try again.",
            code="too_large",
        )
    if not content:
        raise ValidationError("This file is empty.", code="empty")
    sha256 = hashlib.sha256(content).hexdigest()
    if existing := MediaFile.objects.filter(sha256=sha256).first():
        return _fill_blanks(existing, title=title, alt_text=alt_text, caption=caption)

    if content.startswith(PDF_MAGIC):
        entry = MediaFile(kind=MediaFile.Kind.DOCUMENT, size=len(content))
        files = {"pdf": content}
    else:
        image, source_format = _checked_image(content, filename)
        entry = MediaFile(
            kind=MediaFile.Kind.IMAGE, width=image.width, height=image.height
        )
        try:
            files = _encoded(image, IMAGE_FORMATS[source_format])
        except (OSError, ValueError) as error:  # a mode Pillow cannot convert
            raise ValidationError(
                "This image's colours are stored in a way we cannot convert. Please "
                "save it again as an ordinary JPEG or PNG and try again.",
                code="unconvertible",
            ) from error
        entry.size = len(files[next(iter(files))])
    entry.title = title[:200]
    entry.alt_text = alt_text[:250]
    entry.caption = caption[:500]
    entry.sha256 = sha256
    entry.original_name = PurePosixPath(filename.replace("\\", "/")).name[:255]
    entry.source_url = source_url
    entry.uploaded_by = user
    return _stored(entry, files)


def media_file_delete(*, media_file: MediaFile) -> None:
    """Delete a file, and its renditions once the deletion commits.

    Callers check first that nothing shows it (articles.media_usage): the database
    refuses only while a guide features it or offers it as a handout.
    """
    names = [media_file.file.name, *(r.name for r in media_file.renditions())]
    media_file.delete()
    transaction.on_commit(lambda: _delete(names))


def _fill_blanks(entry: MediaFile, **values: str) -> MediaFile:
    blanks = {
        name: value
        for name, value in values.items()
        if value and not getattr(entry, name)
    }
    if blanks:
        for name, value in blanks.items():
            setattr(entry, name, value)
        entry.save(update_fields=list(blanks))
    return entry


def _checked_image(content: bytes, filename: str) -> tuple[Image.Image, str]:
    """Open the bytes as one of the image formats we take, refusing anything else
    and anything larger than MEDIA_IMAGE_MAX_PIXELS once decoded."""
    not_taken = ValidationError(
        f"“{PurePosixPath(filename).name}” is not a JPEG, PNG, WebP or GIF image, nor "
        "a PDF document. Other kinds of file (SVG among them) cannot be added.",
        code="unsupported_type",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content), formats=list(IMAGE_FORMATS))
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        if isinstance(error, UnidentifiedImageError):
            raise not_taken from error
        raise _too_many_pixels() from error
    if image.width * image.height > settings.MEDIA_IMAGE_MAX_PIXELS:
        raise _too_many_pixels()
    source_format = image.format
    try:
        image.load()  # the first frame of a GIF
        image = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            "This image is damaged or cut short and cannot be read.", code="damaged"
        ) from error
    return image, source_format


def _too_many_pixels() -> ValidationError:
    megapixels = settings.MEDIA_IMAGE_MAX_PIXELS // 1_000_000
    return ValidationError(
        f"This image has more than {megapixels} million pixels, more than any page "
        "needs. Please make it smaller and try again.",
        code="too_many_pixels",
    )


def _encoded(image: Image.Image, stored_format: str) -> dict[str, bytes]:
    """The image's pixels, re-encoded without metadata (EXIF, GPS, XMP, comments), in
    its own format and as each rendition; keyed by file extension and width."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    if stored_format == "JPEG":
        mode = "RGB"
    # The colour profile says how to show the colours, and says nothing of the
    # person; kept only where the pixels stay in its colour space.
    icc_profile = image.info.get("icc_profile") if image.mode == mode else None
    # A new image from the pixels alone carries none of the old one's metadata.
    converted = image.convert(mode)
    pixels = Image.frombytes(mode, converted.size, converted.tobytes())
    files = {EXTENSIONS[stored_format]: _saved(pixels, stored_format, icc_profile)}
    for width in rendition_widths(image.width):
        height = max(1, round(image.height * width / image.width))
        resized = (
            pixels
            if width == image.width
            else pixels.resize((width, height), Image.Resampling.LANCZOS)
        )
        for format in RENDITION_FORMATS:
            files[f"{width}w.{format}"] = _saved(resized, format.upper(), icc_profile)
    return files


def _saved(image: Image.Image, format: str, icc_profile: bytes | None) -> bytes:
    buffer = io.BytesIO()
    options = dict(SAVE_OPTIONS[format])
    if icc_profile:
        options["icc_profile"] = icc_profile
    image.save(buffer, format, **options)
    return buffer.getvalue()


def _stored(entry: MediaFile, files: dict[str, bytes]) -> MediaFile:
    """Write the files and the row; on failure, neither stays."""
    (original_extension, original), *renditions = files.items()
    entry.file.save(
        f"{secrets.token_urlsafe(12)}.{original_extension}",
        ContentFile(original),
        save=False,
    )
    stem = PurePosixPath(entry.file.name).with_suffix("")
    written = [entry.file.name]
    try:
        for suffix, data in renditions:
            written.append(default_storage.save(f"{stem}-{suffix}", ContentFile(data)))
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        # The same bytes were stored meanwhile by another request: use those.
        _delete(written)
        return MediaFile.objects.get(sha256=entry.sha256)
    except BaseException:
        _delete(written)
        raise
    return entry


def _delete(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)
