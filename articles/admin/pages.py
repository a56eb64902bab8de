"""The extra pages the model admins of articles/ add to Django's own."""

from django.urls import URLPattern, path


def admin_page(model_admin, route: str, view, name: str) -> URLPattern:
    """A page of this model admin at `route`, behind the admin's sign-in and staff
    check, named as the admin names its own pages ("articles_article_<name>")."""
    opts = model_admin.opts
    return path(
        route,
        model_admin.admin_site.admin_view(view),
        name=f"{opts.app_label}_{opts.model_name}_{name}",
    )
