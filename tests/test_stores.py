"""Stores: SQLite and PostgreSQL hold the same tables, upsert by event_id, and answer the README's queries."""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.models import DocumentStatus, EventRecord
from pipeline.records import read_records
from pipeline.stores import open_store

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "events.jsonl"
PG_ENV = "PRESS_EVENTS_TEST_PG"
NO_SERVER = (f"no PostgreSQL server: set {PG_ENV}=postgresql://USER@HOST:PORT/DB, or install Debian's "
             "postgresql package (apt-get install postgresql) so the tests can start a throwaway one; "
             ".ci/run does this in CI")


def _throwaway_cluster(folder: Path) -> tuple[str, list[str]] | None:
    """Start a PostgreSQL cluster in `folder` on a free local port: its URL and the command that stops it."""
    initdbs = [shutil.which("initdb")] + sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    initdb = next((p for p in initdbs if p), None)
    if initdb is None:
        return None
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        # initdb refuses to run as root; Debian's package makes a postgres user for it.
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return None
        shutil.chown(folder, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data, bindir = folder / "data", Path(initdb).parent
    try:
        subprocess.run([*as_postgres, initdb, "-D", str(data), "-A", "trust", "-U", "postgres"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                        "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"],
                       check=True, capture_output=True, timeout=120)
    except (subprocess.SubprocessError, OSError):
        return None
    return (f"postgresql://postgres@127.0.0.1:{port}/postgres",
            [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-W", "stop"])


@pytest.fixture(scope="session")
def postgres_server():
    """A server's admin URL: $PRESS_EVENTS_TEST_PG, else a throwaway cluster; skipped only outside CI."""
    if os.environ.get(PG_ENV):
        yield os.environ[PG_ENV]
        return
    # Not under pytest's tmp folder: that one is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="press-events-pg-"))
    started = _throwaway_cluster(folder)
    if started is None:
        shutil.rmtree(folder, ignore_errors=True)
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but there is {NO_SERVER}")
        pytest.skip(NO_SERVER)
    url, stop = started
    yield url
    subprocess.run(stop, capture_output=True, timeout=60)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_database(postgres_server):
    """One database for the session's tests (creating one per test costs a second each)."""
    import psycopg

    name = f"press_events_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, _ = postgres_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def postgres_url(postgres_database):
    """A fresh, empty schema for one test, made the connection's search path."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_database, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{postgres_database}?options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_database, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="module")
def gold():
    return read_records(GOLD)


def rows(store, sql: str) -> list[tuple]:
    return [tuple(r) for r in store._execute(sql)]


def test_stores_load_is_idempotent_by_event_id(store_url, gold):
    with open_store(store_url) as store:
        assert store.load(gold) == len(gold)
        counts = {t: store.count(t) for t in ("events", "parties", "participants", "topics", "sessions")}
        store.load(gold)
        assert {t: store.count(t) for t in counts} == counts
    assert counts["events"] == len(gold)
    assert counts["participants"] == sum(len(r.participants) for r in gold)
    assert counts["topics"] == sum(len(r.topics) for r in gold)


def test_stores_keep_the_full_record_as_json(store_url, gold):
    record = next(r for r in gold if r.participants and r.sessions)
    with open_store(store_url) as store:
        store.load([record])
        (stored,) = rows(store, f"SELECT record FROM events WHERE event_id = '{record.event_id}'")[0]
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert EventRecord.model_validate(stored) == record


def test_stores_changed_document_replaces_its_events_and_their_children(store_url, gold):
    doc_id = next(r.doc_id for r in gold if sum(g.doc_id == r.doc_id for g in gold) >= 2)
    first = [r for r in gold if r.doc_id == doc_id]
    corrected = first[0].model_copy(update={"title": "Corrected title", "topics": ["semiconductors"]})
    with open_store(store_url) as store:
        store.load(gold)
        before = store.count("events")
        store.commit_document(DocumentStatus(doc_id=doc_id, sha256="f" * 64, status="ok", events=1),
                              [corrected.model_dump(mode="json")])
        assert store.count("events") == before - len(first) + 1
        assert rows(store, f"SELECT title FROM events WHERE doc_id = '{doc_id}'") == [("Corrected title",)]
        assert rows(store, f"SELECT topic FROM topics WHERE event_id LIKE '{doc_id}#%'") == [("semiconductors",)]
        assert rows(store, f"SELECT COUNT(*) FROM participants WHERE event_id = '{first[-1].event_id}'") == [(0,)]
        assert store.document_keys()[doc_id] == ("f" * 64, "ok")


def test_stores_find_a_processed_text_by_hash_but_not_a_duplicate(store_url):
    with open_store(store_url) as store:
        store.commit_document(DocumentStatus(doc_id="a", sha256="1" * 64, status="ok"), [])
        store.commit_document(DocumentStatus(doc_id="b", sha256="2" * 64, status="duplicate"), [])
        assert store.doc_for_sha("1" * 64) == "a"
        assert store.doc_for_sha("1" * 64, besides="a") is None
        assert store.doc_for_sha("2" * 64) is None


def test_stores_index_the_common_filters(store_url):
    with open_store(store_url) as store:
        if store_url.startswith("sqlite"):
            indexed = rows(store, "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index'")
        else:
            indexed = rows(store, "SELECT tablename || '.' || indexname FROM pg_indexes "
                                  "WHERE schemaname = current_schema()")
    names = {name for (name,) in indexed}
    for expected in ("events.events_start_date", "events.events_country", "parties.parties_country",
                     "participants.participants_name", "topics.topics_topic"):
        assert expected in names


def readme_queries() -> dict[str, str]:
    """The SQL blocks of the README's store section, by their comment line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Ingest and stores"):]
    blocks = [b.split("```", 1)[0] for b in section.split("```sql\n")[1:]]
    return {b.splitlines()[0].lstrip("- ").strip(): b for b in blocks}


def test_stores_answer_the_readme_queries(store_url, gold):
    queries = readme_queries()
    assert len(queries) == 3
    with open_store(store_url) as store:
        store.load(gold)
        by_date, both_sides, people = (rows(store, q) for q in queries.values())
    in_2023 = sorted((r.start_date.isoformat(), r.title or "") for r in gold
                     if r.start_date and r.start_date.year == 2023)
    assert sorted((str(d), t or "") for d, t, *_ in by_date) == in_2023
    cn_eu = {r.event_id for r in gold if {"CN", "EU"} <= set(r.parties)}
    assert {e for e, *_ in both_sides} == cn_eu and cn_eu
    ai_people = {p.name for r in gold if "artificial_intelligence" in r.topics for p in r.participants
                 if p.kind == "person"}
    assert people and {name for name, _ in people} <= ai_people
    assert [n for _, n in people] == sorted((n for _, n in people), reverse=True)


def test_stores_readme_duckdb_query_reads_events_jsonl(tmp_path, gold):
    duckdb = pytest.importorskip("duckdb")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Ingest and stores"):]
    query = section.split("```python\n", 1)[1].split("```", 1)[0]
    shutil.copy(GOLD, tmp_path / "events.jsonl")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        namespace: dict = {}
        exec(query.replace("outputs/events.jsonl", "events.jsonl"), namespace)
    finally:
        os.chdir(cwd)
    counted = dict(namespace["by_topic"])
    assert counted["artificial_intelligence"] == sum("artificial_intelligence" in r.topics for r in gold)
    assert duckdb.__version__


def test_stores_load_cli_with_documents(store_url, tmp_path, capsys):
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps({"doc_id": "a", "event_id": "a#1", "title": "Digital Dialogue",
                                  "parties": ["JP", "IN"]}) + "\n", encoding="utf-8")
    documents = tmp_path / "documents.jsonl"
    documents.write_text(DocumentStatus(doc_id="a", sha256="a" * 64, status="ok", events=1).model_dump_json() + "\n")
    assert main(["load", str(events), "--documents", str(documents), "--store", store_url]) == 0
    assert "1 events and 1 documents" in capsys.readouterr().out
    with open_store(store_url) as store:
        assert rows(store, "SELECT country FROM parties ORDER BY country") == [("IN",), ("JP",)]
        assert store.document_keys() == {"a": ("a" * 64, "ok")}


def test_stores_unknown_url_is_one_clear_error(tmp_path, capsys):
    events = tmp_path / "events.jsonl"
    events.write_text("")
    assert main(["load", str(events), "--store", "mysql://localhost/events"]) == 2
    assert "sqlite:///" in capsys.readouterr().err


def test_stores_ingest_commits_each_document_to_the_store(store_url, nlp, tmp_path, seed_004):
    from pipeline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dialogue.txt").write_text(seed_004, encoding="utf-8")
    (folder / "dialogue_copy.txt").write_text(seed_004, encoding="utf-8")
    ingest([folder], tmp_path / "out", nlp, store_url=store_url, progress=False)
    ingest([folder], tmp_path / "out", nlp, store_url=store_url, progress=False)
    with open_store(store_url) as store:
        assert {d: status for d, (_, status) in store.document_keys().items()} == {
            "dialogue": "ok", "dialogue_copy": "duplicate"}
        assert rows(store, "SELECT event_id, city, country FROM events") == [("dialogue#1", "Beijing", "CN")]
        assert rows(store, "SELECT country FROM parties ORDER BY country") == [("CN",), ("EU",)]
