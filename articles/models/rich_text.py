"""The rich-text field of the editor, with its emptiness read right."""

import html
import re
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django_ckeditor_5.fields import CKEditor5Field

from articles.sanitize import clean_html
from media_library.rendering import IMG_TAG, image_attributes

TAG = re.compile(r"<[^>]+>")


def images_described(value: str) -> None:
    """Refuse rich text with an image that has no text alternative (of the images
    the sanitizer keeps: the text is stored cleaned)."""
    errors = [
        ValidationError(
            "Image %(number)s (%(name)s) has no text alternative: select it in the "
            "editor, choose “Change image text alternative” and say in a few words "
            "what it shows.",
            code="image_without_alt",
            params={"number": number, "name": PurePosixPath(image["src"]).name},
        )
        for number, image in enumerate(
            map(image_attributes, IMG_TAG.finditer(clean_html(value))), start=1
        )
        if not image.get("alt", "").strip()
    ]
    if errors:
        raise ValidationError(errors)


class RichTextField(CKEditor5Field):
    """django-ckeditor-5's field, which stores a blank=True field as empty when its
    HTML holds no text. Its check (0.2.20) unescapes entities before it strips
    tags, so the text of `<p>&lt;3</p>` read as a tag and the guide was saved empty,
    while its revision kept the text and publishing it failed the database's
    sign-off check. Here tags go first, then entities."""

    @staticmethod
    def _is_empty_html(value):
        if not value:
            return True
        if re.search(
            r"<(img|video|audio|iframe|embed|object|source)\b", value, re.IGNORECASE
        ):
            return False
        return not html.unescape(TAG.sub("", value)).strip()
