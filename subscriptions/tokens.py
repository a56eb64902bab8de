"""Signed confirmation links: who asked to follow, valid for a week."""

from datetime import timedelta

from django.core import signing

from subscriptions.models import Subscriber, fingerprint

CONFIRM_SALT = "subscriptions.confirm"
CONFIRM_MAX_AGE = timedelta(days=7)


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.dumps(
        {"id": subscriber.pk, "email": fingerprint(subscriber.email)}, salt=CONFIRM_SALT
    )


def subscriber_from_confirmation(token: str) -> Subscriber | None:
    """The subscriber a confirmation link names, None if erased since.

    Raises signing.BadSignature for a link we did not sign (say, copied in part);
    signing.SignatureExpired (a BadSignature) means the link is too old.
    """
    data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    subscriber = Subscriber.objects.filter(pk=data.get("id")).first()
    if subscriber is None or fingerprint(subscriber.email) != data.get("email"):
        return None
    return subscriber
