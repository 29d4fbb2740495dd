"""Throughput of the moderation engine on one core.

    python bench/moderation_speed.py [--seconds 3] [--posts 1000]

1. Posts per second on mixed posts. The "mixed" posts imitate a forum: 70% are benign (one or
   more benign corpus posts joined as Markdown paragraphs, hard negatives included) and 30% are
   the same benign prose with one harmful corpus post inserted as a paragraph. Their lengths are
   spread log-uniformly from 100 to 2,000 characters (a forum has many short posts and few long
   ones; the mean is about 690 characters). Every post is distinct, and the engine keeps no
   cache between scans, so each scan is real work.
   The posts are scanned in a loop with the default configuration in a single thread, for
   several rounds; the figure is posts per second of CPU time of this process
   (time.process_time: what one core does, largely unaffected by other processes competing for
   the machine), best and median round. Wall-clock time is shown too.
   For comparison, the older "dense" mix is also timed: the corpus posts plus as many posts made
   by joining random corpus posts (about half of them moderation examples) up to 300-2,000
   characters, where nearly every paragraph is a moderation example.
2. Size scaling: the CPU time of scanning a 20,000-character post against a 1,000-character one,
   both made of the same mix of corpus paragraphs (so the density of candidate matches is the
   same), as the ratio of the per-scan times (best of several repeats, averaged over five posts
   of each size). Linear cost would give 20x.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from moderation.engine import scan  # noqa: E402

CORPUS = ROOT / "moderation" / "corpus"
MIN_LEN, MAX_LEN = 100, 2000
HARMFUL_SHARE = 0.3


def corpus_posts() -> list[dict]:
    posts = []
    for split in ("dev", "heldout"):
        with (CORPUS / f"{split}.jsonl").open(encoding="utf-8") as fh:
            posts.extend(json.loads(line) for line in fh if line.strip())
    return posts


def corpus_texts() -> list[str]:
    return [post["text"] for post in corpus_posts()]


def _target_length(rng: random.Random) -> int:
    """Log-uniform between MIN_LEN and MAX_LEN (many short posts, few long ones)."""
    return int(math.exp(rng.uniform(math.log(MIN_LEN), math.log(MAX_LEN))))


def build_mixed_posts(count: int, rng: random.Random) -> list[str]:
    """Distinct realistic posts: 70% benign prose, 30% benign prose plus one harmful paragraph."""
    posts = corpus_posts()
    benign = [p["text"] for p in posts if not p["categories"]]
    harmful = [p["text"] for p in posts if p["categories"]]
    built: list[str] = []
    seen: set[str] = set()
    while len(built) < count:
        target = _target_length(rng)
        parts = [rng.choice(harmful)] if rng.random() < HARMFUL_SHARE else []
        size = sum(len(p) + 2 for p in parts)
        while size < target:
            paragraph = rng.choice(benign)
            if parts and size + len(paragraph) > MAX_LEN:
                break
            parts.insert(rng.randint(0, len(parts)), paragraph)
            size += len(paragraph) + 2
        post = "\n\n".join(parts)[:MAX_LEN]
        if post not in seen:
            seen.add(post)
            built.append(post)
    return built


def build_dense_posts(texts: list[str], rng: random.Random) -> list[str]:
    """The older mix: the corpus posts plus as many joined posts of 300 to 2,000 characters."""
    posts = list(texts)
    for _ in range(len(texts)):
        target = rng.randint(300, 2000)
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < target:
            parts.append(rng.choice(texts))
        posts.append("\n\n".join(parts)[:2000])
    rng.shuffle(posts)
    return posts


def make_post(texts: list[str], size: int, rng: random.Random) -> str:
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < size:
        parts.append(rng.choice(texts))
    return "\n\n".join(parts)[:size]


def posts_per_second(posts: list[str], seconds: float, rounds: int) -> dict[str, float]:
    """Scan all posts repeatedly; per-round CPU and wall-clock rates."""
    cpu_rates, wall_rates = [], []
    for _ in range(rounds):
        scanned = 0
        start, start_cpu = time.perf_counter(), time.process_time()
        deadline = start_cpu + seconds / rounds
        while time.process_time() < deadline:
            for post in posts:
                scan(post)
            scanned += len(posts)
        wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        cpu_rates.append(scanned / cpu)
        wall_rates.append(scanned / wall)
    return {
        "cpu_best": max(cpu_rates),
        "cpu_median": statistics.median(cpu_rates),
        "wall_best": max(wall_rates),
    }


def time_per_scan(text: str, repeat: int, rounds: int = 7) -> float:
    """Best-of-`rounds` CPU time of one scan."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            scan(text)
        best = min(best, (time.process_time() - start) / repeat)
    return best


def _report(name: str, posts: list[str], rates: dict[str, float]) -> None:
    lengths = [len(p) for p in posts]
    print(
        f"{name}: {len(posts)} distinct posts, length mean {statistics.mean(lengths):.0f}, "
        f"median {statistics.median(lengths):.0f}, max {max(lengths):,} chars"
    )
    print(
        f"  posts/s on one core (CPU time): best {rates['cpu_best']:,.0f} "
        f"({1000 / rates['cpu_best']:.3f} ms/post), median {rates['cpu_median']:,.0f} "
        f"({1000 / rates['cpu_median']:.3f} ms/post)"
    )
    print(f"  posts/s (wall clock, best):     {rates['wall_best']:,.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per mix")
    parser.add_argument("--posts", type=int, default=1000, help="number of mixed posts")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    rng = random.Random(1)
    texts = corpus_texts()
    mixed = build_mixed_posts(args.posts, rng)
    dense = build_dense_posts(texts, random.Random(1))
    for post in mixed[:50]:  # warm up (first calls of each code path)
        scan(post)
    print("Method: single thread, default EngineConfig, no caching between scans; CPU time of")
    print(
        f"this process (time.process_time), {args.rounds} rounds of ~{args.seconds / args.rounds:.1f} "
        "CPU s each over every post; best and median round."
    )
    mixed_rates = posts_per_second(mixed, args.seconds, args.rounds)
    _report(
        f"mixed posts ({1 - HARMFUL_SHARE:.0%} benign, {HARMFUL_SHARE:.0%} with a harmful "
        f"paragraph, log-uniform {MIN_LEN}-{MAX_LEN:,} chars)",
        mixed,
        mixed_rates,
    )
    print("  target: >= 2,000 posts/s")
    dense_rates = posts_per_second(dense, args.seconds, args.rounds)
    _report("dense mix (every paragraph a moderation example, for comparison)", dense, dense_rates)

    small = [make_post(texts, 1_000, rng) for _ in range(5)]
    large = [make_post(texts, 20_000, rng) for _ in range(5)]
    t_small = sum(time_per_scan(t, 100) for t in small) / len(small)
    t_large = sum(time_per_scan(t, 5) for t in large) / len(large)
    print(
        "Size scaling (posts of corpus paragraphs, same density; best-of-7 CPU time per scan, "
        "mean of 5 posts each):"
    )
    print(f"  1,000-char post: {1000 * t_small:.3f} ms; 20,000-char post: {1000 * t_large:.3f} ms")
    print(f"  cost ratio 20k/1k: {t_large / t_small:.1f}x (target: <= 20x; linear = 20x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
