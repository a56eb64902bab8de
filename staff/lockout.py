"""Sign-in lockout rules for django-axes: by username and address together, by
username across addresses (password spraying), by address across usernames.

django-axes counts failures against one limit within one cool-off. Our rules each have
their own (settings.STAFF_LOCKOUT_RULES), so this handler reports the failures of the
rule nearest its limit, weighted so that every rule reaches `failure_limit()` exactly
at its own limit.
"""

import math
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

# django-axes keeps the username tried in a 255-character column; a longer one was a
# 500 at sign-in. No account's name is that long (Django's are at most 150).
USERNAME_KEPT = 255


def username_tried(request, credentials=None) -> str:
    """The username a sign-in tried, as django-axes records it
    (AXES_USERNAME_CALLABLE): as posted, cut to the length it keeps."""
    source = credentials if credentials else request.POST
    return str(source.get("username") or "")[:USERNAME_KEPT]


def failure_limit(request=None, credentials=None) -> int:
    """The weighted failure count at which django-axes locks (AXES_FAILURE_LIMIT)."""
    return math.lcm(*(limit for _, limit, _ in settings.STAFF_LOCKOUT_RULES))


def rule_failures(fields: tuple[str, ...], window: timedelta, client: dict) -> int:
    """Failures recorded for these client fields (username, ip_address) in the window.

    An attempt row holds the failures of one username from one address up to its last
    one, so a row whose last failure falls in the window counts whole: when in doubt,
    count more."""
    if any(client[field] is None for field in fields):
        return 0
    rows = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - window,
        **{field: client[field] for field in fields},
    )
    return rows.aggregate(total=Sum("failures_since_start"))["total"] or 0


class LockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        client = {
            "username": get_client_username(request, credentials),
            "ip_address": request.axes_ip_address,
        }
        scale = failure_limit()
        return max(
            rule_failures(fields, window, client) * (scale // limit)
            for fields, limit, window in settings.STAFF_LOCKOUT_RULES
        )
