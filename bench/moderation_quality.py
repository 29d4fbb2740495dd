"""Detection quality of the moderation engine on the labelled corpus.

    python bench/moderation_quality.py                 # held-out split (the honest figure)
    python bench/moderation_quality.py --split dev     # the split the rules were written against
    python bench/moderation_quality.py --errors        # also list misclassified posts
    python bench/moderation_quality.py --split blind_heldout,blind2_heldout   # several at once
    python bench/moderation_quality.py --no-model      # the hand-written rules alone
    python bench/moderation_quality.py --model /tmp/no_b4.json   # another learned model's weights

A post counts as flagged for a category when `scan` returns at least one finding of that
category; precision, recall and F1 are computed per category over posts. "Benign flagged" is the
share of posts labelled with no category that get any finding at all.

The learned model (moderation/engine/learned.py) is trained on every corpus split, so its figures
on the corpus are training figures. For an honest figure on a group of writers, train without it
(scripts/train_text_model.py --groups ... --out FILE) and pass --model FILE.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from moderation.engine import CATEGORIES, EngineConfig, scan  # noqa: E402
from moderation.engine.detectors.learned import MODEL_RULE_CODES  # noqa: E402
from moderation.engine.learned import read_text_model, use_text_model  # noqa: E402

CORPUS = ROOT / "moderation" / "corpus"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    posts: int
    scores: dict[str, Score]
    benign: int
    benign_flagged: int
    errors: list[tuple[str, str, list[str], list[str]]]

    @property
    def benign_flagged_share(self) -> float:
        return self.benign_flagged / self.benign if self.benign else 0.0


def load(split: str) -> list[dict]:
    path = CORPUS / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict], config: EngineConfig | None = None) -> Report:
    scores = {category: Score() for category in CATEGORIES}
    benign = benign_flagged = 0
    errors = []
    for row in rows:
        expected = set(row["categories"])
        found = {f.category for f in scan(row["text"], config)}
        for category in CATEGORIES:
            if category in found and category in expected:
                scores[category].tp += 1
            elif category in found:
                scores[category].fp += 1
            elif category in expected:
                scores[category].fn += 1
        if not expected:
            benign += 1
            benign_flagged += bool(found)
        if found != expected:
            errors.append((row["id"], row["text"], sorted(expected), sorted(found)))
    return Report(len(rows), scores, benign, benign_flagged, errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = sorted(path.stem for path in CORPUS.glob("*.jsonl"))
    parser.add_argument(
        "--split",
        default="heldout",
        help=f"a split, or several joined by commas ({', '.join(splits)})",
    )
    parser.add_argument("--errors", action="store_true", help="list misclassified posts")
    parser.add_argument("--no-model", action="store_true", help="disable the learned model's rules")
    parser.add_argument("--model", help="score with this learned model file instead of the shipped one")
    args = parser.parse_args(argv)

    names = [name.strip() for name in args.split.split(",") if name.strip()]
    unknown = [name for name in names if name not in splits]
    if unknown or not names:
        parser.error(f"unknown split {', '.join(unknown) or '(none)'}; choose from {', '.join(splits)}")
    if args.model:
        use_text_model(read_text_model(args.model))
    config = EngineConfig(disabled=MODEL_RULE_CODES) if args.no_model else None
    report = evaluate([row for name in names for row in load(name)], config)
    model = "off" if args.no_model else (args.model or "on")
    print(f"split: {args.split} ({report.posts} posts, {report.benign} benign); learned model: {model}")
    print(f"{'category':<18}{'support':>8}{'precision':>11}{'recall':>8}{'F1':>7}")
    for category, s in report.scores.items():
        support = s.tp + s.fn
        print(f"{category:<18}{support:>8}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}")
    print(
        f"benign posts flagged: {report.benign_flagged}/{report.benign} "
        f"({100 * report.benign_flagged_share:.1f}%)"
    )
    if args.errors:
        print("\nmisclassified posts (expected -> found):")
        for post_id, text, expected, found in report.errors:
            short = " ".join(text.split())[:150]
            print(f"- {post_id}: {expected} -> {found}\n    {short}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
