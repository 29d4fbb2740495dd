"""Text normalisation with an offset map back to the source.

Detectors never look at the raw post: they look at `Normalized.text`, which is

* lower-cased, with accents stripped and compatibility forms folded (NFKD: fullwidth letters,
  mathematical bold, ligatures, enclosed letters);
* free of zero-width and other invisible format characters (U+200B, U+FEFF, soft hyphen, ...);
* free of homoglyphs: Cyrillic and Greek letters that look like Latin ones become Latin ones;
* typographic punctuation folded to ASCII (curly quotes and apostrophes, dashes, ellipsis);
* emoji, symbols and letters of other scripts replaced one for one by U+001A (SUB), the euro
  sign excepted, so that the text is Latin-1 only;
* whitespace collapsed: any run of whitespace becomes one space, or one newline if it held a
  newline (paragraphs and Markdown quote lines stay visible to the sentence splitter);
* de-leeted inside words that start and end with a letter (``b4cl0fen``, ``c0ld``, ``turk3y``,
  ``b@clofen``); numbers and number-unit tokens (``20mg``, ``3x``) are left alone.

Every character of the normalised text remembers the index of the source character it came from,
so a span found in the normalised text maps back to a span of the original Markdown source.
The common case (ASCII text with single spaces) takes a fast path without a per-character loop.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that render as nothing (or nearly): dropped.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d"
    "\ufe0e\ufe0f\ufeff\uffa0"
)

# Letters from other scripts that look like Latin letters, and typographic punctuation.
_FOLD = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g",
    # Cyrillic upper case
    "А": "a", "В": "b", "Е": "e", "Ё": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ї": "i", "Ј": "j", "Ԁ": "d",
    "Ӏ": "l", "Һ": "h", "Ԛ": "q", "Ԝ": "w", "Ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ϲ": "c", "ω": "w", "γ": "y", "η": "n",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c",
    # Other look-alikes
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
    # Punctuation
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u0060": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
}  # fmt: skip

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Whitespace is handled in two steps. Length-preserving first (no offset map needed): tabs,
# carriage returns and the like become spaces, and a single line break inside a paragraph (a
# Markdown soft break) becomes a space unless the next line starts a quote, list or heading.
# Then runs of spaces are collapsed to one (this one needs the map, but is rare).
_WS_TABLE = str.maketrans("\t\r\f\v", "    ")
# A soft break: a newline after a non-newline, before a letter, digit, quote or bracket.
# (Patterns start with a literal or a character class so the regex engine skips ahead fast.)
_SOFT_BREAK = re.compile(r"\n(?<=[^\n]\n)(?=[a-z0-9\"'(])")
_SPACE_RUN = re.compile(r" {1,100000}")
# Leet is only undone inside word-like tokens that start and end with a letter.
# A leet word starts and ends with a letter, so it has a letter followed by a leet character
# (found from the leet character, which is rare, then one character back).
_LEET_HINT = re.compile(r"[013457@$](?<=[a-z].)")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")
_LEET_TABLE = str.maketrans("013457@$", "oieastas")


class _Edits:
    """One rewriting pass as a map from its output back to its input, in O(log edits) a look-up.

    `edits` are sorted, non-overlapping (start, end, replacement) in input coordinates. Copied
    text maps one to one; a replacement's characters all map to its first replaced character.
    """

    __slots__ = ("_out_starts", "_lengths", "_in_starts", "_in_ends")

    def __init__(self, edits: list[tuple[int, int, str]]) -> None:
        self._out_starts: list[int] = []
        self._lengths: list[int] = []
        self._in_starts: list[int] = []
        self._in_ends: list[int] = []
        shift = 0
        for start, end, replacement in edits:
            self._out_starts.append(start + shift)
            self._lengths.append(len(replacement))
            self._in_starts.append(start)
            self._in_ends.append(end)
            shift += len(replacement) - (end - start)

    def back(self, index: int) -> int:
        k = bisect.bisect_right(self._out_starts, index) - 1
        if k < 0:
            return index
        inside = index - self._out_starts[k]
        if inside < self._lengths[k]:
            return self._in_starts[k]
        return self._in_ends[k] + inside - self._lengths[k]


@dataclass(frozen=True)
class Normalized:
    """Normalised text and the way back from each of its characters to the source."""

    source: str
    text: str
    # The rewriting passes that produced `text`, first to last; empty: the identity map.
    passes: tuple[_Edits, ...] = ()

    def source_index(self, index: int) -> int:
        if index >= len(self.text):
            return len(self.source) if self.passes else index
        for rewrite in reversed(self.passes):
            index = rewrite.back(index)
        return index

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that produced text[start:end]."""
        if end <= start:
            pos = self.source_index(start)
            return pos, pos
        if not self.passes:
            return start, end
        return self.source_index(start), self.source_index(end - 1) + 1


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    category = unicodedata.category(ch)
    if category == "Cf" or category == "Mn" or category == "Me":
        return ""
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    decomposed = unicodedata.normalize("NFKD", ch)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = "".join(_FOLD.get(c, c) for c in out).lower()
    # Emoji, symbols and letters of other scripts become SUB, one for one: no pattern names them
    # (to a pattern, both are neither letters nor spaces), and a text of Latin-1 characters only
    # is matched by the regex engine's one-byte code, much faster than its four-byte one. The
    # euro sign is the exception, which the spam patterns name.
    if out.isascii():
        return out
    return "".join(c if c <= "\xff" or c == "\u20ac" else "\x1a" for c in out)


def _rewrite(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, _Edits]:
    """Apply sorted, non-overlapping (start, end, replacement) edits; return the new text and
    the map back."""
    pieces: list[str] = []
    pos = 0
    for start, end, replacement in edits:
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), _Edits(edits)


def _fold_non_ascii(text: str) -> tuple[str, _Edits | None]:
    edits = []
    for match in _NON_ASCII.finditer(text):
        start = match.start()
        for i, ch in enumerate(match.group()):
            folded = _fold_char(ch)
            if folded != ch:
                edits.append((start + i, start + i + 1, folded))
    if not edits:
        return text, None
    return _rewrite(text, edits)


def _soft_breaks(text: str) -> str:
    """Single line breaks inside a paragraph become spaces (same length, no map needed)."""
    if ">" in text:  # keep quote lines apart from the reply that follows them
        return text
    return _SOFT_BREAK.sub(" ", text)


def _collapse_whitespace(text: str) -> tuple[str, _Edits | None]:
    if "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = text.translate(_WS_TABLE)
    if "\n" in text:
        text = _soft_breaks(text)
    if "  " not in text and " \n" not in text and "\n " not in text:
        return text, None
    # A run of spaces next to a line break is dropped; any other run of two or more becomes
    # one space; a single space between words stays.
    edits = []
    size = len(text)
    for m in _SPACE_RUN.finditer(text):
        start, end = m.span()
        if (start > 0 and text[start - 1] == "\n") or (end < size and text[end] == "\n"):
            edits.append((start, end, ""))
        elif end - start > 1:
            edits.append((start, end, " "))
    if not edits:
        return text, None
    return _rewrite(text, edits)


def _undo_leet(text: str) -> str:
    pieces = []
    pos = 0
    for hint in _LEET_HINT.finditer(text):
        if hint.start() - 1 < pos:
            continue
        # The token around the hint: letters, digits, @ and $, at most 40 characters each way.
        start = hint.start() - 1
        floor = max(0, start - 40)
        while start > floor and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        end = hint.end()
        ceiling = min(len(text), end + 40)
        while end < ceiling and text[end] in _TOKEN_CHARS:
            end += 1
        token = text[start:end]
        if start < pos or not (token[0].isalpha() and token[-1].isalpha()):
            continue
        if (start > 0 and text[start - 1] in _TOKEN_CHARS) or (end < len(text) and text[end] in _TOKEN_CHARS):
            continue  # longer than 40 characters: not a word
        pieces.append(text[pos:start])
        pieces.append(token.translate(_LEET_TABLE))
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def normalize(source: str) -> Normalized:
    """Normalise a post for matching; see the module docstring for what that means."""
    passes: list[_Edits] = []
    text = source
    if not text.isascii():
        text, folded = _fold_non_ascii(text)
        if folded is not None:
            passes.append(folded)
    lowered = text.lower()
    if len(lowered) == len(text):
        text = lowered
    else:  # a few non-ASCII letters change length when lower-cased: do those one by one
        edits = [(i, i + 1, ch.lower()) for i, ch in enumerate(text) if len(ch.lower()) != 1]
        text, lowered_map = _rewrite(text, edits)
        passes.append(lowered_map)
        text = text.lower()
    text, collapsed = _collapse_whitespace(text)
    if collapsed is not None:
        passes.append(collapsed)
    text = _undo_leet(text)
    return Normalized(source=source, text=text, passes=tuple(passes) if text else ())


def normalize_phrase(phrase: str) -> str:
    """Normalise a moderator-authored phrase the same way posts are, trimmed."""
    return normalize(phrase).text.strip()
