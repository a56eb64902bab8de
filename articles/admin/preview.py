"""Preview a guide's form as it stands, unsaved: the page as readers would see it, at
phone and desktop width side by side, in a new tab. Nothing is saved or recorded."""

from django.core.exceptions import PermissionDenied
from django.forms.formsets import all_valid
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse

from articles.admin.pages import admin_page
from articles.models import Article, Page, Reference
from articles.workflow import normalized

SOURCE_FIELDS = ("citation", "url", "doi", "pmid")


class GuidePreview:
    """For the guide admin: the Preview button of the add and change forms posts
    here."""

    def get_urls(self):
        return [
            # Before the admin's own "<object_id>/...": "add" is no guide.
            admin_page(self, "add/preview/", self.preview_view, "add_preview"),
            admin_page(self, "<path:object_id>/preview/", self.preview_view, "preview"),
            *super().get_urls(),
        ]

    def preview_view(
        self, request: HttpRequest, object_id: str | None = None
    ) -> HttpResponse:
        change = object_id is not None
        if change:
            article = get_object_or_404(Article.objects.for_detail(), pk=object_id)
            allowed = self.has_change_permission(request, article)
        else:  # a guide not saved yet, with what for_detail() would read of it
            article = Article()
            article.tag_list, article.correction_list = [], []
            article.disclaimer_summary = (
                Page.objects.filter(slug=Page.DISCLAIMER_SLUG)
                .values_list("summary", flat=True)
                .first()
            )
            allowed = self.has_add_permission(request)
        if not allowed:
            raise PermissionDenied
        if request.method != "POST":  # the form posts here; there is nothing to get
            return HttpResponseNotAllowed(["POST"])
        form = self.get_form(request, article if change else None, change=change)(
            request.POST, request.FILES, instance=article
        )
        formsets, _ = self._create_formsets(request, article, change=change)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
        }
        # Validating fills the form's values into `article`, in memory only.
        if not (form.is_valid() and all_valid(formsets)):
            errors = [*form.non_field_errors()] + [
                f"{form.fields[name].label or name}: {' '.join(messages)}"
                for name, messages in form.errors.items()
                if name != "__all__"
            ]
            errors += [
                str(error) for formset in formsets for error in formset.errors if error
            ]
            return TemplateResponse(
                request,
                "admin/articles/article/preview.html",
                {**context, "title": "Nothing to preview", "errors": errors},
                status=400,
            )
        references = next(f for f in formsets if f.model is Reference)
        sources = sorted(
            (
                reference.cleaned_data
                for reference in references.forms
                if reference.cleaned_data and not reference.cleaned_data.get("DELETE")
            ),
            key=lambda data: data.get("order") or 0,
        )
        content = normalized(
            {
                **{field: form.cleaned_data[field] for field in Article.MEDICAL_FIELDS},
                "sources": [
                    {field: data.get(field) or "" for field in SOURCE_FIELDS}
                    for data in sources
                ],
            }
        )
        shown = article.previewing(content, tags=form.cleaned_data["tags"])
        page = render_to_string(
            "articles/article_detail.html",
            {
                "article": shown,
                "corrections": shown.corrections(),
                "related": (
                    Article.objects.published().related_to(article, limit=4)
                    if change
                    else []
                ),
                "structured_data": [],
                "preview_notice": (
                    "Preview of unsaved changes: nothing is saved, readers see none "
                    "of it, and no medical reviewer has signed this text off."
                ),
            },
            request=request,
        )
        return TemplateResponse(
            request,
            "admin/articles/article/preview.html",
            {**context, "title": f"Preview: {shown.title}", "page": page},
        )
