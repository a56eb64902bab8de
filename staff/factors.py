"""Second factors: enrolling, checking and removing them, each change on the trail.

A factor is a passkey or an authenticator app (TOTP). Recovery codes stand in for a
lost factor; they are made with the first one and go with the last one.
"""

from datetime import datetime

from django.db import transaction
from django.http import HttpRequest
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from staff.audit import event_record
from staff.models import SignInEventKind

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Recovery codes"
FACTOR_MODELS = {"passkey": WebAuthnCredential, "app": TOTPDevice}


def factors_of(user) -> list[Device]:
    """The user's confirmed passkeys and authenticator apps."""
    return [
        device
        for device in devices_for_user(user)
        if isinstance(device, tuple(FACTOR_MODELS.values()))
    ]


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


def codes_paused_until(user) -> datetime | None:
    """When a code may next be tried, if wrong codes have paused every code factor."""
    pauses = []
    for device in devices_for_user(user):
        if isinstance(device, TOTPDevice | StaticDevice):
            allowed, why = device.verify_is_allowed()
            if allowed:
                return None
            pauses.append(why["locked_until"])
    return max(pauses, default=None)


def second_factor_verify(*, request: HttpRequest, code: str) -> bool:
    """Mark the session as passed if the code fits one of the user's factors."""
    user = request.user
    device = match_token(user, code.strip().replace(" ", "").lower())
    if device is None:
        event_record(request=request, kind=SignInEventKind.FACTOR_FAILED, user=user)
        return False
    otp_login(request, device)
    if isinstance(device, StaticDevice):
        event_record(
            request=request,
            kind=SignInEventKind.RECOVERY_CODE_USED,
            user=user,
            detail=f"{recovery_codes_left(user)} left",
        )
    event_record(
        request=request,
        kind=SignInEventKind.VERIFIED,
        user=user,
        detail=device.name,
    )
    return True


def totp_device_pending(user) -> TOTPDevice:
    """The authenticator app being enrolled: its secret stays the same until used."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(
        user=user, name="Authenticator app", confirmed=False
    )


def totp_device_confirm(*, request: HttpRequest, device: TOTPDevice, code: str) -> bool:
    """Enrol the pending authenticator app if the code it shows is right."""
    if not device.verify_token(code.strip().replace(" ", "")):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    if not request.user.is_verified():
        otp_login(request, device)
    event_record(
        request=request,
        kind=SignInEventKind.FACTOR_ADDED,
        user=request.user,
        detail="authenticator app",
    )
    return True


@transaction.atomic
def recovery_codes_create(*, request: HttpRequest, user) -> list[str]:
    """Replace the user's recovery codes with new ones; return them, to show once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    event_record(
        request=request, kind=SignInEventKind.RECOVERY_CODES_CREATED, user=user
    )
    return codes


@transaction.atomic
def factor_remove(*, request: HttpRequest, device: Device) -> None:
    """Remove a factor. Sessions it verified must pass a factor again
    (django-otp's middleware finds their device gone); with the last factor the
    recovery codes go too, and the next admin page asks for a new factor."""
    user = request.user
    device.delete()
    event_record(
        request=request,
        kind=SignInEventKind.FACTOR_REMOVED,
        user=user,
        detail=device.name,
    )
    if not factors_of(user):
        StaticDevice.objects.filter(user=user).delete()
