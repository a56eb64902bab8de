"""Pages of a listing that cost the same at page 1,000 as at page 1.

Django's Paginator slices the QuerySet: `LIMIT 12 OFFSET 16000` makes PostgreSQL
fetch and throw away 16,000 whole rows, and a guide's row is wide (its search vector
is stored in line). Here a page first picks its 12 ids, where an index serves the
order and the filter (for a topic: article_topic_newest, read alone), and only then
reads those rows. A page past the middle counts from the end instead, in the
reversed order, so the last page skips as little as the first. `?page=N` addresses
stay as they were.
"""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


class KeysFirstPaginator(Paginator):
    """A Paginator that reads a page's primary keys before its rows (for an ordered
    QuerySet; anything else is paged as Django does)."""

    def page(self, number) -> Page:
        queryset = self.object_list
        if not isinstance(queryset, QuerySet):
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        if queryset.ordered and bottom > self.count - top:
            # Nearer the end: skip from the end, in the reversed order.
            from_end = self.count - top
            keys = queryset.reverse().values("pk")[from_end : from_end + top - bottom]
        else:
            keys = queryset.values("pk")[bottom:top]
        return self._get_page(queryset.filter(pk__in=keys), number, self)
