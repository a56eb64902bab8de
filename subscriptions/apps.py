from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Follow by email"

    def ready(self) -> None:
        from articles.signals import article_published, article_updated
        from subscriptions.receivers import defer_fan_out, defer_update_fan_out

        article_published.connect(defer_fan_out, dispatch_uid="subscriptions_fan_out")
        article_updated.connect(
            defer_update_fan_out, dispatch_uid="subscriptions_update_fan_out"
        )
