"""Waiting in tests: for a condition, not for a fixed time, under a generous ceiling.

Every ceiling (worker start, SMTP, Playwright, subprocesses) goes through `scaled`, so
TEST_TIMEOUT_SCALE (default 1) stretches them all on a slow or busy machine:
`TEST_TIMEOUT_SCALE=3 make test`. A wait that succeeds returns as soon as its condition
holds, so a generous ceiling costs nothing.
"""

import os
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

T = TypeVar("T")


def _scale() -> float:
    raw = os.environ.get("TEST_TIMEOUT_SCALE", "1")
    try:
        scale = float(raw)
    except ValueError:
        scale = 0
    if not scale > 0:
        raise pytest.UsageError(
            f"TEST_TIMEOUT_SCALE must be a positive number, not {raw!r}."
        )
    return scale


SCALE = _scale()


def scaled(seconds: float) -> float:
    """Return a ceiling in seconds, multiplied by TEST_TIMEOUT_SCALE."""
    return seconds * SCALE


def wait_until(
    condition: Callable[[], T],
    *,
    timeout: float,
    what: str,
    interval: float = 0.05,
    check: Callable[[], None] | None = None,
    details: Callable[[], str] | None = None,
) -> T:
    """Poll condition until it is truthy and return its value; fail after the ceiling.

    timeout is in unscaled seconds. check runs between polls (to fail early, say when
    a process died); details adds to the failure message (say, a log).
    """
    ceiling = scaled(timeout)
    deadline = time.monotonic() + ceiling
    while True:
        result = condition()
        if result:
            return result
        if check is not None:
            check()
        if time.monotonic() > deadline:
            more = f"\n{details()}" if details is not None else ""
            pytest.fail(
                f"Waited {ceiling:g} s for {what} in vain "
                f"(TEST_TIMEOUT_SCALE={SCALE:g}).{more}"
            )
        time.sleep(interval)
