"""Demo content for `make run`: realistic threads and the reader comments of seed document 001."""

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from . import services
from .models import Category, Post, Thread

COMMENT_DATE = re.compile(
    r"^(?P<date>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{1,2}, \d{4}) AT (?P<time>\d{2}:\d{2})(?P<text>.*)$"
)
# Commenters' names in the source look real: they are replaced by invented ones, in order.
PSEUDONYMS = [
    "spasm_warrior", "river_walker", "kombucha_kid", "new_mum_ms", "truth_seeker_88",
    "wheels_and_dignity", "ginger_and_massage", "kidney_worried", "gaba_question",
    "pharmacist_friend", "heal_yourself", "careful_reader", "chemical_calm", "trauma_talk",
    "space_to_breathe", "er_survivor", "walk_10km", "article_author",
]
COMMENTS_THREAD_TITLE = "Reader stories: living with baclofen"


@dataclass
class Comment:
    author: str
    posted_at: datetime
    text: str


def parse_reader_comments(path: Path) -> list[Comment]:
    """The comments follow the article: a name line, then 'Month d, yyyy AT hh:mm' + the text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = []
    for index, line in enumerate(lines):
        match = COMMENT_DATE.match(line.strip())
        if match and index > 0:
            posted_at = datetime.strptime(
                f"{match['date']} {match['time']}", "%B %d, %Y %H:%M"
            ).replace(tzinfo=UTC)
            comments.append(Comment(lines[index - 1].strip(), posted_at, match["text"].strip()))
    return comments


DEMO_THREADS = [
    (
        "starting-baclofen",
        "First week on 5 mg three times a day: so sleepy",
        "member",
        [
            "Started baclofen on Monday for MS spasticity, 5 mg three times a day as my neuro "
            "suggested. The spasms at night are already better but I'm falling asleep at my desk. "
            "Does the drowsiness wear off?",
            "It did for me after about two weeks. Taking the middle dose with lunch instead of "
            "mid-morning helped. Mention it to your neuro if it doesn't settle, they may adjust "
            "the timing.",
        ],
    ),
    (
        "dosing-and-tapering",
        "How slowly did your doctor taper you?",
        "moderator",
        [
            "My consultant wants to bring me down from 60 mg a day because of dizziness. "
            "For those who tapered: how long did it take, and what did you notice?",
            "Mine went down 5 mg every few days over about a month, all planned with the clinic. "
            "Never just stop it: withdrawal can cause seizures and hallucinations.",
        ],
    ),
    (
        "intrathecal-pumps",
        "Pump refill day tips",
        "member",
        [
            "Got my intrathecal pump six months ago. Refill appointments make me nervous. Any "
            "tips for the day itself? And do you keep the pump alarm info card with you?",
        ],
    ),
    (
        "caregivers-and-children",
        "My son (CP) just started liquid baclofen",
        "moderator",
        [
            "Our 7-year-old with cerebral palsy started liquid baclofen, dose based on his "
            "weight. He's a bit floppy in the afternoons. Is that common at the start?",
        ],
    ),
]


def _user(username: str, *, email: str | None = None):
    from allauth.account.models import EmailAddress

    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username, defaults={"email": email or f"{username}@demo.invalid"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    if email:
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    services.profile_for(user)
    return user


def _account(username: str, email: str, display_name: str) -> tuple[object, str]:
    """A demo login with a fresh password, printed for the person running the demo."""
    user = _user(username, email=email)
    password = secrets.token_urlsafe(9)
    user.set_password(password)
    user.save(update_fields=["password"])
    profile = services.profile_for(user)
    if not profile.display_name:
        profile.display_name = display_name
        profile.save(update_fields=["display_name"])
    return user, password


@transaction.atomic
def load_demo(*, comments_path: Path | None, log=print) -> dict:
    moderator, moderator_password = _account("demo_moderator", "moderator@demo.invalid", "Sam (moderator)")
    moderator.is_staff = True
    moderator.save(update_fields=["is_staff"])
    group, _ = Group.objects.get_or_create(name="Moderators")
    moderator.groups.add(group)
    member, member_password = _account("demo_member", "member@demo.invalid", "Alex")
    people = {"member": member, "moderator": moderator}
    created_threads = 0

    for slug, title, starter, bodies in DEMO_THREADS:
        category = Category.objects.get(slug=slug)
        if Thread.objects.filter(category=category, title=title).exists():
            continue
        thread = services.thread_create(
            author=people[starter], category=category, title=title, body=bodies[0]
        )
        replier = moderator if starter == "member" else member
        for body in bodies[1:]:
            services.post_create(author=replier, thread=thread, body=body)
        created_threads += 1

    imported_comments = 0
    if comments_path is not None and comments_path.exists():
        category = Category.objects.get(slug="living-with-spasticity")
        if not Thread.objects.filter(category=category, title=COMMENTS_THREAD_TITLE).exists():
            comments = parse_reader_comments(comments_path)
            authors = {}
            for comment in comments:
                if comment.author not in authors:
                    authors[comment.author] = _user(PSEUDONYMS[len(authors) % len(PSEUDONYMS)])
            thread = None
            for comment in comments:
                author = authors[comment.author]
                if thread is None:
                    thread = services.thread_create(
                        author=author, category=category, title=COMMENTS_THREAD_TITLE,
                        body=comment.text,
                    )
                    post = thread.posts.get(position=1)
                else:
                    post = services.post_create(author=author, thread=thread, body=comment.text)
                # Keep the comments' own dates so the thread reads as it happened.
                Post.objects.filter(pk=post.pk).update(created_at=comment.posted_at)
                imported_comments += 1
            if thread is not None:
                Thread.objects.filter(pk=thread.pk).update(
                    created_at=comments[0].posted_at, last_activity_at=comments[-1].posted_at
                )
            created_threads += 1
    return {
        "threads_created": created_threads,
        "comments_imported": imported_comments,
        "moderator": ("demo_moderator", moderator_password),
        "member": ("demo_member", member_password),
    }
