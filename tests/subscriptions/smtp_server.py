"""A real SMTP server for tests: aiosmtpd in the test process, on a free local port.

It keeps every message it accepts, parsed, and can refuse the way mail servers do:
chosen recipients with 451 "try later" once or 550 "no such user" every time, our
sender, every message at DATA, or our greeting. It refuses every login (535), as for
a wrong password; without EMAIL_HOST_USER Django does not log in. It can also hold its
answer to DATA until the test releases it, so a test knows a sender is waiting in the
middle of a message.
"""

import asyncio
import email
import email.policy
import socket
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from tests.waiting import scaled

HOST = "127.0.0.1"
REPLIES = {
    451: "451 4.2.0 Mailbox busy, try again later",
    550: "550 5.1.1 No such user here",
    554: "554 5.7.1 Message refused",
}


@dataclass(frozen=True)
class ReceivedMail:
    """One accepted message: its envelope and the parsed message."""

    envelope_from: str
    envelope_to: tuple[str, ...]
    message: EmailMessage

    def header(self, name: str) -> str | None:
        value = self.message[name]
        return None if value is None else str(value)

    @property
    def subject(self) -> str | None:
        return self.header("Subject")

    @property
    def text(self) -> str:
        return self._body("plain")

    @property
    def html(self) -> str:
        return self._body("html")

    def _body(self, subtype: str) -> str:
        part = self.message.get_body(preferencelist=(subtype,))
        if part is None or part.get_content_subtype() != subtype:
            return ""
        return part.get_content()


@dataclass(frozen=True)
class RcptAttempt:
    """A RCPT TO command and the code the server answered."""

    address: str
    code: int
    at: float  # time.monotonic()


class SmtpServer:
    """aiosmtpd's handler API (async handle_RCPT and handle_DATA), thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._mails: list[ReceivedMail] = []
        self._rcpts: list[RcptAttempt] = []
        self._refuse_once: dict[str, int] = {}
        self._refuse_always: dict[str, int] = {}
        self._refuse_sender: int | None = None
        self._refuse_data: int | None = None
        self._refuse_greeting: int | None = None
        self._hold_after: int | None = None
        self._held: list[ReceivedMail] = []
        self._released = threading.Event()
        self.controller: Controller | None = None
        self.running = False

    # Set up ---------------------------------------------------------------------------

    def start(self) -> None:
        # aiosmtpd cannot listen on port 0 (it connects to its own port to check it
        # started), so take a port the kernel says is free; retry if taken meanwhile.
        for _ in range(5):
            # auth_require_tls=False: offer AUTH without TLS, so a login can be refused.
            self.controller = Controller(
                self,
                hostname=HOST,
                port=_free_port(),
                auth_require_tls=False,
                ready_timeout=scaled(10),
            )
            try:
                self.controller.start()
                self.running = True
                return
            except OSError:
                continue
        raise RuntimeError("No free port for the SMTP server.")

    def stop(self) -> None:
        """Stop listening (idempotent); the port number stays known."""
        if self.running:
            self.controller.stop()
            self.running = False

    @property
    def port(self) -> int:
        return self.controller.port

    def refuse_once(self, address: str, code: int = 451) -> None:
        """Answer the next RCPT for this address with a temporary error."""
        with self._lock:
            self._refuse_once[address.lower()] = code

    def refuse_always(self, address: str, code: int = 550) -> None:
        """Answer every RCPT for this address with a permanent error."""
        with self._lock:
            self._refuse_always[address.lower()] = code

    def refuse_sender(self, code: int = 550) -> None:
        """Refuse every MAIL FROM, as a server that will not relay for us does."""
        with self._lock:
            self._refuse_sender = code

    def refuse_data(self, code: int = 554) -> None:
        """Refuse every message at DATA, as a content filter does."""
        with self._lock:
            self._refuse_data = code

    def refuse_greeting(self, code: int = 554) -> None:
        """Refuse every EHLO and HELO, as a server that will not talk to us does."""
        with self._lock:
            self._refuse_greeting = code

    def hold_after(self, count: int) -> None:
        """Once count messages are accepted, hold the answer to every further DATA.

        The sender has sent the whole message and waits for "250"; it gets it when the
        test calls release().
        """
        with self._lock:
            self._hold_after = count
            self._released.clear()

    def release(self) -> None:
        """Accept the held messages and answer their senders; stop holding.

        A held message counts as accepted even when its sender has gone meanwhile: a
        real mail server that received the whole message delivers it, though the
        sender never read the "250". That is how a killed sender ends up sending one
        mail twice.
        """
        with self._lock:
            self._mails.extend(self._held)
            self._held.clear()
            self._hold_after = None
            self._released.set()

    # What arrived ---------------------------------------------------------------------

    @property
    def mails(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self._mails)

    def mails_to(self, address: str) -> list[ReceivedMail]:
        address = address.lower()
        return [mail for mail in self.mails if address in mail.envelope_to]

    def count(self) -> int:
        with self._lock:
            return len(self._mails)

    @property
    def held(self) -> list[ReceivedMail]:
        """Messages received whole, whose answer is held until release()."""
        with self._lock:
            return list(self._held)

    def rcpt_attempts(self, address: str) -> list[RcptAttempt]:
        address = address.lower()
        with self._lock:
            return [attempt for attempt in self._rcpts if attempt.address == address]

    # aiosmtpd handler hooks, run in the server's thread ------------------------------

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        if refusal := self._greeting_refusal():
            return [refusal]
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server, session, envelope, hostname):
        if refusal := self._greeting_refusal():
            return refusal
        session.host_name = hostname
        return f"250 {server.hostname}"

    async def handle_AUTH(self, server, session, envelope, args):
        return "535 5.7.8 Authentication credentials invalid"

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self._lock:
            code = self._refuse_sender
        if code:
            return f"{code} 5.7.1 Sender not allowed to relay"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        key = address.lower()
        with self._lock:
            code = self._refuse_always.get(key) or self._refuse_once.pop(key, 250)
            self._rcpts.append(RcptAttempt(key, code, time.monotonic()))
        if code != 250:
            return REPLIES.get(code, f"{code} Refused")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            code = self._refuse_data
        if code:
            return REPLIES.get(code, f"{code} Refused")
        message = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=email.policy.default
        )
        mail = ReceivedMail(
            envelope_from=envelope.mail_from,
            envelope_to=tuple(address.lower() for address in envelope.rcpt_tos),
            message=message,
        )
        with self._lock:
            hold = self._hold_after is not None and len(self._mails) >= self._hold_after
            if not hold:
                self._mails.append(mail)
                return "250 Message accepted for delivery"
            self._held.append(mail)
        # release() accepts it; aiosmtpd cancels this wait if the sender disconnects.
        while not self._released.is_set():
            await asyncio.sleep(0.01)
        return "250 Message accepted for delivery"

    def _greeting_refusal(self) -> str | None:
        with self._lock:
            code = self._refuse_greeting
        return f"{code} 5.7.1 Not talking to you" if code else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


# Use: `from tests.subscriptions.smtp_server import smtp_server_fixture`. The function
# names differ from the fixture names, so an argument does not shadow the import.
@pytest.fixture(name="smtp_server")
def smtp_server_fixture():
    """A running SMTP server that records what it accepts."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(name="smtp_email_url")
def smtp_email_url_fixture(smtp_server, settings) -> str:
    """Send this process's mail to smtp_server; return EMAIL_URL for subprocesses."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = HOST
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    return f"smtp://{HOST}:{smtp_server.port}"
