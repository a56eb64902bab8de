from datetime import timedelta

import pytest
from django.utils import timezone

from articles.services import signed_text_publish
from subscriptions.delivery import deliveries_send
from subscriptions.digests import digest_window
from subscriptions.fanout import article_fan_out, digests_fan_out, update_fan_out
from subscriptions.models import Delivery, Subscriber
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    SubscriberFactory,
    approved,
)

pytestmark = pytest.mark.django_db


class TestFanOut:
    def test_one_delivery_per_matching_confirmed_immediate_subscriber(self):
        surgery, radiation = CategoryFactory(), CategoryFactory()
        article = ArticleFactory(category=surgery)
        everything = SubscriberFactory()
        surgery_fan = SubscriberFactory(topics=[surgery, radiation])
        SubscriberFactory(topics=[radiation])
        SubscriberFactory(frequency="weekly")
        SubscriberFactory(status=Subscriber.Status.PENDING)
        SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED)

        batches = article_fan_out(article_id=article.pk)
        again = article_fan_out(article_id=article.pk)

        deliveries = Delivery.objects.filter(article=article)
        assert {d.subscriber for d in deliveries} == {everything, surgery_fan}
        assert (
            sorted(sum(batches, []))
            == sorted(d.pk for d in deliveries)
            == sorted(sum(again, []))
        )

    def test_nothing_for_an_unpublished_guide_or_one_not_to_announce(self):
        SubscriberFactory()
        draft = ArticleFactory(draft=True)
        quiet = ArticleFactory(notify_subscribers=False)

        assert article_fan_out(article_id=draft.pk) == []
        assert article_fan_out(article_id=quiet.pk) == []
        assert not Delivery.objects.exists()


class TestWeeklyDigest:
    def test_weekly_followers_get_that_weeks_guides_on_their_topics(self, mailoutbox):
        surgery, radiation = CategoryFactory(), CategoryFactory()
        send_day = timezone.localdate()
        start, _ = digest_window(send_day)
        new = ArticleFactory(category=surgery, title="New surgery guide")
        new.first_published_at = start + timedelta(days=1)
        new.save()
        ArticleFactory(
            category=surgery, title="Old guide"
        )  # published yesterday? no: move
        type(new).objects.filter(title="Old guide").update(
            first_published_at=start - timedelta(days=1)
        )
        weekly_surgery = SubscriberFactory(frequency="weekly", topics=[surgery])
        SubscriberFactory(frequency="weekly", topics=[radiation])
        SubscriberFactory(frequency="immediate")

        batches = digests_fan_out(send_day=send_day)
        deliveries_send(delivery_ids=batches[0])

        assert [m.to for m in mailoutbox] == [[weekly_surgery.email]]
        assert "New surgery guide" in mailoutbox[0].body
        assert "Old guide" not in mailoutbox[0].body
        assert digests_fan_out(send_day=send_day) == []


class TestUpdateFanOut:
    def test_followers_who_get_guides_at_once_get_the_update_once(self):
        topic = CategoryFactory()
        article = ArticleFactory(category=topic)
        reader = SubscriberFactory()
        SubscriberFactory(frequency="weekly")
        announced = article_fan_out(article_id=article.pk)
        update = approved(article, what_changed="New advice.", summary="New.")
        signed_text_publish(sign_off=update, notify_followers=True)

        batches = update_fan_out(update_id=update.pk)
        again = update_fan_out(update_id=update.pk)

        [delivery] = Delivery.objects.filter(update=update)
        assert delivery.subscriber == reader and delivery.article == article
        assert sum(batches, []) == sum(again, []) == [delivery.pk]
        assert delivery.pk not in sum(announced, [])  # the first mail is its own
        assert Delivery.objects.filter(article=article).count() == 2

    def test_an_update_no_longer_live_is_not_mailed(self):
        SubscriberFactory()
        article = ArticleFactory()
        first = approved(article, what_changed="One.", summary="One.")
        signed_text_publish(sign_off=first)
        signed_text_publish(sign_off=approved(article, summary="Two."))

        assert update_fan_out(update_id=first.pk) == []
        assert update_fan_out(update_id=999_999) == []
        assert not Delivery.objects.exists()

    def test_the_update_mail_says_what_changed(self, mailoutbox):
        article = ArticleFactory(title="Pemetrexed")
        SubscriberFactory()
        update = approved(
            article,
            what_changed="The dose was wrong.",
            is_correction=True,
            summary="Corrected dose.",
        )
        signed_text_publish(sign_off=update, notify_followers=True)

        deliveries_send(delivery_ids=update_fan_out(update_id=update.pk)[0])

        [mail] = mailoutbox
        assert mail.subject == "Updated guide: Pemetrexed"
        assert "Correction: The dose was wrong." in mail.body
        assert "Corrected dose." in mail.body
        assert "<strong>Correction:</strong> The dose was wrong." in (
            mail.alternatives[0].content
        )
