from django.apps import AppConfig


class TrialsConfig(AppConfig):
    name = "trials"
    verbose_name = "Clinical trials"

    def ready(self) -> None:
        from articles.signals import demo_loaded
        from trials.demo import load_demo_trials

        demo_loaded.connect(load_demo_trials, dispatch_uid="trials.demo")
