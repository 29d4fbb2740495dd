"""The production stack for real: PostgreSQL, Redis and a Celery worker consuming from it."""


import pytest
from django.urls import reverse
from factories import make_member, make_reply, make_thread
from polling import wait_for

from forum.models import Notification

# serialized_rollback: flushing between transactional tests would drop the migrated categories.
pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]



def test_saving_a_reply_runs_the_notification_task_on_a_real_worker(celery_worker_on_redis):
    from django.db import connection

    assert connection.vendor == "postgresql"
    starter = make_member()
    thread = make_thread(starter, title="Does the drowsiness pass?")
    reply = make_reply(thread, body="It did for me after ten days.")
    assert wait_for(lambda: Notification.objects.filter(user=starter, post=reply).exists()), (
        "the worker never created the follower's notification"
    )


def test_a_reply_posted_through_the_web_reaches_the_follower(client, celery_worker_on_redis):
    starter = make_member()
    thread = make_thread(starter, title="Pump refill tips")
    replier = make_member()
    client.force_login(replier)
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Bring the card."})
    assert response.status_code == 302
    assert wait_for(lambda: Notification.objects.filter(user=starter).count() == 1)


def test_postgres_search_ranks_matches_and_highlights_them(client):
    make_thread(title="Withdrawal seizures after stopping", body="Stopping suddenly gave me seizures.")
    make_thread(title="Shopping list", body="Seizures are mentioned once here, in passing.")
    make_thread(title="Unrelated", body="Nothing about that at all.")
    page = client.get(reverse("forum:search") + "?q=seizures stopping").content.decode()
    assert page.index("Withdrawal seizures after stopping") < page.find("Shopping list") or (
        "Shopping list" not in page
    )
    assert "<mark>seizures</mark>" in page.lower()
    assert "Unrelated" not in page


def test_postgres_search_uses_stemming(client):
    make_thread(title="Tapering", body="I was tapering slowly over six weeks")
    page = client.get(reverse("forum:search") + "?q=taper").content.decode()
    assert "six weeks" in page
