"""The imported items in the admin, and the "Import from WordPress" page.

The page imports while the request waits (docs/design.md, "Moving from WordPress"):
exports up to WORDPRESS_IMPORT_ADMIN_MAX_BYTES take seconds, and the report is
shown at once; larger sites, and attachments from an uploads folder, use
`manage.py import_wordpress`.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from articles.admin.pages import admin_page
from wordpress.forms import ImportForm
from wordpress.importer import wordpress_import
from wordpress.models import ImportedItem
from wordpress.wxr import ExportError, export_read

IMPORT_PERMISSION = "wordpress.import_wordpress"


@admin.register(ImportedItem)
class ImportedItemAdmin(admin.ModelAdmin):
    """What came from WordPress and what it became: read by staff, never edited."""

    change_list_template = "admin/wordpress/importeditem/change_list.html"
    list_display = ["kind", "wp_key", "site", "became", "imported_at"]
    list_filter = ["kind", "site"]
    list_select_related = ["article", "page", "category", "tag", "person"]
    search_fields = ["wp_key", "article__title", "page__title"]

    @admin.display(description="now")
    def became(self, item: ImportedItem) -> str:
        return str(
            item.article or item.page or item.tag or item.category or item.person
        )

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # without its row, the next run would import the item twice

    def get_urls(self):
        return [
            admin_page(self, "import/", self.import_view, "import"),
            *super().get_urls(),
        ]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied("You may not import from WordPress.")
        report = None
        form = ImportForm(
            request.POST if request.method == "POST" else None,
            request.FILES if request.method == "POST" else None,
        )
        if request.method == "POST" and form.is_valid():
            try:
                export = export_read(form.cleaned_data["export"].read())
            except ExportError as error:
                form.add_error("export", str(error))
            else:
                report = wordpress_import(
                    export=export,
                    user=request.user,
                    dry_run=form.cleaned_data["dry_run"],
                )
        return TemplateResponse(
            request,
            "admin/wordpress/import.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Import from WordPress",
                "form": form,
                "report": report,
            },
            status=400 if form.errors else 200,
        )
