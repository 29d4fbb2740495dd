"""A real browser (Debian's Chromium via Playwright) walks a moderator through the queue."""

import re

import pytest
from factories import PASSWORD, make_member, make_moderator, make_reply, make_thread

from forum.models import Post
from moderation.models import AuditEntry, ContextNote

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DANGEROUS = "just stop it cold turkey, you'll be fine"


def log_in(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Login:").fill(username)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.I)).click()
    page.wait_for_url(re.compile(r"/$"))


def test_a_moderator_works_the_queue(live_server, page):
    base = live_server.url
    thread = make_thread(title="Coming off baclofen", body="How did you all stop?")
    odd = make_reply(thread, body="Baclofen is basically the same thing as gabapentin.")
    make_member("worried")
    make_member("reporter")
    make_moderator("mod_maria")

    # A member posts dangerous advice: it is scanned on commit and held for review.
    log_in(page, base, "worried")
    page.goto(f"{base}{thread.get_absolute_url()}")
    page.get_by_label("Your reply").fill(DANGEROUS)
    page.get_by_role("button", name="Post reply").click()
    page.get_by_text("awaiting review").first.wait_for()
    dangerous = Post.objects.get(body=DANGEROUS)
    assert dangerous.status == Post.Status.HELD

    # Another member reports a post that the scanner let through.
    reporter = page.context.browser.new_context()
    other = reporter.new_page()
    log_in(other, base, "reporter")
    other.goto(f"{base}{thread.get_absolute_url()}")
    assert DANGEROUS not in other.content()  # held: invisible to other members
    other.locator(f"#post-{odd.pk}").get_by_role("link", name="Report").click()
    other.get_by_label("False information about baclofen").check()
    other.get_by_label(re.compile("Anything the moderators should know")).fill("Not the same")
    other.get_by_role("button", name="Send report").click()
    other.get_by_text("a moderator will look at this post").wait_for()
    reporter.close()

    # The moderator opens the queue from the navigation: most severe first.
    page.context.clear_cookies()
    log_in(page, base, "mod_maria")
    page.get_by_role("link", name="Moderation").click()
    page.get_by_role("heading", name="Review queue").wait_for()
    rows = page.locator("tr.queue-item")
    assert rows.count() == 2
    assert "Dangerous advice" in rows.first.inner_text()

    # Review the dangerous post: flag, explanation, highlighted span; claim it, remove it.
    rows.first.get_by_role("link").click()
    page.get_by_role("heading", name="Flags and reports").wait_for()
    assert page.locator(".post-source mark").count() >= 1
    page.get_by_role("button", name="Claim this item").click()
    page.get_by_text("You are working on this item").wait_for()
    page.locator("#id_remove-reason").fill("Stopping baclofen suddenly can cause seizures")
    page.get_by_role("button", name="Remove the post").click()
    page.get_by_text("Removed; the author was notified.").wait_for()
    dangerous.refresh_from_db()
    assert dangerous.status == Post.Status.REMOVED_BY_MODERATOR

    # The reported post: approve it with a context note shown to everyone.
    assert page.locator("tr.queue-item").count() == 1
    page.locator("tr.queue-item").first.get_by_role("link").click()
    page.get_by_label(re.compile("Context note")).fill(
        "Baclofen and gabapentin are different medicines; see the reference."
    )
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("Nothing to review here.").wait_for()
    assert ContextNote.objects.filter(post=odd).exists()

    # The audit log shows both decisions.
    page.get_by_role("link", name="Audit log").click()
    page.get_by_role("heading", name="Audit log").wait_for()
    log = page.locator("table.audit-table").inner_text()
    assert "Removed" in log and "Stopping baclofen suddenly can cause seizures" in log
    assert "Approved with a context note" in log
    assert AuditEntry.objects.filter(actor__username="mod_maria").count() >= 3

    # The dashboard draws its charts without any external script.
    page.get_by_role("link", name="Dashboard").click()
    page.get_by_role("heading", name="Moderation dashboard").wait_for()
    assert page.locator("svg.chart").count() == 1
    assert page.locator("script").count() == 0

    # Readers see the removal and the note.
    page.context.clear_cookies()
    page.goto(f"{base}{thread.get_absolute_url()}")
    page.get_by_text("removed by a moderator: Stopping baclofen suddenly").wait_for()
    page.get_by_text("Baclofen and gabapentin are different medicines").wait_for()
