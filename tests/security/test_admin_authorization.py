"""Who may open and post what in the admin: every role against every admin page.

The pages come from the admin site itself (each registered model admin's get_urls(),
sign-off pages and reversion's included), so a new admin page or model is checked
at once, and fails here until the table says who may use it. The expectations are
the table below, written from articles/staff_groups.py and each model admin's own
rules, not read back from what the admin does.
"""

import re

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, reverse
from django.urls.resolvers import RegexPattern

from tests.security.admin_objects import admin_objects
from tests.security.conftest import ROLES, sign_in

pytestmark = pytest.mark.django_db

# What each role may do with each model: v view, a add, c change, d delete, r sign
# off medical text (the reviewer's screen: a reviewer linked to a person who is a
# medical reviewer), i import from WordPress. A role not named may do nothing.
# Signed-in staff without a group ("staff") may do nothing anywhere; anonymous
# visitors and signed-in non-staff accounts are sent to the sign-in page.
CONTENT = {"editor": "vacd", "reviewer": "v", "superuser": "vacd"}
MAY = {
    # A guide or FAQ entry with a workflow record cannot be deleted, by anyone.
    "articles.article": {"editor": "vac", "reviewer": "vr", "superuser": "vac"},
    "articles.faqentry": {"editor": "vac", "reviewer": "vr", "superuser": "vac"},
    "articles.category": CONTENT,
    "articles.tag": CONTENT,
    "articles.person": CONTENT,
    "articles.announcement": CONTENT,
    "articles.page": CONTENT,
    "articles.redirect": CONTENT,
    "articles.searchsynonym": CONTENT,
    "articles.promotedresult": CONTENT,
    # Counted by the search, never written by hand.
    "articles.unansweredsearch": {"editor": "vd", "reviewer": "v", "superuser": "vd"},
    # Append-only: the database refuses changes.
    "articles.workflowevent": {"editor": "v", "reviewer": "v", "superuser": "v"},
    # Readers' answers: read by staff, never edited; editors delete abuse.
    "feedback.feedback": {"editor": "vd", "reviewer": "v", "superuser": "vd"},
    # The glossary: editors keep it, reviewers read it.
    "glossary.term": CONTENT,
    # Images and PDFs: editors manage them; reviewers see what guides show.
    "media_library.mediafile": CONTENT,
    # Followers' data is for site administrators only.
    "subscriptions.subscriber": {"superuser": "vacd"},
    "subscriptions.consentrecord": {"superuser": "v"},
    "subscriptions.delivery": {"superuser": "vcd"},
    "auth.user": {"superuser": "vacd"},
    "auth.group": {"superuser": "vacd"},
    "axes.accessattempt": {"superuser": "vcd"},
    "axes.accesslog": {"superuser": "vcd"},
    "axes.accessfailurelog": {"superuser": "vcd"},
    "procrastinate.procrastinatejob": {"superuser": "v"},
    # Staff's second factors: a superuser may remove one (a lost phone); their
    # secrets are never shown (OTP_ADMIN_HIDE_SENSITIVE_DATA).
    "otp_static.staticdevice": {"superuser": "vacd"},
    "otp_totp.totpdevice": {"superuser": "vacd"},
    # The sign-in audit trail: append-only, read by superusers.
    "staff.signinevent": {"superuser": "v"},
    # Written by the source-check job; every member of a staff group reads them.
    "sourcecheck.sourcecheck": {"editor": "v", "reviewer": "v", "superuser": "vd"},
    # Editors list trials on guides; the registry's details are the job's to write.
    "trials.clinicaltrial": CONTENT,
    # What came from WordPress: written by imports only, which editors run.
    "wordpress.importeditem": {"editor": "vi", "superuser": "vi"},
}
# What each admin page needs, by the end of its URL name.
NEEDS = {
    "changelist": "v",
    "add": "a",
    "change": "v",
    "history": "v",
    "delete": "d",
    "reviews": "v",
    "review": "r",
    "submit": "c",
    "publish": "c",
    "withdraw": "c",
    "compare": "v",
    "restore": "-",  # restoring is a POST; nobody restores by opening an address
    # Only the medical reviewer who signed the text off, and no role here did
    # (tests/articles/test_admin_snooze.py has that reviewer).
    "snooze": "-",
    "password_change": "c",
    "recoverlist": "ac",
    "recover": "a",
    "revision": "v",
    "report": "v",  # readers' answers by page
    "faq_report": "v",
    "page_report": "v",
    "config": "-",  # an authenticator's secret: refused to everyone
    "qrcode": "-",
    "preview": "c",  # the guide form, unsaved, as readers would see it
    "add_preview": "a",  # the same for a guide not saved yet
    "share": "c",  # share links to a draft, their comments
    "readability": "c",  # the guide form's live score: for whoever writes guides
    "import": "i",  # "Import from WordPress"
}
# Where posting needs more than opening the page.
POST_NEEDS = {"change": "c", "revision": "c", "restore": "c"}


def admin_pages():
    """(model label, action, URL pattern) for every page of every model admin."""
    for model, model_admin in admin.site._registry.items():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        for pattern in model_admin.get_urls():
            if isinstance(pattern, URLPattern) and pattern.name:
                yield (
                    model._meta.label_lower,
                    pattern.name.removeprefix(prefix),
                    pattern,
                )


def address(pattern: URLPattern, objects: dict, label: str, action: str) -> str:
    slots = (
        pattern.pattern.regex.groups
        if isinstance(pattern.pattern, RegexPattern)
        else len(pattern.pattern.converters)
    )
    # reversion's recover page takes a version; every other page the object first.
    values = objects["version"] if action == "recover" else objects[label]
    return reverse(f"admin:{pattern.name}", args=values[:slots])


def allowed(role: str, label: str, needs: str) -> bool:
    return set(needs) <= set(MAY.get(label, {}).get(role, ""))


def test_the_table_covers_every_admin_page():
    missing = sorted(
        {label for label, _, _ in admin_pages() if label not in MAY}
        | {
            f"{label}: {action}"
            for label, action, _ in admin_pages()
            if action not in NEEDS
        }
    )
    assert not missing, f"Say who may use these admin pages (MAY, NEEDS): {missing}"


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_and_posts_only_what_it_may(accounts, role, count):
    objects = admin_objects(accounts)
    client = sign_in(Client(), accounts[role])
    wrong = []
    for label, action, pattern in admin_pages():
        url = address(pattern, objects, label, action)
        for method, needs in (
            ("GET", NEEDS[action]),
            ("POST", POST_NEEDS.get(action, NEEDS[action])),
        ):
            if method == "POST" and allowed(role, label, needs):
                continue  # allowed posts change things: the workflow tests cover them
            response = client.generic(method, url)
            count("authorization requests")
            outcome = _outcome(response)
            expected = _expected(role, label, needs)
            if outcome != expected:
                wrong.append(f"{role} {method} {url}: {outcome}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def _expected(role: str, label: str, needs: str) -> str:
    if role in ("anonymous", "user"):
        return "sign-in"
    return "allowed" if allowed(role, label, needs) else "refused"


def _outcome(response) -> str:
    if response.status_code == 302 and re.match(r"/admin/login/\?next=", response.url):
        return "sign-in"
    if response.status_code == 403:
        return "refused"
    if response.status_code >= 500:
        return f"server error {response.status_code}"
    return "allowed"
