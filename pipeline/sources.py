"""Read press texts from disk: decode, hash, and find the publication date.

Plain texts in any common encoding, HTML pages and PDF files are read (see
decoding.py and formats.py). The hash is that of the normalised text, so the
same release saved under another name or encoding has the same key.
Reading never raises for a bad file: it returns a `SourceError` with the
reason, so the batch can record it and go on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import Errors, PipelineError
from .decoding import UndecodableError, decode_bytes
from .formats import FormatError, html_to_text, pdf_to_text

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
    notes: tuple[str, ...] = ()


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


TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


def read_source(path: Path, published: date | None = None) -> SourceText | SourceError:
    """One .txt, .html/.htm or .pdf file as a SourceText, or a SourceError saying why it cannot be read.

    Any other suffix is read as plain text.
    """
    doc_id = path.stem
    try:
        raw = path.read_bytes()
    except OSError as err:
        return SourceError(doc_id, str(path), f"cannot read file: {err.strerror or err}")
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return SourceError(doc_id, str(path), "empty file (no text)", digest)
    suffix = path.suffix.lower()
    try:
        if suffix in HTML_SUFFIXES:
            page = html_to_text(raw)
            text, encoding, notes = page.text, page.encoding, page.notes
            published = page.published or published
        elif suffix in PDF_SUFFIXES:
            pdf = pdf_to_text(raw)
            text, encoding, notes = pdf.text, pdf.encoding, pdf.notes
        else:
            decoded = decode_bytes(raw)
            text, encoding, notes = decoded.text, decoded.encoding, decoded.notes
    except (UndecodableError, FormatError) as err:
        return SourceError(doc_id, str(path), str(err), digest)
    except Exception as err:  # noqa: BLE001  (a parser's crash on one file is that file's error, not the batch's)
        return SourceError(doc_id, str(path), f"cannot read {suffix or 'text'} file: {type(err).__name__}: {err}", digest)
    if not text.strip():
        return SourceError(doc_id, str(path), "empty file (no text)", digest)
    header_date, _ = split_published_header(text)
    return SourceText(doc_id, str(path), text, text_sha256(text), header_date or published, encoding, notes)


def iter_text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The .txt files named, and those inside the folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file named, and every visible file inside the folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        else:
            yield path


def collect_inputs(paths: list[Path], finder: Callable[[Iterable[Path]], Iterator[Path]] = iter_text_files) -> list[Path]:
    """The files a job reads, or one clear error: a path that does not exist, or nothing to read."""
    for path in paths:
        if not path.exists():
            raise PipelineError(Errors.E004.format(path=path))
    files = list(finder(paths))
    if not files:
        raise PipelineError(Errors.E003.format(paths=", ".join(map(str, paths))))
    return files


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
