"""The forms of the sign-off pages in the admin (articles/admin/signoff_pages.py)."""

from django import forms

from articles.models import Person
from articles.models.signoff import DEFAULT_REVIEW_MONTHS
from articles.reviews_due import MAX_SNOOZE_DAYS
from articles.workflow import SignOffDecision


class SubmitForm(forms.Form):
    reviewer = forms.ModelChoiceField(
        Person.objects.filter(is_medical_reviewer=True),
        required=False,
        empty_label="Any medical reviewer",
        help_text="Who should review it; any reviewer may if you leave it open.",
    )
    what_changed = forms.CharField(
        max_length=300,
        required=False,
        label="What changed",
        help_text="One line for readers (and followers) when an update goes live.",
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


class SignOffForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("changes", "Request changes")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Required when you request changes.",
    )
    review_months = forms.IntegerField(
        min_value=1,
        max_value=36,
        initial=DEFAULT_REVIEW_MONTHS,
        label="Next review in (months)",
    )
    is_correction = forms.BooleanField(
        required=False,
        label="This update corrects an error",
        help_text="Readers see a dated correction note on the guide.",
    )
    what_changed = forms.CharField(max_length=300, required=False)
    content_hash = forms.CharField(widget=forms.HiddenInput)

    def decision_made(self) -> SignOffDecision:
        data = self.cleaned_data
        return SignOffDecision(
            approve=data["decision"] == "approve",
            note=data["note"],
            content_hash=data["content_hash"],
            review_months=data["review_months"],
            is_correction=data["is_correction"],
            what_changed=data["what_changed"],
        )


class PublishForm(forms.Form):
    at = forms.DateTimeField(
        required=False,
        label="Publish at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty to publish now. A live guide keeps its current text "
        "until then.",
    )
    # An explicit choice, with no default: an update mails every follower who gets
    # guides at once, and a box ticked (or left unticked) by habit is no decision.
    notify_followers = forms.TypedChoiceField(
        label="Email followers about this update?",
        choices=[
            ("yes", "Yes, email the followers who get each new guide"),
            ("no", "No, publish it without an email"),
        ],
        coerce=lambda answer: answer == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to email followers."},
    )

    def __init__(self, *args, sign_off=None, is_update=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_update or sign_off is None:
            del self.fields["notify_followers"]  # a new guide is announced anyway
        elif sign_off.what_changed:
            self.fields["notify_followers"].help_text = (
                "Followers who get guides at once receive the update with its line "
                f"“{sign_off.what_changed}” (weekly digests list new guides only)."
            )
        else:
            self.fields[
                "notify_followers"
            ].help_text = (
                "Not possible: the approval has no “What changed” line to send."
            )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown to readers who open the guide's address.",
    )
    at = forms.DateTimeField(
        required=False,
        label="Withdraw at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty to withdraw now.",
    )


class SnoozeForm(forms.Form):
    days = forms.IntegerField(
        min_value=1,
        max_value=MAX_SNOOZE_DAYS,
        initial=30,
        label="Snooze for (days)",
        help_text=f"1 to {MAX_SNOOZE_DAYS} days. Reminders and escalations of this "
        "review stop until then; a new sign-off ends the snooze.",
    )
    reason = forms.CharField(
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why the review can wait: kept in the text's workflow record.",
    )
