"""Turning search results into safe, highlighted snippets."""

import re

from django.utils.html import escape

MARK_START, MARK_END = "\x02", "\x03"


def marked_to_html(marked: str) -> str:
    """PostgreSQL's headline marks matches with control characters: escape everything else."""
    return escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def highlight_plain(text: str, query: str, *, width: int = 220) -> str:
    """A snippet around the first match of any query word, escaped, matches in <mark>."""
    words = [w for w in query.split() if len(w) > 1][:8]
    text = " ".join(text.split())
    if not words:
        return escape(text[:width])
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    found = pattern.search(text)
    start = max(0, found.start() - width // 3) if found else 0
    window = text[start : start + width]
    pieces, last = [], 0
    for match in pattern.finditer(window):
        pieces.append(escape(window[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + width < len(text) else ""
    return prefix + "".join(pieces) + suffix
