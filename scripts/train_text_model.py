"""Train the learned text classifier of the moderation engine and write its weights.

    pip install -e .[train]                     # scikit-learn, for training only
    python scripts/train_text_model.py          # -> moderation/engine/text_model.json

The output is committed: the site and the tests only read it (moderation/engine/learned.py,
standard library) and never need scikit-learn. Run this again after labelling more posts.

What it does, on every labelled corpus file (moderation/corpus/*.jsonl):

1. Reads each post as the engine does (normalised text, Markdown quote lines left out) and
   fits, per category, a logistic regression over the post's words: unigrams seen in at least 2
   posts, binary tf x idf, vectors scaled to length 1, C=10, classes balanced (liblinear, with
   a fixed seed: the same corpus gives the same file).
2. Chooses each category's threshold on honest scores: the corpus comes from a few groups of
   writers (WRITER_GROUPS), and each post is scored by a model trained without its group (the
   rules catch about half of the harmful posts by writers they were not tuned on; this is how
   the model fares on such writers too). Greedily, one step at a time, the threshold that gains
   the most F1 per step is lowered, as long as at most 1% of benign posts get any model flag.
   A category whose threshold cannot move is never flagged (threshold null).
3. Trains the final model on every post and writes the weights, rounded (it checks that every
   post's scores stay within 1e-6 of the unrounded ones).

`--groups orig,b1,b2,b3 --out /tmp/no_b4.json` trains without a group, for an honest measurement
on it: `python bench/moderation_quality.py --split blind4_dev,blind4_heldout --model /tmp/no_b4.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from moderation.engine.learned import MODEL_PATH, TOKEN, build_text_model, idf, words  # noqa: E402
from moderation.engine.model import CATEGORIES  # noqa: E402
from moderation.engine.normalize import normalize  # noqa: E402

CORPUS = ROOT / "moderation" / "corpus"
# Posts by the same writers go together: thresholds are chosen on scores for unseen writers.
WRITER_GROUPS = {
    "orig": ("dev", "heldout"),
    "b1": ("blind_dev", "blind_heldout"),
    "b2": ("blind2_dev", "blind2_heldout"),
    "b3": ("blind3_dev", "blind3_heldout"),
    "b4": ("blind4_dev", "blind4_heldout"),
    "b5": ("blind5",),
}
# Kept out of training for good: the test of how the rules and this model do on writers neither
# has seen (scored once when it was written; moderation/corpus/README.md).
NEVER_TRAINED_ON = ("blind6",)
MIN_POSTS_PER_WORD = 2
C = 10.0
BENIGN_BUDGET = 0.01
DECIMALS = 6
MAX_ROUNDING_ERROR = 1e-6


def load_posts(groups: list[str]) -> list[dict]:
    """Every post of the groups' corpus files, with its group and normalised text."""
    assigned = {split for splits in WRITER_GROUPS.values() for split in splits}
    unassigned = sorted(
        p.stem for p in CORPUS.glob("*.jsonl") if p.stem not in assigned and p.stem not in NEVER_TRAINED_ON
    )
    if unassigned:
        raise SystemExit(f"corpus files in no writer group (add them to WRITER_GROUPS): {unassigned}")
    posts = []
    for group in groups:
        for split in WRITER_GROUPS[group]:
            with (CORPUS / f"{split}.jsonl").open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        post = json.loads(line)
                        post["group"] = group
                        post["norm"] = normalize(post["text"]).text
                        posts.append(post)
    return posts


def labels(posts: list[dict]) -> np.ndarray:
    return np.array([[c in post["categories"] for c in CATEGORIES] for post in posts])


def fit(posts: list[dict]):
    """(vectorizer, weights as words x categories, biases) for the posts."""
    vectorizer = TfidfVectorizer(
        analyzer=words, binary=True, norm="l2", use_idf=True, smooth_idf=True, min_df=MIN_POSTS_PER_WORD
    )
    x = vectorizer.fit_transform([post["norm"] for post in posts])
    y = labels(posts)
    weights = np.zeros((x.shape[1], len(CATEGORIES)))
    bias = np.zeros(len(CATEGORIES))
    for j in range(len(CATEGORIES)):
        regression = LogisticRegression(
            C=C, class_weight="balanced", solver="liblinear", max_iter=5000, random_state=0
        )
        regression.fit(x, y[:, j])
        weights[:, j], bias[j] = regression.coef_[0], regression.intercept_[0]
    return vectorizer, weights, bias


def logits_for_unseen_writers(posts: list[dict], groups: list[str]) -> np.ndarray:
    """Each post's logits from a model trained on the other groups only."""
    logits = np.zeros((len(posts), len(CATEGORIES)))
    for group in groups:
        held_out = [i for i, post in enumerate(posts) if post["group"] == group]
        vectorizer, weights, bias = fit([post for post in posts if post["group"] != group])
        x = vectorizer.transform([posts[i]["norm"] for i in held_out])
        logits[held_out] = x @ weights + bias
    return logits


def choose_thresholds(logits: np.ndarray, y: np.ndarray, budget: float) -> list[float | None]:
    """Per-category logit thresholds (a post is flagged when its logit is above), greedily: start
    with nothing flagged; at each step take the move (down to the next 1, 2, 4, ... 32 distinct
    scores of one category) with the best F1 gain per step, while at most `budget` of the benign
    posts get any flag. None for a category that stays at its highest score."""
    benign = ~y.any(axis=1)
    candidates = [np.unique(logits[:, j])[::-1] for j in range(y.shape[1])]
    position = [0] * y.shape[1]
    thresholds = np.array([c[0] for c in candidates])

    def f1(j: int, threshold: float) -> float:
        flagged = logits[:, j] > threshold
        tp = (flagged & y[:, j]).sum()
        return 2 * tp / (flagged.sum() + y[:, j].sum()) if tp else 0.0

    def benign_flagged(trial: np.ndarray) -> float:
        return (logits[benign] > trial).any(axis=1).mean()

    while True:
        best = None
        for j in range(y.shape[1]):
            for step in (1, 2, 4, 8, 16, 32):
                k = position[j] + step
                if k >= len(candidates[j]):
                    break
                trial = thresholds.copy()
                trial[j] = candidates[j][k]
                if benign_flagged(trial) > budget:
                    break
                gain = (f1(j, trial[j]) - f1(j, thresholds[j])) / step
                if gain > 1e-12 and (best is None or gain > best[0]):
                    best = (gain, j, k)
        if best is None:
            break
        _, j, k = best
        position[j], thresholds[j] = k, candidates[j][k]
    return [None if position[j] == 0 else float(t) for j, t in enumerate(thresholds)]


def model_spec(posts, vectorizer, weights, bias, thresholds, groups, decimals) -> dict:
    document_frequency = np.asarray((vectorizer.transform([p["norm"] for p in posts]) > 0).sum(axis=0))[0]
    return {
        "about": "Written by scripts/train_text_model.py, read by moderation/engine/learned.py.",
        "token_pattern": TOKEN.pattern,
        "categories": list(CATEGORIES),
        "trained_on": {"groups": groups, "posts": len(posts), "C": C, "benign_budget": BENIGN_BUDGET,
                       "min_posts_per_word": MIN_POSTS_PER_WORD, "scikit_learn": sklearn.__version__},
        "documents": len(posts),
        "bias": [float(b) for b in bias],
        "thresholds": {  # as probabilities
            c: None if t is None else float(1 / (1 + np.exp(-t)))
            for c, t in zip(CATEGORIES, thresholds, strict=True)
        },
        "features": {
            word: [int(document_frequency[k]), *(round(float(w), decimals) for w in weights[k])]
            for word, k in sorted(vectorizer.vocabulary_.items())
        },
    }


def check(spec: dict, posts: list[dict], vectorizer, weights, bias) -> float:
    """The largest difference between the stored model's scores and scikit-learn's."""
    model = build_text_model(json.loads(json.dumps(spec)))
    x = vectorizer.transform([post["norm"] for post in posts])
    expected = 1 / (1 + np.exp(-(x @ weights + bias)))
    # The file stores document counts: the idf they give must be the vectorizer's.
    vocabulary = sorted(vectorizer.vocabulary_.items())
    stored = [idf(spec["documents"], spec["features"][word][0]) for word, _ in vocabulary]
    assert np.allclose(stored, [vectorizer.idf_[k] for _, k in vocabulary], rtol=0, atol=1e-12)
    found = np.array([[model.scores(post["norm"])[c] for c in CATEGORIES] for post in posts])
    return float(np.abs(found - expected).max())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", default=",".join(WRITER_GROUPS),
                        help=f"writer groups to train on ({', '.join(WRITER_GROUPS)})")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    groups = [g for g in args.groups.split(",") if g]
    if not groups or set(groups) - set(WRITER_GROUPS):
        parser.error(f"choose groups from {', '.join(WRITER_GROUPS)}")

    posts = load_posts(groups)
    print(f"{len(posts)} posts in groups {', '.join(groups)}")
    thresholds = choose_thresholds(logits_for_unseen_writers(posts, groups), labels(posts), BENIGN_BUDGET)
    vectorizer, weights, bias = fit(posts)
    spec = model_spec(posts, vectorizer, weights, bias, thresholds, groups, DECIMALS)
    error = check(spec, posts, vectorizer, weights, bias)
    if error > MAX_ROUNDING_ERROR:
        raise SystemExit(f"rounding moves a score by {error:.1e} (> {MAX_ROUNDING_ERROR}): raise DECIMALS")
    args.out.write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(spec['features'])} words); "
          f"largest score change from rounding {error:.1e}")
    for category, threshold in spec["thresholds"].items():
        print(f"  {category:<18} threshold {'never flagged' if threshold is None else f'{threshold:.3f}'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
