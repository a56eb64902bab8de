"""The form under guides and on the FAQ page, and what its address answers."""

import json

import pytest
from django.test import Client

from articles.models import ContentGeneration
from feedback.models import AddressCount, Feedback
from tests.factories import ArticleFactory, FaqEntryFactory

pytestmark = pytest.mark.django_db

READER = "203.0.113.9"


def send(client, path, data, **headers):
    return client.post(path, data, REMOTE_ADDR=READER, **headers)


def guide_address(guide) -> str:
    return f"/feedback/guides/{guide.pk}/"


def test_a_guide_page_carries_the_form_and_nothing_per_request(client):
    guide = ArticleFactory()

    first = client.get(guide.get_absolute_url()).content.decode()
    second = client.get(guide.get_absolute_url()).content.decode()

    assert f'action="{guide_address(guide)}"' in first
    assert "Was this page helpful?" in first
    assert "no cookie" in first
    assert "csrfmiddlewaretoken" not in first
    assert first == second


def test_a_draft_previewed_by_staff_has_no_form(admin_client):
    guide = ArticleFactory(draft=True)

    page = admin_client.get(guide.get_absolute_url()).content.decode()

    assert "Preview" in page
    assert guide_address(guide) not in page


def test_the_faq_page_carries_one_form(client):
    FaqEntryFactory()

    page = client.get("/faq/").content.decode()

    assert page.count('action="/feedback/faq/"') == 1


def test_an_answer_is_kept_and_thanked_without_a_cookie(client):
    guide = ArticleFactory()

    response = send(
        client, guide_address(guide), {"helpful": "no", "comment": "Too long."}
    )

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert guide.get_absolute_url() in response.content.decode()
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    answer = Feedback.objects.get()
    assert (answer.article, answer.helpful, answer.comment) == (
        guide,
        False,
        "Too long.",
    )


def test_the_stored_answer_holds_nothing_of_the_reader(client):
    guide = ArticleFactory()

    send(
        client,
        guide_address(guide),
        {"helpful": "yes", "comment": "Clear."},
        HTTP_USER_AGENT="Reader's browser",
    )

    row = Feedback.objects.values().get()
    assert set(row) == {
        "id",
        "article_id",
        "helpful",
        "comment",
        "created_at",
        "digest_sent_at",
    }
    stored = json.dumps([row, list(AddressCount.objects.values())], default=str) + repr(
        Feedback.objects.values_list()
    )
    assert READER not in stored
    assert "browser" not in stored


def test_the_page_script_gets_json(client):
    guide = ArticleFactory()

    response = send(
        client, guide_address(guide), {"helpful": "yes"}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    assert response.json()["message"].startswith("Thank you")


def test_the_faq_page_answer_has_no_guide(client):
    response = send(client, "/feedback/faq/", {"helpful": "yes"})

    assert response.status_code == 200
    assert Feedback.objects.get().article is None


def test_a_comment_of_1000_characters_with_line_breaks_as_browsers_send_them(client):
    guide = ArticleFactory()
    comment = "\r\n".join(["x" * 99] * 10)  # 990 + 9 line breaks, as a browser counts

    response = send(client, guide_address(guide), {"helpful": "no", "comment": comment})

    assert response.status_code == 200
    assert len(Feedback.objects.get().comment) == 999


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"helpful": "no", "comment": "x" * 1001}, "1,000 characters"),
        ({"comment": "No answer chosen."}, "Please choose yes or no."),
        ({"helpful": "maybe"}, "Please choose yes or no."),
        ({"helpful": ""}, "Please choose yes or no."),
        ({"helpful": "yes", "comment": "nul \x00 byte"}, "cannot store"),
        ({"helpful": "yes\x00"}, "Please choose yes or no."),
        ({"helpful[]": "yes"}, "Please choose yes or no."),
    ],
    ids=["oversize", "missing", "wrong", "empty", "nul", "nul-answer", "wrong-name"],
)
def test_a_bad_answer_is_refused_and_nothing_kept(client, data, message):
    guide = ArticleFactory()

    response = send(client, guide_address(guide), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_refused_answer_keeps_the_comment_in_the_form_shown_again(client):
    guide = ArticleFactory()

    response = send(client, guide_address(guide), {"comment": "Say more on costs."})

    page = response.content.decode()
    assert "Say more on costs.</textarea>" in page
    assert 'aria-describedby="feedback-helpful-error"' in page


def test_the_page_script_gets_the_reason_as_json(client):
    guide = ArticleFactory()

    response = send(client, guide_address(guide), {}, HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json() == {"message": "Please choose yes or no."}


@pytest.mark.parametrize(
    ("body", "charset"),
    [
        (b"helpful=yes&comment=caf%E9", ""),  # Latin-1, percent-encoded
        (b"helpful=yes&comment=caf\xe9", ""),  # Latin-1, raw
        (b"helpful=yes&comment=caf\xe9", "; charset=UTF-8"),
        (b"helpful=yes&comment=%ED%A0%80", ""),  # a lone surrogate
    ],
    ids=["encoded", "raw", "raw-said-utf-8", "surrogate"],
)
def test_a_form_that_is_not_utf_8_is_refused(client, body, charset):
    guide = ArticleFactory()

    response = client.generic(
        "POST",
        guide_address(guide),
        body,
        content_type=f"application/x-www-form-urlencoded{charset}",
        REMOTE_ADDR=READER,
    )

    assert response.status_code == 400
    assert "could not be read" in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_form_in_another_charset_is_refused(client):
    """As every form on the site (portal.middleware.UnreadableRequestMiddleware)."""
    guide = ArticleFactory()

    response = client.generic(
        "POST",
        guide_address(guide),
        b"helpful=yes&comment=caf%E9",
        content_type="application/x-www-form-urlencoded; charset=latin-1",
        REMOTE_ADDR=READER,
    )

    assert response.status_code == 400
    assert "could not be read" in response.content.decode()
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"helpful": "yes"}', "application/json"),
        (b"\xff\xfe\x00h", "multipart/form-data; boundary=x"),
        (b"helpful=yes", "multipart/form-data"),
    ],
    ids=["json", "broken-multipart", "no-boundary"],
)
def test_a_body_that_is_no_form_is_refused(client, body, content_type):
    guide = ArticleFactory()

    response = client.generic(
        "POST", guide_address(guide), body, content_type=content_type
    )

    assert response.status_code == 400
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "guide", [{"draft": True}, {"scheduled": True}, {"withdrawn": True}]
)
def test_an_answer_on_a_guide_readers_cannot_see_is_404(client, guide):
    unpublished = ArticleFactory(**guide)

    response = send(client, guide_address(unpublished), {"helpful": "yes"})

    assert response.status_code == 404
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "path", ["/feedback/guides/999999/", "/feedback/guides/x/", "/feedback/guides/"]
)
def test_an_answer_on_no_guide_is_404(client, path):
    assert send(client, path, {"helpful": "yes"}).status_code == 404


def test_an_id_past_the_database_integer_is_404(client):
    response = send(client, f"/feedback/guides/{10**30}/", {"helpful": "yes"})

    assert response.status_code == 404


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
@pytest.mark.parametrize("path", ["/feedback/faq/", "guide"])
def test_the_form_address_takes_posts_only(client, method, path):
    if path == "guide":
        path = guide_address(ArticleFactory())

    response = client.generic(method, path)

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert not response.cookies


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_kept(client):
    guide = ArticleFactory()

    response = send(
        client,
        guide_address(guide),
        {"helpful": "yes", "comment": "Buy now", "website": "http://spam.example"},
    )

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert not Feedback.objects.exists()
    assert not AddressCount.objects.exists()


def test_no_answer_page_is_cached(client):
    guide = ArticleFactory()

    response = send(client, guide_address(guide), {"helpful": "yes"})

    assert "no-store" in response["Cache-Control"]


def test_the_answer_pages_send_no_cookie_even_with_csrf_checks(client):
    guide = ArticleFactory()
    strict = Client(enforce_csrf_checks=True)

    response = send(strict, guide_address(guide), {"helpful": "yes"})

    assert response.status_code == 200
    assert not response.cookies


def test_an_answer_leaves_the_content_generation_alone(client):
    """Answers show on no reader's page, so cached pages stay valid."""
    guide = ArticleFactory()
    before = ContentGeneration.objects.get().generation

    send(client, guide_address(guide), {"helpful": "no", "comment": "Hm."})

    assert Feedback.objects.exists()
    assert ContentGeneration.objects.get().generation == before
