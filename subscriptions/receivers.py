from subscriptions.tasks import fan_out_article


def defer_fan_out(sender, article, **kwargs) -> None:
    """Queue the announcement in the publishing transaction: no commit, no job."""
    if article.notify_subscribers:
        fan_out_article.defer(article_id=article.pk)
