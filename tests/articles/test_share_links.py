"""Share links: one revision of one guide for someone without an account, until it
expires or is revoked; their comments land in the guide's review thread."""

import re
from datetime import timedelta

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import ShareComment, ShareLink
from articles.models.share_links import COMMENTS_PER_LINK_PER_DAY
from articles.share import SALT, share_link_create, share_url
from articles.workflow import latest_revision, revision_record
from tests.factories import ArticleFactory, StaffUserFactory, reviewer_account
from tests.signing_in import sign_in_staff

pytestmark = pytest.mark.django_db


def share_page(guide) -> str:
    return reverse("admin:articles_article_share", args=[guide.pk])


@pytest.fixture
def editor():
    client = sign_in_staff(Client(), StaffUserFactory())
    return client


@pytest.fixture
def draft():
    """A live guide and an unpublished revision of it."""
    guide = ArticleFactory(title="Pleurodesis", body="<p>The live text.</p>")
    revision_record(
        subject=guide,
        user=StaffUserFactory(),
        content={**guide.medical_content(), "body": "<p>The draft text.</p>"},
    )
    return guide


def test_an_editor_makes_a_link_and_a_stranger_reads_that_revision(editor, draft):
    response = editor.post(
        share_page(draft),
        {"make": "1", "revision": latest_revision(draft).number, "days": "7"},
    )
    link = ShareLink.objects.get()
    listing = editor.get(share_page(draft)).content.decode()
    address = re.search(r'value="(http://testserver/draft/[^"]+/)"', listing)[1]

    page = Client().get(address)
    html = page.content.decode()

    assert response.status_code == 302
    assert link.revision == latest_revision(draft)
    assert page.status_code == 200
    assert "The draft text." in html and "The live text." not in html
    assert "A draft shared for review (revision" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert page["X-Robots-Tag"] == "noindex"
    assert "no-store" in page["Cache-Control"]
    assert "X-Page-Cache" not in page
    assert "Content-Encoding" not in page


def test_a_comment_lands_in_the_guides_review_thread(editor, draft):
    link = share_link_create(
        revision=latest_revision(draft), user=StaffUserFactory(), days=7
    )
    stranger = Client()
    stranger.get(share_url(link))

    sent = stranger.post(
        share_url(link), {"name": "Dr Lee, oncologist", "text": "Say 'talc'."}
    )
    change_page = editor.get(
        reverse("admin:articles_article_change", args=[draft.pk])
    ).content.decode()

    assert sent.status_code == 303
    assert sent["Location"].endswith("?commented=1#draft-comment")
    assert "Thank you" in stranger.get(sent["Location"]).content.decode()
    comment = ShareComment.objects.get()
    assert (comment.name, comment.text, comment.link) == (
        "Dr Lee, oncologist",
        "Say 'talc'.",
        link,
    )
    assert "Say &#x27;talc&#x27;." in change_page
    assert "Dr Lee, oncologist, on revision" in change_page


def test_bad_comments_are_refused_and_a_link_takes_so_many_a_day(draft):
    link = share_link_create(
        revision=latest_revision(draft), user=StaffUserFactory(), days=7
    )
    client = Client(enforce_csrf_checks=False)

    empty = client.post(share_url(link), {"text": "   "})
    long = client.post(share_url(link), {"text": "x" * 2001})
    for n in range(COMMENTS_PER_LINK_PER_DAY):
        client.post(share_url(link), {"text": f"Comment {n}"})
    over = client.post(share_url(link), {"text": "One more"})

    assert (empty.status_code, long.status_code, over.status_code) == (400, 400, 429)
    assert ShareComment.objects.count() == COMMENTS_PER_LINK_PER_DAY


def test_a_revoked_or_expired_link_answers_410_and_takes_no_comment(editor, draft):
    revoked = share_link_create(
        revision=latest_revision(draft), user=StaffUserFactory(), days=7
    )
    expired = share_link_create(
        revision=latest_revision(draft), user=StaffUserFactory(), days=1
    )
    ShareLink.objects.filter(pk=expired.pk).update(
        created_at=timezone.now() - timedelta(days=3),
        expires_at=timezone.now() - timedelta(days=2),
    )

    editor.post(share_page(draft), {"revoke": revoked.pk})

    for link, says in [(revoked, "withdrew this link"), (expired, "expired")]:
        page = Client().get(share_url(link))
        assert page.status_code == 410
        assert says in page.content.decode()
        assert Client().post(share_url(link), {"text": "x"}).status_code == 410
    assert not ShareComment.objects.exists()


def test_an_address_opens_only_its_own_link(draft):
    link = share_link_create(
        revision=latest_revision(draft), user=StaffUserFactory(), days=7
    )
    other = share_link_create(
        revision=latest_revision(ArticleFactory()), user=StaffUserFactory(), days=7
    )
    token = share_url(link).split("/")[-2]
    forged = [
        token[:-1] + ("A" if token[-1] != "A" else "B"),  # altered signature
        signing.dumps(other.pk),  # signed for another purpose
        signing.dumps(str(link.pk), salt=SALT),  # not an id
        "nothing",
    ]

    for address in forged:
        assert Client().get(f"/draft/{address}/").status_code == 404
    assert Client().get(share_url(other)).status_code == 200


def test_only_editors_make_or_revoke_links_of_that_guide(editor, draft):
    link = share_link_create(
        revision=latest_revision(draft), user=StaffUserFactory(), days=7
    )
    reviewer = sign_in_staff(Client(), reviewer_account())
    elsewhere = ArticleFactory()

    assert reviewer.get(share_page(draft)).status_code == 403
    assert reviewer.post(share_page(draft), {"revoke": link.pk}).status_code == 403
    assert Client().get(share_page(draft)).status_code == 302  # sign in
    # A link of one guide revoked through another guide's page: no such link there.
    assert editor.post(share_page(elsewhere), {"revoke": link.pk}).status_code == 404
    too_long = editor.post(
        share_page(draft),
        {"make": "1", "revision": latest_revision(draft).number, "days": "31"},
    )
    assert too_long.status_code == 400
    link.refresh_from_db()
    assert link.revoked_at is None and ShareLink.objects.count() == 1
