"""What is not reference content: site furniture, shop blocks, forms, reader comments.

Each rule returns a short reason; the parser records every dropped line with its reason so the
import can report what it removed and tests can check that nothing real was thrown away.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Line-level furniture: (reason, pattern over the stripped line, bullet removed).
LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("shop block", re.compile(r"^(doses|active ingredient|price)\s*:", re.I)),
    ("see-also link", re.compile(r"^see also\b", re.I)),
    ("share button", re.compile(
        r"^(facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|email|print|share)$",
        re.I)),
    ("comment form", re.compile(
        r"^(leave a (comment|reply)|post comment|submit comment|cancel reply)$"
        r"|your email address will not be published|required fields are marked", re.I)),
    ("site furniture", re.compile(r"sticky sidebar|^read more$|^advertisement$", re.I)),
    ("category/tags line", re.compile(r"^(category|categories|tags)\s*:", re.I)),
]

# Sentences that talk about the article rather than about baclofen.
META_SENTENCE = re.compile(
    r"\bwe will (explore|delve|discuss|provide|unpack|look)\b|^in this (blog post|article|guide)\b"
    r"|^get ready for\b|^this article digs\b",
    re.I,
)

# Headings whose whole section is furniture (the site shows its own disclaimer).
DROPPED_SECTIONS = re.compile(r"^(disclaimer|related posts?|you may also like|share this)\b", re.I)

# "Cameron Perry" / "June 29, 2023 AT 11:21I've been ..." : a reader comment starts here.
COMMENT_DATE = re.compile(
    r"^(?P<date>(January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{1,2}, \d{4} AT \d{1,2}:\d{2})\s*(?P<text>.*)$",
    re.I,
)

BULLET = "•·▪‣◦●○■□*"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BACLO_FEN = re.compile(r"\b(b)aclo[-\u2010\u2011\u00ad]\s?(fen)\b", re.I)


@dataclass(frozen=True)
class Comment:
    """A reader comment found after an article (kept for the forum's demo thread, not imported)."""

    author: str
    posted: str
    text: str


def normalise_text(text: str) -> str:
    """Unicode NFC, one kind of space, 'Baclo-fen' -> 'Baclofen', no zero-width characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _BACLO_FEN.sub(lambda m: m.group(1) + "aclofen", text)
    return "\n".join(_normalise_line(line) for line in text.split("\n"))


def _normalise_line(line: str) -> str:
    stripped = line.lstrip(" \t\u00a0")
    indent = len(line) - len(stripped)
    return " " * indent + _SPACES.sub(" ", stripped).rstrip()


def strip_bullet(line: str) -> str:
    return line.strip().lstrip(BULLET).strip()


def line_reason(line: str) -> str | None:
    """Why a line is furniture, or None if it may be content."""
    text = strip_bullet(line)
    if not text:
        return None
    for reason, pattern in LINE_RULES:
        if pattern.search(text):
            return reason
    return None


def find_comments(lines: list[str]) -> tuple[int | None, list[Comment]]:
    """Index of the first line of the reader comments (a name line followed by a date line)."""
    start = None
    for i in range(len(lines) - 1):
        name, nxt = lines[i].strip(), lines[i + 1].strip()
        if name and len(name.split()) <= 5 and not name.endswith((".", "?", "!", ":"))\
                and COMMENT_DATE.match(nxt):
            start = i
            break
    if start is None:
        return None, []
    comments: list[Comment] = []
    author = ""
    body = [line.strip() for line in lines[start:] if line.strip()]
    for index, line in enumerate(body):
        match = COMMENT_DATE.match(line)
        next_is_date = index + 1 < len(body) and bool(COMMENT_DATE.match(body[index + 1]))
        if match and author:
            comments.append(Comment(author=author, posted=match["date"], text=match["text"]))
            author = ""
        elif next_is_date and len(line.split()) <= 5:
            author = line
        elif comments:
            last = comments[-1]
            comments[-1] = Comment(last.author, last.posted, f"{last.text}\n{line}")
    return start, comments
