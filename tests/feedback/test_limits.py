"""The limit of answers per address, kept without keeping the address."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from feedback import services
from feedback.models import AddressCount, Feedback
from feedback.services import (
    ANSWERS_PER_ADDRESS,
    address_key,
    feedback_counts_purge,
    window_start_of,
)
from feedback.tasks import purge_feedback_counts
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def answer(client, guide, ip: str, **headers):
    return client.post(
        f"/feedback/guides/{guide.pk}/", {"helpful": "yes"}, REMOTE_ADDR=ip, **headers
    )


@pytest.fixture
def clock(monkeypatch):
    """Django's clock, moved by hand."""

    def move_to(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return move_to


def test_an_address_over_the_limit_gets_429_and_nothing_is_kept(client):
    guide = ArticleFactory()
    for _ in range(ANSWERS_PER_ADDRESS):
        assert answer(client, guide, "198.51.100.7").status_code == 200

    response = answer(client, guide, "198.51.100.7")

    assert response.status_code == 429
    assert "Please wait a little" in response.content.decode()
    assert Feedback.objects.count() == ANSWERS_PER_ADDRESS
    assert AddressCount.objects.get().answers == ANSWERS_PER_ADDRESS


def test_another_address_may_still_answer(client):
    guide = ArticleFactory()
    for _ in range(ANSWERS_PER_ADDRESS + 1):
        answer(client, guide, "198.51.100.7")

    assert answer(client, guide, "198.51.100.8").status_code == 200


def test_a_made_up_forwarded_address_does_not_escape_the_limit(client):
    guide = ArticleFactory()
    statuses = [
        answer(
            client, guide, "198.51.100.7", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"
        ).status_code
        for n in range(ANSWERS_PER_ADDRESS + 1)
    ]

    assert statuses[-1] == 429


def test_one_ipv6_network_counts_as_one_reader(client):
    guide = ArticleFactory()
    for n in range(ANSWERS_PER_ADDRESS):
        answer(client, guide, f"2001:db8:1:2::{n:x}")

    assert answer(client, guide, "2001:db8:1:2:ffff::1").status_code == 429
    assert answer(client, guide, "2001:db8:1:3::1").status_code == 200


def test_the_limit_is_per_hour(client, clock):
    guide = ArticleFactory()
    hour = window_start_of(timezone.now())
    clock(hour + timedelta(minutes=59))
    for _ in range(ANSWERS_PER_ADDRESS + 1):
        answer(client, guide, "198.51.100.7")

    clock(hour + timedelta(minutes=60))

    assert answer(client, guide, "198.51.100.7").status_code == 200


def test_the_count_is_a_keyed_hash_of_address_and_hour():
    hour = window_start_of(timezone.now())

    key = address_key("198.51.100.7", hour)

    assert key == address_key("198.51.100.7", hour)
    assert key != address_key("198.51.100.7", hour + timedelta(hours=1))
    assert key != address_key("198.51.100.8", hour)
    assert "198.51.100.7" not in key and len(key) == 64


def test_the_key_changes_with_the_secret_key(settings):
    hour = window_start_of(timezone.now())
    before = address_key("198.51.100.7", hour)

    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789"

    assert address_key("198.51.100.7", hour) != before


def test_the_service_keeps_nothing_past_the_limit():
    guide = ArticleFactory()
    for _ in range(ANSWERS_PER_ADDRESS):
        services.feedback_record(
            article=guide, helpful=True, comment="", ip="198.51.100.7"
        )

    with pytest.raises(services.TooManyRequests):
        services.feedback_record(
            article=guide, helpful=True, comment="", ip="198.51.100.7"
        )
    assert Feedback.objects.count() == ANSWERS_PER_ADDRESS


def test_the_job_purges_the_counts_of_hours_gone(clock):
    guide = ArticleFactory()
    hour = window_start_of(timezone.now())
    clock(hour - timedelta(minutes=1))
    services.feedback_record(article=guide, helpful=True, comment="", ip="192.0.2.1")
    clock(hour + timedelta(minutes=1))
    services.feedback_record(article=guide, helpful=True, comment="", ip="192.0.2.1")

    purge_feedback_counts(timestamp=int(hour.timestamp()))

    assert list(AddressCount.objects.values_list("window_start", flat=True)) == [hour]
    assert Feedback.objects.count() == 2
    assert feedback_counts_purge() == 0


def test_a_bot_is_not_counted(client):
    guide = ArticleFactory()
    for _ in range(ANSWERS_PER_ADDRESS + 5):
        Client().post(
            f"/feedback/guides/{guide.pk}/",
            {"helpful": "yes", "website": "x"},
            REMOTE_ADDR="198.51.100.7",
        )

    assert answer(client, guide, "198.51.100.7").status_code == 200
