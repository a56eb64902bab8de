from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Guides and FAQ"

    def ready(self) -> None:
        from articles import redirects

        redirects.connect_receivers()
