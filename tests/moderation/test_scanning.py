"""What a scan does to a post: flags, review items, holds, idempotence, stale revisions."""

import pytest
from factories import make_member, make_reply, make_thread

from forum import services as forum_services
from forum.models import Post
from moderation import services
from moderation.models import AuditEntry, CategoryPolicy, Flag, PostScan, ReviewItem, Rule

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]


def test_a_flagged_post_gets_one_review_item_with_one_flag_per_rule(member, scan):
    thread = make_thread(member, body="Big pharma wants this. Also big pharma again, idiot.")
    post = thread.posts.get()
    result = scan(post)
    assert result.outcome == "scanned"
    item = ReviewItem.objects.get(post=post)
    flags = {f.rule: f for f in item.flags.all()}
    assert set(flags) == {"pharma-conspiracy", "insult"}
    conspiracy = flags["pharma-conspiracy"]
    assert conspiracy.category == "conspiracy"
    assert [post.body[start:end] for start, end in conspiracy.spans] == [
        "Big pharma", "big pharma"
    ]
    assert conspiracy.reason
    assert item.state == ReviewItem.State.OPEN
    assert item.severity == 2


def test_a_flag_keeps_the_reference_fact_key(member, scan):
    post = make_thread(member, body="I doubled nothing, I went cold turkey.").posts.get()
    scan(post)
    flag = Flag.objects.get(post=post)
    assert (flag.category, flag.reference, flag.severity) == ("dangerous_advice",
                                                            "no-abrupt-stop", 3)


def test_a_benign_post_gets_no_review_item(member, scan):
    post = make_thread(member, body="Drowsiness faded after two weeks for me.").posts.get()
    assert scan(post).outcome == "scanned"
    assert not ReviewItem.objects.exists()
    post.refresh_from_db()
    assert post.scanned_revision == 1


def test_scanning_the_same_revision_twice_creates_nothing_twice(member, scan):
    post = make_thread(member, body="Big pharma!").posts.get()
    first = scan(post)
    second = scan(post)
    assert (first.outcome, second.outcome) == ("scanned", "duplicate")
    assert Flag.objects.count() == 1
    assert ReviewItem.objects.count() == 1
    assert PostScan.objects.count() == 1


def test_a_scan_of_an_older_revision_is_discarded(member):
    post = make_thread(member, body="All fine here.").posts.get()
    forum_services.post_edit(post=post, editor=member, body="Big pharma made this.")
    result = services.post_scan(post_id=post.pk, revision=1)
    assert result.outcome == "stale"
    assert not Flag.objects.exists()
    post.refresh_from_db()
    assert post.scanned_revision == 0


def test_scanned_revision_never_goes_backwards(member, scan):
    post = make_thread(member, body="Fine.").posts.get()
    Post.objects.filter(pk=post.pk).update(scanned_revision=5, revision=5)
    services.post_scan(post_id=post.pk, revision=5, force=True)
    post.refresh_from_db()
    assert post.scanned_revision == 5


def test_a_scan_of_a_missing_post_does_nothing(db):
    assert services.post_scan(post_id=999_999, revision=1).outcome == "missing"


@pytest.mark.parametrize(
    "body, expected_status",
    [
        ("Buy cheap baclofen here", Post.Status.HELD),  # spam: held
        ("Just go cold turkey", Post.Status.HELD),  # severe dangerous advice: held
        ("You can double your dose", Post.Status.VISIBLE),  # medium dangerous advice: flagged
        ("Baclofen cures MS", Post.Status.VISIBLE),  # misinformation: flagged
        ("Big pharma", Post.Status.VISIBLE),
        ("You idiot", Post.Status.VISIBLE),
    ],
)
def test_default_policies_hold_spam_and_severe_dangerous_advice_and_flag_the_rest(
    member, scan, body, expected_status
):
    post = make_reply(make_thread(), member, body=body)
    scan(post)
    post.refresh_from_db()
    assert post.status == expected_status
    assert ReviewItem.objects.filter(post=post, state="open").exists()


def test_a_guess_of_the_learned_model_is_reviewed_but_never_hides_the_post(member, scan):
    post = make_reply(make_thread(), member, body="New video every week, like and subscribe")
    scan(post)
    post.refresh_from_db()
    assert post.status == Post.Status.VISIBLE  # spam is held by default, but only on a rule
    assert Flag.objects.get(post=post).rule == "model-spam"
    assert ReviewItem.objects.filter(post=post, state="open").exists()


def test_a_held_post_is_logged_as_held_by_the_system(member, scan):
    post = make_reply(make_thread(), member, body="Buy cheap pills")
    scan(post)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.HOLD)
    assert entry.actor is None and entry.actor_name == "system"
    assert entry.post == post and entry.target_user == member


def test_policies_are_configurable_per_category(member, scan):
    CategoryPolicy.objects.filter(category="misinformation").update(action="hold")
    post = make_reply(make_thread(), member, body="Baclofen cures MS")
    scan(post)
    post.refresh_from_db()
    assert post.is_held


def test_a_held_opening_post_hides_its_thread(member, scan):
    thread = make_thread(member, body="Buy cheap baclofen")
    scan(thread.posts.get())
    thread.refresh_from_db()
    assert thread.is_visible is False


def test_an_edit_that_removes_the_problem_withdraws_the_flag_and_closes_the_item(member, scan):
    post = make_reply(make_thread(), member, body="Big pharma")
    scan(post)
    forum_services.post_edit(post=post, editor=member, body="I was wrong, sorry.")
    scan(post)
    flag = Flag.objects.get(post=post)
    assert flag.state == Flag.State.WITHDRAWN
    item = ReviewItem.objects.get(post=post)
    assert item.state == ReviewItem.State.RESOLVED
    assert item.resolution == ReviewItem.Resolution.WITHDRAWN


def test_a_held_post_stays_in_the_queue_after_the_author_edits_it(member, scan):
    post = make_reply(make_thread(), member, body="Buy cheap pills")
    scan(post)
    forum_services.post_edit(post=post, editor=member, body="Never mind.")
    scan(post)
    post.refresh_from_db()
    assert post.is_held
    assert ReviewItem.objects.get(post=post).state == ReviewItem.State.OPEN


def test_an_edit_that_keeps_a_dismissed_match_does_not_reopen_it(member, moderator, scan):
    post = make_reply(make_thread(), member, body="Big pharma, they say")
    scan(post)
    services.item_approve(item=ReviewItem.objects.get(post=post), moderator=moderator)
    forum_services.post_edit(post=post, editor=member, body="Big pharma, they say (typo fix)")
    scan(post)
    assert ReviewItem.objects.get(post=post).state == ReviewItem.State.RESOLVED
    assert Flag.objects.get(post=post).state == Flag.State.DISMISSED


def test_an_edit_that_adds_a_new_match_reopens_the_item(member, moderator, scan):
    post = make_reply(make_thread(), member, body="Big pharma, they say")
    scan(post)
    services.item_approve(item=ReviewItem.objects.get(post=post), moderator=moderator)
    forum_services.post_edit(post=post, editor=member, body="Big pharma, they say. You idiot.")
    scan(post)
    item = ReviewItem.objects.get(post=post)
    assert item.state == ReviewItem.State.OPEN
    assert set(item.flags.filter(state="open").values_list("rule", flat=True)) == {"insult"}


def test_a_forced_rescan_after_disabling_a_rule_withdraws_its_flag(member, scan):
    post = make_reply(make_thread(), member, body="Big pharma")
    scan(post)
    Rule.objects.update_or_create(
        code="pharma-conspiracy", defaults={"category": "conspiracy", "enabled": False}
    )
    services.post_scan(post_id=post.pk, revision=post.revision, force=True)
    assert Flag.objects.get(post=post).state == Flag.State.WITHDRAWN
    assert Flag.objects.count() == 1


def test_the_sweep_finds_posts_whose_scan_is_due_but_leaves_very_recent_ones(member):
    old = make_reply(make_thread(), member, body="Saved while Redis was down")
    Post.objects.filter(pk=old.pk).update(created_at=old.created_at.replace(year=2020))
    fresh = make_reply(make_thread(), member, body="Just saved")
    due = services.pending_scan_ids(min_age_seconds=30)
    assert (old.pk, 1) in due
    assert all(pk != fresh.pk for pk, _ in due)


def test_removed_posts_are_not_scanned(member):
    post = make_reply(make_thread(), member, body="Big pharma")
    forum_services.post_delete_by_author(post=post, user=member)
    result = services.post_scan(post_id=post.pk, revision=1)
    assert result.outcome == "skipped"
    assert not Flag.objects.exists()
    assert services.pending_scan_ids(min_age_seconds=0) == [
        (p.pk, p.revision) for p in Post.objects.exclude(pk=post.pk)
        .filter(scanned_revision=0).order_by("pk")
    ]


def test_behaviour_a_new_account_posting_links_in_its_first_posts_is_flagged_as_spam(scan):
    newcomer = make_member()
    post = make_reply(make_thread(), newcomer, body="Great deals at https://pills.example/x")
    scan(post)
    flag = Flag.objects.get(post=post)
    assert (flag.category, flag.rule) == ("spam", "new-account-links")
    assert post.body[flag.spans[0][0]:flag.spans[0][1]] == "https://pills.example/x"
    post.refresh_from_db()
    assert post.is_held  # spam is held by default


def test_behaviour_links_from_an_established_member_are_not_spam(scan):
    from datetime import timedelta

    from django.utils import timezone

    regular = make_member(date_joined=timezone.now() - timedelta(days=400))
    post = make_reply(make_thread(), regular, body="The leaflet: https://example.org/leaflet")
    scan(post)
    assert not Flag.objects.exists()


def test_behaviour_the_same_text_in_several_threads_is_flagged_as_spam(scan):
    author = make_member()
    text = "Has anyone tried the new supplement that replaces baclofen entirely?"
    make_reply(make_thread(), author, body=text)
    second = make_reply(make_thread(), author, body=text.upper())
    scan(second)
    assert Flag.objects.get(post=second).rule == "duplicate-text"


def test_behaviour_rules_can_be_disabled_in_the_database(scan):
    Rule.objects.update_or_create(
        code="new-account-links",
        defaults={"kind": "behaviour", "category": "spam", "enabled": False},
    )
    post = make_reply(make_thread(), make_member(), body="See https://pills.example")
    scan(post)
    assert not Flag.objects.exists()
