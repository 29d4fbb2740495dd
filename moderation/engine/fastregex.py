"""Regex construction that the standard `re` engine runs fast, with the same matches.

Python's `re` tries an alternation's branches one after the other at every position of the
text. Branches that start with the same literal character are grouped behind it
("stop|quit|stopping" -> "s(?:top|topping)|quit"), so that at most positions one comparison
per group, not one per branch, rejects them; the same goes, down the shared prefix, for
branches that start with the same atom. This changes no match: branches with different first
characters never match at the same position, and within a group the order is kept.

With MODERATION_PLAIN_REGEX=1 in the environment nothing is regrouped: the test suite scans
the corpus both ways and requires the same findings.
"""

from __future__ import annotations

import os
import re

UNGROUPED = os.environ.get("MODERATION_PLAIN_REGEX") == "1"

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '")
_QUANTIFIERS = frozenset("?*+{")


def _atom_end(fragment: str, i: int) -> int:
    """The index just past the atom that starts at `i`: an escape, a character class (where a
    "]" right after "[" or "[^" is literal), a group with everything inside it, or one
    character. Quantifiers are not part of the atom."""
    ch = fragment[i]
    if ch == "\\":
        return i + 2
    if ch == "[":
        j = i + 1
        if fragment[j : j + 1] == "^":
            j += 1
        if fragment[j : j + 1] == "]":
            j += 1
        while j < len(fragment) and fragment[j] != "]":
            j += 2 if fragment[j] == "\\" else 1
        return j + 1
    if ch == "(":
        depth, j = 0, i
        while j < len(fragment):
            c = fragment[j]
            if c == "\\" or c == "[":
                j = _atom_end(fragment, j)
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return len(fragment)
    return i + 1


def _top_level_bar(fragment: str) -> bool:
    """Whether the fragment is itself an alternation ("a|b" outside any group or class)."""
    i = 0
    while i < len(fragment):
        if fragment[i] == "|":
            return True
        i = _atom_end(fragment, i)
    return False


def _lead(option: str) -> tuple[str, str] | None:
    """(leading literal, rest) of a fragment that starts with a plain character (optionally after
    a word boundary) not governed by a quantifier; None for any other fragment."""
    if _top_level_bar(option):
        return None
    prefix = "\\b" if option.startswith("\\b") else ""
    body = option[len(prefix) :]
    if body and body[0] in _PLAIN and (len(body) == 1 or body[1] not in _QUANTIFIERS):
        return prefix + body[0], body[1:]
    return None


_WORDS_GROUP = re.compile(r"(\\b)?\(\?:([a-z0-9 '|]+)\)(?![?*+{])")


def _expand(option: str) -> list[str]:
    """A fragment that opens with a group of plain alternatives, spelled out one per
    alternative: "(?:stop|quit) it" -> ["stop it", "quit it"] (the same matches, tried in the
    same order), so that `alt` can group them by their first character."""
    m = _WORDS_GROUP.match(option)
    if m is None or _top_level_bar(option):
        return [option]
    prefix, rest = m.group(1) or "", option[m.end() :]
    return [prefix + word + rest for word in m.group(2).split("|")]


def _first_token(fragment: str) -> str:
    """The fragment's first atom with its quantifier: "\\b", "[a-z]{2,5}", "(?:a|b)?", "x"."""
    if not fragment:
        return ""
    end = min(_atom_end(fragment, 0), len(fragment))
    if fragment[end : end + 1] in ("?", "*", "+"):
        end += 1
    elif fragment[end : end + 1] == "{":
        close = fragment.find("}", end)
        end = close + 1 if close > 0 else end
    if fragment[end - 1 : end] in ("?", "*", "+", "}") and fragment[end : end + 1] == "?":
        end += 1  # lazy
    return fragment[:end]


def _factor_run(run: list[str]) -> list[str]:
    """Adjacent fragments that start with the same atom share it ("\\bX a|\\bX b" ->
    "\\bX(?:a|b)"): the atom is then matched once per position, not once per fragment. Only
    neighbours are merged, so the order in which fragments are tried does not change."""
    out: list[str] = []
    i = 0
    while i < len(run):
        option = run[i]
        token = "" if _top_level_bar(option) else _first_token(option)
        j = i + 1
        if token and token != option:
            while (
                j < len(run)
                and run[j] != token
                and not _top_level_bar(run[j])
                and run[j].startswith(token)
                and _first_token(run[j]) == token
            ):
                j += 1
        if j - i > 1:
            out.append(token + alt(*(fragment[len(token) :] for fragment in run[i:j])))
        else:
            out.append(option)
        i = j
    return out


def alt(*options: str) -> str:
    """A non-capturing alternation of regex fragments.

    Fragments that start with the same literal character are grouped behind it
    ("stop|quit|stopping" -> "s(?:top|topping)|quit"), which the regex engine tries much faster
    (it compares one character per group instead of one per fragment) and which matches
    exactly the same: fragments with different first characters never match at the same
    position, so only the order within a group matters, and that is kept. A fragment whose
    first character is not a plain literal keeps its place, and groups do not cross it.
    """
    if UNGROUPED:
        return "(?:" + "|".join(options) + ")"
    pieces: list[str] = []
    groups: dict[str, list[str]] = {}

    def flush() -> None:
        for lead, rests in groups.items():
            if len(rests) == 1:
                pieces.append(lead + rests[0])
            else:
                # The rests are grouped the same way, down the shared prefix.
                pieces.append(lead + alt(*rests))
        groups.clear()

    run: list[str] = []  # adjacent fragments that do not start with a plain literal

    def flush_run() -> None:
        pieces.extend(_factor_run(run))
        run.clear()

    for option in (piece for fragment in options for piece in _expand(fragment)):
        split = _lead(option)
        if split is None:
            flush()
            run.append(option)
            continue
        flush_run()
        lead, rest = split
        if lead not in groups and any(key[-1] == lead[-1] for key in groups):
            flush()  # "\\bstop" and "sa" can match at one position: keep their order
        groups.setdefault(lead, []).append(rest)
    flush()
    flush_run()
    return "(?:" + "|".join(pieces) + ")"


# A group of plain alternatives: "(?:never|don't|do not)", not preceded by a backslash.
_PLAIN_GROUP = re.compile(r"(?<!\\)\(\?:([a-z0-9 '|]+\|[a-z0-9 '|]+)\)")


def factor(pattern: str) -> str:
    """The pattern with each group of plain alternatives grouped by first character."""
    if UNGROUPED:
        return pattern
    return _PLAIN_GROUP.sub(lambda m: alt(*m.group(1).split("|")), pattern)


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    # ASCII classes: normalised text is ASCII apart from emoji and the odd accented letter, and
    # a Unicode-aware \b or \w calls into the Unicode database for every character it tests
    # (about a tenth of the engine's time); the corpus gets identical findings either way.
    return re.compile(factor(pattern), flags | re.ASCII)
