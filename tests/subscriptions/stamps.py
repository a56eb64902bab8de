"""Follow form stamps issued in the past, as on a page a reader has had open."""

import time

from django.core import signing

from subscriptions.forms import FORM_SALT, FormStampSigner


def stamp_issued(seconds_ago: float = 60) -> str:
    """A stamp of the follow form, issued that many seconds ago."""

    class Backdated(FormStampSigner):
        def timestamp(self) -> str:
            return signing.b62_encode(int(time.time() - seconds_ago))

    return Backdated(salt=FORM_SALT).sign("follow")
