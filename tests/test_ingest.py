"""Ingest: new releases in .txt, .html and .pdf reach the outputs and the store once, and survive a kill."""

from __future__ import annotations

import html
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import ingest as ingest_module
from pipeline.cli import main
from pipeline.ingest import ingest, process_text
from pipeline.ledger import JOURNAL, OutputLedger
from pipeline.models import DocumentStatus
from pipeline.pieces import split_text
from pipeline.sources import SourceText, read_source, split_published_header, text_sha256

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
# Dev-split releases only (see gold/splits.json).
XINHUA = "102_china-eu-hed-beijing"
ASEAN = "112_us-china-ai-track-ii-consensus-release"
# Short dev releases: the kill test's cost is the model load, not these.
KILL_SET = ["221_wilson-stepi-st-dialogue", "321_ajccbc-cii-workshop-bangkok", "118_india-france-cyber-dialogue",
            "110_canada-eu-dpc-media-advisory", ASEAN, "004_058b221fbfff7788"]


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer, one text line per entry (Helvetica, WinAnsi)."""
    ops = []
    for i, line in enumerate(lines):
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /F1 10 Tf 40 {800 - 20 * i} Td ({escaped}) Tj ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def news_page(text: str, published: str) -> str:
    """A wire release as a news site serves it: navigation, scripts, the article, a footer."""
    title, _, rest = text.partition("\n")
    paragraphs = [p for p in rest.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)} - Xinhua</title>'
            f'<meta property="article:published_time" content="{published}T08:00:00+08:00">'
            '<script>window.tracker = "summit in Paris on 1 June 2021";</script></head><body>'
            '<nav><a href="/">Home</a> | <a href="/world">World</a></nav>'
            f'<div class="main"><article><h1>{html.escape(title)}</h1>{body}</article></div>'
            "<footer>Copyright Xinhua</footer><script>alert('tracking')</script></body></html>")


PDF_LINES = ["Second EU-Japan Digital Partnership Council", "30 April 2024 | Brussels",
             "Commissioner for Internal Market Thierry Breton met Japan's Minister for Digital Transformation,",
             "Kono Taro, in Brussels on 30 April for the second Council."]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def store_rows(out: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(out / "events.db") as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, seed_004):
    folder = tmp_path_factory.mktemp("inbox")
    xinhua = (CORPUS / f"{XINHUA}.txt").read_text(encoding="utf-8")
    (folder / "seed.txt").write_text(seed_004, encoding="utf-8")
    (folder / "xinhua.html").write_text(news_page(xinhua.split("\n", 1)[1], "2023-09-26"), encoding="utf-8")
    (folder / "council.pdf").write_bytes(make_pdf(PDF_LINES))
    (folder / "minutes.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml")
    # The seed again, saved on Windows: BOM, CRLF line ends.
    (folder / "seed_saved_on_windows.txt").write_bytes(b"\xef\xbb\xbf" + seed_004.replace("\n", "\r\n").encode("utf-8"))
    return folder


@pytest.fixture(scope="module")
def first_run(nlp, inbox, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = ingest([inbox], out, nlp, progress=False)
    return out, summary


def test_ingest_every_file_ends_as_one_documents_row(first_run):
    out, summary = first_run
    rows = {r["doc_id"]: r for r in read_jsonl(out / "documents.jsonl")}
    assert {d: r["status"] for d, r in rows.items()} == {
        "seed": "ok", "xinhua": "ok", "council": "ok", "minutes.docx": "skipped", "seed_saved_on_windows": "duplicate"}
    assert rows["seed_saved_on_windows"]["message"] == "same text as seed"
    assert rows["seed_saved_on_windows"]["sha256"] == rows["seed"]["sha256"]
    assert "unsupported file type '.docx'" in rows["minutes.docx"]["message"]
    assert summary.by_status == {"ok": 3, "skipped": 1, "duplicate": 1}


def test_ingest_records_encoding_of_each_format(first_run):
    rows = {r["doc_id"]: r for r in read_jsonl(first_run[0] / "documents.jsonl")}
    assert (rows["seed"]["encoding"], rows["xinhua"]["encoding"], rows["council"]["encoding"]) == ("utf-8", "utf-8", "pdf")
    assert rows["seed_saved_on_windows"]["encoding"] == "utf-8-sig"


def test_ingest_html_page_gives_the_records_of_the_release_it_carries(first_run, inbox, nlp):
    out, _ = first_run
    records = [r for r in read_jsonl(out / "events.jsonl") if r["doc_id"] == "xinhua"]
    row = next(r for r in read_jsonl(out / "documents.jsonl") if r["doc_id"] == "xinhua")
    # The page's metadata date stands in for the .txt's "date 2023-09-26" line (it anchors "on Monday").
    assert row["published"] == "2023-09-26"
    _, from_txt = process_text(nlp, read_source(CORPUS / f"{XINHUA}.txt"))
    volatile = {"doc_id", "event_id", "evidence", "confidence"}
    assert [{k: v for k, v in r.items() if k not in volatile} for r in records] == [
        {k: v for k, v in r.items() if k not in volatile} for r in from_txt]
    text = read_source(inbox / "xinhua.html").text
    assert text.startswith("China, EU hold 10th High-level Economic and Trade Dialogue\n\n")
    assert "tracker" not in text and "alert" not in text and "Home | World" not in text
    assert records and all(text[e["start"] : e["end"]] == e["text"] for r in records for e in r["evidence"])


def test_ingest_pdf_text_is_processed(first_run):
    records = [r for r in read_jsonl(first_run[0] / "events.jsonl") if r["doc_id"] == "council"]
    assert [r["start_date"] for r in records] == ["2024-04-30"]


def test_ingest_store_holds_what_the_outputs_hold(first_run):
    out, _ = first_run
    events = read_jsonl(out / "events.jsonl")
    assert sorted(r[0] for r in store_rows(out, "SELECT event_id FROM events")) == sorted(e["event_id"] for e in events)
    documents = {r["doc_id"]: r["status"] for r in read_jsonl(out / "documents.jsonl")}
    assert dict(store_rows(out, "SELECT doc_id, status FROM documents")) == documents
    stored = json.loads(store_rows(out, "SELECT record FROM events WHERE doc_id = 'xinhua'")[0][0])
    assert stored == next(e for e in events if e["doc_id"] == "xinhua")


def test_ingest_rerun_does_no_work_and_changes_nothing(first_run, inbox, nlp, monkeypatch):
    out, _ = first_run
    before = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}

    def must_not_run(*args, **kwargs):
        raise AssertionError("a re-run processed a text it had seen")

    monkeypatch.setattr(ingest_module, "process_text", must_not_run)
    summary = ingest([inbox], out, nlp, progress=False)
    assert summary.by_status == {"unchanged": 4, "skipped": 1} and summary.events == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.jsonl")} == before


def test_ingest_same_release_under_another_name_adds_no_duplicate(first_run, nlp, tmp_path, seed_004):
    out = tmp_path / "out"
    shutil.copytree(first_run[0], out)
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "renamed.txt").write_text(seed_004, encoding="utf-8")
    summary = ingest([tmp_path / "later"], out, nlp, progress=False)
    assert summary.by_status == {"duplicate": 1}
    assert [e["doc_id"] for e in read_jsonl(out / "events.jsonl")].count("renamed") == 0
    assert store_rows(out, "SELECT status, message FROM documents WHERE doc_id = 'renamed'") == [
        ("duplicate", "same text as seed")]


def test_ingest_changed_text_replaces_earlier_records(first_run, inbox, nlp, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(first_run[0], out)
    folder = tmp_path / "in"
    folder.mkdir()
    # The release corrected: the dialogue moved to Brussels.
    corrected = (inbox / "seed.txt").read_text(encoding="utf-8").replace("in Beijing", "in Brussels")
    (folder / "seed.txt").write_text(corrected, encoding="utf-8")
    summary = ingest([folder], out, nlp, progress=False)
    assert summary.by_status == {"ok": 1}
    seed_events = [e for e in read_jsonl(out / "events.jsonl") if e["doc_id"] == "seed"]
    assert [e["event_id"] for e in seed_events] == ["seed#1"]
    assert seed_events[0]["location"]["city"] == "Brussels"
    assert store_rows(out, "SELECT city FROM events WHERE doc_id = 'seed'") == [("Brussels",)]
    assert [r["doc_id"] for r in read_jsonl(out / "documents.jsonl")].count("seed") == 1


def test_ingest_cli_prints_counts_and_store(inbox, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(inbox / "council.pdf", folder / "council.pdf")
    store = f"sqlite:///{tmp_path / 'team.db'}"
    assert main(["ingest", str(folder), "--out", str(tmp_path / "out"), "--store", store]) == 0
    assert "1 files (ok 1), 1 new events" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "team.db") as conn:
        assert conn.execute("SELECT doc_id FROM events").fetchall() == [("council",)]


RELEASE = "Ministers met.\n\nThey agreed on AI.\n\nA joint statement followed on data flows."


@pytest.mark.parametrize("max_chars,pieces", [
    (1000, [RELEASE]),
    (45, ["Ministers met.\n\nThey agreed on AI.\n\n", "A joint statement followed on data flows."]),
    (20, ["Ministers met.\n\n", "They agreed on AI.\n\n", "A joint statement ", "followed on data ", "flows."]),
    (4, ["Mini", "ster", "s me", "t.\n\n", "They"]),  # no break in the second half: a hard cut
])
def test_pieces_cut_at_paragraphs_then_lines_then_spaces(max_chars, pieces):
    split = split_text(RELEASE, max_chars)
    assert [p for _, p in split][: len(pieces)] == pieces
    assert "".join(p for _, p in split) == RELEASE
    assert all(len(p) <= max_chars and RELEASE[o : o + len(p)] == p for o, p in split)


def test_ingest_long_text_in_pieces_keeps_every_event_with_whole_text_offsets(nlp, seed_004):
    xinhua = (CORPUS / f"{XINHUA}.txt").read_text(encoding="utf-8")
    text = seed_004 + "\n\n" + xinhua.split("\n", 1)[1]
    source = SourceText("bundle", "bundle.txt", text, text_sha256(text), split_published_header(text)[0])
    row, records = process_text(nlp, source, max_chars=len(seed_004) + 10)
    assert "processed in 3 pieces of at most" in row.message
    assert [r["event_id"] for r in records] == [f"bundle#{n}" for n in range(1, len(records) + 1)]
    _, seed_only = process_text(nlp, SourceText("s", "s", seed_004, text_sha256(seed_004), source.published))
    volatile = {"doc_id", "event_id", "evidence", "confidence"}
    assert {k: v for k, v in records[0].items() if k not in volatile} == {
        k: v for k, v in seed_only[0].items() if k not in volatile}
    # The Xinhua release's dialogue, from the later pieces, points past the seed.
    later = [r for r in records if min(e["start"] for e in r["evidence"]) > len(seed_004)]
    assert any(r["location"]["city"] == "Beijing" and r["edition"] == 10 for r in later)
    for record in records:
        for e in record["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]


def _row(doc_id: str, n: int = 1) -> tuple[DocumentStatus, list[dict]]:
    records = [{"doc_id": doc_id, "event_id": f"{doc_id}#{i}", "title": f"Dialogue {i}"} for i in range(1, n + 1)]
    return DocumentStatus(doc_id=doc_id, sha256=doc_id * 4, status="ok", events=n), records


def test_ledger_crash_before_commit_point_leaves_files_as_before(tmp_path, monkeypatch):
    with OutputLedger(tmp_path) as ledger:
        ledger.commit(*_row("a", 2))
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.jsonl")}
    real_replace = os.replace

    def crash_on_journal(src, dst):
        if Path(dst).name == JOURNAL:
            raise KeyboardInterrupt  # killed just before the journal lands
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_journal)
    with pytest.raises(KeyboardInterrupt), OutputLedger(tmp_path) as ledger:
        ledger.commit(*_row("b", 1))
    monkeypatch.setattr(os, "replace", real_replace)
    with OutputLedger(tmp_path) as ledger:
        assert list(ledger.rows) == ["a"]
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.jsonl")} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ingest.lock", "documents.jsonl", "events.jsonl"]


def test_ledger_crash_after_commit_point_is_rolled_forward(tmp_path, monkeypatch):
    with OutputLedger(tmp_path) as ledger:
        ledger.commit(*_row("a", 2))
    real_replace = os.replace
    calls = []

    def crash_between_renames(src, dst):
        calls.append(Path(dst).name)
        if Path(dst).name == "documents.jsonl":
            raise KeyboardInterrupt  # events.jsonl renamed, documents.jsonl not yet
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_between_renames)
    with pytest.raises(KeyboardInterrupt), OutputLedger(tmp_path) as ledger:
        ledger.commit(*_row("b", 1))
    monkeypatch.setattr(os, "replace", real_replace)
    assert (tmp_path / JOURNAL).exists() and calls[-2:] == ["events.jsonl", "documents.jsonl"]
    with OutputLedger(tmp_path) as ledger:
        assert list(ledger.rows) == ["a", "b"]
    assert [e["event_id"] for e in read_jsonl(tmp_path / "events.jsonl")] == ["a#1", "a#2", "b#1"]
    assert not (tmp_path / JOURNAL).exists()


def test_ingest_store_catches_up_after_a_kill_between_the_two_commits(first_run, inbox, nlp, tmp_path, monkeypatch):
    from pipeline.stores.sqlite import SQLiteStore

    out = tmp_path / "out"
    real_commit = SQLiteStore.commit_document

    def killed_before_store(self, row, records):
        if row.doc_id == "xinhua":
            raise KeyboardInterrupt
        real_commit(self, row, records)

    monkeypatch.setattr(SQLiteStore, "commit_document", killed_before_store)
    with pytest.raises(KeyboardInterrupt):
        ingest([inbox], out, nlp, progress=False)
    monkeypatch.setattr(SQLiteStore, "commit_document", real_commit)
    assert "xinhua" in {r["doc_id"] for r in read_jsonl(out / "documents.jsonl")}
    assert store_rows(out, "SELECT doc_id FROM documents WHERE doc_id = 'xinhua'") == []
    ingest([inbox], out, nlp, progress=False)
    assert dict(store_rows(out, "SELECT doc_id, status FROM documents")) == {
        r["doc_id"]: r["status"] for r in read_jsonl(first_run[0] / "documents.jsonl")}
    assert store_rows(out, "SELECT COUNT(*) FROM events")[0][0] == len(read_jsonl(out / "events.jsonl"))


def test_ingest_killed_mid_run_then_rerun_has_every_document_exactly_once(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id in KILL_SET:
        shutil.copy(CORPUS / f"{doc_id}.txt", folder / f"{doc_id}.txt")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(folder), "--out", str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            documents = out / "documents.jsonl"
            if documents.exists() and len(documents.read_text(encoding="utf-8").splitlines()) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    done = len(read_jsonl(out / "documents.jsonl"))
    assert 2 <= done < len(KILL_SET)
    summary = ingest([folder], out, nlp, progress=False)
    assert summary.by_status.get("unchanged", 0) == done
    doc_ids = [r["doc_id"] for r in read_jsonl(out / "documents.jsonl")]
    assert sorted(doc_ids) == sorted(KILL_SET)
    event_ids = [e["event_id"] for e in read_jsonl(out / "events.jsonl")]
    assert len(event_ids) == len(set(event_ids)) > 0
    assert sorted(d for (d,) in store_rows(out, "SELECT doc_id FROM documents")) == sorted(KILL_SET)
    assert sorted(e for (e,) in store_rows(out, "SELECT event_id FROM events")) == sorted(event_ids)
    assert not list(out.glob(".ingest-*")) and not (out / JOURNAL).exists()
