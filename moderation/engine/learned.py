"""A small learned text classifier, OR-ed with the hand-written rules (detectors/learned.py).

The rules are precise but catch only about half of the harmful posts written by people they were
not tuned on; this model, trained on the labelled corpus, finds many of the others. It is a
linear model over the words of a post, one logistic regression per category:

    words    (?a)\\w+ runs of the engine-normalised text, Markdown quote lines (``> ...``) left
             out (someone else's words), each word counted once;
    vector   idf weight of every word the model knows, the vector scaled to length 1;
    logit    z_c = bias_c + sum_w idf_w * weight_wc / sqrt(sum_w idf_w ** 2);
    score    1 / (1 + exp(-z_c)), flagged when over the category's threshold.

The weights and thresholds live in text_model.json, written by scripts/train_text_model.py (which
needs scikit-learn; this module needs only the standard library). Scoring a post is a split into
words, a set, one dict lookup per distinct word and six sums, each a loop in C: about 25 us for a
700-character post on its own, about 45 us inside a scan (the rules have pushed the weights out of
the CPU caches by then).

    model = text_model()
    model.scores(text)            # {category: probability}
    model.flags(text)             # {category: probability} for categories over their threshold
    model.explain(text, category) # the sentence and the words that weigh most
"""

from __future__ import annotations

import json
import math
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("text_model.json")
TOKEN = re.compile(r"(?a)\w+")
_QUOTE_LINE = re.compile(r"(?m)^[ \t]*>.*$")
# Sentences for `explain` when the caller has none: runs up to . ! ? or a line break.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def without_quotes(text: str) -> str:
    """The text with its Markdown quote lines blanked out (same length, so offsets still hold)."""
    if ">" not in text:
        return text
    return _QUOTE_LINE.sub(lambda m: " " * len(m.group()), text)


# Every byte that is not [0-9A-Za-z_] becomes a space: split() then gives TOKEN's words, faster
# than the regex (text outside ASCII is encoded as "?", one byte per character).
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def _split_words(text: str) -> list[str]:
    """TOKEN.findall(text), faster."""
    return text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split()


def words(text: str) -> list[str]:
    """The words the model reads in a normalised text (training uses this too)."""
    return _split_words(without_quotes(text))


def idf(documents: int, document_frequency: int) -> float:
    """scikit-learn's smoothed idf, so the file can store whole-number document counts."""
    return math.log((1 + documents) / (1 + document_frequency)) + 1


@dataclass(frozen=True)
class Explanation:
    category: str
    # The sentence that contributes most (offsets into the normalised text).
    start: int
    end: int
    # The post's words that push the score up most, heaviest first.
    words: tuple[str, ...]


class TextModel:
    """Weights of the linear model, ready for scoring.

    `table` maps a word to (idf ** 2, idf * weight for each category): the squares sum to the
    vector's squared length, the products to the un-normalised logits.
    """

    def __init__(
        self,
        categories: Iterable[str],
        bias: Iterable[float],
        thresholds: dict[str, float | None],
        table: dict[str, tuple[float, ...]],
    ) -> None:
        self.categories = tuple(categories)
        self.bias = tuple(bias)
        self.thresholds = {c: thresholds.get(c) for c in self.categories}
        self.table = table
        # The same rows packed as bytes of doubles, for `logits`: one small object per word
        # instead of a tuple and six floats. Scanning a post otherwise evicts the table from the
        # CPU caches, and in the engine the lookups cost twice what they cost alone.
        self._width = 1 + len(self.categories)
        row_format = struct.Struct(f"{self._width}d")
        self._packed_rows = {word: row_format.pack(*row) for word, row in table.items()}
        # Compared as logits, so scoring a post that nothing flags needs no exp().
        self._logit_thresholds = tuple(
            math.inf if p is None else math.log(p / (1 - p)) for p in self.thresholds.values()
        )
        self._column = {c: i + 1 for i, c in enumerate(self.categories)}
        self._category_weights: dict[str, dict[str, float]] = {}

    def logits(self, text: str) -> tuple[float, ...]:
        # Each step loops in C: the split, the set, the lookups, the join, the column sums.
        rows = list(filter(None, map(self._packed_rows.get, set(words(text)))))
        if not rows:
            return self.bias
        matrix = memoryview(b"".join(rows)).cast("d")  # the post's rows, one after another
        width = self._width
        squared_length, *sums = [sum(matrix[column::width]) for column in range(width)]
        scale = 1.0 / math.sqrt(squared_length)
        return tuple([b + s * scale for b, s in zip(self.bias, sums, strict=True)])

    def scores(self, text: str) -> dict[str, float]:
        return {c: _sigmoid(z) for c, z in zip(self.categories, self.logits(text), strict=True)}

    def flags(self, text: str) -> dict[str, float]:
        """The categories whose score is over their threshold, with the score."""
        return {
            c: _sigmoid(z)
            for c, z, t in zip(self.categories, self.logits(text), self._logit_thresholds, strict=True)
            if z > t
        }

    def explain(
        self,
        text: str,
        category: str,
        sentences: Iterable[tuple[int, int]] | None = None,
        top: int = 3,
    ) -> Explanation:
        """Why `text` scores as it does for `category`: the sentence whose words add most to the
        logit (`sentences` are (start, end) spans of `text`; by default it is split at . ! ? and
        line breaks), and the `top` words of the post that add most."""
        weights = self._weights(category)
        weight = weights.get
        readable = without_quotes(text)
        post_words = set(_split_words(readable))
        heaviest = sorted((w for w in post_words if weight(w, 0.0) > 0), key=lambda w: (-weights[w], w))
        best, best_span = -math.inf, (0, 0)
        for start, end in sentences if sentences is not None else _sentence_spans(readable):
            sentence_words = set(_split_words(readable[start:end]))
            if not sentence_words:
                continue  # blank, or a quote line
            total = sum(map(weight, sentence_words, repeat(0.0)))
            if total > best:
                best, best_span = total, _strip(readable, start, end)
        return Explanation(category, *best_span, tuple(heaviest[:top]))

    def _weights(self, category: str) -> dict[str, float]:
        """Word -> idf * weight for one category, built on first use (for `explain`)."""
        weights = self._category_weights.get(category)
        if weights is None:
            column = self._column[category]
            weights = self._category_weights[category] = {w: row[column] for w, row in self.table.items()}
        return weights


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _SENTENCE.finditer(text))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_text_model(path: Path | str = MODEL_PATH) -> TextModel:
    """A model from the JSON file scripts/train_text_model.py writes."""
    with open(path, encoding="utf-8") as fh:
        return build_text_model(json.load(fh))


def build_text_model(spec: dict) -> TextModel:
    """A model from the parsed JSON: document counts become idf weights."""
    if spec["token_pattern"] != TOKEN.pattern:
        raise ValueError(f"model trained on {spec['token_pattern']!r} words, not {TOKEN.pattern!r}")
    documents = spec["documents"]
    table = {}
    for word, (document_frequency, *weights) in spec["features"].items():
        weight_idf = idf(documents, document_frequency)
        table[word] = (weight_idf * weight_idf, *(weight_idf * w for w in weights))
    return TextModel(spec["categories"], spec["bias"], spec["thresholds"], table)


_model: TextModel | None = None


def text_model() -> TextModel:
    """The model the engine uses, read from MODEL_PATH on first use."""
    global _model
    if _model is None:
        _model = read_text_model()
    return _model


def use_text_model(model: TextModel) -> None:
    """Make the engine use another model (to measure one trained without some writers)."""
    global _model
    _model = model
