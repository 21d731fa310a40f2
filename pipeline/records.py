"""Records at the boundary: Doc → validated EventRecords, and JSONL in and out.

Files are written to a temporary sibling and renamed into place, so a crash
never leaves half a file; reading a malformed file names the line and reason.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeVar

from pydantic import BaseModel, ValidationError
from spacy.tokens import Doc

from .errors import Errors, PipelineError
from .models import DocumentStatus, EventRecord

M = TypeVar("M", bound=BaseModel)


def doc_to_records(doc: Doc) -> list[EventRecord]:
    """The validated records of a processed Doc."""
    return [EventRecord.model_validate(r) for r in doc._.records or []]


def read_models(path: Path, model: type[M]) -> list[M]:
    """Every line of a JSONL file as `model`; a bad line raises with its number and reason."""
    if not path.exists():
        raise PipelineError(Errors.E004.format(path=path))
    items = []
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                reason = f"not UTF-8 (byte {err.start + 1} of the line: {err.reason})"
                raise PipelineError(Errors.E002.format(path=path, line=n, reason=reason)) from None
            if not line.strip():
                continue
            try:
                items.append(model.model_validate_json(line))
            except ValidationError as err:
                first = err.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "line"
                raise PipelineError(Errors.E002.format(path=path, line=n, reason=f"{where}: {first['msg']}")) from None
    return items


def read_records(path: Path) -> list[EventRecord]:
    return read_models(path, EventRecord)


def read_documents(path: Path) -> list[DocumentStatus]:
    return read_models(path, DocumentStatus)


# Read once: setting the umask to read it is not safe once threads run.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def output_tempfile(directory: Path, prefix: str) -> tuple[int, str]:
    """A new temporary file in `directory` (fd, path), with the mode of any file the user writes
    (mkstemp would make it private, 0600)."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
    os.fchmod(fd, 0o666 & ~_UMASK)
    return fd, tmp


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Open a temporary file beside `path`; on success rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = output_tempfile(path.parent, f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
