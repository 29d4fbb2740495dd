"""End to end on the production stack: PostgreSQL, Redis and a real Celery worker.

A member posts dangerous advice through the web, the worker scans it, a moderator finds it in
the queue with its `dangerous_advice` flag and reference link, removes it, and the audit log
shows it. A benign post gets no flag; a held post is invisible to an anonymous reader.
"""


import pytest
from django.core.management import call_command
from django.urls import reverse
from factories import make_member, make_moderator, make_thread
from polling import wait_for

from forum.models import Post
from moderation.models import AuditEntry, Flag, PostScan, ReviewItem

# serialized_rollback: flushing between transactional tests would drop the migrated rows
# (categories, the Moderators group, the built-in rules).
pytestmark = [
    pytest.mark.integration,
    pytest.mark.usefixtures("_require_postgresql"),  # skip (or fail under CI) on SQLite
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DANGEROUS = "just stop it cold turkey, you'll be fine"
BENIGN = "Drowsiness faded for me after about two weeks on 5 mg three times a day."
SPAM = "Buy baclofen without prescription at https://cheap-pills.example/order"



def reply_through_the_web(client, thread, author, body) -> Post:
    client.force_login(author)
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": body})
    assert response.status_code == 302, response.content.decode()[:500]
    return Post.objects.filter(thread=thread, author=author).latest("pk")


def scanned(post) -> bool:
    post.refresh_from_db()
    return post.scanned_revision == post.revision


def test_a_dangerous_post_goes_from_the_web_through_the_worker_to_removal(
    client, celery_worker_on_redis
):
    from django.db import connection

    assert connection.vendor == "postgresql"
    call_command("import_reference", verbosity=0)  # the facts the flags link to
    thread = make_thread(title="Coming off baclofen?", body="How did you stop?")
    member, moderator = make_member(), make_moderator()

    dangerous = reply_through_the_web(client, thread, member, DANGEROUS)
    benign = reply_through_the_web(client, thread, make_member(), BENIGN)
    assert wait_for(lambda: scanned(dangerous) and scanned(benign)), "the worker never scanned"

    assert not Flag.objects.filter(post=benign).exists()
    flag = Flag.objects.get(post=dangerous, category="dangerous_advice")
    assert flag.reference == "no-abrupt-stop"

    client.force_login(moderator)
    queue = client.get(reverse("moderation:queue")).content.decode()
    item = ReviewItem.objects.get(post=dangerous)
    assert reverse("moderation:item", args=[item.pk]) in queue
    assert "Dangerous advice" in queue
    page = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "/reference/stopping-and-withdrawal/#" in page  # the reference link
    assert "<mark>" in page

    response = client.post(reverse("moderation:remove", args=[item.pk]),
                           {"remove-reason": "Stopping baclofen suddenly is dangerous"})
    assert response.status_code == 302
    dangerous.refresh_from_db()
    assert dangerous.status == Post.Status.REMOVED_BY_MODERATOR
    audit = client.get(reverse("moderation:audit"), {"action": "remove"}).content.decode()
    assert "Stopping baclofen suddenly is dangerous" in audit
    assert AuditEntry.objects.filter(action="remove", actor=moderator, post=dangerous).exists()

    client.logout()
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "removed by a moderator: Stopping baclofen suddenly is dangerous" in html


def test_a_held_post_is_invisible_to_an_anonymous_reader(client, celery_worker_on_redis):
    thread = make_thread(title="Cheapest pharmacy?", body="Where do you fill prescriptions?")
    spammer = make_member()
    spam = reply_through_the_web(client, thread, spammer, SPAM)
    assert wait_for(lambda: scanned(spam)), "the worker never scanned"
    spam.refresh_from_db()
    assert spam.status == Post.Status.HELD
    client.logout()
    assert "cheap-pills" not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(spammer)
    assert "awaiting review" in client.get(thread.get_absolute_url()).content.decode()


def test_scanning_the_same_revision_twice_on_the_worker_creates_nothing_twice(
    celery_worker_on_redis
):
    from moderation.tasks import scan_post

    thread = make_thread(body=DANGEROUS)  # its save enqueues the first scan
    post = thread.posts.get()
    assert wait_for(lambda: scanned(post)), "the worker never scanned"
    flags = list(Flag.objects.filter(post=post).values_list("pk", flat=True))
    assert flags
    for _ in range(3):
        scan_post.delay(post.pk, post.revision)
    # One solo worker takes tasks in order: once a later post is scanned, the repeats are done.
    sentinel = make_thread(title="Later thread", body="Fine, thanks.").posts.get()
    assert wait_for(lambda: scanned(sentinel)), "the worker never scanned the later post"
    assert list(Flag.objects.filter(post=post).values_list("pk", flat=True)) == flags
    assert PostScan.objects.filter(post=post).count() == 1
    assert ReviewItem.objects.filter(post=post).count() == 1
