"""Databases the records are loaded into: SQLite (embedded default) and PostgreSQL.

`open_store(url)` picks the backend from the URL's scheme:
`sqlite:///outputs/events.db` (relative path), `sqlite:////srv/events.db`
(absolute), `postgresql://user@host:5432/dbname`.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Errors, PipelineError
from .base import Store

DEFAULT_STORE = "sqlite:///outputs/events.db"

def default_store_url(out_dir: Path) -> str:
    """The SQLite file beside the JSONL outputs."""
    return f"sqlite:///{out_dir / 'events.db'}"


def open_store(url: str) -> Store:
    """The store a URL names, its tables created if missing."""
    if url.startswith("sqlite://"):
        from .sqlite import SQLiteStore

        return SQLiteStore(url)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    raise PipelineError(Errors.E006.format(url=url))


__all__ = ["DEFAULT_STORE", "Store", "default_store_url", "open_store"]
