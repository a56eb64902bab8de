from django import forms
from django.conf import settings


class ImportForm(forms.Form):
    export = forms.FileField(
        label="WordPress export file",
        help_text="The .xml file WordPress gives you under Tools > Export.",
    )
    dry_run = forms.BooleanField(
        label="Dry run: show what would happen, change nothing",
        required=False,
        initial=True,
    )

    def clean_export(self):
        export = self.cleaned_data["export"]
        limit = settings.WORDPRESS_IMPORT_ADMIN_MAX_BYTES
        if export.size > limit:
            raise forms.ValidationError(
                f"This file is {export.size / 1e6:.1f} MB; this page takes exports up "
                f"to {limit / 1e6:.0f} MB. Import a larger one with the command "
                "`python manage.py import_wordpress` (README: Moving from WordPress)."
            )
        return export
