import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Development (manage.py staff_code)"


class Command(BaseCommand):
    help = (
        "Development only: print the current six-digit code of a staff account's "
        "development authenticator, enrolling one first if the account has none. "
        "For signing in to `make run` without an authenticator app or a passkey."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("Only with DEBUG on; in production, enrol a factor.")
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        device, created = TOTPDevice.objects.get_or_create(
            user=user, name=DEVICE_NAME, defaults={"confirmed": True}
        )
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        if created:
            self.stdout.write(
                f"Enrolled a development authenticator for {username}; to use an app "
                f"instead, add this key to it: {device.config_url}"
            )
        seconds_left = device.step - int(totp.time - device.t0) % device.step
        self.stdout.write(
            f"Code for {username}: {totp.token():0{device.digits}d} "
            f"(valid for {seconds_left} more seconds; run again for the next one)"
        )
