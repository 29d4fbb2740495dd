"""Small builders for tests: real rows made through the same services the site uses."""

import itertools

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from forum import services
from forum.models import Category

_counter = itertools.count(1)
PASSWORD = "correct-horse-battery-staple"


def make_member(username: str | None = None, *, password: str = PASSWORD, **extra):
    username = username or f"member{next(_counter)}"
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=password, **extra
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    services.profile_for(user)
    return user


def make_moderator(username: str | None = None):
    user = make_member(username or f"mod{next(_counter)}")
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(codename="moderate_posts", content_type__app_label="moderation")
    )
    user.groups.add(group)
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


def category(slug: str = "side-effects") -> Category:
    return Category.objects.get(slug=slug)


def make_thread(author=None, *, title="Drowsiness in the first week", body="Is this normal?",
                category_slug="side-effects"):
    author = author or make_member()
    return services.thread_create(
        author=author, category=category(category_slug), title=title, body=body
    )


def make_reply(thread, author=None, *, body="Same here, it passed after two weeks."):
    return services.post_create(author=author or make_member(), thread=thread, body=body)
