"""The media library in the admin: search, thumbnails, where each file is used, and
uploads through the same checks as the editor's (media_library.services).

Here, not in media_library: where a file is used is a question about guides, FAQ
answers and pages, and media_library imports none of our apps (README).
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html, format_html_join

from articles.media_usage import uses_of
from media_library.models import MediaFile
from media_library.services import media_file_add, media_file_delete


class MediaFileAddForm(forms.ModelForm):
    """Adding: the file goes through media_file_add, which checks and stores it."""

    upload = forms.FileField(
        label="File",
        help_text="A JPEG, PNG, WebP or GIF image, or a PDF document.",
    )

    class Meta:
        model = MediaFile
        fields = ["title", "alt_text", "caption"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.added: MediaFile | None = None

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("upload")
        if upload is None:
            return cleaned_data
        try:
            self.added = media_file_add(
                content=upload.read(),
                filename=upload.name,
                title=cleaned_data.get("title", ""),
                alt_text=cleaned_data.get("alt_text", ""),
                caption=cleaned_data.get("caption", ""),
                user=self.user,
            )
        except ValidationError as error:
            self.add_error("upload", error)
        return cleaned_data

    def save(self, commit=True):
        self.save_m2m = lambda: None  # none to save
        return self.added  # stored by media_file_add in clean()


@admin.register(MediaFile)
class MediaFileAdmin(admin.ModelAdmin):
    list_display = [
        "thumbnail",
        "__str__",
        "kind",
        "dimensions",
        "file_size",
        "uploaded_at",
    ]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["kind"]
    search_fields = ["title", "alt_text", "caption", "original_name", "file"]
    date_hierarchy = "uploaded_at"
    fields = [
        "preview",
        "title",
        "alt_text",
        "caption",
        "kind",
        "file_link",
        "original_name",
        "dimensions",
        "file_size",
        "source_url",
        "uploaded_by",
        "uploaded_at",
        "where_used",
    ]
    # What describes the file is the editors'; the file and its record are not.
    readonly_fields = [
        name for name in fields if name not in ("title", "alt_text", "caption")
    ]

    def get_fields(self, request, obj=None):
        return (
            ["upload", "title", "alt_text", "caption"] if obj is None else self.fields
        )

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None:
            return super().get_form(request, obj, change=change, **kwargs)

        class AddForm(MediaFileAddForm):
            def __init__(self, *args, **form_kwargs):
                super().__init__(*args, user=request.user, **form_kwargs)

        return AddForm

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        media_file_delete(media_file=obj)

    def delete_queryset(self, request, queryset):
        for media_file in queryset:
            media_file_delete(media_file=media_file)

    def get_deleted_objects(self, objs, request):
        """Refuse deleting a file that a guide, answer or page shows: name each use."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(
            objs, request
        )
        in_use = [
            format_html(
                '“{}” is used: <a href="{}">{}</a>', media_file, use.admin_url, use.what
            )
            for media_file in objs
            for use in uses_of(media_file)
        ]
        if in_use:
            # The uses alone: the admin shows missing permissions before them, and a
            # guide that features the file counts as one (PROTECT collects it).
            return deleted, counts, set(), in_use
        return deleted, counts, perms_needed, protected

    @admin.display(description="")
    def thumbnail(self, media_file: MediaFile):
        if not media_file.is_image():
            return "PDF"
        smallest = next(
            (r for r in media_file.renditions() if r.format == "webp"), None
        )
        src = media_file.file.storage.url(smallest.name) if smallest else media_file.url
        return format_html(
            '<img src="{}" alt="" width="80" height="{}" class="media-thumbnail">',
            src,
            round(80 * media_file.height / media_file.width),
        )

    @admin.display(description="Preview")
    def preview(self, media_file: MediaFile):
        if not media_file.is_image():
            return self.file_link(media_file)
        return format_html(
            '<img src="{}" alt="" width="{}" height="{}" class="media-preview">',
            media_file.url,
            min(media_file.width, 480),
            round(min(media_file.width, 480) * media_file.height / media_file.width),
        )

    @admin.display(description="File")
    def file_link(self, media_file: MediaFile):
        return format_html('<a href="{}">{}</a>', media_file.url, media_file.url)

    @admin.display(description="Size in pixels")
    def dimensions(self, media_file: MediaFile):
        return (
            f"{media_file.width} × {media_file.height}"
            if media_file.is_image()
            else "—"
        )

    @admin.display(description="File size", ordering="size")
    def file_size(self, media_file: MediaFile):
        return filesizeformat(media_file.size)

    @admin.display(description="Where is this used")
    def where_used(self, media_file: MediaFile):
        uses = uses_of(media_file)
        if not uses:
            return "Nowhere: no guide, FAQ answer or page shows it."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a></li>',
                ((u.admin_url, u.what) for u in uses),
            ),
        )
