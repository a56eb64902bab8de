"""No lost updates in the admin: two editors on one guide or FAQ entry.

`EditConflictGuard` is a ModelAdmin mixin for a model with an auto_now `updated_at`.
Put it first in the bases: `class ArticleAdmin(EditConflictGuard, VersionAdmin)`.

- A change form saved after someone else saved the object is refused with a form error
  that says who saved what and when (from the admin's LogEntry), and is shown again with
  what the editor typed. Nothing is written, inline rows included.
- Opening a change form warns about the other editors who opened it in the last
  PRESENCE_WINDOW (`EditorVisit`).

How: the form carries a hidden, signed token of the version the editor loaded (its
`updated_at`) and of when they opened the page. A save locks the row (select_for_update)
before the admin reads the object, and the form's clean() compares; the lock is held
until the save commits, so no other save slips in between. Every save of the change
form writes the object (Django's changeform calls save_model even when only an inline
changed), so `updated_at` moves with inline changes too.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django import forms
from django.contrib import messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst

from articles.models import EditorVisit

# Someone who opened a form longer ago than this has most likely left it.
PRESENCE_WINDOW = timedelta(minutes=10)

HIDDEN_FIELD = "opened_version"
# Where a request keeps the version its form is compared with (_Loaded).
_REQUEST_ATTRIBUTE = "_edit_conflict_guard"

NOT_SAVED = "Your changes were not saved: copy them, reload, and apply them again."
DAMAGED = (
    "This form's record of the version you opened is missing or damaged, so it "
    "cannot tell whether someone else saved since. " + NOT_SAVED
)


@dataclass(frozen=True)
class _Loaded:
    """The version of the object that a form's token is compared with."""

    version: datetime | None


class EditConflictGuard:
    """Refuse a change form saved over someone else's save; say who else opened it."""

    edit_version_field = "updated_at"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if (
            request.method != "POST"
            or object_id is None
            or "_saveasnew" in request.POST
        ):
            return super().changeform_view(request, object_id, form_url, extra_context)
        # Locked before the admin reads the object, so it also reads the latest row.
        with transaction.atomic(using=router.db_for_write(self.model)):
            version = self._stored_version(object_id, lock=True)
            setattr(request, _REQUEST_ATTRIBUTE, _Loaded(version))
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None or not change:
            return form
        loaded = getattr(request, _REQUEST_ATTRIBUTE, None)
        version = loaded.version if loaded is not None else None
        # None: opening the form, or a row the lock did not find by its primary key
        # (a ?_to_field= popup): compare with the row as the admin read it.
        if version is None:
            version = getattr(obj, self.edit_version_field)
        return self._guarded_form(request, form, obj, version)

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        adminform = context.get("adminform")
        if adminform is not None and HIDDEN_FIELD in adminform.form.fields:
            # The admin renders the fields of its fieldsets only: the token gets a
            # hidden one of its own, so that no template has to know about it.
            adminform.fieldsets = [
                *adminform.fieldsets,
                (None, {"fields": [HIDDEN_FIELD], "classes": ["hidden"]}),
            ]
        if (
            change
            and obj is not None
            and request.method == "GET"
            and self.has_change_permission(request, obj)
        ):
            self.warn_about_other_editors(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def warn_about_other_editors(self, request: HttpRequest, obj: models.Model) -> None:
        """Name who else opened obj's form lately; record that this user opened it."""
        now = timezone.now()
        others = (
            EditorVisit.objects.of(obj)
            .since(now - PRESENCE_WINDOW)
            .exclude(user=request.user)
            .select_related("user")
            .order_by("-opened_at")
        )
        for visit in others:
            messages.warning(
                request,
                f"{_name(visit.user)} opened this {obj._meta.verbose_name} "
                f"{_ago(now - visit.opened_at)}. Whoever saves second will be asked "
                "to reload.",
            )
        EditorVisit.record(
            user=request.user, obj=obj, at=now, forget_before=now - PRESENCE_WINDOW
        )

    def edit_conflict(
        self, request: HttpRequest, obj: models.Model, version, token: str | None
    ) -> str | None:
        """Why saving with this token would lose an update (None: it would not)."""
        opened = _read_token(obj, token)
        if opened is None:
            return DAMAGED
        # Any other version counts, an earlier one too: web machines' clocks differ.
        if opened.version == version:
            return None
        return self._conflict_message(request, obj, since=opened.at, version=version)

    def _conflict_message(self, request, obj, *, since, version) -> str:
        name = obj._meta.verbose_name
        entries = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=str(obj.pk),
                action_time__gt=since,
            )
            .select_related("user")
            .order_by("action_time", "pk")
        )
        sentences = []
        for entry in entries:
            who, when = _name(entry.user, me=request.user), _when(entry.action_time)
            did = "deleted" if entry.is_deletion() else "saved"
            if sentences:
                sentence = f"then {who} {did} it {when}"
            else:
                sentence = f"{who} {did} this {name} {when}, after you opened this page"
            what = "" if entry.is_deletion() else entry.get_change_message()
            sentences.append(
                capfirst(f"{sentence}: {what}" if what else f"{sentence}.")
            )
        if not sentences:
            sentences.append(
                f"This {name} was changed {_when(version)}, after you opened this page."
            )
        return " ".join([*sentences, NOT_SAVED])

    def _stored_version(self, object_id: str, *, lock: bool) -> datetime | None:
        try:
            rows = self.model._base_manager.filter(pk=unquote(object_id))
            if lock:
                rows = rows.select_for_update()
            return rows.values_list(self.edit_version_field, flat=True).get()
        except (self.model.DoesNotExist, ValidationError, ValueError):
            return None  # the admin answers a missing object as usual

    def _guarded_form(self, request, form, obj, version):
        model_admin = self

        class GuardedForm(form):
            opened_version = _VersionField(
                widget=forms.HiddenInput,
                required=False,
                initial=version_token(obj, version, opened=timezone.now()),
            )

            def clean(self):
                cleaned_data = super().clean()
                problem = model_admin.edit_conflict(
                    request, obj, version, self.data.get(HIDDEN_FIELD)
                )
                if problem:
                    raise ValidationError(problem, code="edit_conflict")
                return cleaned_data

        GuardedForm.__name__ = GuardedForm.__qualname__ = form.__name__
        return GuardedForm


class _VersionField(forms.CharField):
    # Its value differs from the freshly signed initial one on every save: it is not a
    # change of the object, and the history ("Changed Title") must not list it.
    def has_changed(self, initial, data) -> bool:
        return False


@dataclass(frozen=True)
class _Opened:
    version: datetime
    at: datetime


def _signer(obj: models.Model) -> signing.Signer:
    # Salted per object: a token copied from another object's form does not fit.
    return signing.Signer(salt=f"{__name__}:{obj._meta.label}:{obj.pk}")


def version_token(obj: models.Model, version: datetime, *, opened: datetime) -> str:
    """The hidden field's value: obj's version, opened at `opened`, signed for obj."""
    return _signer(obj).sign_object(
        {"version": version.isoformat(), "opened": opened.isoformat()}
    )


def _read_token(obj: models.Model, token: str | None) -> _Opened | None:
    try:
        data = _signer(obj).unsign_object(token or "")
        opened = _Opened(
            datetime.fromisoformat(data["version"]),
            datetime.fromisoformat(data["opened"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if opened.version.tzinfo is None or opened.at.tzinfo is None:
        return None
    return opened


def _name(user, *, me=None) -> str:
    if me is not None and user.pk == me.pk:
        return "you (in another tab or window)"
    return user.get_full_name() or user.get_username()


def _when(moment: datetime) -> str:
    """'at 14:32' today, 'on 20 Nov at 14:32' before."""
    local = timezone.localtime(moment)
    time = f"at {date_format(local, 'H:i')}"
    if local.date() == timezone.localdate():
        return time
    return f"on {date_format(local, 'j M')} {time}"


def _ago(elapsed: timedelta) -> str:
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 1:
        return "less than a minute ago"
    return "1 minute ago" if minutes == 1 else f"{minutes} minutes ago"
