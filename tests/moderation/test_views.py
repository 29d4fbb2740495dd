"""The moderation pages: who may see them, what they show, and how many queries they cost."""

import pytest
from django.urls import reverse
from factories import make_member, make_reply, make_thread

from forum.models import Post
from moderation import services
from moderation.models import AuditEntry, ContextNote, Flag, RescanJob, ReviewItem

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]


@pytest.fixture
def item(member, scan):
    post = make_reply(make_thread(title="Stopping baclofen"), member,
                      body="Just stop it cold turkey, you'll be fine")
    scan(post)
    return ReviewItem.objects.get(post=post)


PAGES = ["moderation:queue", "moderation:dashboard", "moderation:audit"]
ITEM_POSTS = ["claim", "release", "approve", "remove", "edit", "warn", "suspend", "ban",
              "spam_ban"]


# --- permissions -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_moderation_pages_send_anonymous_visitors_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", PAGES)
def test_moderation_pages_are_forbidden_to_ordinary_members(client, other_member, name):
    client.force_login(other_member)
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", PAGES)
def test_moderators_can_open_the_moderation_pages(client, moderator, name):
    client.force_login(moderator)
    assert client.get(reverse(name)).status_code == 200


def test_the_review_item_page_is_for_moderators_only(client, item, other_member, moderator):
    url = reverse("moderation:item", args=[item.pk])
    assert client.get(url).status_code == 302
    client.force_login(other_member)
    assert client.get(url).status_code == 403
    client.force_login(moderator)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("action", ITEM_POSTS)
def test_members_cannot_take_moderator_actions(client, item, other_member, action):
    url = reverse(f"moderation:{action}", args=[item.pk])
    assert client.post(url, {"remove-reason": "x", "reason": "x"}).status_code == 302  # login
    client.force_login(other_member)
    assert client.post(url, {"remove-reason": "x", "reason": "x"}).status_code == 403
    item.refresh_from_db()
    assert item.state == ReviewItem.State.OPEN
    assert not AuditEntry.objects.exclude(action="hold").exists()


@pytest.mark.parametrize("name", ["moderation:bulk", "moderation:rescan"])
def test_members_cannot_bulk_act_or_start_rescans(client, item, other_member, name):
    client.force_login(other_member)
    assert client.post(reverse(name), {"items": [item.pk], "action": "approve"}
                       ).status_code == 403
    assert not RescanJob.objects.exists()
    assert ReviewItem.objects.get().state == "open"


def test_the_moderation_link_shows_in_the_nav_for_moderators_only(client, moderator,
                                                                  other_member):
    client.force_login(other_member)
    assert reverse("moderation:queue") not in client.get("/").content.decode()
    client.force_login(moderator)
    assert reverse("moderation:queue") in client.get("/").content.decode()


# --- queue -----------------------------------------------------------------------------------


def test_the_queue_lists_open_items_by_severity_then_age(client, moderator, member, scan):
    low = make_reply(make_thread(), member, body="you idiot")
    high = make_reply(make_thread(), member, body="go cold turkey")
    older_medium = make_reply(make_thread(), member, body="big pharma")
    newer_medium = make_reply(make_thread(), member, body="big pharma too")
    for post in (low, high, older_medium, newer_medium):
        scan(post)
    client.force_login(moderator)
    page = client.get(reverse("moderation:queue")).context["page"]
    assert [i.post_id for i in page.object_list] == [
        high.pk, older_medium.pk, newer_medium.pk, low.pk
    ]


def test_the_queue_filters_by_category_and_state(client, moderator, member, scan):
    abuse = make_reply(make_thread(), member, body="you idiot")
    pharma = make_reply(make_thread(), member, body="big pharma")
    scan(abuse)
    scan(pharma)
    services.item_approve(item=ReviewItem.objects.get(post=pharma), moderator=moderator)
    client.force_login(moderator)
    url = reverse("moderation:queue")
    open_abuse = client.get(url, {"category": "abuse"}).context["page"].object_list
    assert [i.post_id for i in open_abuse] == [abuse.pk]
    assert not client.get(url, {"category": "conspiracy"}).context["page"].object_list
    resolved = client.get(url, {"state": "resolved"}).context["page"].object_list
    assert [i.post_id for i in resolved] == [pharma.pk]


def test_the_queue_page_costs_a_bounded_number_of_queries(
    client, moderator, scan, django_assert_max_num_queries
):
    for n in range(30):
        post = make_reply(make_thread(title=f"Thread {n}"), make_member(),
                          body=f"big pharma and you idiot {n}")
        scan(post)
    client.force_login(moderator)
    client.get(reverse("moderation:queue"))  # warm the session and permission caches
    with django_assert_max_num_queries(10):
        response = client.get(reverse("moderation:queue"))
    assert response.content.decode().count('class="queue-item"') == 30


def test_the_queue_shows_categories_and_links_to_the_item(client, moderator, item):
    client.force_login(moderator)
    html = client.get(reverse("moderation:queue")).content.decode()
    assert "Dangerous advice" in html
    assert reverse("moderation:item", args=[item.pk]) in html


# --- item page -------------------------------------------------------------------------------


def test_the_item_page_highlights_the_matched_span_and_links_the_reference(
    client, moderator, item, fake_facts
):
    client.force_login(moderator)
    html = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "<mark>cold turkey</mark>" in html
    assert 'href="/reference/withdrawal/#fact-no-abrupt-stop"' in html
    assert "The post matches" in html  # the flag's explanation


def test_the_item_page_escapes_the_post_source(client, moderator, member, scan):
    post = make_reply(make_thread(), member, body="<script>alert(1)</script> big pharma")
    scan(post)
    client.force_login(moderator)
    item = ReviewItem.objects.get(post=post)
    html = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>big pharma</mark>" in html


def test_the_item_page_shows_the_authors_history(client, moderator, member, item):
    services.member_warn(moderator=moderator, user=member, reason="Earlier rudeness")
    client.force_login(moderator)
    response = client.get(reverse("moderation:item", args=[item.pk]))
    assert response.context["detail"].history.post_count == 1
    assert "Earlier rudeness" in response.content.decode()


def test_the_item_page_shows_the_thread_context(client, moderator, member, scan):
    thread = make_thread(body="Opening question about doses")
    make_reply(thread, body="A kind answer")
    post = make_reply(thread, member, body="big pharma")
    scan(post)
    client.force_login(moderator)
    item = ReviewItem.objects.get(post=post)
    html = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "Opening question about doses" in html and "A kind answer" in html


def test_removing_through_the_web(client, moderator, item):
    client.force_login(moderator)
    response = client.post(reverse("moderation:remove", args=[item.pk]),
                           {"remove-reason": "Dangerous advice about stopping"})
    assert response.status_code == 302
    post = Post.objects.get(pk=item.post_id)
    assert post.status == Post.Status.REMOVED_BY_MODERATOR
    assert AuditEntry.objects.filter(action="remove", actor=moderator).exists()


def test_removing_without_a_reason_shows_the_form_again(client, moderator, item):
    client.force_login(moderator)
    response = client.post(reverse("moderation:remove", args=[item.pk]), {"remove-reason": ""})
    assert response.status_code == 400
    assert Post.objects.get(pk=item.post_id).status != Post.Status.REMOVED_BY_MODERATOR


def test_approving_with_a_note_through_the_web(client, moderator, item, monkeypatch):
    from moderation import forms

    monkeypatch.setattr(forms, "anchor_choices",
                        lambda: [("/reference/withdrawal/#stop", "Stopping baclofen")])
    client.force_login(moderator)
    client.post(reverse("moderation:approve", args=[item.pk]),
                {"note": "Never stop suddenly: taper with your doctor.",
                 "reference": "/reference/withdrawal/#stop"})
    note = ContextNote.objects.get()
    assert (note.reference_url, note.reference_label) == ("/reference/withdrawal/#stop",
                                                          "Stopping baclofen")


def test_a_note_links_only_to_offered_reference_anchors(client, moderator, item, monkeypatch):
    from moderation import forms

    monkeypatch.setattr(forms, "anchor_choices", lambda: [("/reference/a/#x", "X")])
    client.force_login(moderator)
    response = client.post(reverse("moderation:approve", args=[item.pk]),
                           {"note": "See this", "reference": "javascript:alert(1)"})
    assert response.status_code == 400
    assert not ContextNote.objects.exists()


def test_claiming_through_the_web_shows_who_works_the_item(client, moderator,
                                                           second_moderator, item):
    client.force_login(moderator)
    client.post(reverse("moderation:claim", args=[item.pk]))
    client.force_login(second_moderator)
    html = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "Claimed by <strong>mod_maria</strong>" in html
    assert f'action="/moderation/items/{item.pk}/remove/"' not in html
    client.post(reverse("moderation:remove", args=[item.pk]), {"remove-reason": "x"})
    assert Post.objects.get(pk=item.post_id).status != Post.Status.REMOVED_BY_MODERATOR


def test_bulk_actions_through_the_web(client, moderator, member, scan):
    posts = [make_reply(make_thread(), member, body=f"big pharma {n}") for n in range(3)]
    for post in posts:
        scan(post)
    client.force_login(moderator)
    ids = list(ReviewItem.objects.values_list("pk", flat=True))
    client.post(reverse("moderation:bulk"), {"items": ids[:2], "action": "remove",
                                             "reason": "Conspiracy"})
    assert Post.objects.filter(status="removed_by_moderator").count() == 2
    assert ReviewItem.objects.filter(state="open").count() == 1


def test_suspending_through_the_web(client, moderator, member, item):
    client.force_login(moderator)
    client.post(reverse("moderation:suspend", args=[item.pk]),
                {"suspend-days": 5, "suspend-reason": "Dangerous advice again"})
    assert member.sanctions.get().kind == "suspension"


# --- reports and the thread page -------------------------------------------------------------


def test_members_report_a_post_with_a_reason_and_note(client, member, other_member):
    post = make_reply(make_thread(), member, body="Something odd")
    client.force_login(other_member)
    url = reverse("moderation:report", args=[post.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "misinformation", "note": "Wrong dose"})
    assert response.status_code == 302
    flag = Flag.objects.get()
    assert (flag.source, flag.report_reason, flag.note) == ("report", "misinformation",
                                                            "Wrong dose")
    assert ReviewItem.objects.get().state == "open"


def test_reporting_needs_a_login_and_is_not_for_your_own_posts(client, member):
    post = make_reply(make_thread(), member, body="Mine")
    url = reverse("moderation:report", args=[post.pk])
    assert client.get(url).status_code == 302
    client.force_login(member)
    assert client.get(url).status_code == 404


def test_a_held_post_cannot_be_reported_by_someone_who_cannot_see_it(client, member,
                                                                     other_member, scan):
    post = make_reply(make_thread(), member, body="buy cheap pills")
    scan(post)
    client.force_login(other_member)
    assert client.get(reverse("moderation:report", args=[post.pk])).status_code == 404


def test_the_thread_page_shows_context_notes_to_everyone_and_report_links_to_members(
    client, member, other_member, moderator, item
):
    services.item_approve(item=item, moderator=moderator, note="Stopping suddenly is risky.",
                          reference_url="/reference/withdrawal/#stop",
                          reference_label="Stopping")
    thread_url = item.post.thread.get_absolute_url()
    html = client.get(thread_url).content.decode()
    assert "Stopping suddenly is risky." in html
    assert 'href="/reference/withdrawal/#stop"' in html
    assert reverse("moderation:report", args=[item.post_id]) not in html  # anonymous
    client.force_login(other_member)
    assert reverse("moderation:report", args=[item.post_id]) in client.get(thread_url
                                                                           ).content.decode()
    client.force_login(member)  # the author
    assert reverse("moderation:report", args=[item.post_id]) not in client.get(
        thread_url).content.decode()


def test_a_held_post_is_invisible_to_anonymous_readers(client, member, scan):
    thread = make_thread(title="Spasms at night")
    post = make_reply(thread, member, body="Buy cheap baclofen at our shop")
    scan(post)
    assert "Buy cheap baclofen" not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(member)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Buy cheap baclofen" in html and "awaiting review" in html


def test_post_annotations_cost_a_bounded_number_of_queries(member, moderator,
                                                           django_assert_max_num_queries):
    from moderation.selectors import post_annotations

    thread = make_thread()
    ids = [make_reply(thread, member, body=f"reply {n}").pk for n in range(20)]
    moderator.has_perm("moderation.moderate_posts")  # permission cache, as in a request
    with django_assert_max_num_queries(3):
        annotations = post_annotations(ids, user=moderator)
    assert set(annotations) == set(ids)


# --- dashboard, rescan, audit ----------------------------------------------------------------


def test_the_dashboard_shows_queue_size_median_review_time_and_rule_precision(
    client, moderator, member, scan
):
    first = make_reply(make_thread(), member, body="big pharma")
    second = make_reply(make_thread(), member, body="big pharma again")
    third = make_reply(make_thread(), member, body="you idiot")
    for post in (first, second, third):
        scan(post)
    services.item_remove(item=ReviewItem.objects.get(post=first), moderator=moderator,
                         reason="x")
    services.item_approve(item=ReviewItem.objects.get(post=second), moderator=moderator)
    client.force_login(moderator)
    response = client.get(reverse("moderation:dashboard"))
    stats = response.context["stats"]
    assert stats.queue_size == 1
    assert stats.median_review is not None
    precision = {row["rule"]: row["precision"] for row in stats.rule_precision}
    assert precision["pharma-conspiracy"] == 0.5
    assert precision["insult"] is None
    html = response.content.decode()
    assert "<svg" in html and "50%" in html


def test_a_rescan_started_from_the_dashboard_runs_and_reports_progress(
    client, moderator, member, django_capture_on_commit_callbacks
):
    posts = [make_reply(make_thread(), member, body=f"big pharma {n}") for n in range(5)]
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("moderation:rescan"))
    job = RescanJob.objects.get()
    assert job.state == RescanJob.State.DONE
    assert (job.processed, job.total, job.flagged) == (10, 10, 5)  # 5 openings + 5 replies
    assert Flag.objects.count() == len(posts)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("moderation:rescan"))
    assert RescanJob.objects.count() == 2
    assert Flag.objects.count() == len(posts)  # updated, not duplicated
    assert "Finished" in client.get(reverse("moderation:dashboard")).content.decode()


def test_a_second_rescan_is_not_started_while_one_runs(client, moderator):
    client.force_login(moderator)
    RescanJob.objects.create(state=RescanJob.State.RUNNING, total=10)
    client.post(reverse("moderation:rescan"))
    assert RescanJob.objects.count() == 1


def test_the_audit_log_can_be_filtered(client, moderator, second_moderator, item, member):
    services.member_warn(moderator=moderator, user=member, reason="Tone")
    services.item_remove(item=item, moderator=second_moderator, reason="Dangerous")
    client.force_login(moderator)
    url = reverse("moderation:audit")
    everything = client.get(url).context["page"].object_list
    assert [e.action for e in everything][:2] == ["remove", "warn"]
    only_removals = client.get(url, {"action": "remove"}).context["page"].object_list
    assert [e.actor_name for e in only_removals] == ["mod_nils"]
    by_maria = client.get(url, {"actor": "mod_maria"}).context["page"].object_list
    assert [e.action for e in by_maria] == ["warn"]


def test_the_item_page_costs_a_bounded_number_of_queries(
    client, moderator, member, scan, fake_facts, django_assert_max_num_queries
):
    thread = make_thread()
    for n in range(10):
        make_reply(thread, member, body=f"earlier reply {n}")
    post = make_reply(thread, member, body="go cold turkey, big pharma, idiot")
    scan(post)
    for _ in range(5):
        services.report_create(post=post, reporter=make_member(), reason="abuse")
    client.force_login(moderator)
    url = reverse("moderation:item", args=[ReviewItem.objects.get(post=post).pk])
    client.get(url)
    with django_assert_max_num_queries(18):
        assert client.get(url).status_code == 200
