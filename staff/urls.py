from django.urls import path

from staff import views

app_name = "staff"
urlpatterns = [
    path("", views.factors, name="factors"),
    path("verify/", views.verify, name="verify"),
    path("app/", views.app_add, name="app_add"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("<str:kind>/<int:pk>/delete/", views.factor_delete, name="factor_delete"),
]
