"""The ingest job: add new press releases to outputs/ and a store, one document at a time.

A document's key is the sha256 of its normalised text: a text already
processed (under this name or another) is not processed again, a changed
text replaces the document's earlier records. Each document is committed to
the JSONL outputs (ledger.py) and then to the store in its own transaction,
so a kill at any moment loses at most the document in hand, and the next run
first brings the store level with the outputs, then goes on.

Every file read ends as a documents row: ok, no_events, duplicate, skipped or
error with the reason. An error never deletes records a document already has.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from pydantic import ValidationError
from spacy.language import Language
from spacy.util import raise_error
from tqdm import tqdm

from .extract import prepare_doc
from .ledger import OutputLedger
from .models import DocumentStatus
from .pieces import DEFAULT_MAX_CHARS, join_records, split_text
from .records import doc_to_records
from .sources import SUPPORTED_SUFFIXES, SourceError, SourceText, collect_inputs, iter_input_files, read_source
from .stores import Store, default_store_url, open_store

log = logging.getLogger(__name__)

# A document in one of these states has its text processed; the same text is not processed again.
_PROCESSED = ("ok", "no_events")


@dataclass
class IngestSummary:
    files: int
    by_status: dict[str, int]
    events: int
    store_url: str
    events_path: Path
    documents_path: Path
    # Files whose outcome was not written as their row (kept an earlier good row, or clashed on doc_id).
    problems: list[str] = field(default_factory=list)


def ingest(
    paths: list[Path], out_dir: Path, nlp: Language, *, store_url: str | None = None,
    published: date | None = None, max_chars: int = DEFAULT_MAX_CHARS, progress: bool | None = None,
) -> IngestSummary:
    """Process what is new under `paths` into out_dir's JSONL files and the store (default: out_dir/events.db)."""
    files = collect_inputs(paths, iter_input_files)
    url = store_url or default_store_url(out_dir)
    max_chars = min(max_chars, nlp.max_length)
    summary = IngestSummary(len(files), {}, 0, url, out_dir / "events.jsonl", out_dir / "documents.jsonl")
    show = sys.stderr.isatty() if progress is None else progress
    previous_handler = nlp.default_error_handler
    # Failures are caught per document here; a handler left by extract must not swallow them.
    nlp.default_error_handler = raise_error
    try:
        with OutputLedger(out_dir) as ledger, open_store(url) as store:
            sync_store(ledger, store)
            names: dict[str, Path] = {}
            for path in tqdm(files, unit="file", disable=not show):
                status = _ingest_file(path, nlp, ledger, store, names, summary, published, max_chars)
                summary.by_status[status] = summary.by_status.get(status, 0) + 1
    finally:
        nlp.default_error_handler = previous_handler
    return summary


def sync_store(ledger: OutputLedger, store: Store) -> int:
    """Bring the store level with the outputs (after a kill between the two commits, or a new store)."""
    known = store.document_keys()
    behind = [row for doc_id, row in ledger.rows.items() if known.get(doc_id) != (row.sha256, row.status)]
    for row in behind:
        store.commit_document(row, ledger.records(row.doc_id))
    if behind:
        log.info("store %s: caught up %d documents from the outputs", store.url, len(behind))
    return len(behind)


def _ingest_file(
    path: Path, nlp: Language, ledger: OutputLedger, store: Store, names: dict[str, Path],
    summary: IngestSummary, published: date | None, max_chars: int,
) -> str:
    """Read, dedupe, process and commit one file; its status for the run's counts."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        row = DocumentStatus(doc_id=path.name, path=str(path), status="skipped",
                             message=f"unsupported file type '{path.suffix}' (ingest reads .txt, .html, .htm, .pdf)")
        return _commit(row, [], ledger, store, summary)
    doc_id = path.stem
    if doc_id in names and names[doc_id] != path:
        summary.problems.append(f"{path}: not read: doc_id '{doc_id}' is already taken by {names[doc_id]} in this run")
        return "error"
    names[doc_id] = path
    source = read_source(path, published)
    if isinstance(source, SourceError):
        row = DocumentStatus(doc_id=doc_id, path=str(path), sha256=source.sha256, status="error",
                             message=source.reason)
        return _commit(row, [], ledger, store, summary)
    earlier = ledger.rows.get(doc_id)
    if earlier and earlier.sha256 == source.sha256 and earlier.status in (*_PROCESSED, "duplicate"):
        return "unchanged"
    other = ledger.doc_for_sha(source.sha256, besides=doc_id) or store.doc_for_sha(source.sha256, besides=doc_id)
    if other:
        row = DocumentStatus(doc_id=doc_id, path=str(path), sha256=source.sha256, status="duplicate",
                             message=f"same text as {other}", published=source.published, encoding=source.encoding)
        return _commit(row, [], ledger, store, summary)
    row, records = process_text(nlp, source, max_chars)
    return _commit(row, records, ledger, store, summary)


def _commit(row: DocumentStatus, records: list[dict], ledger: OutputLedger, store: Store,
            summary: IngestSummary) -> str:
    earlier = ledger.rows.get(row.doc_id)
    if row.status in ("error", "skipped") and earlier is not None:
        if earlier.status in (*_PROCESSED, "duplicate"):
            # A file that cannot be read today keeps what it gave before.
            summary.problems.append(f"{row.path}: {row.message} (kept its earlier {earlier.status} row)")
            return row.status
        if earlier.model_dump(exclude={"seconds"}) == row.model_dump(exclude={"seconds"}):
            return row.status
    ledger.commit(row, records)
    store.commit_document(row, records)
    summary.events += len(records)
    return row.status


def process_text(nlp: Language, source: SourceText, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[DocumentStatus, list[dict]]:
    """One document's row and records; a text past `max_chars` is processed in pieces."""
    clock = time.perf_counter()
    pieces = split_text(source.text, max_chars)
    notes = list(source.notes)
    if len(pieces) > 1:
        notes.append(f"processed in {len(pieces)} pieces of at most {max_chars} characters")
    base = dict(doc_id=source.doc_id, path=source.path, sha256=source.sha256, published=source.published,
                encoding=source.encoding)
    parts = []
    try:
        # No nlp.memory_zone() here: inside one the tokenizer caches nothing, and a text of repeated
        # lines (tables, "=====" rules) costs 20 times as much; an ingest run is short-lived anyway.
        for offset, piece in pieces:
            doc = nlp(prepare_doc(nlp, replace(source, text=piece)))
            parts.append((offset, [r.model_dump(mode="json") for r in doc_to_records(doc)]))
    except ValidationError as err:
        return DocumentStatus(**base, status="error", message=f"invalid record: {err.errors()[0]['msg']}"), []
    except Exception as err:  # noqa: BLE001  (one document's failure is its row's reason; the batch goes on)
        log.warning("%s: %s", source.doc_id, err)
        return DocumentStatus(**base, status="error", message=f"pipeline failed: {type(err).__name__}: {err}"), []
    records = join_records(source.doc_id, parts)
    seconds = round(time.perf_counter() - clock, 4)
    return DocumentStatus(**base, status="ok" if records else "no_events", events=len(records), seconds=seconds,
                          message="; ".join(notes) or None), records
