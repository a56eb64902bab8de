"""Share links in the guide admin: make one, read the comments, revoke it."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from articles.admin.pages import admin_page
from articles.models import Article, Revision, ShareLink
from articles.models.share_links import SHARE_DAYS, SHARE_MAX_DAYS
from articles.share import share_link_create, share_link_revoke, share_url


class ShareLinkForm(forms.Form):
    revision = forms.TypedChoiceField(label="Revision to share", coerce=int)
    days = forms.IntegerField(
        label="Works for (days)",
        min_value=1,
        max_value=SHARE_MAX_DAYS,
        initial=SHARE_DAYS,
        help_text=f"1 to {SHARE_MAX_DAYS} days; you can revoke it before.",
    )

    def __init__(self, *args, revisions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["revision"].choices = [
            (
                revision.number,
                f"Revision {revision.number}, saved {revision.created_at:%d %b %Y}",
            )
            for revision in revisions
        ]


class GuideShareLinks:
    """For the guide admin: the "Share a draft" page of a guide."""

    def get_urls(self):
        return [
            admin_page(self, "<path:object_id>/share/", self.share_view, "share"),
            *super().get_urls(),
        ]

    def share_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        guide = get_object_or_404(Article, pk=object_id)
        if not self.has_change_permission(request, guide):
            raise PermissionDenied
        revisions = Revision.objects.of(guide).order_by("-number")[:20]
        form = ShareLinkForm(
            request.POST if "make" in request.POST else None, revisions=revisions
        )
        if request.method == "POST" and "revoke" in request.POST:
            link = get_object_or_404(
                ShareLink, pk=request.POST["revoke"], revision__article=guide
            )
            share_link_revoke(link=link, user=request.user)
            self.message_user(request, "The link is revoked: it works no more.")
            return HttpResponseRedirect(request.path)
        if request.method == "POST" and form.is_valid():
            revision = Revision.objects.of(guide).get(
                number=form.cleaned_data["revision"]
            )
            try:
                link = share_link_create(
                    revision=revision, user=request.user, days=form.cleaned_data["days"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    "The link is made: copy it from the list below.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(f"{request.path}#link-{link.pk}")
        links = (
            ShareLink.objects.filter(revision__article=guide)
            .select_related("revision", "created_by", "revoked_by")
            .prefetch_related("comments")
        )
        return TemplateResponse(
            request,
            "admin/articles/article/share.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": guide,
                "title": f"Share a draft: {guide}",
                "form": form,
                "links": [
                    (link, request.build_absolute_uri(share_url(link)))
                    for link in links
                ],
                "change_url": reverse(
                    f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                    args=[guide.pk],
                ),
            },
            status=400 if form.is_bound and not form.is_valid() else 200,
        )
