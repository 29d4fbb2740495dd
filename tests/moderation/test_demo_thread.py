"""With the real engine: `make run`'s demo thread (the reader comments of seed 001).

Its conspiracy, misinformation and abuse comments are flagged; its helpful ones are not.
"""

from pathlib import Path

import pytest
from django.conf import settings

from forum.demo import COMMENTS_THREAD_TITLE, load_demo, parse_reader_comments
from forum.models import Post
from moderation import services
from moderation.models import Flag

SEED = Path(settings.REFERENCE_SOURCES) / "001_f8e60ad6e50877cf.txt"

# Comment index (0-based, in the seed's order) -> the categories that count as a correct flag.
MUST_FLAG = {
    4: {"conspiracy"},  # "invented by Big Pharma to keep disabled people docile"
    6: {"misinformation", "abuse"},  # "just for weak people ... cured with palm oil and prayer"
    10: {"misinformation", "abuse"},  # "giving up on healing ... body can heal itself"
    12: {"conspiracy"},  # "the CIA then weaponized it"
    13: {"misinformation", "abuse"},  # "stop numbing yourself with chemicals its not healing"
    16: {"abuse"},  # "stop complaining. You think you're special?"
}
# Experience, support, questions, careful advice: no flag of any kind.
MUST_NOT_FLAG = {0, 1, 3, 8, 9, 11, 14, 17}
# Warns against stopping cold turkey: never dangerous advice.
NOT_DANGEROUS = {15}

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_posts():
    if not SEED.exists():
        pytest.fail(f"The demo seed is missing at {SEED}", pytrace=False)
    comments = parse_reader_comments(SEED)
    assert len(comments) == 18
    load_demo(comments_path=SEED, log=lambda *a: None)
    posts = list(Post.objects.filter(thread__title=COMMENTS_THREAD_TITLE).order_by("position"))
    assert [p.body for p in posts] == [c.text for c in comments]
    for post in posts:
        services.post_scan(post_id=post.pk, revision=post.revision)
    return posts


def categories(post) -> set[str]:
    return set(Flag.objects.filter(post=post).values_list("category", flat=True))


@pytest.mark.parametrize("index", sorted(MUST_FLAG))
def test_harmful_demo_comments_are_flagged(demo_posts, index):
    found = categories(demo_posts[index])
    assert found & MUST_FLAG[index], (
        f"comment {index} ({demo_posts[index].body[:60]!r}) got {found or 'no flag'}"
    )


@pytest.mark.parametrize("index", sorted(MUST_NOT_FLAG))
def test_helpful_demo_comments_are_not_flagged(demo_posts, index):
    assert not categories(demo_posts[index]), demo_posts[index].body[:80]


@pytest.mark.parametrize("index", sorted(NOT_DANGEROUS))
def test_a_warning_against_stopping_cold_turkey_is_not_dangerous_advice(demo_posts, index):
    assert "dangerous_advice" not in categories(demo_posts[index])
