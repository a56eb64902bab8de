"""The sign-in audit trail: who signed in, out or failed to, from where, and every
change to their second factors. Password sign-ins, sign-outs, failures and lockouts
arrive as Django's and django-axes's signals (every path that signs in sends them);
the second-factor pages record their own events."""

from axes.helpers import get_client_ip_address
from axes.signals import user_locked_out
from django.contrib.auth import signals
from django.http import HttpRequest

from staff.models import SignInEvent, SignInEventKind


def event_record(
    *,
    request: HttpRequest | None,
    kind: SignInEventKind,
    user=None,
    username: str = "",
    detail: str = "",
) -> SignInEvent:
    """Append one event to the trail, with the request's address and browser."""
    # The address as django-axes sees it (AXES_CLIENT_IP_CALLABLE behind a proxy).
    ip_address = get_client_ip_address(request) if request is not None else None
    user_agent = request.headers.get("user-agent", "") if request is not None else ""
    return SignInEvent.objects.create(
        kind=kind,
        user=user,
        username=(user.get_username() if user is not None else username)[:150],
        ip_address=ip_address or None,
        user_agent=user_agent[:255],
        detail=detail[:200],
    )


def _signed_in(sender, request, user, **kwargs) -> None:
    event_record(request=request, kind=SignInEventKind.SIGNED_IN, user=user)


def _signed_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        event_record(request=request, kind=SignInEventKind.SIGNED_OUT, user=user)


def _failed(sender, credentials, request=None, **kwargs) -> None:
    event_record(
        request=request,
        kind=SignInEventKind.PASSWORD_FAILED,
        username=str(credentials.get("username") or ""),
    )


def _locked_out(sender, request, username, ip_address, **kwargs) -> None:
    event_record(
        request=request, kind=SignInEventKind.LOCKED_OUT, username=username or ""
    )


def connect_receivers() -> None:
    """Record the password sign-in events that Django and django-axes announce."""
    signals.user_logged_in.connect(_signed_in, dispatch_uid="staff_signed_in")
    signals.user_logged_out.connect(_signed_out, dispatch_uid="staff_signed_out")
    signals.user_login_failed.connect(_failed, dispatch_uid="staff_login_failed")
    user_locked_out.connect(_locked_out, dispatch_uid="staff_locked_out")
