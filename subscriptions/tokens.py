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


def subscriber_from_confirmation(token: str) -> Subscriber:
    """The subscriber a confirmation link names; raises signing.BadSignature.

    signing.SignatureExpired (a BadSignature) means the link is too old.
    """
    data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    subscriber = Subscriber.objects.filter(pk=data.get("id")).first()
    if subscriber is None or fingerprint(subscriber.email) != data.get("email"):
        raise signing.BadSignature("No such subscriber.")
    return subscriber
