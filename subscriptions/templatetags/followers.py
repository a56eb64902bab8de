"""The followers panel of the admin's start page (templates/admin/index.html)."""

from django import template

from subscriptions.models import Subscriber

register = template.Library()


@register.inclusion_tag("admin/subscriptions/follower_counts.html")
def follower_counts() -> dict:
    """How many confirmed followers each topic has, by frequency: counts only, so
    every member of staff may see them (the list of followers needs permission)."""
    return {"rows": Subscriber.objects.counts_by_topic()}
