"""Passkeys (django-otp-webauthn): bound to the host staff sign in at, and the pages
that enrol and check them record the audit trail."""

from django.urls import path, reverse
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import views
from django_otp_webauthn.exceptions import OTPWebAuthnApiError
from django_otp_webauthn.helpers import WebAuthnHelper

from staff.audit import event_record
from staff.models import SignInEventKind


def relying_party_id(request) -> str:
    """The passkeys' domain: the host name this request came to (ALLOWED_HOSTS)."""
    return request.get_host().rsplit(":", 1)[0]


class NotYourPasskey(OTPWebAuthnApiError):
    status_code = 403
    default_code = "not_your_passkey"
    default_detail = "This passkey belongs to another account."


class PasskeyHelper(WebAuthnHelper):
    def get_allowed_origins(self) -> list[str]:
        # The browser writes the page's origin into what the authenticator signs;
        # ours is the scheme and host of this request (the host checked against
        # ALLOWED_HOSTS, the scheme from the proxy's X-Forwarded-Proto).
        return [f"{self.request.scheme}://{self.request.get_host()}"]


class PasskeyRegistrationComplete(views.CompleteCredentialRegistrationView):
    def post(self, *args, **kwargs):
        response = super().post(*args, **kwargs)
        event_record(
            request=self.request,
            kind=SignInEventKind.FACTOR_ADDED,
            user=self.request.user,
            detail="passkey",
        )
        return response


class PasskeyAuthenticationComplete(views.CompleteCredentialAuthenticationView):
    def complete_auth(self, device):
        # Only as a second factor, for the account that signed in with its password.
        if device.user_id != self.request.user.pk:
            raise NotYourPasskey()
        super().complete_auth(device)
        event_record(
            request=self.request,
            kind=SignInEventKind.VERIFIED,
            user=self.request.user,
            detail="passkey",
        )

    def handle_exception(self, exc):
        if isinstance(exc, OTPWebAuthnApiError) and self.request.user.is_authenticated:
            event_record(
                request=self.request,
                kind=SignInEventKind.FACTOR_FAILED,
                user=self.request.user,
                detail=f"passkey: {exc}",
            )
        return super().handle_exception(exc)

    def get_success_url(self):
        return self.get_redirect_url() or reverse("admin:index")


# The library's own URL names (its scripts reverse them), with our views where the
# trail needs them.
app_name = "otp_webauthn"
urlpatterns = [
    path(
        "registration/begin/",
        views.BeginCredentialRegistrationView.as_view(),
        name="credential-registration-begin",
    ),
    path(
        "registration/complete/",
        PasskeyRegistrationComplete.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "authentication/begin/",
        views.BeginCredentialAuthenticationView.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "authentication/complete/",
        PasskeyAuthenticationComplete.as_view(),
        name="credential-authentication-complete",
    ),
    path(
        "jsi18n/",
        JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]),
        name="js-i18n-catalog",
    ),
]
