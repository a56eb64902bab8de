"""Uploads in S3-compatible object storage (MEDIA_BUCKET), against a real S3 server
on this machine: moto's server, which answers S3's HTTP API and, like S3, refuses
anonymous reads unless the bucket's policy allows them (README, "Uploaded files")."""

import json
import re
import socket
import sys
import urllib.request

import boto3
import pytest

from tests.database import database_url
from tests.portal.test_settings import PRODUCTION_ENV, manage
from tests.processes import LoggedProcess
from tests.waiting import wait_until

BUCKET = "portal-media"
KEYS = {"aws_access_key_id": "portal", "aws_secret_access_key": "portal-secret"}
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}


class ObjectStore(LoggedProcess):
    def __init__(self, log_path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1"]
        super().__init__([*command, "-p", str(self.port)], {}, log_path)

    def answering(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=5).close()
        except OSError:
            return False
        return True

    def client(self):
        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1", **KEYS
        )


@pytest.fixture(scope="module")
def object_store(tmp_path_factory):
    store = ObjectStore(tmp_path_factory.mktemp("s3") / "moto.log")
    try:
        wait_until(store.answering, timeout=60, what="the S3 server", details=store.log)
        store.client().create_bucket(Bucket=BUCKET)
        store.client().put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
        yield store
    finally:
        store.stop()


def bucket_env(store: ObjectStore) -> dict[str, str]:
    return {
        "MEDIA_BUCKET": BUCKET,
        "MEDIA_BUCKET_ENDPOINT": store.endpoint,
        "MEDIA_BUCKET_REGION": "us-east-1",
        "MEDIA_BUCKET_ACCESS_KEY": KEYS["aws_access_key_id"],
        "MEDIA_BUCKET_SECRET_KEY": KEYS["aws_secret_access_key"],
    }


def settings_of(env: dict[str, str]) -> dict:
    code = (
        "import json; from django.conf import settings as s; "
        "from django.core.files.storage import storages; "
        "print(json.dumps({'media_url': s.MEDIA_URL, "
        "'storage': type(storages['default']).__name__, "
        "'img_src': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
    )
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_without_a_bucket_uploads_stay_on_this_machines_disk():
    seen = settings_of(PRODUCTION_ENV)

    assert seen == {
        "media_url": "/media/",
        "storage": "FileSystemStorage",
        "img_src": ["'self'", "data:"],
    }


def test_with_a_bucket_uploads_go_to_it_and_pages_may_show_them(object_store):
    seen = settings_of({**PRODUCTION_ENV, **bucket_env(object_store)})

    assert seen["storage"] == "S3Storage"
    assert seen["media_url"] == f"{object_store.endpoint}/{BUCKET}/"
    assert seen["img_src"] == ["'self'", "data:", seen["media_url"]]


def test_a_bucket_behind_a_cdn_is_read_from_the_cdns_address(object_store):
    env = {**PRODUCTION_ENV, **bucket_env(object_store)}

    seen = settings_of({**env, "MEDIA_BUCKET_DOMAIN": "media.guides.example.org"})

    assert seen["media_url"] == "https://media.guides.example.org/"


def test_a_file_saved_through_the_storage_is_read_back_from_its_public_address(
    object_store,
):
    code = (
        "from django.core.files.base import ContentFile; "
        "from django.core.files.storage import default_storage as d; "
        "first = d.save('handouts/plan.txt', ContentFile(b'first')); "
        "second = d.save('handouts/plan.txt', ContentFile(b'second')); "
        "print(first, second, d.url(first))"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        env={**PRODUCTION_ENV, **bucket_env(object_store)},
    )
    assert result.returncode == 0, result.stderr
    first, second, url = result.stdout.split()

    assert second != first  # never replaced under a page that links to it
    assert url == f"{object_store.endpoint}/{BUCKET}/{first}"
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (http://127.0.0.1)
        assert response.read() == b"first"
        assert response.headers["Cache-Control"] == "public, max-age=86400"


@pytest.mark.django_db(transaction=True)
def test_an_image_added_to_the_library_goes_to_the_bucket_with_its_renditions(
    object_store,
):
    # As the editor's upload does: add a picture, put it in a guide's text (which the
    # sanitizer must keep), and show it as readers get it (rendering.pictures_in).
    code = (
        "import json\n"
        "from articles.sanitize import clean_html\n"
        "from media_library.rendering import pictures_in\n"
        "from media_library.services import media_file_add\n"
        "from tests.factories import image_content\n"
        "image = media_file_add(content=image_content(900, 600), filename='a.jpg')\n"
        'figure = (f\'<figure class="image"><img src="{image.url}" alt="A drawing" \'\n'
        '          f\'width="{image.width}" height="{image.height}"></figure>\')\n'
        "kept = clean_html(figure)\n"
        "print(json.dumps({'url': image.url, 'kept': kept,\n"
        "                  'figure': figure, 'shown': pictures_in(kept)}))\n"
    )
    env = {
        **bucket_env(object_store),
        "DEBUG": "true",
        "DATABASE_URL": database_url(),
    }
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])

    assert seen["url"].startswith(f"{object_store.endpoint}/{BUCKET}/library/")
    assert seen["kept"] == seen["figure"]
    avif = re.search(r'<source type="image/avif" srcset="(\S+) 480w', seen["shown"])
    assert avif and avif[1].startswith(f"{object_store.endpoint}/{BUCKET}/")
    with urllib.request.urlopen(avif[1], timeout=30) as response:  # noqa: S310 (http://127.0.0.1)
        assert response.headers["Content-Type"] == "image/avif"
        assert response.read(12)[4:12] == b"ftypavif"
