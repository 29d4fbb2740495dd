from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Topic


class ReferenceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return ["index", *Topic.objects.order_by("position")]

    def location(self, item):
        return reverse("reference:index") if item == "index" else item.get_absolute_url()

    def lastmod(self, item):
        return None if item == "index" else item.updated_at
