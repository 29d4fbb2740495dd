"""A broker that is down never fails a member's request, and nothing is lost."""

import pytest
from django.urls import reverse
from factories import make_member, make_thread

from config.celery import app
from forum.models import Notification, Post

pytestmark = pytest.mark.django_db


def reset_producer_pool():
    # What Celery does after a fork: the next publish builds pools for the current broker_url.
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down():
    previous = app.conf.task_always_eager, app.conf.broker_url
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    reset_producer_pool()
    yield
    app.conf.update(task_always_eager=previous[0], broker_url=previous[1])
    reset_producer_pool()


def test_a_reply_saved_while_the_broker_is_down_is_kept_and_left_due_for_scanning(
    client, broker_down, django_capture_on_commit_callbacks
):
    starter = make_member()
    thread = make_thread(starter)
    client.force_login(make_member())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Still here"})
    assert response.status_code == 302
    reply = Post.objects.get(thread=thread, position=2)
    # Not scanned yet: the periodic sweep picks up every post whose scan is due.
    assert reply.scanned_revision < reply.revision
    # Followers still hear about it: notifications fall back to running in the request.
    assert Notification.objects.filter(user=starter, post=reply).exists()
