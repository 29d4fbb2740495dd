from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import AccountDeleteForm, PostEditForm, PostForm, ProfileForm, SearchForm, ThreadForm
from .models import Category, Notification, Post
from .permissions import can_delete_post, can_edit_post, is_moderator, posting_block_reason
from .search import highlight_plain, marked_to_html


def home(request):
    return render(
        request,
        "forum/home.html",
        {
            "categories": selectors.all_categories(),
            "latest_threads": selectors.latest_threads(user=request.user),
        },
    )


def category_detail(request, slug):
    category = get_object_or_404(Category, slug=slug)
    paginator = Paginator(
        selectors.category_threads(user=request.user, category=category),
        settings.FORUM_THREADS_PER_PAGE,
    )
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "forum/category.html", {"category": category, "page": page})


def thread_detail(request, pk, slug=None):
    thread = selectors.get_thread_or_404(request.user, pk)
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 1
    page = selectors.thread_page(user=request.user, thread=thread, number=number)
    from moderation.selectors import post_annotations

    return render(
        request,
        "forum/thread.html",
        {
            "thread": thread,
            "page": page,
            "annotations": post_annotations([p.pk for p in page.posts], user=request.user),
            "reply_form": PostForm(),
            "block_reason": posting_block_reason(request.user),
        },
    )


def post_permalink(request, pk):
    post = selectors.get_post_or_404(request.user, pk)
    page = selectors.page_for_position(post.position)
    url = post.thread.get_absolute_url()
    if page > 1:
        url += f"?page={page}"
    return HttpResponseRedirect(f"{url}#post-{post.pk}")


@login_required
def thread_create(request, slug=None):
    initial = {}
    if slug:
        initial["category"] = get_object_or_404(Category, slug=slug)
    block_reason = posting_block_reason(request.user)
    form = ThreadForm(request.POST or None, initial=initial)
    if request.method == "POST" and block_reason is None and form.is_valid():
        try:
            thread = services.thread_create(author=request.user, **form.cleaned_data)
        except services.ForumError as error:
            form.add_error(None, str(error))
        else:
            return redirect(thread)
    return render(
        request, "forum/thread_form.html", {"form": form, "block_reason": block_reason}
    )


@login_required
def post_reply(request, pk):
    thread = selectors.get_thread_or_404(request.user, pk)
    block_reason = posting_block_reason(request.user)
    quoted = None
    quote_id = request.GET.get("quote") or request.POST.get("quote")
    if quote_id and str(quote_id).isdigit():
        quoted = (
            Post.objects.visible_to(request.user)
            .filter(pk=int(quote_id), thread=thread, status=Post.Status.VISIBLE)
            .select_related("author__profile")
            .first()
        )
    if request.method == "POST":
        form = PostForm(request.POST)
        if block_reason is None and form.is_valid():
            try:
                post = services.post_create(
                    author=request.user, thread=thread, body=form.cleaned_data["body"],
                    quoted_post=quoted,
                )
            except services.ForumError as error:
                form.add_error(None, str(error))
            else:
                return redirect("forum:post", pk=post.pk)
    else:
        initial = {}
        if quoted is not None:
            quoted_lines = "\n".join(f"> {line}" for line in quoted.body.splitlines())
            initial = {"body": f"{quoted_lines}\n\n", "quote": quoted.pk}
        form = PostForm(initial=initial)
    return render(
        request,
        "forum/reply_form.html",
        {"thread": thread, "form": form, "quoted": quoted, "block_reason": block_reason},
    )


@login_required
def post_edit(request, pk):
    post = selectors.get_post_or_404(request.user, pk)
    if not can_edit_post(request.user, post):
        raise Http404("No such post.")
    form = PostEditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(post=post, editor=request.user, body=form.cleaned_data["body"])
        except services.ForumError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Your post was updated.")
            return redirect("forum:post", pk=post.pk)
    return render(request, "forum/post_edit.html", {"post": post, "form": form})


@login_required
@require_POST
def post_delete(request, pk):
    post = selectors.get_post_or_404(request.user, pk)
    if not can_delete_post(request.user, post):
        raise Http404("No such post.")
    services.post_delete_by_author(post=post, user=request.user)
    messages.success(request, "Your post was removed.")
    return redirect("forum:post", pk=post.pk)


def post_history(request, pk):
    post = selectors.get_post_or_404(request.user, pk)
    if post.is_removed and not is_moderator(request.user):
        raise Http404("No such post.")
    return render(
        request,
        "forum/post_history.html",
        {"post": post, "revisions": post.revisions.select_related("editor__profile")},
    )


@login_required
@require_POST
def post_helpful(request, pk):
    post = selectors.get_post_or_404(request.user, pk)
    try:
        services.helpful_toggle(post=post, user=request.user)
    except services.ForumError as error:
        messages.error(request, str(error))
    return redirect("forum:post", pk=post.pk)


@login_required
@require_POST
def thread_follow(request, pk):
    thread = selectors.get_thread_or_404(request.user, pk)
    if request.POST.get("action") == "unfollow":
        services.thread_unfollow(thread=thread, user=request.user)
        messages.success(request, "You no longer follow this thread.")
    else:
        services.thread_follow(thread=thread, user=request.user)
        messages.success(request, "You follow this thread: new replies appear in your notifications.")
    return redirect(thread)


@login_required
def notification_list(request):
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        return redirect("forum:notifications")
    page = Paginator(selectors.notifications_for(request.user), 30).get_page(
        request.GET.get("page")
    )
    return render(request, "forum/notifications.html", {"page": page})


@login_required
@require_POST
def notification_open(request, pk):
    notification = get_object_or_404(Notification, pk=pk, user=request.user)
    if notification.read_at is None:
        Notification.objects.filter(pk=pk).update(read_at=timezone.now())
    if notification.post_id:
        return redirect("forum:post", pk=notification.post_id)
    return redirect("forum:notifications")


def profile_detail(request, username):
    member = get_object_or_404(get_user_model(), username=username, is_active=True)
    return render(
        request,
        "forum/profile.html",
        {
            "member": member,
            "profile": getattr(member, "profile", None),
            "posts": selectors.member_posts(viewer=request.user, member=member),
        },
    )


@login_required
def profile_edit(request):
    profile = services.profile_for(request.user)
    initial = {
        "display_name": profile.display_name,
        "about": profile.about,
        "conditions": [c for c in profile.conditions.split(",") if c],
        "baclofen_duration": profile.baclofen_duration,
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, **form.cleaned_data)
        messages.success(request, "Your profile was saved.")
        return redirect("forum:profile", username=request.user.username)
    return render(request, "forum/profile_edit.html", {"form": form})


@login_required
def account_delete(request):
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.account_delete(user=user)
        messages.success(request, "Your account was deleted. Your posts remain, without your name.")
        return redirect("forum:home")
    return render(request, "forum/account_delete.html", {"form": form})


def search(request):
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    reference_hits = []
    page = None
    if query.strip():
        from reference.selectors import search_reference

        reference_hits = [
            {"hit": hit, "snippet": highlight_plain(hit.snippet, query)}
            for hit in search_reference(query, limit=5)
        ]
        results, is_marked = selectors.search_posts(user=request.user, query=query)
        page = Paginator(results, 20).get_page(request.GET.get("page"))
        for post in page.object_list:
            post.snippet_html = (
                marked_to_html(post.snippet) if is_marked else highlight_plain(post.body, query)
            )
    return render(
        request,
        "forum/search.html",
        {
            "form": form,
            "query": query,
            "query_prefix": urlencode({"q": query}),
            "page": page,
            "reference_hits": reference_hits,
        },
    )


def page_not_found(request, exception):
    return render(request, "404.html", status=404)
