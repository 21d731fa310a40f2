"""The extract job: stream press texts through the pipeline and write the records.

Every document read is accounted for in documents.jsonl (ok, no_events or
error with the reason); one bad file never stops the batch. Both outputs are
written to temporary files and renamed at the end.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

import jsonlines
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from .models import DocumentStatus
from .records import atomic_writer, doc_to_records
from .sources import SourceError, SourceText, collect_inputs, read_source

log = logging.getLogger(__name__)

# Documents per spaCy memory zone. Closing a zone frees the strings and lexemes its
# documents added to the vocab, so a long ingest keeps a flat memory line; with
# n_process > 1 each zone also runs in fresh worker processes, whose vocab is freed too.
ZONE_DOCS = 1000


@dataclass
class ExtractSummary:
    documents: int
    events: int
    by_status: dict[str, int]
    events_path: Path
    documents_path: Path


class _FailureLog:
    """spaCy error handler: remember why a component failed on a doc, and go on."""

    def __init__(self) -> None:
        self.reasons: dict[str, str] = {}

    def __call__(self, proc_name: str, proc: object, docs: list[Doc] | None, error: Exception) -> None:
        for doc in docs or []:  # a worker process that fails outside a stage passes no docs
            doc_id = doc._.doc_id or "?"
            self.reasons[doc_id] = f"stage {proc_name} failed: {type(error).__name__}: {error}"
            log.warning("%s: %s", doc_id, self.reasons[doc_id])


def prepare_doc(nlp: Language, source: SourceText) -> Doc:
    """A tokenized Doc carrying the document's id and publication date for the stages."""
    doc = nlp.make_doc(source.text)
    doc._.doc_id = source.doc_id
    doc._.published = source.published.isoformat() if source.published else None
    return doc


def process_sources(
    nlp: Language, sources: Iterable[SourceText | SourceError], *, batch_size: int = 16, n_process: int = 1,
    zone_docs: int = ZONE_DOCS,
) -> Iterator[tuple[DocumentStatus, list[dict]]]:
    """Each source's documents.jsonl row and its records (as JSON dicts), in a stream."""
    failures = _FailureLog()
    # Language.set_error_handler also sets it on the model's Cython pipes, which
    # cannot take it in spaCy 3.8; the project's stages read the default handler.
    nlp.default_error_handler = failures
    pending: dict[str, SourceText] = {}
    errors: list[SourceError] = []

    def docs(chunk: list[SourceText | SourceError]) -> Iterator[tuple[Doc, str]]:
        for source in chunk:
            if isinstance(source, SourceError):
                errors.append(source)
                continue
            pending[source.doc_id] = source
            yield prepare_doc(nlp, source), source.doc_id

    stream = iter(sources)
    clock = time.perf_counter()
    while chunk := list(islice(stream, zone_docs)):
        # Only plain rows and record dicts leave the zone; its Docs are invalid after it.
        with nlp.memory_zone():
            for doc, doc_id in nlp.pipe(docs(chunk), as_tuples=True, batch_size=batch_size, n_process=n_process):
                while errors:
                    yield _error_row(errors.pop(0)), []
                source = pending.pop(doc_id)
                now = time.perf_counter()
                yield _document_row(doc, source, now - clock)
                clock = now
    while errors:
        yield _error_row(errors.pop(0)), []
    # A doc a stage failed on is dropped from spaCy's stream: account for it here.
    for doc_id, source in pending.items():
        reason = failures.reasons.get(doc_id, "a pipeline stage failed in a worker process (run with --n-process 1 for the reason)")
        yield DocumentStatus(doc_id=doc_id, path=source.path, sha256=source.sha256, status="error",
                             message=reason, published=source.published), []


def _document_row(doc: Doc, source: SourceText, seconds: float) -> tuple[DocumentStatus, list[dict]]:
    base = dict(doc_id=source.doc_id, path=source.path, sha256=source.sha256, published=source.published,
                encoding=source.encoding, seconds=round(seconds, 4))
    try:
        records = [r.model_dump(mode="json") for r in doc_to_records(doc)]
    except ValidationError as err:
        return DocumentStatus(**base, status="error", message=f"invalid record: {err.errors()[0]['msg']}"), []
    status = "ok" if records else "no_events"
    return DocumentStatus(**base, status=status, events=len(records)), records


def _error_row(error: SourceError) -> DocumentStatus:
    return DocumentStatus(doc_id=error.doc_id, path=error.path, sha256=error.sha256, status="error",
                          message=error.reason)


def extract(
    paths: list[Path], out_dir: Path, nlp: Language, *, batch_size: int = 16, n_process: int = 1,
    published: date | None = None, progress: bool | None = None,
) -> ExtractSummary:
    """Read the .txt files under `paths`, write out_dir/events.jsonl and out_dir/documents.jsonl."""
    files = collect_inputs(paths)
    sources = (read_source(f, published) for f in files)
    events_path, documents_path = out_dir / "events.jsonl", out_dir / "documents.jsonl"
    by_status: dict[str, int] = {}
    n_events = 0
    show = sys.stderr.isatty() if progress is None else progress
    with atomic_writer(events_path) as events_file, atomic_writer(documents_path) as documents_file:
        events_out, documents_out = _jsonl(events_file), _jsonl(documents_file)
        rows = process_sources(nlp, sources, batch_size=batch_size, n_process=n_process)
        for row, records in tqdm(rows, total=len(files), unit="doc", disable=not show):
            for record in records:
                events_out.write(record)
            documents_out.write(row.model_dump(mode="json"))
            by_status[row.status] = by_status.get(row.status, 0) + 1
            n_events += len(records)
    return ExtractSummary(len(files), n_events, by_status, events_path, documents_path)


def _jsonl(fh) -> jsonlines.Writer:
    return jsonlines.Writer(fh, dumps=lambda obj: json.dumps(obj, ensure_ascii=False))
