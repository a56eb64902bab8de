"""POST data for the guide and FAQ admin forms, as the browser sends it."""

import html
import re

from articles.admin.editing import HIDDEN_FIELD
from articles.models import Article

# The sources formset of a guide or an answer, none added.
NO_SOURCES = {"references-TOTAL_FORMS": "0", "references-INITIAL_FORMS": "0"}
# Inline formsets of a guide: sources, pinned related guides, handouts and clinical
# trials (trials/admin.py), none added.
NO_INLINES = {
    **NO_SOURCES,
    "pins-TOTAL_FORMS": "0",
    "pins-INITIAL_FORMS": "0",
    "handouts-TOTAL_FORMS": "0",
    "handouts-INITIAL_FORMS": "0",
    "trial_listings-TOTAL_FORMS": "0",
    "trial_listings-INITIAL_FORMS": "0",
}


def article_form_data(*, category, author, **overrides) -> dict:
    """Includes fields the form no longer has (status, go-live time, review): a
    crafted POST carries them, and they must be ignored."""
    data = {
        "title": "Immunotherapy for pleural mesothelioma",
        "slug": "immunotherapy-pleural",
        "summary": "How checkpoint inhibitors work.",
        "body": "<p>Plain words.</p>",
        "category": category.pk,
        "author": author.pk,
        "medical_reviewer": category.pk,
        "last_reviewed_on": "2026-10-01",
        "next_review_due": "2027-10-01",
        "status": Article.Status.PUBLISHED,
        "publish_at_0": "2026-01-01",
        "publish_at_1": "10:00",
        "notify_subscribers": "on",
        "featured_image_alt": "",
        **NO_INLINES,
    }
    data.update(overrides)
    return data


def faq_form_data(entry, **overrides) -> dict:
    return {
        "question": entry.question,
        "slug": entry.slug,
        "answer": entry.answer,
        "category": entry.category_id,
        "order": str(entry.order),
        **NO_SOURCES,
        **overrides,
    }


def opened_version(client, url: str) -> dict:
    """Open a change form as the browser does: its hidden record of the version shown.

    A change form posted without it is refused (articles/admin/editing.py).
    """
    content = client.get(url).content.decode()
    field = re.search(
        rf'<input type="hidden" name="{HIDDEN_FIELD}" value="([^"]+)"', content
    )
    assert field, f"no {HIDDEN_FIELD} in the form"
    return {HIDDEN_FIELD: html.unescape(field[1])}
