from django import template
from django.utils.safestring import SafeString

from media_library import rendering

register = template.Library()

# A card is a column of the .cards grid (at least 17rem; up to three across the
# 68rem page) or the whole width of a phone less the padding.
CARD_SIZES = "(min-width: 40.5rem) 22rem, calc(100vw - 5rem)"


@register.simple_tag
def picture(image, *, alt: str, lazy: bool = True, card: bool = False) -> SafeString:
    """{% picture image alt=text lazy=False %}: a library image, responsive."""
    return rendering.picture(
        image,
        alt=alt,
        lazy=lazy,
        sizes=CARD_SIZES if card else rendering.SIZES,
        high_priority=not lazy,
    )
