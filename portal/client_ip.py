"""The reader's address, also behind the reverse proxies this deployment trusts.

Behind a proxy, REMOTE_ADDR is the proxy's address, so every per-address limit (the
follow form's, the admin sign-in's lockout) would count all readers together. Each
proxy appends the address it was connected from to X-Forwarded-For, but anyone can
send that header with made-up addresses in it. So the header is believed only as far
as the proxies in TRUSTED_PROXIES wrote it: read from the right, from a request that
came from a trusted proxy, the first address that is not a trusted proxy is the
client. Whatever lies left of it came from the client and is ignored.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def client_ip(request: HttpRequest) -> str:
    """Return the address of the client that made the request ("" if unknown)."""
    nearest = _address(request.META.get("REMOTE_ADDR", ""))
    if nearest is None:
        return request.META.get("REMOTE_ADDR", "")
    forwarded = request.headers.get("x-forwarded-for", "")
    for hop in reversed(forwarded.split(",")):
        if not _trusted(nearest):
            break
        hop_address = _address(hop)
        if hop_address is None:
            break  # a trusted proxy would not have written it: believe no further
        nearest = hop_address
    return str(nearest)


def _trusted(address: IPAddress) -> bool:
    return any(address in network for network in settings.TRUSTED_PROXIES)


def _address(value: str) -> IPAddress | None:
    """An address as proxies write it (a port and brackets allowed), or None."""
    # A zone ("fe80::1%eth0") names the proxy's interface, and PostgreSQL's inet
    # (where django-axes keeps addresses) refuses it.
    value = value.strip().partition("%")[0]
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 203.0.113.9:443
        value = value.split(":")[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    # An IPv4 client of an IPv6 socket: one reader, one address.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address
