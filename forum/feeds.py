from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from .models import Category, Post, Thread


class CategoryFeed(Feed):
    """Atom feed of a category's newest threads; the body is the stored, sanitised HTML."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, category):
        return f"{category.name} – Baclofen community"

    def link(self, category):
        return category.get_absolute_url()

    def subtitle(self, category):
        return category.description

    def items(self, category):
        return (
            Thread.objects.filter(category=category, is_visible=True)
            .select_related("author__profile")
            .order_by("-created_at")[:30]
        )

    def item_title(self, thread):
        return thread.title

    def item_description(self, thread):
        first = (
            Post.objects.filter(thread=thread, position=1, status=Post.Status.VISIBLE)
            .values_list("body_html", flat=True)
            .first()
        )
        return first or "This post is not available."

    def item_pubdate(self, thread):
        return thread.created_at

    def item_updateddate(self, thread):
        return thread.last_activity_at

    def item_author_name(self, thread):
        if thread.author is None:
            return "deleted member"
        profile = getattr(thread.author, "profile", None)
        return (profile and profile.display_name) or thread.author.username
