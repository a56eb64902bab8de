"""Addresses never break: an old address of a guide, topic or page answers 301.

When a slug changes, on whatever path saves the model (an admin form, a revert from
history, the shell, an importer), the receivers below record a redirect from each old
address to the new one, in the save's transaction (the models' save() is atomic).
They carry no rule of their own: address_move() and address_take() do the writing.
RedirectFallbackMiddleware answers a 404 at a recorded address. docs/design.md says
why this is not django.contrib.redirects.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_save, pre_save
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control

from articles.links import is_link_to_give
from articles.models import Article, Category, Page, Redirect

# Every address of each model, by URL name; each takes the slug.
ADDRESSES: dict[type[Model], list[str]] = {
    Article: ["articles:article_detail"],
    Category: [
        "articles:category_detail",
        "articles:category_feed_rss",
        "articles:category_feed_atom",
    ],
    Page: ["articles:page_detail"],
}

# Where pre_save leaves the slug the database holds, for post_save to compare.
STORED_SLUG = "_slug_before_save"


def addresses(model: type[Model], slug: str) -> list[str]:
    """Return the paths at which an object of the model with this slug answers."""
    return [reverse(name, args=[slug]) for name in ADDRESSES[model]]


def address_take(*, path: str) -> None:
    """Drop the redirect from a path that a page now answers at itself."""
    Redirect.objects.filter(old_path=path).delete()


def address_move(*, old_path: str, new_path: str) -> None:
    """Redirect old_path, and every address that led to it, to new_path in one hop."""
    # First, so that moving back to an old address leaves no redirect from it (a loop).
    address_take(path=new_path)
    Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
    Redirect.objects.update_or_create(
        old_path=old_path, defaults={"new_path": new_path}
    )


def remember_stored_slug(
    sender: type[Model], instance: Model, update_fields=None, **kwargs
) -> None:
    """Note the slug the database holds before a save replaces it."""
    instance.__dict__.pop(STORED_SLUG, None)  # left by a save that failed
    if update_fields is not None and "slug" not in update_fields:
        return
    stored = None
    if instance.pk is not None:
        rows = sender._base_manager.filter(pk=instance.pk)
        if transaction.get_connection().in_atomic_block:
            # A rename saved meanwhile by someone else waits, and is then read here.
            rows = rows.select_for_update()
        stored = rows.values_list("slug", flat=True).first()
    setattr(instance, STORED_SLUG, stored)


def record_redirects(sender: type[Model], instance: Model, **kwargs) -> None:
    """Redirect the old addresses of a saved object to its new ones."""
    if STORED_SLUG not in instance.__dict__:
        return  # the slug was not saved
    stored = instance.__dict__.pop(STORED_SLUG)
    if stored == instance.slug:
        return
    new_paths = addresses(sender, instance.slug)
    # Already inside the save's transaction: save() is atomic, and a revert or
    # loaddata, which save without save(), runs in one of its own.
    with transaction.atomic(savepoint=False):
        if stored is None:  # new here (or recovered): whatever redirect is here goes
            for path in new_paths:
                address_take(path=path)
        elif never_public(instance):
            # Nobody outside was given the old address; a redirect from it would
            # only tell a guesser the draft's new one.
            for path in new_paths:
                address_take(path=path)
        else:
            for old_path, new_path in zip(
                addresses(sender, stored), new_paths, strict=True
            ):
                address_move(old_path=old_path, new_path=new_path)


def never_public(instance: Model) -> bool:
    """A guide that has never gone live; topics and pages are public at once."""
    return isinstance(instance, Article) and instance.first_published_at is None


def connect_receivers() -> None:
    """Connect the receivers for every model with addresses (ArticlesConfig.ready)."""
    for model in ADDRESSES:
        pre_save.connect(remember_stored_slug, sender=model)
        post_save.connect(record_redirects, sender=model)


class RedirectFallbackMiddleware:
    """Answer a 404 at a recorded old address with a 301 to where it leads now.

    Like django.contrib.redirects' middleware, it looks only at 404 responses, so a
    redirect never hides a page. The query string goes along. Browsers may keep the
    redirect for PUBLIC_CACHE_SECONDS, not forever as they do a 301 that says nothing:
    an old address can become a page again (a guide renamed back), and a browser
    that remembered the old hops would then go round in a loop.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        redirect = Redirect.objects.filter(old_path=request.path).first()
        # Checked again: a row saved before the check read links as browsers do
        # could send readers to another site from an address that looks like ours.
        if redirect is None or not is_link_to_give(redirect.new_path):
            return response
        location = redirect.new_path
        if query := request.META.get("QUERY_STRING"):
            location = f"{location}?{query}"
        redirected = HttpResponsePermanentRedirect(location)
        patch_cache_control(
            redirected, public=True, max_age=settings.PUBLIC_CACHE_SECONDS
        )
        return redirected
