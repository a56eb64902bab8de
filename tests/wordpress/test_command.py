"""python manage.py import_wordpress: progress, summary table, dry run, bad files."""

import io

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, WorkflowEvent
from tests.factories import StaffUserFactory
from tests.wordpress.conftest import EXPORTS, UPLOADS
from wordpress.models import ImportedItem

pytestmark = pytest.mark.django_db

SITE = str(EXPORTS / "site-1.2.xml")


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def total(out: str, label: str) -> int:
    line = next(line for line in out.splitlines() if line.startswith(label))
    return int(line.removeprefix(label))


def test_import_prints_progress_and_a_summary_table():
    out, err = run(SITE, "--uploads", str(UPLOADS))
    assert "[##############################] " in err  # the bar, complete
    assert err.count("\r") > 10  # redrawn in place as items pass
    assert total(out, "Imported") > 10
    assert total(out, "Skipped") == 4
    assert total(out, "Media found") == 1
    assert total(out, "Media missing") == 1
    assert total(out, "Comments (not imported)") == 3
    assert total(out, "Redirects made") > 20
    assert (
        "skipped    Post 17 “Old announcement (trash)”: It is in the WordPress trash."
        in out
    )
    assert "missing    2018/01/scan.jpg" in out


def test_a_second_run_says_nothing_changed():
    run(SITE)
    out, _ = run(SITE)
    assert total(out, "Imported") == total(out, "Updated") == 0
    assert "Nothing changed: this export was imported before." in out


def test_dry_run_reports_and_rolls_back():
    out, _ = run(SITE, "--dry-run")
    assert total(out, "Imported") > 10
    assert "Dry run: everything above was rolled back." in out
    assert not Article.objects.exists()
    assert not ImportedItem.objects.exists()


def test_the_user_is_named_in_the_workflow_record():
    editor = StaffUserFactory(username="importer")
    run(SITE, "--user", "importer")
    assert set(WorkflowEvent.objects.values_list("actor", flat=True)) == {editor.pk}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([str(EXPORTS / "bomb.xml")], "declares entities"),
        ([str(EXPORTS / "not-wxr.xml")], "not a WordPress export"),
        ([str(EXPORTS / "missing.xml")], "Cannot read"),
        ([SITE, "--uploads", str(EXPORTS / "nowhere")], "is not a folder"),
        ([SITE, "--user", "nobody"], "There is no account named “nobody”"),
    ],
)
def test_bad_input_is_a_clear_error_and_imports_nothing(args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)
    assert not ImportedItem.objects.exists()
