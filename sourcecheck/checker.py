"""Fetch one cited address the way a careful robot does: a clear User-Agent, a
timeout, redirects followed (at most MAX_REDIRECTS) and each one recorded, only the
first bytes of the body read, and never an address inside our own network."""

import http.client
import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings

MAX_REDIRECTS = 5
READ_AT_MOST = 4096


@dataclass
class Outcome:
    status_code: int | None = None
    final_url: str = ""
    redirects: list[dict] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return (
            not self.error and self.status_code is not None and self.status_code < 400
        )


class NotAPublicAddress(Exception):
    pass


def _refuse_private(url: str) -> None:
    """Refuse a host that resolves to a private, loopback or link-local address: the
    worker runs inside our network, and an editor's link must not reach into it.
    SOURCE_CHECK_PRIVATE_ADDRESSES lets the tests use a local server."""
    if settings.SOURCE_CHECK_PRIVATE_ADDRESSES:
        return
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError as error:
        raise urllib.error.URLError(f"no such host ({error})") from error
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0])
        if not address.is_global:
            raise NotAPublicAddress(f"{host} is not a public address")


class _RecordingRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self, hops: list[dict]) -> None:
        self.hops = hops

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.hops.append({"status": code, "location": newurl})
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise urllib.error.URLError(
                f"redirected to a {urlsplit(newurl).scheme} address"
            )
        _refuse_private(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check(url: str) -> Outcome:
    """What a GET of the address gives now."""
    outcome = Outcome()
    if urlsplit(url).scheme not in ("http", "https"):
        outcome.error = "not a web address"
        return outcome
    opener = urllib.request.build_opener(_RecordingRedirects(outcome.redirects))
    request = urllib.request.Request(  # noqa: S310 (http and https only, above)
        url, headers={"User-Agent": settings.SOURCE_CHECK_USER_AGENT, "Accept": "*/*"}
    )
    try:
        _refuse_private(url)
        with opener.open(request, timeout=settings.SOURCE_CHECK_TIMEOUT) as response:
            response.read(READ_AT_MOST)
            outcome.status_code = response.status
            outcome.final_url = response.url
    except urllib.error.HTTPError as error:  # 4xx and 5xx answers, after redirects
        outcome.status_code = error.code
        outcome.final_url = error.url or ""
        outcome.error = f"HTTP {error.code} {error.reason}"
    except (
        urllib.error.URLError,
        NotAPublicAddress,
        http.client.HTTPException,
        OSError,
        ValueError,
    ) as error:
        reason = getattr(error, "reason", error)
        outcome.error = str(reason) or type(error).__name__
    return outcome
