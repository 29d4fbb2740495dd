"""The Celery tasks: thin, idempotent, late-acknowledged, retried on transient errors only.

These call the tasks in-process; tests/moderation/test_integration.py runs them on a real worker.
"""

import pytest
from django.db import OperationalError
from factories import make_member, make_reply, make_thread

from forum.models import Post
from moderation import services, tasks
from moderation.models import Flag, RescanJob, ReviewItem

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("task", [tasks.scan_post, tasks.scan_pending_posts,
                                  tasks.rescan_all_posts])
def test_tasks_acknowledge_late_and_retry_transient_errors_with_backoff(task):
    assert task.acks_late is True
    assert OperationalError in task.autoretry_for
    assert task.retry_backoff and task.retry_jitter
    assert Exception not in task.autoretry_for  # bugs are not retried


def test_a_new_post_is_scanned_after_commit(django_capture_on_commit_callbacks):
    thread = make_thread()
    with django_capture_on_commit_callbacks(execute=True):
        post = make_reply(thread, make_member(), body="just stop it cold turkey, you'll be fine")
    post.refresh_from_db()
    assert post.scanned_revision == 1
    flag = Flag.objects.get(post=post)
    assert (flag.category, flag.reference) == ("dangerous_advice", "no-abrupt-stop")


def test_an_edited_post_is_scanned_again(django_capture_on_commit_callbacks):
    from forum import services as forum_services

    author = make_member()
    with django_capture_on_commit_callbacks(execute=True):
        post = make_reply(make_thread(), author, body="Doing fine on 10 mg.")
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.post_edit(post=post, editor=author,
                                 body="Actually, just stop it cold turkey, you'll be fine")
    post.refresh_from_db()
    assert post.scanned_revision == 2
    assert ReviewItem.objects.filter(post=post, state="open").exists()


def test_the_scan_task_is_idempotent_and_drops_old_revisions():
    post = make_reply(make_thread(), make_member(), body="just stop it cold turkey")
    assert tasks.scan_post(post.pk, 1)["outcome"] == "scanned"
    assert tasks.scan_post(post.pk, 1)["outcome"] == "duplicate"
    Post.objects.filter(pk=post.pk).update(revision=2)
    assert tasks.scan_post(post.pk, 1)["outcome"] == "stale"
    assert Flag.objects.count() == 1


def test_the_scan_task_retries_a_database_hiccup(monkeypatch):
    post = make_reply(make_thread(), make_member(), body="just stop it cold turkey")
    real = services.post_scan
    calls = []

    def flaky(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real(**kwargs)

    monkeypatch.setattr(services, "post_scan", flaky)
    result = tasks.scan_post.apply(args=[post.pk, 1], throw=False)
    assert len(calls) == 2
    assert result.get()["outcome"] == "scanned"


def test_the_sweep_scans_posts_saved_while_the_broker_was_down():
    post = make_reply(make_thread(), make_member(), body="just stop it cold turkey")
    Post.objects.update(created_at=post.created_at.replace(year=2020))
    assert tasks.scan_pending_posts() == 2  # the opening post and the reply
    assert Flag.objects.filter(post=post).exists()
    assert tasks.scan_pending_posts() == 0


def test_a_rescan_job_walks_every_post_in_batches(monkeypatch, moderator):
    for n in range(5):
        make_reply(make_thread(), make_member(), body=f"post {n}")
    job = RescanJob.objects.create(total=10)
    more = services.rescan_batch(job_id=job.pk, batch_size=4)
    job.refresh_from_db()
    assert more and (job.processed, job.state) == (4, RescanJob.State.RUNNING)
    tasks.rescan_all_posts(job.pk)  # finishes the rest, batch after batch
    job.refresh_from_db()
    assert (job.processed, job.state) == (10, RescanJob.State.DONE)


def test_a_rescan_that_hits_a_bug_is_marked_failed(monkeypatch):
    make_thread()
    job = RescanJob.objects.create(total=1)
    # rescan_batch looks post_scan up in moderation.services.rescans, so patch it there.
    monkeypatch.setattr(services.rescans, "post_scan", lambda **kw: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        tasks.rescan_all_posts(job.pk)
    job.refresh_from_db()
    assert job.state == RescanJob.State.FAILED and "ZeroDivisionError" in job.error
