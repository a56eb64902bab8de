"""python manage.py import_wordpress EXPORT.xml [--uploads DIR] [--fetch-media]
[--dry-run] [--user NAME]"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from wordpress.importer import wordpress_import
from wordpress.report import ImportReport
from wordpress.wxr import ExportError, export_read

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools > Export): posts as guides awaiting medical "
        "sign-off, pages, categories, tags, authors, and redirects from old addresses."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="The .xml file WordPress gave.")
        parser.add_argument(
            "--uploads",
            type=Path,
            help="A copy of the site's wp-content/uploads folder: attachments' files.",
        )
        parser.add_argument(
            "--fetch-media",
            action="store_true",
            help="Download attachments not found in --uploads from their addresses.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do everything, report it, then roll it all back.",
        )
        parser.add_argument(
            "--user",
            help="The staff account the workflow record names as the importer.",
        )

    def handle(self, *args, export: Path, user: str | None, **options):
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"There is no account named “{user}”.")
        try:
            data = export.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {export}: {error.strerror}.") from None
        try:
            parsed = export_read(data)
        except ExportError as error:
            raise CommandError(str(error)) from None
        uploads = options["uploads"]
        if uploads is not None and not uploads.is_dir():
            raise CommandError(f"{uploads} is not a folder.")
        report = wordpress_import(
            export=parsed,
            user=account,
            uploads=uploads,
            fetch_media=options["fetch_media"],
            dry_run=options["dry_run"],
            progress=self.progress,
        )
        self.stderr.write("")
        self.write_report(report)

    def progress(self, done: int, total: int) -> None:
        """A bar on stderr, redrawn in place: plain text, no dependency."""
        filled = BAR_WIDTH * done // total
        self.stderr.write(
            f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending=""
        )
        self.stderr.flush()

    def write_report(self, report: ImportReport) -> None:
        for line in report.notes():
            self.stdout.write(
                f"{line.outcome:<10} {line.what}: {line.note}".rstrip(": ")
            )
        for name in report.media_missing:
            self.stdout.write(f"{'missing':<10} {name}")
        self.stdout.write("")
        for label, count in report.totals():
            self.stdout.write(f"{label:<26}{count:>7}")
        if report.dry_run:
            self.stdout.write("Dry run: everything above was rolled back.")
        elif not any(count for label, count in report.totals()[:2]):
            self.stdout.write("Nothing changed: this export was imported before.")
