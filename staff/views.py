"""The second-factor pages: enrol, pass, manage. They look like the admin and sit
under /admin/two-factor/ (portal/urls.py)."""

import base64
import math

import segno
from django.contrib import admin, messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from staff.factors import (
    FACTOR_MODELS,
    codes_paused_until,
    factor_remove,
    factors_of,
    recovery_codes_create,
    recovery_codes_left,
    second_factor_verify,
    totp_device_confirm,
    totp_device_pending,
)
from staff.forms import CodeForm

FACTOR_KINDS = {model: kind for kind, model in FACTOR_MODELS.items()}


def staff_member_signed_in(view):
    """Let signed-in staff through; send anyone else to the admin's sign-in page."""

    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not (request.user.is_active and request.user.is_staff):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('admin:login')}?{query}")
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


def _next_url(request: HttpRequest) -> str:
    url = request.POST.get("next") or request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if safe else reverse("admin:index")


def _render(request: HttpRequest, template: str, context: dict) -> TemplateResponse:
    return TemplateResponse(
        request,
        template,
        {
            "site_header": admin.site.site_header,
            "site_title": admin.site.site_title,
            "site_url": admin.site.site_url,
            "next": _next_url(request),
            **context,
        },
    )


def _verify_first(request: HttpRequest) -> HttpResponse:
    query = urlencode({"next": request.get_full_path()})
    return redirect(f"{reverse('staff:verify')}?{query}")


@staff_member_signed_in
def factors(request: HttpRequest) -> HttpResponse:
    """Enrol a first factor, or (after passing one) manage them."""
    enrolled = factors_of(request.user)
    if enrolled and not request.user.is_verified():
        return _verify_first(request)
    return _render(
        request,
        "staff/factors.html",
        {
            "title": "Two-factor sign-in" if enrolled else "Set up two-factor sign-in",
            "factors": [(FACTOR_KINDS[type(d)], d) for d in enrolled],
            "codes_left": recovery_codes_left(request.user),
        },
    )


@staff_member_signed_in
def verify(request: HttpRequest) -> HttpResponse:
    """Ask a signed-in user for a second factor: a passkey, an app or recovery code."""
    enrolled = factors_of(request.user)
    if not enrolled:
        query = urlencode({"next": _next_url(request)})
        return redirect(f"{reverse('staff:factors')}?{query}")
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if second_factor_verify(request=request, code=form.cleaned_data["code"]):
            return redirect(_next_url(request))
        form.add_error("code", "That code is not right, or was used already.")
        if paused_until := codes_paused_until(request.user):
            wait = math.ceil((paused_until - timezone.now()).total_seconds())
            form.add_error(
                "code", f"Too many wrong codes: wait {wait} seconds and try again."
            )
    return _render(
        request,
        "staff/verify.html",
        {
            "title": "Second factor",
            "form": form,
            "has_passkey": any(FACTOR_KINDS[type(d)] == "passkey" for d in enrolled),
        },
    )


def _may_change_factors(request: HttpRequest) -> bool:
    """Adding a factor needs a passed one, except for the first."""
    return request.user.is_verified() or not factors_of(request.user)


@staff_member_signed_in
def app_add(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: show its secret, confirm with a code it shows."""
    if not _may_change_factors(request):
        return _verify_first(request)
    device = totp_device_pending(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if totp_device_confirm(
            request=request, device=device, code=form.cleaned_data["code"]
        ):
            query = urlencode({"next": _next_url(request)})
            return redirect(f"{reverse('staff:recovery_codes')}?{query}")
        form.add_error("code", "That code is not right: try the one showing now.")
    return _render(
        request,
        "staff/app_add.html",
        {
            "title": "Add an authenticator app",
            "form": form,
            "secret": base64.b32encode(device.bin_key).decode(),
            "qr_code": _qr_data_url(device.config_url),
        },
    )


def _qr_data_url(text: str) -> str:
    """A QR code as a data: URL for an <img> (the CSP allows data: images only)."""
    return segno.make(text, error="m").svg_data_uri(scale=5, border=2)


@staff_member_signed_in
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """Show new recovery codes once: made with the first factor, or on request."""
    if not request.user.is_verified():
        return _verify_first(request)
    if request.method == "POST" or (
        factors_of(request.user) and recovery_codes_left(request.user) == 0
    ):
        codes = recovery_codes_create(request=request, user=request.user)
        if request.method == "POST":
            messages.success(request, "New recovery codes made; the old ones are void.")
    else:
        codes = []
    return _render(
        request,
        "staff/recovery_codes.html",
        {
            "title": "Recovery codes",
            "codes": codes,
            "codes_left": recovery_codes_left(request.user),
        },
    )


@require_POST
@staff_member_signed_in
def factor_delete(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Remove one of the user's factors (after passing one)."""
    if not request.user.is_verified():
        return _verify_first(request)
    model = FACTOR_MODELS.get(kind)
    if model is None:
        raise Http404("No such kind of factor.")
    device = get_object_or_404(model, pk=pk, user=request.user, confirmed=True)
    factor_remove(request=request, device=device)
    messages.success(request, f"Removed: {device.name}.")
    return redirect("staff:factors")
