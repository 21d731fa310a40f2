"""outputs/events.jsonl and outputs/documents.jsonl, kept whole and in step across crashes.

The two files change together, one document at a time. A commit writes both
new files beside the old ones, then a small journal naming the renames
(written to a temporary file and renamed: the commit point), then renames.
On opening, a journal left by a killed run is rolled forward and stray
temporary files are removed, so the files always show the state before a
document or after it, never half of it, and never one file ahead of the other.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from .errors import Errors, PipelineError
from .models import DocumentStatus
from .records import output_tempfile

JOURNAL = ".ingest-journal.json"
LOCK = ".ingest.lock"
_TMP_PREFIX = ".ingest-"


class OutputLedger:
    """The documents and records in `out_dir`, in commit order, and the commits that change them."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.events_path = out_dir / "events.jsonl"
        self.documents_path = out_dir / "documents.jsonl"
        out_dir.mkdir(parents=True, exist_ok=True)
        self._lock = (out_dir / LOCK).open("a")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise PipelineError(Errors.E008.format(out=out_dir, lock=out_dir / LOCK)) from None
        self.recover()
        self.rows: dict[str, DocumentStatus] = {}
        # Serialised once: each commit rewrites the files from these lines.
        self._row_lines: dict[str, str] = {}
        self._event_lines: dict[str, list[str]] = {}
        self._load()

    def close(self) -> None:
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()

    def __enter__(self) -> OutputLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -------------------------------------------------------
    def records(self, doc_id: str) -> list[dict]:
        return [json.loads(line) for line in self._event_lines.get(doc_id, [])]

    def doc_for_sha(self, sha256: str, *, besides: str) -> str | None:
        """Another document, processed, whose text has this hash."""
        for doc_id, row in self.rows.items():
            if doc_id != besides and row.sha256 == sha256 and row.status in ("ok", "no_events"):
                return doc_id
        return None

    def _load(self) -> None:
        for n, line in _lines(self.documents_path):
            try:
                row = DocumentStatus.model_validate_json(line)
            except ValidationError as err:
                raise PipelineError(Errors.E002.format(path=self.documents_path, line=n,
                                                       reason=err.errors()[0]["msg"])) from None
            # Later lines win: a document re-extracted under the same id replaces the earlier one.
            self.rows.pop(row.doc_id, None)
            self.rows[row.doc_id] = row
            self._row_lines.pop(row.doc_id, None)
            self._row_lines[row.doc_id] = line
        for n, line in _lines(self.events_path):
            try:
                doc_id = json.loads(line)["doc_id"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise PipelineError(Errors.E002.format(path=self.events_path, line=n,
                                                       reason=f"not an event record ({err})")) from None
            self._event_lines.setdefault(doc_id, []).append(line)

    # --- writing -------------------------------------------------------
    def commit(self, row: DocumentStatus, records: list[dict]) -> None:
        """Replace the document's row and records in both files, atomically."""
        self.rows.pop(row.doc_id, None)
        self.rows[row.doc_id] = row
        self._row_lines.pop(row.doc_id, None)
        self._row_lines[row.doc_id] = row.model_dump_json()
        self._event_lines.pop(row.doc_id, None)
        if records:
            self._event_lines[row.doc_id] = [json.dumps(r, ensure_ascii=False) for r in records]
        events_tmp = self._write_tmp(line for lines in self._event_lines.values() for line in lines)
        documents_tmp = self._write_tmp(self._row_lines.values())
        renames = [[events_tmp, self.events_path.name], [documents_tmp, self.documents_path.name]]
        journal_tmp = self._write_tmp([json.dumps({"renames": renames})])
        os.replace(self.out_dir / journal_tmp, self.out_dir / JOURNAL)
        _fsync_dir(self.out_dir)
        self._roll_forward(renames)

    def recover(self) -> None:
        """Finish a commit a killed run had journaled, and remove what an unjournaled one left."""
        journal = self.out_dir / JOURNAL
        if journal.exists():
            try:
                renames = json.loads(journal.read_text(encoding="utf-8"))["renames"]
                names = [name for pair in renames for name in pair]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise PipelineError(Errors.E009.format(path=journal, reason=err)) from None
            if any(not isinstance(name, str) or Path(name).name != name for name in names):
                raise PipelineError(Errors.E009.format(path=journal, reason="a rename leaves the folder"))
            self._roll_forward(renames)
        for stray in self.out_dir.glob(f"{_TMP_PREFIX}*.tmp"):
            stray.unlink(missing_ok=True)

    def _roll_forward(self, renames: list[list[str]]) -> None:
        for source, target in renames:
            # Names only, so a run from another working directory can finish it; a done rename has no source left.
            if (self.out_dir / source).exists():
                os.replace(self.out_dir / source, self.out_dir / target)
        _fsync_dir(self.out_dir)
        (self.out_dir / JOURNAL).unlink(missing_ok=True)
        _fsync_dir(self.out_dir)

    def _write_tmp(self, lines: Iterable[str]) -> str:
        """A new temporary file in out_dir holding `lines`, synced to disk; its name."""
        fd, tmp = output_tempfile(self.out_dir, _TMP_PREFIX)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        return Path(tmp).name


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield n, line.rstrip("\n")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
