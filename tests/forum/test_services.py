import pytest
from factories import category, make_member, make_reply, make_thread

from forum import services
from forum.models import HelpfulMark, Notification, Post, PostRevision, Thread

pytestmark = pytest.mark.django_db


def test_starting_a_thread_creates_its_opening_post_and_follows_it():
    author = make_member()
    thread = make_thread(author, title="  Night   cramps  ", body="**Help**")
    post = thread.posts.get()
    assert thread.title == "Night cramps" and thread.slug == "night-cramps"
    assert post.position == 1 and post.body_html == "<p><strong>Help</strong></p>\n"
    assert thread.follows.filter(user=author).exists()


@pytest.mark.parametrize(
    "title, body, message",
    [
        ("ab", "fine", "3 to 200 characters"),
        ("x" * 201, "fine", "3 to 200 characters"),
        ("A good title", "   \n ", "cannot be empty"),
        ("A good title", "x" * 20_001, "at most 20,000 characters"),
    ],
)
def test_thread_limits_are_enforced_with_a_clear_message(title, body, message):
    with pytest.raises(services.ForumError, match=message):
        services.thread_create(
            author=make_member(), category=category(), title=title, body=body
        )
    assert not Thread.objects.exists()


def test_replies_take_the_next_position_and_update_the_thread_counters():
    thread = make_thread()
    replier = make_member()
    first = make_reply(thread, replier)
    second = make_reply(thread)
    thread.refresh_from_db()
    assert (first.position, second.position) == (2, 3)
    assert thread.reply_count == 2 and thread.post_count == 3
    assert thread.last_post == second and thread.last_activity_at == second.created_at


def test_editing_keeps_the_earlier_version_and_marks_the_post_edited():
    thread = make_thread(body="first words")
    post = thread.posts.get()
    services.post_edit(post=post, editor=post.author, body="second words")
    post.refresh_from_db()
    assert post.revision == 2 and post.edited_at is not None
    assert "second words" in post.body_html
    assert list(PostRevision.objects.values_list("revision", "body")) == [(1, "first words")]


def test_editing_with_the_same_text_changes_nothing():
    post = make_thread(body="same").posts.get()
    services.post_edit(post=post, editor=post.author, body="same")
    post.refresh_from_db()
    assert post.revision == 1 and not PostRevision.objects.exists()


def test_author_delete_is_soft_and_stays_in_place():
    thread = make_thread()
    reply = make_reply(thread)
    services.post_delete_by_author(post=reply, user=reply.author)
    reply.refresh_from_db()
    assert reply.status == Post.Status.REMOVED_BY_AUTHOR
    assert thread.posts.count() == 2
    with pytest.raises(services.ForumError):
        services.post_edit(post=reply, editor=reply.author, body="back again")


def test_someone_else_cannot_delete_a_post():
    reply = make_reply(make_thread())
    services.post_delete_by_author(post=reply, user=make_member())
    reply.refresh_from_db()
    assert reply.status == Post.Status.VISIBLE


def test_helpful_is_counted_once_per_member_and_can_be_undone():
    post = make_thread().posts.get()
    reader = make_member()
    assert services.helpful_toggle(post=post, user=reader) is True
    post.refresh_from_db()
    assert post.helpful_count == 1
    assert services.helpful_toggle(post=post, user=reader) is False
    post.refresh_from_db()
    assert post.helpful_count == 0 and not HelpfulMark.objects.exists()


def test_members_cannot_mark_their_own_post_helpful():
    post = make_thread().posts.get()
    with pytest.raises(services.ForumError):
        services.helpful_toggle(post=post, user=post.author)


def test_followers_are_notified_once_of_each_reply_but_not_of_their_own(
    django_capture_on_commit_callbacks,
):
    starter = make_member()
    thread = make_thread(starter)
    follower = make_member()
    services.thread_follow(thread=thread, user=follower)
    with django_capture_on_commit_callbacks(execute=True):
        reply = make_reply(thread, follower)
    assert list(Notification.objects.values_list("user", "post")) == [(starter.pk, reply.pk)]
    # Running the task again (a retry, a redelivery) creates nothing twice.
    assert services.notify_followers(post_id=reply.pk) == 0
    assert Notification.objects.count() == 1


def test_deleting_an_account_keeps_its_posts_as_from_a_deleted_member():
    author = make_member()
    thread = make_thread(author)
    services.account_delete(user=author)
    post = Post.objects.get(thread=thread)
    assert post.author is None and post.body == "Is this normal?"


def test_profile_fields_are_optional_and_the_about_text_is_rendered_safely():
    member = make_member()
    profile = services.profile_update(
        user=member, display_name=" Jo  ", about="<script>x</script> *hi*",
        conditions=["ms", "bogus"], baclofen_duration="2 years",
    )
    assert profile.display_name == "Jo"
    assert profile.conditions == "ms" and profile.condition_labels == ["Multiple sclerosis"]
    assert "<script>" not in profile.about_html and "<em>hi</em>" in profile.about_html


def test_a_held_reply_does_not_show_as_the_threads_latest_activity():
    thread = make_thread()
    visible = make_reply(thread, body="fine")
    held = make_reply(thread, body="awaiting review")
    services.post_set_status(post=held, status=Post.Status.HELD)
    thread.refresh_from_db()
    assert (thread.last_post_id, thread.last_poster_id) == (visible.pk, visible.author_id)
    services.post_set_status(post=held, status=Post.Status.VISIBLE)
    thread.refresh_from_db()
    assert (thread.last_post_id, thread.last_poster_id) == (held.pk, held.author_id)
