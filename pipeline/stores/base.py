"""The tables every store has, and the writes they share.

One row per document and per event, child tables for what analysts filter
on (parties, participants, topics, sessions), and the full record as JSON.
Writes are upserts keyed by event_id (and doc_id for documents), in one
transaction per document or per loaded file, so a crash leaves a document
either as it was or complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..models import DocumentStatus, EventRecord

# `{json}`, `{bool}` and `{real}` are filled in per backend; placeholders are `:name`.
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    path TEXT,
    sha256 TEXT,
    status TEXT NOT NULL,
    message TEXT,
    events INTEGER NOT NULL DEFAULT 0,
    seconds {real},
    published DATE,
    encoding TEXT
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    title TEXT,
    event_type TEXT NOT NULL,
    series TEXT,
    edition INTEGER,
    start_date DATE,
    end_date DATE,
    date_precision TEXT NOT NULL,
    venue TEXT,
    city TEXT,
    region TEXT,
    country TEXT,
    virtual {bool} NOT NULL,
    platform TEXT,
    confidence {real},
    record {json} NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc_id ON events (doc_id);
CREATE INDEX IF NOT EXISTS events_start_date ON events (start_date);
CREATE INDEX IF NOT EXISTS events_country ON events (country);
CREATE TABLE IF NOT EXISTS parties (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
);
CREATE INDEX IF NOT EXISTS parties_country ON parties (country);
CREATE TABLE IF NOT EXISTS participants (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT NOT NULL,
    title TEXT,
    affiliation TEXT,
    country TEXT,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS participants_name ON participants (name);
CREATE TABLE IF NOT EXISTS topics (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (event_id, topic)
);
CREATE INDEX IF NOT EXISTS topics_topic ON topics (topic);
CREATE TABLE IF NOT EXISTS sessions (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    PRIMARY KEY (event_id, position)
);
"""

_DOCUMENT_COLUMNS = ("doc_id", "path", "sha256", "status", "message", "events", "seconds", "published", "encoding")
_EVENT_COLUMNS = ("event_id", "doc_id", "title", "event_type", "series", "edition", "start_date", "end_date",
                  "date_precision", "venue", "city", "region", "country", "virtual", "platform", "confidence",
                  "record")
_CHILD_TABLES = ("parties", "participants", "topics", "sessions")


def _upsert(table: str, columns: tuple[str, ...], key: str) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    values = ", ".join(f":{c}" for c in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values}) ON CONFLICT ({key}) DO UPDATE SET {updates}"


UPSERT_DOCUMENT = _upsert("documents", _DOCUMENT_COLUMNS, "doc_id")
UPSERT_EVENT = _upsert("events", _EVENT_COLUMNS, "event_id")
INSERT_CHILD = {
    "parties": "INSERT INTO parties (event_id, country) VALUES (:event_id, :country)",
    "participants": "INSERT INTO participants (event_id, position, name, kind, role, title, affiliation, country) "
                    "VALUES (:event_id, :position, :name, :kind, :role, :title, :affiliation, :country)",
    "topics": "INSERT INTO topics (event_id, topic) VALUES (:event_id, :topic)",
    "sessions": "INSERT INTO sessions (event_id, position, start_date, end_date) "
                "VALUES (:event_id, :position, :start_date, :end_date)",
}


class Store:
    """A database connection with the project's tables. Backends set the SQL dialect's few differences."""

    json_type = "TEXT"
    bool_type = "BOOLEAN"
    real_type = "DOUBLE PRECISION"
    url: str

    # --- backend hooks -------------------------------------------------
    def _execute(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        raise NotImplementedError

    def _executemany(self, sql: str, params: list[Mapping[str, Any]]) -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def _json(self, record: dict) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- shared --------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _lock_schema(self) -> None:
        """Backends shared by several writers serialise table creation here."""

    def create_tables(self) -> None:
        sql = SCHEMA.format(json=self.json_type, bool=self.bool_type, real=self.real_type)
        with self.transaction():
            self._lock_schema()
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    self._execute(statement)

    def document_keys(self) -> dict[str, tuple[str | None, str]]:
        """{doc_id: (sha256, status)} of every document row."""
        return {d: (sha, status) for d, sha, status in self._execute("SELECT doc_id, sha256, status FROM documents")}

    def doc_for_sha(self, sha256: str, *, besides: str = "") -> str | None:
        """Another document that holds this text and was processed (not itself a duplicate or error)."""
        rows = self._execute("SELECT doc_id FROM documents WHERE sha256 = :sha AND status IN ('ok', 'no_events') "
                             "AND doc_id <> :besides ORDER BY doc_id LIMIT 1", {"sha": sha256, "besides": besides})
        return rows[0][0] if rows else None

    def count(self, table: str) -> int:
        if table not in {"documents", "events", *_CHILD_TABLES}:
            raise ValueError(f"unknown table {table!r}")
        return int(self._execute(f"SELECT COUNT(*) FROM {table}")[0][0])

    def commit_document(self, row: DocumentStatus, records: list[dict]) -> None:
        """The document's row and its records, replacing what the store had for it, in one transaction."""
        with self.transaction():
            self._upsert_document(row)
            self._replace_events(row.doc_id, records)

    def load(self, records: Iterable[EventRecord], documents: Iterable[DocumentStatus] = ()) -> int:
        """Records (and document rows) from files, in one transaction; each document's events are replaced."""
        by_doc: dict[str, list[dict]] = {}
        for record in records:
            by_doc.setdefault(record.doc_id, []).append(record.model_dump(mode="json"))
        with self.transaction():
            for row in documents:
                self._upsert_document(row)
            for doc_id, doc_records in by_doc.items():
                self._replace_events(doc_id, doc_records)
        return sum(len(r) for r in by_doc.values())

    def _upsert_document(self, row: DocumentStatus) -> None:
        values = row.model_dump(mode="json")
        self._execute(UPSERT_DOCUMENT, {c: values.get(c) for c in _DOCUMENT_COLUMNS})

    def _replace_events(self, doc_id: str, records: list[dict]) -> None:
        keep = [r["event_id"] for r in records]
        stale = [e for (e,) in self._execute("SELECT event_id FROM events WHERE doc_id = :doc_id", {"doc_id": doc_id})
                 if e not in keep]
        for table in _CHILD_TABLES:
            self._executemany(f"DELETE FROM {table} WHERE event_id = :event_id", [{"event_id": e} for e in stale + keep])
        self._executemany("DELETE FROM events WHERE event_id = :event_id", [{"event_id": e} for e in stale])
        children: dict[str, list[dict[str, Any]]] = {table: [] for table in _CHILD_TABLES}
        for record in records:
            self._execute(UPSERT_EVENT, self._event_row(record))
            for table, rows in _child_rows(record).items():
                children[table].extend(rows)
        for table, rows in children.items():
            if rows:
                self._executemany(INSERT_CHILD[table], rows)

    def _event_row(self, record: dict) -> dict[str, Any]:
        location = record.get("location") or {}
        return {
            **{c: record.get(c) for c in ("event_id", "doc_id", "title", "event_type", "series", "edition",
                                          "start_date", "end_date", "date_precision", "confidence")},
            **{c: location.get(c) for c in ("venue", "city", "region", "country", "platform")},
            "virtual": bool(location.get("virtual")),
            "record": self._json(record),
        }


def _child_rows(record: dict) -> dict[str, list[dict[str, Any]]]:
    event_id = record["event_id"]
    participants = [
        {"event_id": event_id, "position": i, **{k: p.get(k) for k in ("name", "kind", "role", "title",
                                                                       "affiliation", "country")}}
        for i, p in enumerate(record.get("participants") or [])
    ]
    return {
        "parties": [{"event_id": event_id, "country": c} for c in sorted(set(record.get("parties") or []))],
        "participants": participants,
        "topics": [{"event_id": event_id, "topic": t} for t in sorted(set(record.get("topics") or []))],
        "sessions": [{"event_id": event_id, "position": i, "start_date": s["start"], "end_date": s["end"]}
                     for i, s in enumerate(record.get("sessions") or [])],
    }


_NAMED = re.compile(r"(?<!:):([a-z_][a-z0-9_]*)")


def pyformat(sql: str) -> str:
    """`:name` placeholders as psycopg's `%(name)s`."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))
