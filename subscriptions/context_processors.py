from django.utils.functional import lazy

from subscriptions.forms import form_stamp


def follow_box(request):
    """A signed timestamp for the follow forms of pages under /follow/, made only
    where a template shows it: the follow box on other pages fetches its own."""
    return {"follow_stamp": lazy(form_stamp, str)()}
