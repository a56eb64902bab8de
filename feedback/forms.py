from django import forms

from feedback.models import COMMENT_MAX_LENGTH

# What Django puts in place of bytes that are not UTF-8 when it reads a form; a page
# of ours sends UTF-8, so the form was not sent by one.
REPLACEMENT_CHARACTER = "\ufffd"


class CommentField(forms.CharField):
    def to_python(self, value) -> str:
        # A browser sends a textarea's line breaks as CRLF but counts each as one
        # character against maxlength: count them as it does.
        return super().to_python(value).replace("\r\n", "\n")


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda answer: answer == "yes",
        widget=forms.RadioSelect,
        label="Was this page helpful?",
        error_messages={
            "required": "Please choose yes or no.",
            "invalid_choice": "Please choose yes or no.",
        },
    )
    comment = CommentField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea,
        label="What could we do better? (optional)",
        error_messages={
            "max_length": "Please keep your comment to 1,000 characters "
            "(it has %(show_value)d).",
            "null_characters_not_allowed": "Your comment holds a character we "
            "cannot store. Please type it again.",
        },
    )
    # Honeypot: hidden from people (CSS, out of the tab order); bots fill it in.
    website = forms.CharField(required=False)

    def clean_comment(self) -> str:
        comment = self.cleaned_data["comment"]
        if REPLACEMENT_CHARACTER in comment:
            raise forms.ValidationError(
                "Your comment could not be read: please send it from the page again.",
                code="encoding",
            )
        return comment

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
