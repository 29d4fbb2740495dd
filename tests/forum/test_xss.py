"""Every payload of the public XSS corpus, through every entry point, renders no runnable script.

Each payload goes in as a post body (new, edited, quoted), a thread title, every profile field
and a search query; every page that shows it is parsed as a browser would (html5lib) and checked
by tests/html_safety.py. A form that refuses a payload (too long for a title, say) is a pass for
that field; the post body still takes it.
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.urls import reverse
from factories import category, make_member
from html_safety import script_problems

from forum.models import Post, Thread

PAYLOADS = (Path(__file__).resolve().parents[3] / "shared/security/xss-payloads.txt")
ATOM = "{http://www.w3.org/2005/Atom}"


def load_payloads() -> list[str]:
    if not PAYLOADS.exists():
        return []
    return PAYLOADS.read_text(encoding="utf-8").split("\n")[:-1]


def assert_safe(response, where: str):
    assert response.status_code == 200, f"{where}: HTTP {response.status_code}"
    problems = script_problems(response.content)
    assert problems == [], f"{where}: {problems}"


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


MISSING = pytest.mark.skip(reason="../shared/security/xss-payloads.txt is missing")


@pytest.mark.django_db
@pytest.mark.parametrize("payload", load_payloads() or [pytest.param("", marks=MISSING)])
def test_payload_is_inert_everywhere_it_appears(client, payload):
    """The payload as every profile field, a thread title, an opening post (then edited), and a
    quoting reply; then as a search query."""
    member = make_member()
    client.force_login(member)

    client.post(
        reverse("forum:profile_edit"),
        {"display_name": payload, "about": payload, "baclofen_duration": payload,
         "conditions": ["ms"]},
    )
    client.post(
        reverse("forum:thread_create"),
        {"category": category().pk, "title": payload, "body": payload},
    )
    thread = Thread.objects.filter(author=member).first()
    if thread is None:  # the title was refused: the body must still go through
        client.post(
            reverse("forum:thread_create"),
            {"category": category().pk, "title": "Payload thread", "body": payload},
        )
        thread = Thread.objects.get(author=member)
    opening = Post.objects.get(thread=thread, position=1)
    client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": payload, "quote": opening.pk}
    )
    client.post(reverse("forum:post_edit", args=[opening.pk]), {"body": payload + "\n\nedited"})
    assert Post.objects.filter(thread=thread).count() == 2

    pages = {
        "thread page": client.get(thread.get_absolute_url()),
        "reply form with quote": client.get(
            reverse("forum:reply", args=[thread.pk]) + f"?quote={opening.pk}"
        ),
        "profile": client.get(reverse("forum:profile", args=[member.username])),
        "search": client.get(reverse("forum:search"), {"q": payload}),
    }
    for where, response in pages.items():
        assert_safe(response, where)


@pytest.mark.django_db
@pytest.mark.parametrize("batch", chunks(load_payloads(), 25) or [pytest.param([], marks=MISSING)])
def test_payloads_are_inert_in_history_feeds_lists_and_forms(client, settings, batch):
    """Places that show many posts at once: a post's history, the Atom feed, thread lists,
    the forms that echo what was typed, and search pagination links."""
    settings.FORUM_THREADS_PER_PAGE = 30
    member = make_member()
    client.force_login(member)
    for payload in batch:
        response = client.post(
            reverse("forum:thread_create"),
            {"category": category().pk, "title": payload, "body": payload},
        )
        if response.status_code != 302:
            client.post(
                reverse("forum:thread_create"),
                {"category": category().pk, "title": "Payload thread", "body": payload},
            )
    post = Post.objects.filter(author=member).first()
    for payload in batch:
        client.post(reverse("forum:post_edit", args=[post.pk]), {"body": payload})
    for payload in batch:
        for where, response in {
            "thread form echo": client.post(
                reverse("forum:thread_create"), {"category": "x", "title": payload, "body": payload}
            ),
            "profile form echo": client.post(
                reverse("forum:profile_edit"), {"display_name": payload * 3, "about": payload}
            ),
            "search pagination": client.get(reverse("forum:search"), {"q": payload, "page": "2"}),
        }.items():
            assert response.status_code in {200, 302}, where
            assert script_problems(response.content) == [], f"{where}: {payload!r}"

    for where, response in {
        "post history": client.get(reverse("forum:post_history", args=[post.pk])),
        "edit form": client.get(reverse("forum:post_edit", args=[post.pk])),
        "home": client.get("/"),
        "category": client.get(reverse("forum:category", args=[category().slug])),
    }.items():
        assert_safe(response, where)

    feed = client.get(reverse("forum:category_feed", args=[category().slug]))
    assert feed.status_code == 200
    for entry in ET.fromstring(feed.content).iter(f"{ATOM}entry"):
        for node in entry:
            # Atom text constructs are plain text unless typed html; readers render those.
            if node.get("type") in {"html", "xhtml"}:
                assert script_problems(node.text or "") == [], f"feed {node.tag}"
