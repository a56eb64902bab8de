from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("guides/<slug:slug>/", views.article_detail, name="article_detail"),
    path("topics/<slug:slug>/", views.category_detail, name="category_detail"),
    path("faq/", views.faq, name="faq"),
    # Last: staff-edited pages such as /about/ and /disclaimer/ at the top level.
    path("<slug:slug>/", views.page_detail, name="page_detail"),
]
