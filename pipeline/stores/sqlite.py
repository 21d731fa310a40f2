"""SQLite: the embedded default store, one file beside the outputs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .base import Store


def sqlite_path(url: str) -> str:
    """`sqlite:///rel/path.db` → `rel/path.db`, `sqlite:////abs.db` → `/abs.db`, `sqlite://` → in memory."""
    path = url.removeprefix("sqlite://").removeprefix("/")
    return path or ":memory:"


class SQLiteStore(Store):
    json_type = "TEXT"
    bool_type = "INTEGER"
    real_type = "REAL"

    def __init__(self, url: str) -> None:
        self.url = url
        path = sqlite_path(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are explicit, one per document.
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA foreign_keys = ON")
        # WAL lets readers query while an ingest writes; a killed writer's transaction is rolled back on open.
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.create_tables()

    def _execute(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        return self.conn.execute(sql, dict(params or {})).fetchall()

    def _executemany(self, sql: str, params: list[Mapping[str, Any]]) -> None:
        if params:
            self.conn.executemany(sql, [dict(p) for p in params])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _json(self, record: dict) -> Any:
        return json.dumps(record, ensure_ascii=False)

    def close(self) -> None:
        self.conn.close()
