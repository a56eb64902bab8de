# The worker tests' fixtures: real worker processes mailing to a real SMTP server.
from tests.subscriptions.smtp_server import (  # noqa: F401 (fixtures)
    smtp_email_url_fixture,
    smtp_server_fixture,
)
from tests.subscriptions.worker_process import workers_fixture  # noqa: F401
