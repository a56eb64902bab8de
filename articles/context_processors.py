from articles.models import Announcement, Category


def site_navigation(request):
    """Header topics and the current announcement (lazy), and the canonical URL."""
    return {
        "nav_categories": Category.objects.all(),
        "current_announcements": Announcement.objects.current()[:1],
        "canonical_url": request.build_absolute_uri(request.path),
    }
