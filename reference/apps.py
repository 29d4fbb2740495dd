from django.apps import AppConfig


class ReferenceConfig(AppConfig):
    name = "reference"
    verbose_name = "Reference"

    def ready(self):
        try:
            from forum.sitemaps import register
        except ImportError:  # the forum's sitemap hook is optional
            return
        from .sitemaps import ReferenceSitemap

        register("reference", ReferenceSitemap)
