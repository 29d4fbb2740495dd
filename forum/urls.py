from django.urls import path

from . import views
from .feeds import CategoryFeed

app_name = "forum"

urlpatterns = [
    path("", views.home, name="home"),
    path("c/<slug:slug>/", views.category_detail, name="category"),
    path("c/<slug:slug>/feed/", CategoryFeed(), name="category_feed"),
    path("c/<slug:slug>/new/", views.thread_create, name="thread_create_in"),
    path("new/", views.thread_create, name="thread_create"),
    path("t/<int:pk>/", views.thread_detail, name="thread_short"),
    path("threads/<int:pk>/reply/", views.post_reply, name="reply"),
    path("threads/<int:pk>/follow/", views.thread_follow, name="follow"),
    path("t/<int:pk>/<slug:slug>/", views.thread_detail, name="thread"),
    path("p/<int:pk>/", views.post_permalink, name="post"),
    path("p/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("p/<int:pk>/delete/", views.post_delete, name="post_delete"),
    path("p/<int:pk>/history/", views.post_history, name="post_history"),
    path("p/<int:pk>/helpful/", views.post_helpful, name="helpful"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/<int:pk>/open/", views.notification_open, name="notification_open"),
    path("members/<str:username>/", views.profile_detail, name="profile"),
    path("settings/profile/", views.profile_edit, name="profile_edit"),
    path("settings/delete-account/", views.account_delete, name="account_delete"),
    path("search/", views.search, name="search"),
]
