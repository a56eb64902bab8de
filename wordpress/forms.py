from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat


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
                f"This file is {filesizeformat(export.size)}; this page takes exports "
                f"up to {filesizeformat(limit)}. Import a larger one with the command "
                "`python manage.py import_wordpress` (README: Moving from WordPress)."
            )
        return export
