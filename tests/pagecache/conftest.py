from datetime import datetime

import pytest
from django.core.cache import caches
from django.utils import timezone

from pagecache.middleware import CACHE_ALIAS


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on (DEBUG, as in development and tests, has it off), empty."""
    settings.PAGE_CACHE_SECONDS = 3600
    pages = caches[CACHE_ALIAS]
    pages.clear()
    yield pages
    pages.clear()


class Clock:
    """Django's clock, moved by hand: time passes with no write to the database."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def move_to(self, moment: datetime) -> None:
        self.monkeypatch.setattr(timezone, "now", lambda: moment)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    return Clock(monkeypatch)
