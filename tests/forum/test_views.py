import pytest
from django.urls import reverse
from factories import PASSWORD, category, make_member, make_reply, make_thread

from forum import services
from forum.models import Post, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_client(client):
    member = make_member()
    client.force_login(member)
    client.member = member
    return client


def test_readers_browse_home_category_and_thread_without_an_account(client):
    thread = make_thread(title="Tapering plan questions")
    assert "Tapering plan questions" in client.get("/").content.decode()
    page = client.get(reverse("forum:category", args=["side-effects"])).content.decode()
    assert "Tapering plan questions" in page and "0 replies" in page
    response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    assert "Is this normal?" in response.content.decode()


def test_every_page_carries_the_medical_disclaimer(client):
    thread = make_thread()
    for url in ["/", thread.get_absolute_url(), reverse("forum:search") + "?q=x", "/nowhere/"]:
        assert "Not medical advice" in client.get(url).content.decode(), url


def test_unknown_urls_get_a_friendly_404(client):
    response = client.get("/this/does/not/exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert client.get("/t/999999/nothing/").status_code == 404
    assert client.get("/c/no-such-category/").status_code == 404


def test_starting_a_thread_needs_an_account(client):
    response = client.get(reverse("forum:thread_create"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_member_starts_a_thread_and_lands_on_it(member_client):
    response = member_client.post(
        reverse("forum:thread_create"),
        {"category": category("withdrawal").pk, "title": "Missed two doses", "body": "Shaky today."},
    )
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    assert thread.author == member_client.member


def test_form_errors_are_clear_and_keep_what_the_member_typed(member_client):
    response = member_client.post(
        reverse("forum:thread_create"),
        {"category": category().pk, "title": "ab", "body": "My long story I do not want to lose"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "at least 3 characters" in page
    assert "My long story I do not want to lose" in page
    assert not Thread.objects.exists()


def test_a_huge_post_is_refused_with_a_clear_error(member_client):
    thread = make_thread()
    response = member_client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": "x" * 20_001}
    )
    assert response.status_code == 200
    assert "at most 20000 characters" in response.content.decode()
    assert thread.posts.count() == 1


def test_malformed_forms_do_not_crash(member_client):
    thread = make_thread()
    assert member_client.post(reverse("forum:thread_create"), {"category": "nope"}).status_code == 200
    assert member_client.post(reverse("forum:reply", args=[thread.pk]), {}).status_code == 200
    assert member_client.get(thread.get_absolute_url() + "?page=abc").status_code == 200
    assert member_client.get(thread.get_absolute_url() + "?page=99").status_code == 404


def test_quoting_a_post_prefills_the_reply_and_links_back(member_client):
    thread = make_thread(body="Drowsy mornings")
    original = thread.posts.get()
    form = member_client.get(reverse("forum:reply", args=[thread.pk]) + f"?quote={original.pk}")
    assert "&gt; Drowsy mornings" in form.content.decode()
    member_client.post(
        reverse("forum:reply", args=[thread.pk]),
        {"body": "> Drowsy mornings\n\nSame for me", "quote": original.pk},
    )
    reply = Post.objects.get(position=2)
    assert reply.quoted_post == original
    assert "In reply to" in member_client.get(thread.get_absolute_url()).content.decode()


def test_a_permalink_lands_on_the_right_page_of_a_long_thread(client, settings):
    settings.FORUM_POSTS_PER_PAGE = 5
    thread = make_thread()
    author = make_member()
    replies = [make_reply(thread, author, body=f"reply {n}") for n in range(12)]
    response = client.get(reverse("forum:post", args=[replies[-1].pk]))
    assert response["Location"] == f"{thread.get_absolute_url()}?page=3#post-{replies[-1].pk}"
    page3 = client.get(f"{thread.get_absolute_url()}?page=3").content.decode()
    assert "reply 11" in page3 and "reply 3" not in page3


def test_authors_edit_their_own_posts_and_others_cannot(member_client):
    thread = make_thread(member_client.member, body="before")
    post = thread.posts.get()
    member_client.post(reverse("forum:post_edit", args=[post.pk]), {"body": "after"})
    post.refresh_from_db()
    assert post.body == "after"
    page = member_client.get(thread.get_absolute_url()).content.decode()
    assert "edited" in page
    history = member_client.get(reverse("forum:post_history", args=[post.pk])).content.decode()
    assert "before" in history

    other = make_thread(body="not yours").posts.get()
    assert member_client.get(reverse("forum:post_edit", args=[other.pk])).status_code == 404
    assert member_client.post(reverse("forum:post_delete", args=[other.pk])).status_code == 404


def test_a_deleted_post_shows_removed_by_its_author(member_client):
    thread = make_thread()
    reply = make_reply(thread, member_client.member, body="regret this")
    member_client.post(reverse("forum:post_delete", args=[reply.pk]))
    page = member_client.get(thread.get_absolute_url()).content.decode()
    assert "removed by its author" in page and "regret this" not in page


def test_helpful_and_follow_buttons(member_client):
    thread = make_thread()
    post = thread.posts.get()
    member_client.post(reverse("forum:helpful", args=[post.pk]))
    post.refresh_from_db()
    assert post.helpful_count == 1
    member_client.post(reverse("forum:follow", args=[thread.pk]))
    assert thread.follows.filter(user=member_client.member).exists()
    member_client.post(reverse("forum:follow", args=[thread.pk]), {"action": "unfollow"})
    assert not thread.follows.filter(user=member_client.member).exists()


def test_the_notifications_page_shows_unread_replies_and_marks_them_read(
    member_client, django_capture_on_commit_callbacks
):
    thread = make_thread(member_client.member, title="Pump alarm")
    with django_capture_on_commit_callbacks(execute=True):
        make_reply(thread)
    home = member_client.get("/").content.decode()
    assert 'aria-label="1 unread"' in home
    page = member_client.get(reverse("forum:notifications")).content.decode()
    assert "New reply in “Pump alarm”" in page
    member_client.post(reverse("forum:notifications"))
    assert 'aria-label="1 unread"' not in member_client.get("/").content.decode()


def test_profile_shows_only_what_the_member_chose(client):
    member = make_member("quietone")
    assert "Condition" not in client.get(reverse("forum:profile", args=["quietone"])).content.decode()
    services.profile_update(
        user=member, display_name="Quiet One", about="Hello", conditions=["sci"],
        baclofen_duration="3 years",
    )
    page = client.get(reverse("forum:profile", args=["quietone"])).content.decode()
    assert "Quiet One" in page and "Spinal cord injury" in page and "3 years" in page


def test_a_member_deletes_their_account(client):
    member = make_member()
    thread = make_thread(member)
    client.force_login(member)
    response = client.post(reverse("forum:account_delete"), {"confirm": "DELETE"})
    assert response.status_code == 302
    assert "deleted member" in client.get(thread.get_absolute_url()).content.decode()
    assert not client.login(username=member.username, password=PASSWORD)


def test_search_finds_posts_and_highlights_the_match(client):
    make_thread(title="Cold hands", body="My fingers get stiff in winter")
    make_thread(title="Other", body="Nothing to see")
    page = client.get(reverse("forum:search") + "?q=stiff").content.decode()
    assert "<mark>stiff</mark>" in page and "Nothing to see" not in page


def test_category_feed_and_sitemap(client):
    thread = make_thread(title="Feed me")
    feed = client.get(reverse("forum:category_feed", args=["side-effects"]))
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert "Feed me" in feed.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert thread.get_absolute_url() in sitemap


@pytest.mark.parametrize("replies", [10, 500])
def test_thread_and_category_pages_run_a_bounded_number_of_queries(
    client, django_assert_max_num_queries, replies
):
    thread = make_thread()
    members = [make_member() for _ in range(5)]
    author = thread.author
    services.thread_follow(thread=thread, user=author)
    for n in range(replies):
        make_reply(thread, members[n % 5], body=f"reply {n}")
    client.force_login(members[0])
    last_page = (replies + 1 + 19) // 20
    with django_assert_max_num_queries(12):
        assert client.get(f"{thread.get_absolute_url()}?page={last_page}").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(thread.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("forum:category", args=["side-effects"])).status_code == 200
