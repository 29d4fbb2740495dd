from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from forum.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("reference/", include("reference.urls")),
    path("moderation/", include("moderation.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("", include("forum.urls")),
]

handler404 = "forum.views.page_not_found"
