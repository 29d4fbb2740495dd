from django.contrib.sitemaps import Sitemap

from .models import Category, Thread


class CategorySitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Category.objects.all()


class ThreadSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

    def items(self):
        return Thread.objects.filter(is_visible=True).order_by("-last_activity_at")

    def lastmod(self, thread):
        return thread.last_activity_at


SITEMAPS = {"categories": CategorySitemap, "threads": ThreadSitemap}


def register(name: str, sitemap_class) -> None:
    """Other apps (the reference section) add their pages here."""
    SITEMAPS[name] = sitemap_class
