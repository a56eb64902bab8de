from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("guides/<int:article_id>/", views.guide_feedback, name="guide_feedback"),
    path("faq/", views.faq_feedback, name="faq_feedback"),
]
