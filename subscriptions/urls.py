from django.urls import path

from subscriptions import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.follow, name="follow"),
    path("stamp/", views.follow_stamp, name="follow_stamp"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("manage/<str:token>/erase/", views.erase, name="erase"),
    path("manage/<str:token>/my-data.json", views.manage_data, name="manage_data"),
    path("unsubscribe/<str:token>/", views.one_click, name="one_click"),
]
