"""PostgreSQL for teams: the same tables, the record as JSONB, upserts with ON CONFLICT."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ..errors import Errors, PipelineError
from .base import Store, pyformat

class PostgresStore(Store):
    json_type = "JSONB"
    bool_type = "BOOLEAN"
    real_type = "DOUBLE PRECISION"

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as err:
            raise PipelineError(Errors.E007.format(url=url, reason=str(err).strip().splitlines()[0])) from None
        self._sql: dict[str, str] = {}
        self.create_tables()

    def _lock_schema(self) -> None:
        # Two ingests creating the tables at once would race on the catalog.
        self._execute("SELECT pg_advisory_xact_lock(hashtext('press_events_schema'))")

    def _query(self, sql: str) -> str:
        return self._sql.get(sql) or self._sql.setdefault(sql, pyformat(sql))

    def _execute(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        cursor = self.conn.execute(self._query(sql), dict(params or {}))
        return cursor.fetchall() if cursor.description else []

    def _executemany(self, sql: str, params: list[Mapping[str, Any]]) -> None:
        if params:
            # psycopg pipelines the statements: one round trip, not one per row.
            with self.conn.cursor() as cursor:
                cursor.executemany(self._query(sql), [dict(p) for p in params])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def _json(self, record: dict) -> Any:
        return Jsonb(record)

    def close(self) -> None:
        self.conn.close()
