import pytest
from django.core import signing

from subscriptions import services
from subscriptions.models import Subscriber
from subscriptions.tokens import confirmation_token, subscriber_from_confirmation
from tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


class TestConfirmationLink:
    def test_names_its_subscriber(self):
        subscriber = SubscriberFactory(status=Subscriber.Status.PENDING)

        token = confirmation_token(subscriber)

        assert subscriber_from_confirmation(token) == subscriber

    def test_tampered_link_is_refused(self):
        token = confirmation_token(SubscriberFactory())

        with pytest.raises(signing.BadSignature):
            subscriber_from_confirmation(token[:-2] + "xx")

    def test_expired_link_is_refused_as_expired(self, monkeypatch):
        subscriber = SubscriberFactory()
        real_time = signing.time.time
        monkeypatch.setattr(signing.time, "time", lambda: real_time() - 8 * 24 * 3600)
        token = confirmation_token(subscriber)
        monkeypatch.setattr(signing.time, "time", real_time)

        with pytest.raises(signing.SignatureExpired):
            subscriber_from_confirmation(token)

    def test_link_of_an_erased_subscriber_names_nobody(self):
        subscriber = SubscriberFactory()
        token = confirmation_token(subscriber)
        services.subscriber_erase(subscriber=subscriber, source="test", ip="")

        assert subscriber_from_confirmation(token) is None
