"""Long texts in pieces the model can take, and the pieces' records joined back into one document's.

spaCy refuses texts past `nlp.max_length` (the parser's memory grows with
length). A 5 MB text is cut at paragraph breaks (else line ends, sentence
ends, spaces) into pieces under the limit; each piece's evidence offsets are
shifted back into the whole text and event ids renumbered in order.
"""

from __future__ import annotations

DEFAULT_MAX_CHARS = 100_000
# Preferred cut points, best first; a piece is cut after the last one found.
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs that cover `text` exactly, each at most `max_chars` long."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max_chars
        for mark in _BREAKS:
            at = window.rfind(mark)
            # A cut in the first half would leave tiny pieces; look for a weaker break instead.
            if at >= max_chars // 2:
                cut = at + len(mark)
                break
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def join_records(doc_id: str, pieces: list[tuple[int, list[dict]]]) -> list[dict]:
    """The records of all pieces as one document's: ids renumbered, evidence offsets into the whole text."""
    joined = []
    for offset, records in pieces:
        for record in records:
            record = dict(record, event_id=f"{doc_id}#{len(joined) + 1}")
            if record.get("evidence") and offset:
                record["evidence"] = [dict(e, start=e["start"] + offset, end=e["end"] + offset)
                                      for e in record["evidence"]]
            joined.append(record)
    return joined
