from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from forum.permissions import is_moderator
from forum.selectors import get_post_or_404

from . import charts, selectors, services
from .forms import (
    ApproveForm,
    AuditFilterForm,
    BulkForm,
    EditForm,
    QueueFilterForm,
    ReasonForm,
    ReportForm,
    SuspendForm,
)
from .models import ReviewItem

QUEUE_PAGE_SIZE = 50


def moderator_required(view):
    """Anonymous visitors go to the login page; members who are not moderators get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_moderator(request.user):
            raise PermissionDenied("Moderators only.")
        return view(request, *args, **kwargs)

    return wrapper


# --- queue -----------------------------------------------------------------------------------


@moderator_required
def queue(request):
    form = QueueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    state = filters.get("state") or ReviewItem.State.OPEN
    items = selectors.review_queue(state=state, category=filters.get("category", ""))
    page = Paginator(items, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "moderation/queue.html",
                  {"form": form, "page": page, "state": state, "query": ""})


def _item_page(request, pk, status=200, **forms):
    detail = selectors.item_detail(pk)
    if detail is None:
        raise Http404("No such review item.")
    post = detail.item.post
    context = {
        "detail": detail,
        "item": detail.item,
        "post": post,
        "approve_form": ApproveForm(),
        "remove_form": ReasonForm(prefix="remove"),
        "edit_form": EditForm(initial={"body": post.body}, prefix="edit"),
        "warn_form": ReasonForm(prefix="warn"),
        "suspend_form": SuspendForm(prefix="suspend"),
        "ban_form": ReasonForm(prefix="ban"),
        "spam_form": ReasonForm(prefix="spam", initial={"reason": "Spam"}),
        "claimed_by_other": services.claim_holder(detail.item, request.user) is not None,
    }
    context.update(forms)
    return render(request, "moderation/item.html", context, status=status)


@moderator_required
def item_detail(request, pk):
    return _item_page(request, pk)


def _get_item(pk) -> ReviewItem:
    return get_object_or_404(ReviewItem.objects.select_related("post__author", "post__thread"),
                             pk=pk)


def _run(request, action, success: str, unchanged: str = "Nothing to do: already resolved."):
    """Call a service, turning its answer into a message; returns whether it succeeded."""
    try:
        changed = action()
    except services.ModerationError as error:
        messages.error(request, str(error))
        return False
    if changed:
        messages.success(request, success)
    else:
        messages.info(request, unchanged)
    return True


@moderator_required
@require_POST
def item_claim(request, pk):
    item = _get_item(pk)
    _run(request, lambda: services.item_claim(item=item, moderator=request.user),
         "You are working on this item; other moderators see it as claimed.",
         "You already hold this item.")
    return redirect("moderation:item", pk=pk)


@moderator_required
@require_POST
def item_release(request, pk):
    item = _get_item(pk)
    _run(request, lambda: services.item_release_claim(item=item, moderator=request.user),
         "Released: another moderator can take this item.", "You did not hold this item.")
    return redirect("moderation:queue")


@moderator_required
@require_POST
def item_approve(request, pk):
    item = _get_item(pk)
    form = ApproveForm(request.POST)
    if not form.is_valid():
        return _item_page(request, pk, status=400, approve_form=form)
    data = form.cleaned_data
    _run(request, lambda: services.item_approve(
        item=item, moderator=request.user, note=data["note"],
        reference_url=data["reference"], reference_label=data["reference_label"],
    ), "Approved." + (" The context note is shown under the post." if data["note"] else ""))
    return redirect("moderation:queue")


@moderator_required
@require_POST
def item_remove(request, pk):
    item = _get_item(pk)
    form = ReasonForm(request.POST, prefix="remove")
    if not form.is_valid():
        return _item_page(request, pk, status=400, remove_form=form)
    if _run(request, lambda: services.item_remove(
        item=item, moderator=request.user, reason=form.cleaned_data["reason"]
    ), "Removed; the author was notified."):
        return redirect("moderation:queue")
    return redirect("moderation:item", pk=pk)


@moderator_required
@require_POST
def item_edit(request, pk):
    item = _get_item(pk)
    form = EditForm(request.POST, prefix="edit")
    if not form.is_valid():
        return _item_page(request, pk, status=400, edit_form=form)
    if _run(request, lambda: services.item_edit(
        item=item, moderator=request.user, body=form.cleaned_data["body"],
        reason=form.cleaned_data["reason"],
    ), "Edited; the author was notified and the new text will be rescanned."):
        return redirect("moderation:queue")
    return _item_page(request, pk, status=400, edit_form=form)


def _member_action(request, pk, prefix, form_class, action, success):
    item = _get_item(pk)
    form = form_class(request.POST, prefix=prefix)
    if not form.is_valid():
        return _item_page(request, pk, status=400, **{f"{prefix}_form": form})
    _run(request, lambda: action(item, form.cleaned_data), success,
         "Nothing changed: the member already had this sanction.")
    return redirect("moderation:item", pk=pk)


@moderator_required
@require_POST
def member_warn(request, pk):
    return _member_action(
        request, pk, "warn", ReasonForm,
        lambda item, data: services.member_warn(
            moderator=request.user, user=item.post.author, reason=data["reason"], post=item.post
        ),
        "The author was warned.",
    )


@moderator_required
@require_POST
def member_suspend(request, pk):
    return _member_action(
        request, pk, "suspend", SuspendForm,
        lambda item, data: services.member_suspend(
            moderator=request.user, user=item.post.author, days=data["days"],
            reason=data["reason"], post=item.post,
        ),
        "The author is suspended.",
    )


@moderator_required
@require_POST
def member_ban(request, pk):
    return _member_action(
        request, pk, "ban", ReasonForm,
        lambda item, data: services.member_ban(
            moderator=request.user, user=item.post.author, reason=data["reason"], post=item.post
        ),
        "The author is banned.",
    )


@moderator_required
@require_POST
def member_spam_ban(request, pk):
    item = _get_item(pk)
    form = ReasonForm(request.POST, prefix="spam")
    if not form.is_valid():
        return _item_page(request, pk, status=400, spam_form=form)
    def ban_spammer():
        services.member_ban_spammer(
            moderator=request.user, user=item.post.author, reason=form.cleaned_data["reason"],
            post=item.post,
        )
        return True

    if _run(request, ban_spammer, "The account is banned and all its posts are removed."):
        return redirect("moderation:queue")
    return redirect("moderation:item", pk=pk)


@moderator_required
@require_POST
def bulk(request):
    form = BulkForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Select at least one item and an action.")
        return redirect("moderation:queue")
    try:
        result = services.items_bulk(
            moderator=request.user, item_ids=form.cleaned_data["items"],
            action=form.cleaned_data["action"], reason=form.cleaned_data["reason"],
        )
    except services.ModerationError as error:
        messages.error(request, str(error))
        return redirect("moderation:queue")
    messages.success(request, f"Done: {result['done']} item(s).")
    for item_id, why in result["skipped"]:
        messages.warning(request, f"Item {item_id} skipped: {why}")
    return redirect("moderation:queue")


# --- dashboard, audit ------------------------------------------------------------------------


@moderator_required
def dashboard(request):
    stats = selectors.dashboard_stats()
    return render(request, "moderation/dashboard.html", {
        "stats": stats,
        "chart": charts.flags_per_day(stats.days, stats.per_day),
        "precision": charts.precision_bars(stats.rule_precision),
    })


@moderator_required
@require_POST
def rescan_start(request):
    job, started = services.rescan_start(moderator=request.user)
    if started:
        messages.success(request, "Rescan started: progress is shown below.")
    else:
        messages.info(request, "A rescan is already running.")
    return redirect("moderation:dashboard")


@moderator_required
def audit(request):
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.audit_log(**{k: v for k, v in filters.items() if v})
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "moderation/audit.html", {"form": form, "page": page})


# --- members ---------------------------------------------------------------------------------


@login_required
def report(request, pk):
    post = get_post_or_404(request.user, pk)
    if post.author_id == request.user.pk or post.is_removed:
        raise Http404("No such post.")
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(post=post, reporter=request.user, **form.cleaned_data)
        except services.ModerationError as error:
            messages.info(request, str(error))
        else:
            messages.success(request, "Thank you: a moderator will look at this post.")
        return redirect("forum:post", pk=post.pk)
    return render(request, "moderation/report.html", {"post": post, "form": form})
