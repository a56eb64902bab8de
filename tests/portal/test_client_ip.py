"""The reader's address behind trusted proxies (portal/client_ip.py), and the
per-address limits that count by it: the follow form's and the admin sign-in's."""

from ipaddress import ip_network

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory
from django.urls import reverse

from portal.client_ip import client_ip
from subscriptions import services
from tests.subscriptions.stamps import stamp_issued

PROXY = "10.0.0.2"


@pytest.fixture
def behind_proxies(settings):
    """The app behind the proxy at PROXY and a TLS terminator in 192.0.2.0/28."""
    settings.TRUSTED_PROXIES = [ip_network(PROXY), ip_network("192.0.2.0/28")]


def ip(remote_addr: str, forwarded: str | None = None) -> str:
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers))


def test_without_trusted_proxies_the_connecting_address_is_the_client():
    assert ip("203.0.113.9", "198.51.100.1") == "203.0.113.9"


def test_a_client_cannot_claim_another_address(behind_proxies):
    assert ip("203.0.113.9", "198.51.100.1") == "203.0.113.9"
    assert ip("203.0.113.9", f"198.51.100.1, {PROXY}") == "203.0.113.9"


def test_behind_the_proxy_the_address_it_adds_is_the_client(behind_proxies):
    assert ip(PROXY, "203.0.113.9") == "203.0.113.9"


def test_what_the_client_sent_left_of_the_proxys_entry_is_ignored(behind_proxies):
    assert ip(PROXY, "198.51.100.1, 10.0.0.2, 203.0.113.9") == "203.0.113.9"


def test_every_trusted_hop_is_walked_from_the_right(behind_proxies):
    assert ip(PROXY, "198.51.100.1, 203.0.113.9, 192.0.2.5") == "203.0.113.9"
    # Only proxies: the furthest one is the best known.
    assert ip(PROXY, "192.0.2.5") == "192.0.2.5"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        (None, PROXY),
        ("", PROXY),
        ("unknown", PROXY),
        ("203.0.113.9, not-an-address", PROXY),
        ("203.0.113.9, 192.0.2.5, <script>", PROXY),
        ("garbage, 203.0.113.9", "203.0.113.9"),
        (" 203.0.113.9 ", "203.0.113.9"),
        ("203.0.113.9:52100", "203.0.113.9"),
        ("203.0.113.9,,", PROXY),
        ("999.0.113.9", PROXY),
        ("x" * 10_000, PROXY),
    ],
)
def test_a_malformed_entry_stops_the_walk_at_the_proxy_that_passed_it(
    behind_proxies, forwarded, expected
):
    assert ip(PROXY, forwarded) == expected


def test_ipv6_clients_and_proxies(settings):
    settings.TRUSTED_PROXIES = [ip_network("2001:db8:1::/48")]

    assert ip("2001:db8:1::7", "2001:DB8:2::0:1") == "2001:db8:2::1"
    assert ip("2001:db8:1::7", "[2001:db8:2::1]:443") == "2001:db8:2::1"
    assert ip("2001:db8:1::7", "fe80::1%eth0") == "fe80::1"
    assert ip("2001:db8:1::7", "203.0.113.9") == "203.0.113.9"
    assert ip("2001:db8:3::1", "203.0.113.9") == "2001:db8:3::1"


def test_an_ipv4_client_of_an_ipv6_socket_is_its_ipv4_address(behind_proxies):
    assert ip("::ffff:10.0.0.2", "::ffff:203.0.113.9") == "203.0.113.9"
    assert ip("::ffff:203.0.113.9") == "203.0.113.9"


def test_no_remote_address_is_no_address(behind_proxies):
    assert ip("", "203.0.113.9") == ""


def follow(client, n: int, **headers):
    return client.post(
        reverse("subscriptions:follow"),
        {
            "email": f"reader{n}@example.org",
            "frequency": "immediate",
            "stamp": stamp_issued(),
            "source": "/",
            "website": "",
        },
        **headers,
    )


@pytest.mark.django_db
def test_readers_behind_the_proxy_each_get_their_own_follow_limit(
    client, behind_proxies
):
    answers = [
        follow(
            client, n, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"
        ).status_code
        for n in range(services.SUBSCRIBE_LIMIT_PER_IP + 5)
    ]

    assert answers == [200] * (services.SUBSCRIBE_LIMIT_PER_IP + 5)


@pytest.mark.django_db
def test_a_client_making_up_addresses_still_meets_its_follow_limit(
    client, behind_proxies
):
    answers = [
        follow(
            client,
            n,
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, {PROXY}",
        ).status_code
        for n in range(services.SUBSCRIBE_LIMIT_PER_IP + 1)
    ]

    assert answers[-1] == 429


@pytest.mark.django_db
def test_the_sign_in_lockout_counts_the_reader_behind_the_proxy(client, behind_proxies):
    client.post(
        reverse("admin:login"),
        {"username": "nurse", "password": "wrong"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9",
    )

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [
        "203.0.113.9"
    ]
