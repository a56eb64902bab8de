from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self) -> None:
        from articles.signals import demo_loaded
        from articles.sitemaps import APP_SECTIONS
        from glossary import marking
        from glossary.demo import load_demo_terms
        from glossary.sitemaps import glossary_urls

        APP_SECTIONS["glossary"] = glossary_urls
        marking.remember_terms_per_request()
        demo_loaded.connect(load_demo_terms, dispatch_uid="glossary.demo")
