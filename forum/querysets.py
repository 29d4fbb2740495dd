from django.db import models
from django.db.models import Q


class ThreadQuerySet(models.QuerySet):
    def visible_to(self, user):
        from .permissions import is_moderator

        if is_moderator(user):
            return self
        if user is not None and user.is_authenticated:
            return self.filter(Q(is_visible=True) | Q(author=user))
        return self.filter(is_visible=True)

    def for_listing(self):
        return self.select_related("author__profile", "last_poster__profile", "category")

    def by_activity(self):
        return self.order_by("-last_activity_at", "-pk")


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Held posts are seen only by their author and moderators; removed ones stay as markers."""
        from .permissions import is_moderator

        if is_moderator(user):
            return self
        held = Q(status="held")
        if user is not None and user.is_authenticated:
            return self.exclude(held & ~Q(author=user))
        return self.exclude(held)

    def in_thread(self, thread):
        return self.filter(thread=thread).order_by("position")

    def for_display(self):
        return self.select_related("author__profile", "quoted_post__author__profile")

    def publicly_visible(self):
        return self.filter(status="visible")
