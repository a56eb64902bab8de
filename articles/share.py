"""Share links (articles/models/share_links.py): their signed addresses, making and
revoking them, and the comments that come back through them."""

from datetime import timedelta

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from articles.models import Revision, ShareComment, ShareLink
from articles.models.share_links import (
    COMMENTS_PER_LINK_PER_DAY,
    SHARE_MAX_DAYS,
)

SALT = "articles.share_link"


def share_token(link: ShareLink) -> str:
    return signing.dumps(link.pk, salt=SALT, compress=False)


def share_url(link: ShareLink) -> str:
    return reverse("articles:shared_draft", args=[share_token(link)])


def share_link_from(token: str) -> ShareLink | None:
    """The link this address names; None if it names none (forged, altered, or a
    link since deleted)."""
    try:
        link_id = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(link_id, int):
        return None
    return (
        ShareLink.objects.select_related("revision__article").filter(pk=link_id).first()
    )


def share_link_create(*, revision: Revision, user, days: int) -> ShareLink:
    if revision.article_id is None:
        raise ValidationError("Only a guide's revisions can be shared.")
    if not 1 <= days <= SHARE_MAX_DAYS:
        raise ValidationError(f"A link works for 1 to {SHARE_MAX_DAYS} days.")
    return ShareLink.objects.create(
        revision=revision,
        created_by=user,
        expires_at=timezone.now() + timedelta(days=days),
    )


def share_link_revoke(*, link: ShareLink, user) -> None:
    """Stop the link at once; revoking it again changes nothing."""
    ShareLink.objects.filter(pk=link.pk, revoked_at=None).update(
        revoked_at=timezone.now(), revoked_by=user
    )


class TooManyComments(Exception):
    pass


def share_comment_record(*, link: ShareLink, name: str, text: str) -> ShareComment:
    """Keep a comment sent through a working link, COMMENTS_PER_LINK_PER_DAY at most."""
    with transaction.atomic():
        # Locked, so that comments sent at once are counted one after the other.
        link = ShareLink.objects.select_for_update().get(pk=link.pk)
        if not link.is_working():
            raise ValidationError("This link no longer works.")
        since = timezone.now() - timedelta(days=1)
        if link.comments.filter(created_at__gte=since).count() >= (
            COMMENTS_PER_LINK_PER_DAY
        ):
            raise TooManyComments
        return ShareComment.objects.create(link=link, name=name, text=text)
