"""The CLI on a temporary folder: every document read is accounted for, outputs are whole."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory, seed_004):
    folder = tmp_path_factory.mktemp("in")
    (folder / "good.txt").write_text(seed_004, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Caf\xe9 diplomacy: the ministers met in Paris.".encode("latin-1"))
    (folder / "notice.txt").write_text("The ministry will publish its annual report next year.", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def extracted(mixed_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert main(["extract", str(mixed_folder), "--out", str(out)]) == 0
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cli_every_document_has_a_status_line(extracted):
    rows = {r["doc_id"]: r for r in read_jsonl(extracted / "documents.jsonl")}
    assert set(rows) == {"good", "empty", "binary", "latin1", "notice"}
    assert rows["good"]["status"] == "ok" and rows["good"]["events"] == 1
    assert rows["notice"]["status"] == "no_events"
    assert rows["empty"]["status"] == "error" and "empty" in rows["empty"]["message"]
    assert rows["binary"]["status"] == "error" and "binary" in rows["binary"]["message"]
    # Not UTF-8, but read as cp1252 (the usual Western encoding) and said so.
    assert rows["latin1"]["status"] in ("ok", "no_events") and rows["latin1"]["encoding"] == "cp1252"
    assert all(len(r["sha256"]) == 64 for r in rows.values() if r["status"] != "error" or r["sha256"])


def test_cli_records_carry_evidence_offsets_into_the_source(extracted, seed_004):
    records = read_jsonl(extracted / "events.jsonl")
    assert [r["event_id"] for r in records] == ["good#1"]
    evidence = records[0]["evidence"]
    assert {"start_date", "location.city", "participants", "topics"} <= {e["field"] for e in evidence}
    for e in evidence:
        assert seed_004[e["start"] : e["end"]] == e["text"]


def test_cli_leaves_no_temporary_files(extracted):
    assert sorted(p.name for p in extracted.iterdir()) == ["documents.jsonl", "events.jsonl"]


def test_cli_missing_model_is_one_clear_line(tmp_path, mixed_folder):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(mixed_folder), "--out", str(tmp_path), "--model", "en_no_such_model"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "en_no_such_model" in result.stderr and "pip install" in result.stderr


def test_cli_missing_path_is_reported(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_schema_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "EventRecord" and "participants" in schema["properties"]


def test_cli_evaluate_writes_json_report(tmp_path, extracted, capsys):
    gold = ROOT / "gold" / "events.jsonl"
    report = tmp_path / "report.json"
    assert main(["evaluate", "--gold", str(gold), "--pred", str(extracted / "events.jsonl"), "--json", str(report)]) == 0
    data = json.loads(report.read_text())
    assert {"events", "fields", "micro", "documents"} <= set(data)
    assert set(data["fields"]["start_date"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert "start_date" in capsys.readouterr().out


def test_cli_evaluate_names_the_bad_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a", "event_id": "a#1"}\n{"doc_id": "a", "event_id": "a#2", "start_date": "soon"}\n')
    assert main(["evaluate", "--gold", str(bad), "--pred", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "start_date" in err
