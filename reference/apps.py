from django.apps import AppConfig


class ReferenceConfig(AppConfig):
    name = "reference"
    verbose_name = "Reference"

    def ready(self):
        from forum.sitemaps import register

        from .sitemaps import ReferenceSitemap

        register("reference", ReferenceSitemap)
