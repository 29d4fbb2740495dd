from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>/claim/", views.item_claim, name="claim"),
    path("items/<int:pk>/release/", views.item_release, name="release"),
    path("items/<int:pk>/approve/", views.item_approve, name="approve"),
    path("items/<int:pk>/remove/", views.item_remove, name="remove"),
    path("items/<int:pk>/edit/", views.item_edit, name="edit"),
    path("items/<int:pk>/warn/", views.member_warn, name="warn"),
    path("items/<int:pk>/suspend/", views.member_suspend, name="suspend"),
    path("items/<int:pk>/ban/", views.member_ban, name="ban"),
    path("items/<int:pk>/spam/", views.member_spam_ban, name="spam_ban"),
    path("bulk/", views.bulk, name="bulk"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/rescan/", views.rescan_start, name="rescan"),
    path("audit/", views.audit, name="audit"),
    path("report/<int:pk>/", views.report, name="report"),
]
