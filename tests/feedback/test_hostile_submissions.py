"""1,000 hostile submissions to the feedback form, sent to a real gunicorn server:
no 5xx, every answer a status that names the problem, and the limit per address
holds (all come from one address, sent four at a time to two server processes).

Seeded and bounded: the same seed sends the same requests, so a failure repeats.
Bodies stay under Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB): Django refuses a
larger one from its length (400) without reading it, and the server then closes
the connection while the client is still sending, which the client sees as a reset
rather than a status.
"""

import json
import random
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from django.utils import timezone

from feedback.models import COMMENT_MAX_LENGTH, AddressCount, Feedback
from feedback.services import ANSWERS_PER_ADDRESS, WINDOW, window_start_of
from tests.factories import ArticleFactory, StaffUserFactory
from tests.processes import Server
from tests.security.corpus import CORPUS
from tests.security.hostile import HEADERS, METHODS, VALUES
from tests.signing_in import sign_in_staff

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.servers]

SEED = 20261214
SUBMISSIONS = 1000
# What the form's address may answer: thanks, a refusal that names the problem (bad
# form, no such guide, not a POST, too large, too many).
ALLOWED = {200, 400, 404, 405, 413, 429}
XSS = [vector["payload"] for vector in CORPUS["vectors"]]
FORM = "application/x-www-form-urlencoded"
# Headers as a client sends them (the fuzz suite's are WSGI names).
WIRE_HEADERS = [
    (name.removeprefix("HTTP_").replace("_", "-").title(), value)
    for name, value in HEADERS
    if name.startswith("HTTP_") and name not in ("HTTP_HOST", "HTTP_COOKIE")
]


@pytest.fixture
def server(tmp_path):
    started = Server(tmp_path / "server.log", workers=2)
    try:
        started.wait_answering()
        yield started
    finally:
        started.stop()


def submissions(rng: random.Random, paths: list[str]):
    """(method, path, headers, body) of each hostile submission."""
    texts = XSS + VALUES
    for _ in range(SUBMISSIONS):
        path = rng.choice(paths)
        headers = dict(rng.sample(WIRE_HEADERS, rng.randint(0, 2)))
        if rng.random() < 0.3:
            headers["Accept"] = "application/json"
        kind = rng.randrange(8)
        if kind == 0:  # a well-formed answer carrying hostile text
            fields = {
                "helpful": rng.choice(["yes", "no"]),
                "comment": rng.choice(texts),
            }
            body, content_type = urlencode(fields).encode(), FORM
        elif kind == 1:  # hostile text in every field, the honeypot too sometimes
            fields = {
                name: rng.choice(texts)
                for name in rng.sample(["helpful", "comment", "website"], 3)
            }
            body, content_type = urlencode(fields).encode(), FORM
        elif kind == 2:  # huge fields, up to 1.2 MB encoded
            size = rng.choice([COMMENT_MAX_LENGTH + 1, 20_000, 200_000])
            fields = {"helpful": "yes", "comment": rng.choice("xé<") * size}
            body, content_type = urlencode(fields).encode(), FORM
        elif kind == 3:  # wrong types and shapes
            body, content_type = rng.choice(
                [
                    (json.dumps({"helpful": True, "comment": ["a"]}).encode(), FORM),
                    (b'{"helpful": "yes"}', "application/json"),
                    (b"helpful=yes&helpful=no&helpful[]=1&comment=1&comment=2", FORM),
                    (b"helpful=1", FORM),
                    (b"helpful=true&comment=" + b"%5B%5D", FORM),
                    (b"=&&=&helpful", FORM),
                    (b"&" * 5000, FORM),
                    (
                        b'--b\r\nContent-Disposition: form-data; name="helpful"\r\n\r\n'
                        b"yes\r\n--b\r\nContent-Disposition: form-data; "
                        b'name="comment"; filename="a.txt"\r\n\r\nfile\r\n--b--\r\n',
                        "multipart/form-data; boundary=b",
                    ),
                    (b"not multipart", "multipart/form-data"),
                    (b"helpful=yes", "text/plain"),
                ]
            )
        elif kind == 4:  # NUL bytes, raw and encoded
            body, content_type = rng.choice(
                [
                    (b"helpful=yes&comment=a%00b", FORM),
                    (b"helpful=yes\x00&comment=\x00", FORM),
                    (b"helpful=%00&website=%00", FORM),
                    (b"\x00" * 100, FORM),
                ]
            )
        elif kind == 5:  # bad encodings
            body, content_type = rng.choice(
                [
                    (b"helpful=yes&comment=caf%E9", FORM),
                    (b"helpful=yes&comment=\xff\xfe\xfd", FORM),
                    (b"helpful=yes&comment=%ED%A0%80", FORM),
                    (b"helpful=yes&comment=%C0%AF", FORM),
                    (
                        "helpful=yes&comment=é".encode("utf-16"),
                        f"{FORM}; charset=utf-16",
                    ),
                    (b"helpful=yes", f"{FORM}; charset=no-such-charset"),
                    (b"helpful=yes&comment=+ADw-", f"{FORM}; charset=utf-7"),
                    (b"helpful=yes&comment=\xe9", f"{FORM}; charset=latin-1"),
                ]
            )
        elif kind == 6:  # another method, no body
            yield rng.choice([m for m in METHODS if m != "POST"]), path, headers, None
            continue
        else:  # a plain answer, as the page sends it
            fields = {
                "helpful": rng.choice(["yes", "no"]),
                "comment": "Clearer, please.",
            }
            body, content_type = urlencode(fields).encode(), FORM
        headers["Content-Type"] = content_type
        yield "POST", path, headers, body


def test_a_thousand_hostile_submissions_get_no_server_error_and_the_limit_holds(
    server,
):
    guide = ArticleFactory()
    draft = ArticleFactory(draft=True)
    paths = [
        *[f"/feedback/guides/{guide.pk}/"] * 6,
        "/feedback/faq/",
        "/feedback/faq/",
        f"/feedback/guides/{draft.pk}/",
        f"/feedback/guides/{guide.pk + 100_000}/",
        f"/feedback/guides/{'9' * 40}/",
        f"/feedback/guides/{quote('<script>', safe='')}/",
        "/feedback/guides/-1/",
    ]
    first_hour = window_start_of(timezone.now())

    def send(request):
        method, path, headers, body = request
        status, _, text = server.request(method, path, headers=headers, body=body)
        return status, method, path, headers, text

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(send, submissions(random.Random(SEED), paths)))

    last_hour = window_start_of(timezone.now())
    hours = 1 + int((last_hour - first_hour) / WINDOW)
    wrong = [
        f"{status} {method} {path} {headers}: {text[:200]}"
        for status, method, path, headers, text in answers
        if status not in ALLOWED
    ]
    assert len(answers) == SUBMISSIONS
    assert wrong == [], "\n".join(wrong[:20]) + "\n" + server.log()
    statuses = [status for status, *_ in answers]
    assert statuses.count(429) > 0
    assert Feedback.objects.count() <= ANSWERS_PER_ADDRESS * hours
    assert max(AddressCount.objects.values_list("answers", flat=True)) == (
        ANSWERS_PER_ADDRESS
    )
    for answer in Feedback.objects.all():
        assert len(answer.comment) <= COMMENT_MAX_LENGTH
        assert "\x00" not in answer.comment and "\ufffd" not in answer.comment
        assert answer.article_id in (guide.pk, None)

    # What was kept shows escaped in the admin's report.
    editor = sign_in_staff(Client(), StaffUserFactory())
    report = editor.get(f"/admin/feedback/feedback/report/{guide.pk}/")
    assert report.status_code == 200
    assert "<script>alert(1)</script>" not in report.content.decode()
