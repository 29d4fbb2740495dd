"""Throughput of the moderation engine on one core.

    python bench/moderation_speed.py [--seconds 3]

1. Posts per second: the dev and held-out corpora (mixed categories and benign posts), plus
   longer posts made by joining several corpus posts into Markdown paragraphs up to 2,000
   characters, scanned in a loop with the default configuration, in a single thread. Two
   figures: posts scanned per second of CPU time of this process (time.process_time: what one
   core does, unaffected by other processes competing for the machine) and per second of
   wall-clock time (time.perf_counter), best of three rounds each.
2. Size scaling: the cost of scanning a 20,000-character post against a 1,000-character one,
   both made of the same mix of corpus paragraphs (so the density of candidate matches is the
   same), as the ratio of the best-of-N per-scan times. Linear cost would give 20x.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from moderation.engine import scan  # noqa: E402

CORPUS = ROOT / "moderation" / "corpus"


def corpus_texts() -> list[str]:
    texts = []
    for split in ("dev", "heldout"):
        with (CORPUS / f"{split}.jsonl").open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def build_posts(texts: list[str], rng: random.Random) -> list[str]:
    """The corpus posts plus as many joined posts of 300 to 2,000 characters."""
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


def posts_per_second(posts: list[str], seconds: float) -> tuple[float, float, float]:
    best_cpu = best_wall = 0.0
    total_chars = sum(len(p) for p in posts)
    for _ in range(3):
        scanned = 0
        start, start_cpu = time.perf_counter(), time.process_time()
        deadline = start + seconds / 3
        while time.perf_counter() < deadline:
            for post in posts:
                scan(post)
            scanned += len(posts)
        wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        best_wall = max(best_wall, scanned / wall)
        best_cpu = max(best_cpu, scanned / cpu)
    return best_cpu, best_wall, total_chars / len(posts)


def time_per_scan(text: str, repeat: int) -> float:
    """Best-of-5 CPU time of one scan."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(repeat):
            scan(text)
        best = min(best, (time.process_time() - start) / repeat)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args(argv)

    rng = random.Random(1)
    texts = corpus_texts()
    posts = build_posts(texts, rng)
    for post in posts[:50]:  # warm caches (compiled patterns, character folding)
        scan(post)
    cpu_rate, wall_rate, mean_len = posts_per_second(posts, args.seconds)
    print(f"{len(posts)} posts, mean {mean_len:.0f} chars, max 2,000 (corpus posts + joined posts)")
    print(f"posts/s per core (CPU time):  {cpu_rate:,.0f}  ({1000 / cpu_rate:.3f} ms/post)")
    print(f"posts/s (wall clock):         {wall_rate:,.0f}  (target: >= 2,000 posts/s)")

    small = [make_post(texts, 1_000, rng) for _ in range(5)]
    large = [make_post(texts, 20_000, rng) for _ in range(5)]
    t_small = sum(time_per_scan(t, 200) for t in small) / len(small)
    t_large = sum(time_per_scan(t, 10) for t in large) / len(large)
    print(f"1,000-char post: {1000 * t_small:.3f} ms; 20,000-char post: {1000 * t_large:.3f} ms")
    print(f"cost ratio 20k/1k: {t_large / t_small:.1f}x (target: <= 20x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
