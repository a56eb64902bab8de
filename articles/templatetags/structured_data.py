import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def json_ld(data) -> str:
    """Render data as a JSON-LD script block, escaped so no text can close the tag."""
    # Django's json_script cannot set type="application/ld+json"; this is its escaping.
    payload = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
