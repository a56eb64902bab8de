import time
from datetime import timedelta

from django import forms
from django.core import signing

from articles.models import Category
from subscriptions.models import Subscriber

FORM_SALT = "subscriptions.follow-form"
# A form older than this was not filled in by a person reading our page.
FORM_MAX_AGE = timedelta(days=1)


class MinuteSigner(signing.TimestampSigner):
    """Timestamps rounded down to the minute, so a page keeps one ETag for a minute."""

    def timestamp(self) -> str:
        return signing.b62_encode(int(time.time()) // 60 * 60)


def form_stamp() -> str:
    """A signed timestamp for the follow form."""
    return MinuteSigner(salt=FORM_SALT).sign("follow")


class TopicsField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Category.objects.all(),
            required=False,
            label="Topics",
            help_text="Choose none to get every new guide.",
            **kwargs,
        )


class PreferencesForm(forms.Form):
    topics = TopicsField()
    frequency = forms.ChoiceField(
        choices=Subscriber.Frequency.choices,
        initial=Subscriber.Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
        label="How often",
    )


class FollowForm(PreferencesForm):
    email = forms.EmailField(max_length=254, label="Your email address")
    # Honeypot: hidden from people (CSS and aria-hidden); bots fill it in.
    website = forms.CharField(required=False, label="Leave this empty")
    stamp = forms.CharField(widget=forms.HiddenInput)
    source = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    field_order = ["email", "topics", "frequency"]

    def clean_stamp(self) -> str:
        try:
            MinuteSigner(salt=FORM_SALT).unsign(
                self.cleaned_data["stamp"], max_age=FORM_MAX_AGE
            )
        except signing.BadSignature as error:
            raise forms.ValidationError(
                "This form is too old. Please fill it in again.", code="stale"
            ) from error
        return self.cleaned_data["stamp"]

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
