"""Folder of text documents -> documents, passages and statistics (pure Python, no Django).

A bad file (empty, unreadable, binary, not UTF-8) yields a DocumentResult with an `error`
message; it never stops the other files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .boilerplate import Comment
from .parse import Dropped, parse_document
from .topics import Passage, passages_from_document

DOCUMENT_SUFFIXES = {".txt", ".text"}


@dataclass
class DocumentResult:
    name: str
    title: str = ""
    sha256: str = ""
    passages: list[Passage] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    repeated: int = 0  # statements the document repeats word for word on the same page
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def boilerplate(self) -> list[Dropped]:
        return [item for item in self.dropped if item.reason != "reader comment"]

    @property
    def stats(self) -> dict[str, int]:
        """Counts that depend on this document alone (merging depends on the others)."""
        return {
            "headings": len(self.headings),
            "passages": len(self.passages),
            "dropped": len(self.boilerplate),
            "comments": len(self.comments),
        }


def list_documents(directory: Path) -> tuple[list[Path], list[Path]]:
    """(documents to import, other files ignored) in a stable order."""
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    documents = [p for p in files if p.suffix.lower() in DOCUMENT_SUFFIXES]
    return documents, [p for p in files if p not in documents]


def decode(name: str, data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, why the file cannot be imported)."""
    if not data.strip():
        return None, "empty file"
    if b"\x00" in data[:8192]:
        return None, "binary file (contains NUL bytes), not a text document"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, (f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset "
                      f"{error.start}); convert it to UTF-8")
    if not text.strip():
        return None, "empty file"
    return text, None


def read_document(path: Path) -> DocumentResult:
    try:
        data = path.read_bytes()
    except OSError as error:
        return DocumentResult(path.name, error=f"cannot read file: {error.strerror or error}")
    return document_from_bytes(path.name, data)


def document_from_bytes(name: str, data: bytes) -> DocumentResult:
    text, error = decode(name, data)
    if text is None:
        return DocumentResult(name, error=error)
    parsed = parse_document(name, text)
    every = passages_from_document(parsed)
    passages = _dedupe(every)
    if not passages:
        return DocumentResult(name, error="no reference content found (only a title or "
                                          "boilerplate)")
    return DocumentResult(
        name=name,
        title=parsed.title,
        sha256=hashlib.sha256(data).hexdigest(),
        passages=passages,
        dropped=parsed.dropped,
        comments=parsed.comments,
        headings=parsed.headings,
        repeated=len(every) - len(passages),
    )


def _dedupe(passages: list[Passage]) -> list[Passage]:
    """A document repeating a statement word for word on one page keeps the first one."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for passage in passages:
        marker = (passage.topic, passage.key)
        if marker not in seen:
            seen.add(marker)
            kept.append(passage)
    return kept


def read_folder(directory: Path) -> tuple[list[DocumentResult], list[Path]]:
    documents, ignored = list_documents(directory)
    return [read_document(path) for path in documents], ignored
