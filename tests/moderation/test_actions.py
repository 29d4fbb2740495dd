"""Moderator actions: each one is a conditional update with one audit entry when it changed."""

from datetime import timedelta

import pytest
from django.utils import timezone
from factories import make_member, make_reply, make_thread

from forum.models import Notification, Post
from forum.permissions import posting_block_reason
from moderation import services
from moderation.models import AuditEntry, ContextNote, Flag, ReviewItem, Sanction
from moderation.selectors import member_restriction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]


@pytest.fixture
def flagged(member, scan):
    """A visible post with an open conspiracy flag."""
    post = make_reply(make_thread(), member, body="Big pharma invented it")
    scan(post)
    return ReviewItem.objects.get(post=post)


@pytest.fixture
def held(member, scan):
    post = make_reply(make_thread(), member, body="Buy cheap baclofen, no prescription")
    scan(post)
    return ReviewItem.objects.get(post=post)


def audit_actions():
    return list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))


def test_approve_dismisses_the_flags_and_logs_it_once(flagged, moderator):
    assert services.item_approve(item=flagged, moderator=moderator) is True
    flagged.refresh_from_db()
    assert flagged.state == ReviewItem.State.RESOLVED
    assert flagged.resolution == ReviewItem.Resolution.APPROVED
    assert set(flagged.flags.values_list("state", flat=True)) == {Flag.State.DISMISSED}
    assert services.item_approve(item=flagged, moderator=moderator) is False
    assert audit_actions() == ["approve"]


def test_approve_releases_a_held_post(held, moderator):
    services.item_approve(item=held, moderator=moderator)
    held.post.refresh_from_db()
    assert held.post.status == Post.Status.VISIBLE


def test_approve_with_a_context_note_shows_a_note_with_a_reference_link(flagged, moderator):
    services.item_approve(item=flagged, moderator=moderator, note="Baclofen dates from 1962.",
                          reference_url="/reference/history/#origin",
                          reference_label="History")
    note = ContextNote.objects.get(post=flagged.post)
    assert (note.text, note.reference_url, note.author) == (
        "Baclofen dates from 1962.", "/reference/history/#origin", moderator
    )
    flagged.refresh_from_db()
    assert flagged.resolution == ReviewItem.Resolution.APPROVED_NOTE
    assert audit_actions() == ["approve_note"]


def test_remove_hides_the_post_with_its_reason_and_notifies_the_author(flagged, moderator,
                                                                       member):
    services.item_remove(item=flagged, moderator=moderator, reason="Conspiracy theory")
    post = Post.objects.get(pk=flagged.post_id)
    assert post.status == Post.Status.REMOVED_BY_MODERATOR
    assert post.removal_reason == "Conspiracy theory"
    assert set(Flag.objects.filter(item=flagged).values_list("state", flat=True)) == {
        Flag.State.CONFIRMED
    }
    notice = Notification.objects.get(user=member, kind=Notification.Kind.MODERATION)
    assert "Conspiracy theory" in notice.message
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.reason, entry.post_id) == (
        "remove", moderator, "Conspiracy theory", post.pk
    )


def test_remove_needs_a_reason(flagged, moderator):
    with pytest.raises(services.ModerationError):
        services.item_remove(item=flagged, moderator=moderator, reason="  ")
    assert not AuditEntry.objects.exists()


def test_removing_twice_logs_once(flagged, moderator):
    services.item_remove(item=flagged, moderator=moderator, reason="No")
    assert services.item_remove(item=flagged, moderator=moderator, reason="No") is False
    assert audit_actions() == ["remove"]


def test_edit_saves_a_new_revision_and_closes_the_item(flagged, moderator, member):
    services.item_edit(item=flagged, moderator=moderator, body="[Removed by a moderator]",
                       reason="Removed a conspiracy claim")
    post = Post.objects.get(pk=flagged.post_id)
    assert (post.body, post.revision) == ("[Removed by a moderator]", 2)
    flagged.refresh_from_db()
    assert flagged.resolution == ReviewItem.Resolution.EDITED
    assert audit_actions() == ["edit"]
    assert Notification.objects.filter(user=member, kind="moderation").exists()


def test_an_edit_that_changes_nothing_is_refused(flagged, moderator):
    with pytest.raises(services.ModerationError):
        services.item_edit(item=flagged, moderator=moderator, body=flagged.post.body,
                           reason="x")


def test_warn_records_a_warning_and_tells_the_member(flagged, moderator, member):
    services.member_warn(moderator=moderator, user=member, reason="Be kind", post=flagged.post)
    assert Sanction.objects.get().kind == Sanction.Kind.WARNING
    assert member_restriction(member) is None  # a warning does not stop posting
    assert Notification.objects.filter(user=member, message__contains="Be kind").exists()
    assert audit_actions() == ["warn"]


def test_a_suspended_member_cannot_post_until_it_ends(moderator, member):
    services.member_suspend(moderator=moderator, user=member, days=3, reason="Cool off")
    assert "suspended until" in posting_block_reason(member)
    Sanction.objects.update(ends_at=timezone.now() - timedelta(seconds=1))
    member.__dict__.pop("_moderation_restriction", None)
    assert member_restriction(member) is None


def test_suspension_length_is_bounded(moderator, member):
    with pytest.raises(services.ModerationError):
        services.member_suspend(moderator=moderator, user=member, days=0, reason="x")


def test_a_banned_member_cannot_log_in_or_post(client, moderator, member):
    from factories import PASSWORD

    assert services.member_ban(moderator=moderator, user=member, reason="Threats") is True
    member.refresh_from_db()
    assert member.is_active is False
    assert posting_block_reason(member) is not None
    assert member_restriction(member) == "Your account is banned from posting."
    assert not client.login(username=member.username, password=PASSWORD)
    assert services.member_ban(moderator=moderator, user=member, reason="again") is False
    assert audit_actions() == ["ban"]


def test_moderators_cannot_be_sanctioned_from_the_queue(moderator, second_moderator):
    for action in (services.member_warn, services.member_ban):
        with pytest.raises(services.ModerationError):
            action(moderator=moderator, user=second_moderator, reason="x")
    with pytest.raises(services.ModerationError):
        services.member_ban(moderator=moderator, user=moderator, reason="x")


def test_banning_a_spammer_bans_the_account_and_removes_all_its_posts(moderator, scan):
    spammer = make_member()
    posts = [make_reply(make_thread(), spammer, body=f"Buy cheap pills {n}") for n in range(3)]
    for post in posts:
        scan(post)
    innocent = make_reply(make_thread(), make_member(), body="Buy cheap? no.")
    removed = services.member_ban_spammer(moderator=moderator, user=spammer,
                                          post=posts[0])
    assert removed == 3
    assert set(Post.objects.filter(author=spammer).values_list("status", flat=True)) == {
        Post.Status.REMOVED_BY_MODERATOR
    }
    assert not ReviewItem.objects.filter(post__author=spammer, state="open").exists()
    spammer.refresh_from_db()
    assert spammer.is_active is False
    innocent.refresh_from_db()
    assert innocent.status == Post.Status.VISIBLE
    assert audit_actions().count("spam_ban") == 1


def test_a_claimed_item_cannot_be_claimed_or_worked_by_another_moderator(
    flagged, moderator, second_moderator
):
    assert services.item_claim(item=flagged, moderator=moderator) is True
    with pytest.raises(services.ModerationError, match="mod_maria"):
        services.item_claim(item=flagged, moderator=second_moderator)
    with pytest.raises(services.ModerationError):
        services.item_approve(item=flagged, moderator=second_moderator)
    assert services.item_approve(item=flagged, moderator=moderator) is True
    flagged.refresh_from_db()
    assert flagged.claimed_by is None  # resolving releases the claim


def test_a_stale_claim_can_be_taken_over(flagged, moderator, second_moderator):
    services.item_claim(item=flagged, moderator=moderator)
    ReviewItem.objects.update(claimed_at=timezone.now() - services.CLAIM_TTL - timedelta(1))
    assert services.item_claim(item=flagged, moderator=second_moderator) is True


def test_releasing_a_claim(flagged, moderator, second_moderator):
    services.item_claim(item=flagged, moderator=moderator)
    assert services.item_release_claim(item=flagged, moderator=second_moderator) is False
    assert services.item_release_claim(item=flagged, moderator=moderator) is True
    assert audit_actions() == ["claim", "release_claim"]


def test_bulk_approve_skips_items_claimed_by_someone_else(member, moderator, second_moderator,
                                                          scan):
    items = []
    for n in range(3):
        post = make_reply(make_thread(), member, body=f"Big pharma {n}")
        scan(post)
        items.append(ReviewItem.objects.get(post=post))
    services.item_claim(item=items[0], moderator=second_moderator)
    result = services.items_bulk(moderator=moderator, item_ids=[i.pk for i in items],
                                 action="approve")
    assert result["done"] == 2
    assert [pk for pk, _ in result["skipped"]] == [items[0].pk]


def test_bulk_remove_needs_a_reason(flagged, moderator):
    with pytest.raises(services.ModerationError):
        services.items_bulk(moderator=moderator, item_ids=[flagged.pk], action="remove")


def test_members_cannot_use_moderator_actions(flagged, other_member):
    with pytest.raises(services.ModerationError):
        services.item_approve(item=flagged, moderator=other_member)
    with pytest.raises(services.ModerationError):
        services.member_warn(moderator=other_member, user=flagged.post.author, reason="x")


def test_reports_join_the_same_item_as_automatic_flags(flagged, other_member):
    services.report_create(post=flagged.post, reporter=other_member, reason="conspiracy",
                           note="This is nonsense")
    assert ReviewItem.objects.count() == 1
    assert flagged.flags.count() == 2
    report = flagged.flags.get(source=Flag.Source.REPORT)
    assert (report.reporter, report.category, report.note) == (
        other_member, "conspiracy", "This is nonsense"
    )


def test_a_member_reports_a_post_once(member, other_member):
    post = make_reply(make_thread(), member, body="Hello")
    services.report_create(post=post, reporter=other_member, reason="spam")
    with pytest.raises(services.ModerationError):
        services.report_create(post=post, reporter=other_member, reason="abuse")
    with pytest.raises(services.ModerationError):
        services.report_create(post=post, reporter=member, reason="abuse")


def test_a_report_on_an_approved_post_reopens_its_item(flagged, moderator, other_member):
    services.item_approve(item=flagged, moderator=moderator)
    services.report_create(post=flagged.post, reporter=other_member, reason="other")
    flagged.refresh_from_db()
    assert flagged.state == ReviewItem.State.OPEN


def test_audit_entries_are_append_only(flagged, moderator):
    services.item_approve(item=flagged, moderator=moderator)
    entry = AuditEntry.objects.get()
    entry.reason = "rewritten"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()


def test_revoking_a_ban_reactivates_the_account(moderator, member):
    services.member_ban(moderator=moderator, user=member, reason="x")
    services.sanctions_revoke(moderator=moderator,
                              sanction_ids=list(Sanction.objects.values_list("pk", flat=True)))
    member.refresh_from_db()
    assert member.is_active
    assert audit_actions() == ["ban", "revoke"]
