"""Thread page speed and queries at 10, 500 and 5,000 posts.

Usage: .venv/bin/python bench/thread_page.py   (DATABASE_URL=postgres://... to measure PostgreSQL)
Builds a throwaway database (SQLite in memory by default), fills threads through bulk inserts,
then times 30 renders of the first and the last page with Django's test client and counts queries.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def main():
    setup_test_environment()
    from django.test.utils import get_runner  # noqa: F401

    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        run()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def build_thread(size: int):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from forum.markup import render_markdown
    from forum.models import Category, Post, Thread

    author, _ = get_user_model().objects.get_or_create(username="bench")
    now = timezone.now()
    thread = Thread.objects.create(
        category=Category.objects.first(), title=f"Bench {size}", slug=f"bench-{size}",
        author=author, post_count=size, reply_count=size - 1, last_poster=author,
    )
    body = "My spasms got better after the **second week**. Drowsy in the mornings though."
    html = render_markdown(body)
    Post.objects.bulk_create(
        Post(thread=thread, author=author, position=n, body=body, body_html=html, created_at=now)
        for n in range(1, size + 1)
    )
    return thread


def measure(client, url, runs=30):
    client.get(url)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), len(queries)


def run():
    from django.contrib.auth import get_user_model
    from django.test import Client

    reader = Client()
    member = Client()
    member.force_login(get_user_model().objects.create_user("bench-member", password="x" * 12))
    print(f"database: {connection.vendor}; 20 posts a page; median of 30 renders")
    for size in (10, 500, 5000):
        thread = build_thread(size)
        last = (size + 19) // 20
        for who, client in (("reader", reader), ("member", member)):
            first_ms, first_q = measure(client, thread.get_absolute_url())
            last_ms, last_q = measure(client, f"{thread.get_absolute_url()}?page={last}")
            print(
                f"{size:>5} posts, {who}: first page {first_ms:6.1f} ms ({first_q} queries), "
                f"last page {last_ms:6.1f} ms ({last_q} queries)"
            )


if __name__ == "__main__":
    main()
