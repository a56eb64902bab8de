from django.apps import AppConfig


class SourceCheckConfig(AppConfig):
    name = "sourcecheck"
    verbose_name = "Source checks"
