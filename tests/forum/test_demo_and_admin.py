from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from factories import make_member, make_thread

from forum.demo import COMMENTS_THREAD_TITLE, parse_reader_comments
from forum.models import Post, Thread

pytestmark = pytest.mark.django_db

SEED_001 = Path(__file__).resolve().parents[3] / "shared/seeds/001_f8e60ad6e50877cf.txt"
needs_seed = pytest.mark.skipif(not SEED_001.exists(), reason="../shared/seeds is missing")


@needs_seed
def test_the_reader_comments_of_document_001_are_parsed_with_their_dates():
    comments = parse_reader_comments(SEED_001)
    assert len(comments) == 18
    assert comments[0].posted_at.isoformat() == "2023-06-29T11:21:00+00:00"
    assert comments[0].text.startswith("I've been on baclofen for my MS spasms")


@needs_seed
def test_loading_the_demo_twice_creates_nothing_twice_and_hides_real_names(capsys):
    call_command("load_demo", comments=str(SEED_001))
    counts = (Thread.objects.count(), Post.objects.count(), get_user_model().objects.count())
    output = capsys.readouterr().out
    assert "demo moderator: username demo_moderator  password " in output
    call_command("load_demo", comments=str(SEED_001))
    assert (Thread.objects.count(), Post.objects.count(), get_user_model().objects.count()) == counts

    thread = Thread.objects.get(title=COMMENTS_THREAD_TITLE)
    assert thread.posts.count() == 18
    usernames = set(thread.posts.values_list("author__username", flat=True))
    for real_name in ("Cameron Perry", "Katie Wilson", "Kate Calara"):
        assert all(real_name.split()[0].lower() not in name for name in usernames)


def test_the_demo_accounts_can_log_in_with_the_printed_passwords(client, capsys):
    call_command("load_demo", comments="/nonexistent")
    lines = [line.split() for line in capsys.readouterr().out.splitlines() if "password" in line]
    credentials = {words[3]: words[5] for words in lines}
    assert client.login(username="demo_member", password=credentials["demo_member"])
    moderator = get_user_model().objects.get(username="demo_moderator")
    assert moderator.has_perm("moderation.moderate_posts")


def test_staff_can_use_the_admin_and_members_cannot(client):
    staff = make_member(is_staff=True, is_superuser=True)
    make_thread()
    client.force_login(staff)
    for url in ["/admin/", "/admin/forum/thread/", "/admin/forum/post/", "/admin/forum/category/"]:
        assert client.get(url).status_code == 200, url
    client.force_login(make_member())
    assert client.get("/admin/").status_code == 302
