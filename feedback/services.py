"""Record a reader's answer within the per-address limit; mail authors their digest."""

import ipaddress
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from articles.models import Article
from feedback.emails import author_digest_message
from feedback.models import AddressCount, Feedback

# Answers one address may send in one clock hour. Readers on one hospital or office
# network share an address, so more than the follow form's 10.
ANSWERS_PER_ADDRESS = 20
WINDOW = timedelta(hours=1)


class TooManyRequests(Exception):
    """This address sent too many answers this hour; answer 429."""


def feedback_record(
    *, article: Article | None, helpful: bool, comment: str, ip: str
) -> Feedback:
    """Keep one answer (article None: the FAQ page), unless its address is over the
    limit: then raise TooManyRequests and keep nothing."""
    window_start = window_start_of(timezone.now())
    with transaction.atomic():
        if _count_answer(address_key(ip, window_start), window_start) > (
            ANSWERS_PER_ADDRESS
        ):
            raise TooManyRequests  # rolls the count back too: it stays at the limit
        return Feedback.objects.create(
            article=article, helpful=helpful, comment=comment
        )


def window_start_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def address_key(ip: str, window_start: datetime) -> str:
    """A keyed hash of the address and the hour: it counts one reader's answers in
    that hour, and matches nothing in another hour or in another table.

    An IPv6 reader is counted by their /64: one home or phone gets a whole /64 and
    can pick any address in it.
    """
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        network = ip  # unknown ("" when the server was not told): one count for all
    else:
        prefix = 64 if address.version == 6 else 32
        network = str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
    return salted_hmac(
        "feedback.address-count",
        f"{network}|{window_start.isoformat()}",
        algorithm="sha256",
    ).hexdigest()


def _count_answer(address_hash: str, window_start: datetime) -> int:
    """Add one to this address's count for the hour and return the new count.

    One statement, so two answers sent at once are both counted: a read then a
    write would let both see the count below the limit. The row stays locked until
    the transaction ends, so the next answer from the address waits for this one.
    """
    table = AddressCount._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (address_hash, window_start, answers)
            VALUES (%s, %s, 1)
            ON CONFLICT (address_hash, window_start)
            DO UPDATE SET answers = {table}.answers + 1
            RETURNING answers
            """,  # noqa: S608 (the table name is ours)
            [address_hash, window_start],
        )
        return cursor.fetchone()[0]


def feedback_counts_purge() -> int:
    """Delete the counts of hours that have passed; return how many."""
    deleted, _ = AddressCount.objects.filter(
        window_start__lt=window_start_of(timezone.now())
    ).delete()
    return deleted


def author_digests_send() -> int:
    """Mail each guide's author the comments on their guides that no digest has
    carried; return the number of mails sent. Nothing new, no mail.

    One transaction per author: the comments are locked, mailed, then marked sent,
    so a mail server that refuses rolls the marks back and the job's retry sends
    them; another worker skips the locked ones instead of sending them twice.
    """
    sent = 0
    for author in Feedback.objects.authors_to_digest():
        with transaction.atomic():
            comments = list(
                Feedback.objects.undigested_for(author).select_for_update(
                    of=("self",), skip_locked=True
                )
            )
            if not comments:
                continue
            author_digest_message(author, comments).send()
            Feedback.objects.filter(pk__in=[c.pk for c in comments]).update(
                digest_sent_at=timezone.now()
            )
            sent += 1
    return sent
