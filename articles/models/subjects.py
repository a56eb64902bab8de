"""Rows about one medical text (a revision, a workflow event, a source) name it with
two foreign keys, `article` and `faq_entry`: exactly one of them is set."""

from django.db.models import Q


def one_subject() -> Q:
    """Exactly one of the guide and the FAQ entry is set."""
    return Q(article__isnull=False, faq_entry__isnull=True) | Q(
        article__isnull=True, faq_entry__isnull=False
    )
