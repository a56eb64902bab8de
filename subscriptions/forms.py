import time
from datetime import timedelta

from django import forms
from django.core import signing

from articles.models import Category
from subscriptions.models import Subscriber

FORM_SALT = "subscriptions.follow-form"
# A form older than this was not filled in by a person reading our page.
FORM_MAX_AGE = timedelta(days=1)
# Nor one sent sooner than this after its stamp was issued: a person reads, then types.
FORM_MIN_AGE = timedelta(seconds=2)


class FormStampSigner(signing.TimestampSigner):
    def age(self, stamp: str) -> timedelta:
        """How long ago this signer issued the stamp; BadSignature if it did not."""
        issued = signing.Signer.unsign(self, stamp).rsplit(self.sep, 1)[1]
        return timedelta(seconds=time.time() - signing.b62_decode(issued))


def form_stamp() -> str:
    """A signed timestamp for the follow form.

    Pages under /follow/ carry it in their HTML; the follow box on every other page
    fetches one when it comes into view (subscriptions:follow_stamp), so that those
    pages stay the same from one minute to the next and can be cached.
    """
    return FormStampSigner(salt=FORM_SALT).sign("follow")


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
    stamp = forms.CharField(
        widget=forms.HiddenInput,
        # The follow box without JavaScript sends none: this page then has one.
        error_messages={
            "required": "Please check your address and press “Follow by email” again."
        },
    )
    source = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    field_order = ["email", "topics", "frequency"]

    def clean_stamp(self) -> str:
        stamp = self.cleaned_data["stamp"]
        try:
            age = FormStampSigner(salt=FORM_SALT).age(stamp)
        except signing.BadSignature:
            age = None
        if age is None or age > FORM_MAX_AGE:
            raise forms.ValidationError(
                "This form is too old. Please fill it in again.", code="stale"
            )
        if age < FORM_MIN_AGE:
            raise forms.ValidationError(
                "That was quicker than a person can fill in the form. Please press "
                "“Follow by email” again.",
                code="too_fast",
            )
        return stamp

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
