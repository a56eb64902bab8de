from subscriptions.tasks import fan_out_article, fan_out_update


def defer_fan_out(sender, article, **kwargs) -> None:
    """Queue the announcement in the publishing transaction: no commit, no job."""
    if article.notify_subscribers:
        fan_out_article.defer(article_id=article.pk)


def defer_update_fan_out(sender, article, update, **kwargs) -> None:
    """Queue the update's mail in the publishing transaction."""
    if article.notify_subscribers:
        fan_out_update.defer(update_id=update.pk)
