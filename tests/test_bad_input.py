"""Bad input: every odd file is decoded sensibly or ends as an error row with its reason; nothing stops the batch."""

from __future__ import annotations

import codecs
import json
import os
import sqlite3
from pathlib import Path

import pytest

from pipeline import ingest as ingest_module
from pipeline.cli import main
from pipeline.decoding import decode_bytes
from pipeline.ingest import ingest
from pipeline.pieces import split_text
from pipeline.sources import read_source, text_sha256

from test_ingest import PDF_LINES, make_pdf, read_jsonl

RELEASE = "Ministers of Japan and India met in Tokyo on 3 May 2024 for the “Digital Dialogue” — a first."
WIRE = "The ministers’ meeting in München – the third – covered AI."


@pytest.mark.parametrize("raw,text,encoding", [
    (RELEASE.encode("utf-8"), RELEASE, "utf-8"),
    (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), RELEASE, "utf-8-sig"),
    (RELEASE.encode("utf-16"), RELEASE, "utf-16"),
    (codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"), RELEASE, "utf-16"),
    (RELEASE.encode("utf-16-le"), RELEASE, "utf-16-le"),
    (RELEASE.encode("cp1252"), RELEASE, "cp1252"),
    ("Café diplomacy: the ministers met in Paris.".encode("latin-1"), "Café diplomacy: the ministers met in Paris.", "cp1252"),
    # UTF-8 once read as cp1252 and saved again: ftfy undoes it.
    (WIRE.encode("utf-8").decode("cp1252").encode("utf-8"), WIRE, "utf-8+ftfy"),
    ("Министры встретились в Москве для диалога по цифровой экономике.".encode("cp1251"),
     "Министры встретились в Москве для диалога по цифровой экономике.", "cp1251"),
    (RELEASE.replace("\n", "").encode("utf-8").replace(b" ", b"\r\n", 1), RELEASE.replace(" ", "\n", 1), "utf-8"),
])
def test_decoding_reads_each_encoding(raw, text, encoding):
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_decoding_removes_stray_nul_bytes_and_says_so():
    decoded = decode_bytes(b"The ministers met\x00 in Paris on 3 May 2024.\n")
    assert decoded.text == "The ministers met in Paris on 3 May 2024.\n"
    assert decoded.notes == ("removed 1 control character",)


def test_decoding_keeps_valid_utf8_around_broken_bytes():
    # A copy cut mid-character in the middle of the file.
    raw = "Talks in München and Zürich on “trusted AI”.".encode("utf-8") + "– the next".encode("utf-8")[1:]
    decoded = decode_bytes(raw)
    assert decoded.text == "Talks in München and Zürich on “trusted AI”.\ufffd\ufffd the next"
    assert decoded.encoding == "utf-8 (invalid bytes replaced)"


def test_sources_same_release_hashes_alike_whatever_the_encoding(tmp_path):
    (tmp_path / "a.txt").write_text(RELEASE + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + (RELEASE + "\r\n").encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes((RELEASE + "\r\n").encode("cp1252"))
    hashes = {read_source(tmp_path / name).sha256 for name in ("a.txt", "b.txt", "c.txt")}
    assert len(hashes) == 1


DEEP = 3000


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\r\n  ", "empty"),
    ("blank16.txt", "  \n ".encode("utf-16"), "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    ("archive.txt", bytes(range(256)) * 8, "binary"),
    ("truncated.pdf", make_pdf(PDF_LINES)[:300], "unreadable PDF"),
    ("scan.pdf", make_pdf([]), "no text layer"),
    ("scripts.html", b"<html><head><script>var summit = 'Paris';</script></head><body><script>x()</script></body></html>",
     "no visible text"),
])
def test_sources_bad_file_is_an_error_with_its_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    result = read_source(tmp_path / name)
    assert type(result).__name__ == "SourceError"
    assert reason in result.reason


def test_sources_html_scripts_are_dropped_and_deep_nesting_is_read(tmp_path):
    page = ("<html><head><script>document.write('Summit in Paris')</script><style>p{}</style></head><body>"
            + "<div>" * DEEP + "<p>The ministers met in Tokyo on 3 May 2024.</p><script>track()</script>"
            + "</div>" * DEEP + "</body></html>")
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    source = read_source(tmp_path / "deep.html")
    assert source.text == "The ministers met in Tokyo on 3 May 2024."
    assert "used all visible text" in source.notes[-1]


@pytest.fixture
def releases(tmp_path, seed_004):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_seed.txt").write_text(seed_004, encoding="utf-8")
    return folder


def test_ingest_bad_files_never_stop_the_batch(nlp, releases, tmp_path, monkeypatch, seed_004):
    (releases / "b_empty.txt").write_bytes(b"")
    (releases / "c_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (releases / "d_locked.txt").write_text("The ministers met in Paris.", encoding="utf-8")
    (releases / "e_gone.txt").write_text("The ministers met in Rome.", encoding="utf-8")
    (releases / "f_twice.txt").write_text(seed_004, encoding="utf-8")
    (releases / "g_broken.pdf").write_bytes(make_pdf(PDF_LINES)[:-200])
    (releases / "d_locked.txt").chmod(0)
    real_read_bytes, real_read_source = Path.read_bytes, ingest_module.read_source

    def read_bytes(path: Path) -> bytes:
        if path.name == "d_locked.txt" and os.geteuid() == 0:
            raise PermissionError(13, "Permission denied")  # root reads any file: stand in for the check it skips
        return real_read_bytes(path)

    def read_source(path, published=None):
        if path.name == "a_seed.txt":
            (releases / "e_gone.txt").unlink()  # removed by someone else while the run goes on
        return real_read_source(path, published)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(ingest_module, "read_source", read_source)
    out = tmp_path / "out"
    summary = ingest([releases], out, nlp, progress=False)
    rows = {r["doc_id"]: r for r in read_jsonl(out / "documents.jsonl")}
    assert {d: r["status"] for d, r in rows.items()} == {
        "a_seed": "ok", "b_empty": "error", "c_binary": "error", "d_locked": "error", "e_gone": "error",
        "f_twice": "duplicate", "g_broken": "error"}
    assert "empty" in rows["b_empty"]["message"] and "binary" in rows["c_binary"]["message"]
    assert rows["d_locked"]["message"] == "cannot read file: Permission denied"
    assert rows["e_gone"]["message"] == "cannot read file: No such file or directory"
    assert "unreadable PDF" in rows["g_broken"]["message"]
    assert summary.by_status == {"ok": 1, "error": 5, "duplicate": 1}
    assert [e["doc_id"] for e in read_jsonl(out / "events.jsonl")] == ["a_seed"]


def test_ingest_unreadable_release_keeps_its_earlier_records(nlp, releases, tmp_path):
    out = tmp_path / "out"
    ingest([releases], out, nlp, progress=False)
    (releases / "a_seed.txt").write_bytes(b"\x00\xff" * 100)  # overwritten by a broken sync
    summary = ingest([releases], out, nlp, progress=False)
    assert summary.problems and "kept its earlier ok row" in summary.problems[0]
    assert [r["status"] for r in read_jsonl(out / "documents.jsonl")] == ["ok"]
    assert [e["event_id"] for e in read_jsonl(out / "events.jsonl")] == ["a_seed#1"]


def test_ingest_five_megabyte_text_is_processed_in_pieces_not_dropped(nlp, tmp_path, seed_004):
    folder = tmp_path / "in"
    folder.mkdir()
    # A release with its annex exported as a fixed-width table: long, but few tokens per megabyte.
    row = "".join(f"{cell:<48}" for cell in ("Delegation", "Ministry of Digital Affairs", "Tokyo", "3 May 2024"))
    text = seed_004 + "\n\nAnnex: delegations\n\n" + "\n".join([row.rstrip()] * 33_000)
    assert len(text.encode("utf-8")) > 5_000_000 > nlp.max_length
    (folder / "archive.txt").write_text(text, encoding="utf-8")
    # The tokenizer alone: the point is that every piece is read, not what the stages make of filler.
    with nlp.select_pipes(enable=[]):
        summary = ingest([folder], tmp_path / "out", nlp, progress=False)
    row = read_jsonl(tmp_path / "out" / "documents.jsonl")[0]
    assert summary.by_status == {"no_events": 1}
    pieces = len(split_text(text, 100_000))
    assert pieces > 50 and row["message"] == f"processed in {pieces} pieces of at most 100000 characters"
    assert row["sha256"] == text_sha256(text)


@pytest.mark.parametrize("content,where", [
    (b'{"doc_id": "a", "event_id": "a#1"}\n{"doc_id": "a", "event_id": "a#2", "start_date": "soon"}\n',
     "line 2: start_date"),
    (b'{"doc_id": "a", "event_id": "a#1"}\n\n{"doc_id": "a", "event_id": \n', "line 3"),
    (b'{"doc_id": "a", "event_id": "a#1", "title": "Caf\xe9"}\n', "line 1: not UTF-8"),
    (b'{"doc_id": "a", "event_id": "b#1"}\n', "line 1"),
    (b'[1, 2]\n', "line 1"),
])
def test_load_and_evaluate_reject_a_malformed_file_by_line_and_write_nothing(tmp_path, capsys, content, where):
    bad = tmp_path / "events.jsonl"
    bad.write_bytes(content)
    store = tmp_path / "events.db"
    assert main(["load", str(bad), "--store", f"sqlite:///{store}"]) == 2
    assert where in capsys.readouterr().err
    assert not store.exists()
    report = tmp_path / "report.json"
    assert main(["evaluate", "--gold", str(bad), "--pred", str(bad), "--json", str(report)]) == 2
    assert where in capsys.readouterr().err
    assert not report.exists()


def test_load_bad_line_leaves_an_existing_store_as_it_was(tmp_path, capsys):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"doc_id": "a", "event_id": "a#1", "title": "Digital Dialogue"}) + "\n")
    store = tmp_path / "events.db"
    assert main(["load", str(good), "--store", f"sqlite:///{store}"]) == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"doc_id": "a", "event_id": "a#1", "title": "Changed"}) + "\n{oops\n")
    assert main(["load", str(bad), "--store", f"sqlite:///{store}"]) == 2
    assert "line 2" in capsys.readouterr().err
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT title FROM events").fetchall() == [("Digital Dialogue",)]
