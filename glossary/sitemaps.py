"""The glossary's section of sitemap.xml (articles/sitemaps.py, APP_SECTIONS)."""

from django.db.models import Max
from django.urls import reverse

from articles.sitemaps import Entry
from glossary.models import Term


def glossary_urls() -> list[Entry]:
    """The A-Z page, changed when a term last was; nothing while there are none."""
    changed = Term.objects.aggregate(changed=Max("updated_at"))["changed"]
    return [Entry(reverse("glossary:glossary"), changed)] if changed else []
