"""Read press texts from disk: decode, hash, and find the publication date.

Reading never raises for a bad file: it returns a `SourceError` with the
reason, so the batch can record it and go on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# "date 2023-09-18" at the very start (after white space) gives the publication date.
_PUBLISHED_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")


@dataclass(frozen=True)
class SourceText:
    doc_id: str
    path: str
    text: str
    sha256: str
    published: date | None
    encoding: str = "utf-8"


@dataclass(frozen=True)
class SourceError:
    doc_id: str
    path: str
    reason: str
    sha256: str | None = None


def split_published_header(text: str) -> tuple[date | None, int]:
    """The publication date a text opens with, and where its body starts."""
    m = _PUBLISHED_HEADER.match(text)
    if not m:
        return None, 0
    try:
        return date.fromisoformat(m.group(1)), m.end()
    except ValueError:
        return None, 0


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_source(path: Path, published: date | None = None) -> SourceText | SourceError:
    """One .txt file as a SourceText, or a SourceError saying why it cannot be read."""
    doc_id = path.stem
    try:
        raw = path.read_bytes()
    except OSError as err:
        return SourceError(doc_id, str(path), f"cannot read file: {err.strerror or err}")
    digest = hashlib.sha256(raw).hexdigest()
    if b"\x00" in raw:
        return SourceError(doc_id, str(path), "binary file (contains NUL bytes), not a text", digest)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return SourceError(doc_id, str(path), f"not valid UTF-8 (byte {err.start}: {err.reason})", digest)
    if not text.strip():
        return SourceError(doc_id, str(path), "empty file (no text)", digest)
    header_date, _ = split_published_header(text)
    return SourceText(doc_id, str(path), text, text_sha256(text), header_date or published)


def iter_text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The .txt files named, and those inside the folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path
