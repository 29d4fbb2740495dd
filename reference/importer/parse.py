"""A plain-text article (as collected from the web) -> title, headings and content blocks.

The documents have no markup: headings are short lines, list items are indented bullets or
numbers, FAQ questions are lines ending in "?", and one table lost its cell separators. This
module recovers that structure and records everything it drops (with a reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import (
    BULLET,
    DROPPED_SECTIONS,
    META_SENTENCE,
    Comment,
    find_comments,
    line_reason,
    normalise_text,
)

SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
               "with", "vs", "from", "into"}
FAQ_HEADING = re.compile(r"^(frequently asked questions|faqs?\b)", re.I)
NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
DASH_ITEM = re.compile(r"^[-–—]\s+")
GLUED_ROW = re.compile(r"^(?P<label>[A-Z][A-Za-z /&()'-]{0,30}?[a-z])(?P<value>[A-Z].*)$")
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|U\.S|U\.K|Dr|Mr|Mrs|Ms|vs|etc|approx)\.", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"(])")


@dataclass
class ListItem:
    text: str
    number: int | None = None
    children: list[str] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "list" | "faq" | "table"
    line: int  # 1-based line number in the source file
    text: str = ""
    level: int = 2
    heading: str = ""  # nearest heading above a content block
    group_heading: str = ""  # heading of the enclosing group (a heading with no own content)
    items: list[ListItem] = field(default_factory=list)
    ordered: bool = False
    intro: str = ""  # the lead-in sentence ("... such as:") of a list
    question: str = ""
    answer: str = ""
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass(frozen=True)
class Dropped:
    reason: str
    text: str
    line: int


@dataclass
class ParsedDocument:
    name: str
    title: str
    blocks: list[Block]
    dropped: list[Dropped]
    comments: list[Comment]

    def of_kind(self, kind: str) -> list[Block]:
        return [block for block in self.blocks if block.kind == kind]

    @property
    def headings(self) -> list[str]:
        return [block.text for block in self.of_kind("heading") if block.level > 1]


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; abbreviations such as "e.g." and "U.S." do not end one."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\x00"), text)
    parts = _SENTENCE_END.split(protected)
    return [part.replace("\x00", ".").strip() for part in parts if part.strip()]


def _capitalised_ratio(text: str) -> float:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def is_heading(line: str) -> bool:
    """Short line without closing punctuation, a question heading, or "6. Numbered heading"."""
    text = line.strip()
    if not text or not text[0].isalnum():
        return False
    words = text.split()
    if text.endswith("?"):
        return len(words) <= 16
    numbered = NUMBERED.match(text)
    if numbered:
        text = text[numbered.end():]
        words = text.split()
        if len(words) > 10:
            return False
    if text.endswith((".", "!", ",", ";", "…")) or len(words) > 14:
        return False
    if text.endswith(":"):
        return len(words) <= 7 and _capitalised_ratio(text) >= 0.7
    return text[0].isupper() or text[0].isdigit()


def _is_list_line(raw: str) -> bool:
    text = raw.strip()
    if not text:
        return False
    if text[0] in BULLET:
        return True
    numbered = NUMBERED.match(text)
    if not numbered:
        return False
    indented = raw[0] == " "
    return indented or not is_heading(text)


def _table_run(lines: list[str], start: int) -> int:
    """Number of consecutive lines from `start` that look like glued "LabelValue" table rows."""
    count = 0
    while start + count < len(lines):
        raw = lines[start + count]
        if not raw.strip() or raw[0] == " " or not GLUED_ROW.match(raw.strip()):
            break
        count += 1
    return count if count >= 3 else 0


def parse_document(name: str, text: str) -> ParsedDocument:
    lines = normalise_text(text).split("\n")
    dropped: list[Dropped] = []

    comment_start, comments = find_comments(lines)
    if comment_start is not None:
        for number, raw in enumerate(lines[comment_start:], start=comment_start + 1):
            if raw.strip():
                dropped.append(Dropped("reader comment", raw.strip(), number))
        lines = lines[:comment_start]

    read_more_lines: list[int] = []
    for index, raw in enumerate(lines):
        reason = line_reason(raw)
        if reason:
            if raw.strip().lower() == "read more":
                read_more_lines.append(index + 1)
            dropped.append(Dropped(reason, raw.strip(), index + 1))
            lines[index] = ""

    blocks = _build_blocks(lines)
    blocks = _drop_teasers(blocks, read_more_lines, dropped)
    blocks = _drop_sections(blocks, dropped)
    blocks = _attach_list_intros(blocks, dropped)
    blocks = _drop_meta_sentences(blocks, dropped)
    blocks = _drop_empty_headings(blocks, dropped)
    _assign_context(blocks)

    title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), name)
    return ParsedDocument(name=name, title=title, blocks=blocks, dropped=dropped,
                          comments=comments)


def _build_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    in_faq = False
    index = 0
    while index < len(lines):
        raw = lines[index]
        text = raw.strip()
        number = index + 1
        if not text:
            index += 1
            continue
        if not blocks:
            blocks.append(Block("heading", number, text=text, level=1))
            index += 1
            continue
        rows = _table_run(lines, index)
        if rows:
            cells = [list(GLUED_ROW.match(line.strip()).groups())
                     for line in lines[index:index + rows]]
            blocks.append(Block("table", number, header=cells[0], rows=cells[1:]))
            index += rows
            continue
        if _is_list_line(raw):
            block, index = _read_list(lines, index)
            blocks.append(block)
            continue
        if in_faq and text.endswith("?") and is_heading(text):
            answer, index = _read_answer(lines, index + 1)
            blocks.append(Block("faq", number, question=text, answer=answer))
            continue
        if is_heading(text):
            in_faq = bool(FAQ_HEADING.match(text))
            blocks.append(Block("heading", number, text=text))
        else:
            blocks.append(Block("paragraph", number, text=text))
        index += 1
    return blocks


def _read_answer(lines: list[str], index: int) -> tuple[str, int]:
    parts: list[str] = []
    while index < len(lines):
        text = lines[index].strip()
        if text and (is_heading(text) or _is_list_line(lines[index])):
            break
        if text:
            parts.append(text)
        index += 1
    return " ".join(parts), index


def _read_list(lines: list[str], index: int) -> tuple[Block, int]:
    items: list[ListItem] = []
    base_indent: int | None = None
    ordered = False
    start = index + 1
    while index < len(lines):
        raw = lines[index]
        if not raw.strip():
            # Blank lines may separate items of one list.
            nxt = next((i for i in range(index, len(lines)) if lines[i].strip()), None)
            if nxt is None or not _is_list_line(lines[nxt]):
                break
            index = nxt
            continue
        if not _is_list_line(raw):
            break
        indent = len(raw) - len(raw.lstrip())
        text = raw.strip()
        had_bullet = text[0] in BULLET
        text = text.lstrip(BULLET).strip()
        numbered = NUMBERED.match(text)
        is_child = bool(items) and (
            bool(DASH_ITEM.match(text))
            or (not numbered and base_indent is not None and indent > base_indent)
        )
        if is_child:
            items[-1].children.append(DASH_ITEM.sub("", text).lstrip(BULLET).strip())
        else:
            if base_indent is None or not had_bullet or numbered:
                base_indent = indent if base_indent is None else min(base_indent, indent)
            number = int(numbered.group(1)) if numbered else None
            ordered = ordered or number is not None
            items.append(ListItem(text=text[numbered.end():] if numbered else text,
                                  number=number))
        index += 1
    return Block("list", start, items=items, ordered=ordered), index


def _drop_teasers(blocks: list[Block], read_more: list[int], dropped: list[Dropped]) -> list[Block]:
    """'Heading / blurb / Read more' at the end of an article advertises another article."""
    doomed: set[int] = set()
    for line in read_more:
        heading = max((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level > 1
                       and b.line < line), default=None)
        if heading is None:
            continue
        for i in range(heading, len(blocks)):
            if blocks[i].line < line:
                doomed.add(i)
    for i in sorted(doomed):
        dropped.append(Dropped("related-article teaser", _block_text(blocks[i]), blocks[i].line))
    return [b for i, b in enumerate(blocks) if i not in doomed]


def _drop_sections(blocks: list[Block], dropped: list[Dropped]) -> list[Block]:
    kept: list[Block] = []
    dropping = False
    for block in blocks:
        if block.kind == "heading":
            dropping = bool(DROPPED_SECTIONS.match(block.text))
        if dropping:
            dropped.append(Dropped("site disclaimer section", _block_text(block), block.line))
        else:
            kept.append(block)
    return kept


def _attach_list_intros(blocks: list[Block], dropped: list[Dropped]) -> list[Block]:
    """A paragraph ending in ':' introduces the list after it; with no list it is dangling."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not block.text.endswith(":"):
            kept.append(block)
            continue
        sentences = split_sentences(block.text)
        lead_in = sentences[-1]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.kind == "list":
            following.intro = lead_in
        else:
            dropped.append(Dropped("dangling lead-in", lead_in, block.line))
        if len(sentences) > 1:
            block.text = " ".join(sentences[:-1])
            kept.append(block)
    return kept


def _drop_meta_sentences(blocks: list[Block], dropped: list[Dropped]) -> list[Block]:
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "paragraph":
            sentences = []
            for sentence in split_sentences(block.text):
                if META_SENTENCE.search(sentence):
                    dropped.append(Dropped("article meta sentence", sentence, block.line))
                else:
                    sentences.append(sentence)
            if not sentences:
                continue
            block.text = " ".join(sentences)
        kept.append(block)
    return kept


def _drop_empty_headings(blocks: list[Block], dropped: list[Dropped]) -> list[Block]:
    """A heading whose content was all furniture ("Caution in patients with:" and nothing)."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.level > 1:
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            end = nxt.line if nxt is not None else 10**9
            lost_content = any(block.line < item.line < end for item in dropped)
            if nxt is None or (nxt.kind == "heading" and lost_content):
                dropped.append(Dropped("empty heading", block.text, block.line))
                continue
        kept.append(block)
    return kept


def _is_group_heading(blocks: list[Block], index: int) -> bool:
    """A heading directly followed by a sub-heading ("Dosage and Administration" / "Oral Form")."""
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "heading"


def _assign_context(blocks: list[Block]) -> None:
    heading = ""
    group = ""
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if block.level == 1:
                continue
            if _is_group_heading(blocks, index):
                group = block.text
            elif NUMBERED.match(block.text):
                group = ""
            heading = block.text
            continue
        block.heading = heading
        block.group_heading = group if group != heading else ""


def _block_text(block: Block) -> str:
    if block.kind == "list":
        return "; ".join(item.text for item in block.items)
    if block.kind == "faq":
        return f"{block.question} {block.answer}"
    if block.kind == "table":
        return "; ".join("".join(row) for row in [block.header, *block.rows])
    return block.text
