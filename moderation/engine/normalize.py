"""Text normalisation with an offset map back to the source.

Detectors never look at the raw post: they look at `Normalized.text`, which is

* lower-cased, with accents stripped and compatibility forms folded (NFKD: fullwidth letters,
  mathematical bold, ligatures, enclosed letters);
* free of zero-width and other invisible format characters (U+200B, U+FEFF, soft hyphen, ...);
* free of homoglyphs: Cyrillic and Greek letters that look like Latin ones become Latin ones;
* typographic punctuation folded to ASCII (curly quotes and apostrophes, dashes, ellipsis);
* whitespace collapsed: any run of whitespace becomes one space, or one newline if it held a
  newline (paragraphs and Markdown quote lines stay visible to the sentence splitter);
* de-leeted inside words that start and end with a letter (``b4cl0fen``, ``c0ld``, ``turk3y``,
  ``b@clofen``); numbers and number-unit tokens (``20mg``, ``3x``) are left alone.

Every character of the normalised text remembers the index of the source character it came from,
so a span found in the normalised text maps back to a span of the original Markdown source.
The common case (ASCII text with single spaces) takes a fast path without a per-character loop.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, the source index it came from."""

    source: str
    text: str
    # None means the identity map (the fast path); otherwise len(offsets) == len(text).
    offsets: list[int] | None

    def source_index(self, index: int) -> int:
        if self.offsets is None:
            return index
        if index >= len(self.offsets):
            return len(self.source)
        return self.offsets[index]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that produced text[start:end]."""
        if end <= start:
            pos = self.source_index(start)
            return pos, pos
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


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
    return out


def _rewrite(
    text: str, offsets: list[int] | None, edits: list[tuple[int, int, str]]
) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping (start, end, replacement) edits, carrying the offset map.

    A replacement's characters all map to the source index of the first replaced character.
    """
    pieces: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for start, end, replacement in edits:
        if start > pos:
            pieces.append(text[pos:start])
            new_offsets.extend(offsets[pos:start] if offsets is not None else range(pos, start))
        if replacement:
            pieces.append(replacement)
            origin = offsets[start] if offsets is not None else start
            new_offsets.extend([origin] * len(replacement))
        pos = end
    if pos < len(text):
        pieces.append(text[pos:])
        new_offsets.extend(offsets[pos:] if offsets is not None else range(pos, len(text)))
    return "".join(pieces), new_offsets


def _fold_non_ascii(text: str) -> tuple[str, list[int] | None]:
    edits = []
    for match in _NON_ASCII.finditer(text):
        start = match.start()
        for i, ch in enumerate(match.group()):
            folded = _fold_char(ch)
            if folded != ch:
                edits.append((start + i, start + i + 1, folded))
    if not edits:
        return text, None
    return _rewrite(text, None, edits)


def _soft_breaks(text: str) -> str:
    """Single line breaks inside a paragraph become spaces (same length, no map needed)."""
    if ">" in text:  # keep quote lines apart from the reply that follows them
        return text
    return _SOFT_BREAK.sub(" ", text)


def _collapse_whitespace(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    if "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = text.translate(_WS_TABLE)
    if "\n" in text:
        text = _soft_breaks(text)
    if "  " not in text and " \n" not in text and "\n " not in text:
        return text, offsets
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
        return text, offsets
    return _rewrite(text, offsets, edits)


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
    offsets: list[int] | None = None
    text = source
    if not text.isascii():
        text, offsets = _fold_non_ascii(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        text = lowered
    else:  # a few non-ASCII letters change length when lower-cased: do those one by one
        edits = [(i, i + 1, ch.lower()) for i, ch in enumerate(text) if len(ch.lower()) != 1]
        text, offsets = _rewrite(text, offsets, edits)
        text = text.lower()
    text, offsets = _collapse_whitespace(text, offsets)
    text = _undo_leet(text)
    return Normalized(source=source, text=text, offsets=offsets if offsets else None)


def normalize_phrase(phrase: str) -> str:
    """Normalise a moderator-authored phrase the same way posts are, trimmed."""
    return normalize(phrase).text.strip()
