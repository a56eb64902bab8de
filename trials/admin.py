"""Editors list trials on a guide by typing NCT numbers on its form; the trials'
own page shows what the registry said and when, and refreshes on request."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction

from articles.admin.guides import GUIDE_FORM_INLINES
from trials.models import ClinicalTrial, GuideTrial, nct_number
from trials.tasks import refresh_new_trials


class GuideTrialForm(forms.ModelForm):
    nct_id = forms.CharField(
        label="NCT number",
        max_length=20,
        help_text="From ClinicalTrials.gov, e.g. NCT02784171. Its title, phase, "
        "status and countries are read from the registry within a minute, "
        "then daily.",
    )

    class Meta:
        model = GuideTrial
        fields = ["nct_id", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["nct_id"] = self.instance.trial.nct_id

    def clean_nct_id(self) -> str:
        value = self.cleaned_data["nct_id"].strip().upper()
        nct_number(value)
        return value

    def save(self, commit=True):
        self.instance.trial, _ = ClinicalTrial.objects.get_or_create(
            nct_id=self.cleaned_data["nct_id"]
        )
        return super().save(commit)


class GuideTrialFormSet(forms.BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        listed = [
            form.cleaned_data["nct_id"]
            for form in self.forms
            if form.cleaned_data.get("nct_id") and not form.cleaned_data.get("DELETE")
        ]
        twice = sorted({nct for nct in listed if listed.count(nct) > 1})
        if twice:
            raise forms.ValidationError(
                f"{', '.join(twice)} is listed more than once on this guide."
            )

    def save(self, commit=True):
        saved = super().save(commit)
        never_read = [
            listing.trial_id for listing in saved if listing.trial.tried_at is None
        ]
        if never_read:
            transaction.on_commit(
                lambda: refresh_new_trials.defer(trial_ids=never_read)
            )
        return saved


class GuideTrialInline(admin.TabularInline):
    model = GuideTrial
    form = GuideTrialForm
    formset = GuideTrialFormSet
    extra = 0
    verbose_name_plural = (
        "Clinical trials (details from the ClinicalTrials.gov registry, "
        "shown under the sources)"
    )


GUIDE_FORM_INLINES.append(GuideTrialInline)


@admin.register(ClinicalTrial)
class ClinicalTrialAdmin(admin.ModelAdmin):
    list_display = ["nct_id", "title", "status", "fetched_at", "error"]
    search_fields = ["nct_id", "title"]
    readonly_fields = [
        "title",
        "phases",
        "status",
        "countries",
        "registry_updated_on",
        "fetched_at",
        "tried_at",
        "error",
    ]
    actions = ["refresh"]

    @admin.action(description="Refresh the selected trials from the registry")
    def refresh(self, request, queryset) -> None:
        trial_ids = list(queryset.values_list("pk", flat=True))
        transaction.on_commit(lambda: refresh_new_trials.defer(trial_ids=trial_ids))
        messages.success(
            request,
            f"{len(trial_ids)} trial(s) will be refreshed within a minute.",
        )
