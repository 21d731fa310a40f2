"""The main text of HTML pages and PDF files, as the pipeline reads plain texts.

HTML goes through trafilatura (boilerplate, navigation and scripts removed;
the publication date from the page's metadata); PDF through pypdf. Paragraphs
are separated by a blank line, as in the corpus's .txt files, so headings stay
lines of their own.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

import trafilatura
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .decoding import decode_bytes, normalise_text

# Dates from the page's metadata only: a date in the body is the event's, not the release's.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
                     "header", "footer", "blockquote", "pre", "table", "ul", "ol", "title"})


class FormatError(ValueError):
    """The file is of a supported type but yields no text."""


@dataclass(frozen=True)
class Extracted:
    text: str
    encoding: str
    published: date | None = None
    notes: tuple[str, ...] = ()


def html_to_text(raw: bytes) -> Extracted:
    """The main text and publication date of an HTML page."""
    decoded = decode_bytes(raw)
    notes = list(decoded.notes)
    try:
        doc = trafilatura.bare_extraction(decoded.text, with_metadata=True, include_comments=False,
                                          include_tables=True, date_extraction_params=_DATE_PARAMS)
    except Exception as err:  # noqa: BLE001  (the extractor's failure is reported, the batch goes on)
        logging.getLogger(__name__).warning("trafilatura failed: %s", err)
        doc = None
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        # lxml drops what is nested past its depth limit; a streaming parser keeps it.
        text = visible_text(decoded.text)
        notes.append("no main text found by trafilatura; used all visible text")
    else:
        title = (doc.title or "").strip()
        if title and title not in text[: len(title) + 200]:
            text = f"{title}\n{text}"
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    if not text:
        raise FormatError("HTML page has no visible text")
    published = _iso_day(doc.date) if doc is not None else None
    text, more = normalise_text(text)
    return Extracted(text, decoded.encoding, published, tuple(notes) + more)


def pdf_to_text(raw: bytes) -> Extracted:
    """The text of a PDF's pages, one paragraph break between pages."""
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as err:
        raise FormatError(f"unreadable PDF ({type(err).__name__}: {err})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise FormatError("PDF has no text layer (scanned pages need OCR)")
    text, notes = normalise_text(text)
    return Extracted(text, "pdf", None, notes)


def visible_text(html: str) -> str:
    """Every visible text of a page, block by block (no tree is built, so any depth works)."""
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _iso_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
