"""Every custom attribute the pipeline sets, registered once, in one place.

Values are plain JSON-able data (str, int, dicts and lists of them), never
Span objects, so Docs survive `n_process > 1` and DocBin round trips.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    # Set by the reader before the pipeline runs.
    "doc_id": None,
    "published": None,  # ISO date of publication, when known
    # Event drafts: one dict per event, filled stage by stage (see pipeline/drafts.py).
    "events": None,
    # Final records as plain dicts, set by press_records.
    "records": None,
}


def register_extensions() -> None:
    """Register the Doc._ attributes; safe to call more than once."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
