from django.apps import AppConfig


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Staff sign-in"

    def ready(self) -> None:
        from staff import audit

        audit.connect_receivers()
