"""Follow by email. Pages stay cookie-free, so the forms do not use CSRF cookies: the
follow form has a honeypot, a signed timestamp and limits; the others act only with a
secret token from the reader's own mailbox. GET never changes anything, and pages
reached with a token are never cached."""

import functools
import json

from django.core import signing
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from portal.client_ip import client_ip
from subscriptions import services
from subscriptions.forms import FollowForm, PreferencesForm, form_stamp
from subscriptions.models import Subscriber
from subscriptions.tokens import subscriber_from_confirmation


@csrf_exempt
@require_http_methods(["GET", "POST"])
def follow(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return TemplateResponse(
            request, "subscriptions/follow.html", {"form": FollowForm()}
        )
    form = FollowForm(request.POST)
    if form.is_bot():
        # Answer a bot as if it had worked, so it learns nothing.
        return TemplateResponse(request, "subscriptions/check_inbox.html")
    if not form.is_valid():
        # The page carries a fresh stamp (context processor), so a retry can succeed.
        return TemplateResponse(
            request, "subscriptions/follow.html", {"form": form}, status=400
        )
    try:
        services.subscriber_request(
            email=form.cleaned_data["email"],
            topics=form.cleaned_data["topics"],
            frequency=form.cleaned_data["frequency"],
            source=form.cleaned_data["source"] or request.path,
            ip=client_ip(request),
        )
    except services.TooManyRequests:
        return TemplateResponse(request, "subscriptions/too_many.html", status=429)
    # The same answer whether or not the address was known.
    return TemplateResponse(request, "subscriptions/check_inbox.html")


@require_GET
@never_cache
def follow_stamp(request: HttpRequest) -> JsonResponse:
    """A fresh signed timestamp for the follow box: pages carry none in their HTML,
    so that a cached page stays the same from one minute to the next."""
    return JsonResponse({"stamp": form_stamp()})


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = subscriber_from_confirmation(token)
    except signing.SignatureExpired:
        return _bad_link(request, expired=True)
    except signing.BadSignature:
        return _bad_link(request, expired=False)
    if subscriber is None:
        return _not_on_list(request)
    if subscriber.has_left():
        return _not_on_list(request, subscriber=subscriber)
    if request.method == "GET":
        return TemplateResponse(request, "subscriptions/confirm.html", {"token": token})
    try:
        subscriber = services.subscriber_confirm(
            subscriber=subscriber, source="confirmation link", ip=client_ip(request)
        )
    except services.NotFollowing:  # left the list since the page was opened
        return _not_on_list(request)
    return TemplateResponse(
        request, "subscriptions/confirmed.html", {"subscriber": subscriber}
    )


def subscriber_from_link(view):
    """Give the view the subscriber whose manage token is in the link; an address that
    is not on the list (erased, or the link copied in part) gets a page that says so.
    """

    @functools.wraps(view)
    def wrapped(request: HttpRequest, token: str) -> HttpResponse:
        subscriber = Subscriber.objects.filter(manage_token=token).first()
        if subscriber is None:
            return _not_on_list(request)
        return view(request, subscriber)

    return wrapped


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
@subscriber_from_link
def manage(request: HttpRequest, subscriber: Subscriber) -> HttpResponse:
    action = request.POST.get("action")
    if request.method == "POST" and action == "unsubscribe":
        services.subscriber_unsubscribe(
            subscriber=subscriber, source="manage page", ip=client_ip(request)
        )
        return TemplateResponse(
            request, "subscriptions/unsubscribed.html", {"subscriber": subscriber}
        )
    if request.method == "POST" and action == "erase":
        # A manage page from before erasing asked first: it asks now.
        return redirect("subscriptions:erase", subscriber.manage_token)
    initial = {"topics": subscriber.topics.all(), "frequency": subscriber.frequency}
    form = PreferencesForm(request.POST or None, initial=initial)
    status = 200
    saved = False
    if request.method == "POST":
        if form.is_valid():
            services.subscriber_update(
                subscriber=subscriber,
                topics=form.cleaned_data["topics"],
                frequency=form.cleaned_data["frequency"],
                source="manage page",
                ip=client_ip(request),
            )
            saved = True
        else:
            status = 400
    context = {"subscriber": subscriber, "form": form, "saved": saved}
    return TemplateResponse(
        request, "subscriptions/manage.html", context, status=status
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
@subscriber_from_link
def erase(request: HttpRequest, subscriber: Subscriber) -> HttpResponse:
    """Erasing cannot be undone: GET asks, and only the POST of that page erases."""
    if request.method == "GET":
        return TemplateResponse(
            request, "subscriptions/erase.html", {"subscriber": subscriber}
        )
    services.subscriber_erase(
        subscriber=subscriber, source="manage page", ip=client_ip(request)
    )
    return TemplateResponse(request, "subscriptions/erased.html")


@require_GET
@never_cache
@subscriber_from_link
def manage_data(request: HttpRequest, subscriber: Subscriber) -> HttpResponse:
    """Download everything we hold about this subscriber, as JSON."""
    response = HttpResponse(
        json.dumps(services.subscriber_data(subscriber), indent=2),
        content_type="application/json",
    )
    response["Content-Disposition"] = 'attachment; filename="my-follow-data.json"'
    return response


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
@subscriber_from_link
def one_click(request: HttpRequest, subscriber: Subscriber) -> HttpResponse:
    """RFC 8058 one-click unsubscribe: a mail client POSTs; no cookie, no redirect.

    A person who opens the link in a browser (GET) gets a page with a button.
    """
    if request.method == "GET":
        return TemplateResponse(
            request, "subscriptions/unsubscribe.html", {"subscriber": subscriber}
        )
    services.subscriber_unsubscribe(
        subscriber=subscriber, source="one-click unsubscribe", ip=client_ip(request)
    )
    return TemplateResponse(
        request, "subscriptions/unsubscribed.html", {"subscriber": subscriber}
    )


def _bad_link(request: HttpRequest, *, expired: bool) -> HttpResponse:
    context = {"expired": expired, "form": FollowForm()}
    return TemplateResponse(request, "subscriptions/bad_link.html", context, status=400)


def _not_on_list(
    request: HttpRequest, *, subscriber: Subscriber | None = None
) -> HttpResponse:
    """410 Gone: the link was for an address that left the list (subscriber given)
    or is not on it at all (erased, or the link is incomplete).

    410, not 404: the link will not work again, and under DEBUG every 404 becomes
    the site's generic page (portal.middleware.SiteNotFoundPageMiddleware). An
    erased address keeps no token, so an unknown token gets the same page: it tells
    a guesser nothing.
    """
    return TemplateResponse(
        request,
        "subscriptions/not_on_list.html",
        {"subscriber": subscriber},
        status=410,
    )
