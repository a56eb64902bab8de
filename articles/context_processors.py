from articles.models import Announcement, Category


def site_navigation(request):
    """Treatment topics for the header and the current announcement (lazy querysets)."""
    return {
        "nav_categories": Category.objects.all(),
        "current_announcements": Announcement.objects.current()[:1],
    }
