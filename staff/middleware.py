import time

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from staff.factors import factors_of

# What a staff member who has signed in with a password only may open in the admin.
OPEN_BEFORE_SECOND_FACTOR = {"admin:login", "admin:logout"}
OPEN_NAMESPACES = {"staff", "otp_webauthn"}


def _open_before_second_factor(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return (
        match.view_name in OPEN_BEFORE_SECOND_FACTOR
        or match.namespace in OPEN_NAMESPACES
    )


class TwoFactorRequiredMiddleware:
    """A password alone opens no admin page but signing in, out and the second-factor
    pages: every other one sends the user to pass or enrol a factor first. Outside the
    admin such a user counts as signed out, so draft previews stay hidden too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            if request.path_info.startswith(reverse("admin:index")):
                # Someone who is not staff gets the admin's own answer (its sign-in
                # page): a second factor would not open it to them.
                if user.is_staff and not _open_before_second_factor(request.path_info):
                    step = "staff:verify" if factors_of(user) else "staff:factors"
                    query = urlencode({"next": request.get_full_path()})
                    return redirect(f"{reverse(step)}?{query}")
            else:
                request.user = AnonymousUser()
        return self.get_response(request)


# How often a signed-in session's end is moved on (settings.SESSION_COOKIE_AGE).
SESSION_RENEW_SECONDS = 60
SEEN_SESSION_KEY = "staff_seen"


class SessionRenewalMiddleware:
    """End a signed-in session SESSION_COOKIE_AGE after its last request, to the
    minute: the session is saved again (with a new end) at most once a minute.

    Not SESSION_SAVE_EVERY_REQUEST: every request would write back the whole session
    as it read it, so a request running beside another (a page's script catalogue
    beside a passkey ceremony) overwrote what the other had just stored in it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            if now - request.session.get(SEEN_SESSION_KEY, 0) >= SESSION_RENEW_SECONDS:
                request.session[SEEN_SESSION_KEY] = now
        return self.get_response(request)
