from django.urls import path

from articles import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("guides/<slug:slug>/", views.article_detail, name="article_detail"),
    path("topics/<slug:slug>/", views.category_detail, name="category_detail"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag_detail"),
    path("faq/", views.faq, name="faq"),
    path("search/", views.search, name="search"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
    path("feeds/rss/", feeds.LatestGuidesFeed(), name="feed_rss"),
    path("feeds/atom/", feeds.LatestGuidesAtomFeed(), name="feed_atom"),
    path(
        "topics/<slug:slug>/rss/", feeds.CategoryGuidesFeed(), name="category_feed_rss"
    ),
    path(
        "topics/<slug:slug>/atom/",
        feeds.CategoryGuidesAtomFeed(),
        name="category_feed_atom",
    ),
    path("draft/<str:token>/", views.shared_draft, name="shared_draft"),
    # Last: staff-edited pages such as /about/ and /disclaimer/ at the top level.
    path("<slug:slug>/", views.page_detail, name="page_detail"),
]
