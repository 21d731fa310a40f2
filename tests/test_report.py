"""The review report: the seeds' page shows each value, marked as the scorer counts it, and opens in Chromium."""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.evaluate import FIELDS, evaluate
from pipeline.extract import extract
from pipeline.records import read_documents, read_records
from pipeline.report import build_report, highlight, render_report
from pipeline.resources import read_json

ROOT = Path(__file__).resolve().parents[1]
CORPUS, GOLD = ROOT / "corpus", ROOT / "gold"
SEEDS = ["000_e41bb3c37d7cab35", "004_058b221fbfff7788"]
BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

# A value chip as the template writes it: class, field, text, then an optional detail and gold note.
CHIP = re.compile(r'<span class="value (\w+)" data-field="([^"]+)"[^>]*>([^<]*)(?:\s*<small>[^<]*</small>)?'
                  r'(?:\s*<span class="gold">([^<]*)</span>)?')


@pytest.fixture(scope="module")
def seed_run(nlp, tmp_path_factory):
    """The pipeline's records for the two seeds, as `make extract` writes them."""
    folder = tmp_path_factory.mktemp("seeds")
    for doc_id in SEEDS:
        shutil.copy(CORPUS / f"{doc_id}.txt", folder / f"{doc_id}.txt")
    out = tmp_path_factory.mktemp("seed_out")
    extract([folder], out, nlp, progress=False)
    return out


@pytest.fixture(scope="module")
def seed_pred(seed_run):
    """The seeds' records, with seed 004 put wrong on purpose: city Shanghai (gold Beijing), no 'ict' topic."""
    records = []
    for r in read_records(seed_run / "events.jsonl"):
        if r.doc_id == SEEDS[1]:
            r = r.model_copy(update={"location": r.location.model_copy(update={"city": "Shanghai"}),
                                     "topics": [t for t in r.topics if t != "ict"]})
        records.append(r)
    return records


@pytest.fixture(scope="module")
def gold():
    return read_records(GOLD / "events.jsonl")


@pytest.fixture(scope="module")
def seed_report(seed_run, seed_pred, gold):
    # A baseline that finds no topics and no participants, so its bars differ from the pipeline's.
    baseline = [r.model_copy(update={"topics": [], "participants": []}) for r in seed_pred]
    page = build_report(seed_pred, gold=gold, baseline=baseline, documents=read_documents(seed_run / "documents.jsonl"))
    return page, render_report(page), baseline


def section(page_html: str, doc_id: str) -> str:
    start = page_html.index(f'<section class="document" id="doc-{doc_id}">')
    end = page_html.find('<section class="document"', start + 1)
    return page_html[start:end if end > 0 else None]


def chips(fragment: str) -> list[tuple[str, str, str, str | None]]:
    """(status, field, text, gold note) of every value chip in an HTML fragment."""
    return [(status, field, html.unescape(text).strip(), html.unescape(note) if note else None)
            for status, field, text, note in CHIP.findall(fragment)]


@pytest.mark.parametrize("field,text,status,note", [
    ("start_date", "2023-09-18", "correct", None),
    ("edition", "2", "correct", None),
    ("parties", "CN", "correct", None),
    ("parties", "EU", "correct", None),
    ("location.country", "CN", "correct", None),
    ("location.city", "Shanghai", "wrong", "gold: Beijing"),
    ("topics", "ict", "missing", None),
])
def test_report_marks_seed_values_against_gold(seed_report, field, text, status, note):
    _, page_html, _ = seed_report
    assert (status, field, text, note) in chips(section(page_html, SEEDS[1]))


def test_report_marks_add_up_to_the_scorer_counts(seed_report, seed_pred, gold):
    page, page_html, _ = seed_report
    scored = [c for c in chips(page_html) if c[1] in FIELDS]
    report = evaluate(gold, seed_pred, SEEDS)
    tp, fp, fn = (sum(getattr(c, k) for c in report.fields.values()) for k in ("tp", "fp", "fn"))
    assert sum(s == "correct" for s, *_ in scored) == tp
    assert sum(s == "wrong" for s, *_ in scored) == fp
    # A wrong scalar shown beside its gold value is also that gold value missed.
    assert sum(s == "missing" for s, *_ in scored) + sum(s == "wrong" and n and n.startswith("gold:") for s, _, _, n in scored) == fn
    assert sum(c.state != "missed" for d in page.documents for c in d.cards) == len(seed_pred)


def test_report_highlights_evidence_by_field_with_displacy(seed_report, seed_pred):
    _, page_html, _ = seed_report
    doc_004 = section(page_html, SEEDS[1])
    assert 'class="spans"' in doc_004  # displaCy's span renderer
    assert "co-chaired by" in doc_004 and "digital field" in doc_004  # the whole text is there
    colors = read_json("report/field_colors.json")
    [record] = [r for r in seed_pred if r.doc_id == SEEDS[1]]
    assert {"start_date", "topics"} <= {e.field for e in record.evidence}
    for e in record.evidence:
        assert f"#1 {e.field}" in doc_004
        # The evidence's last word sits over a bar (one per span on it) in its field's colour.
        last_word = html.escape(e.text.split()[-1], quote=False)
        bars = re.findall(re.escape(last_word) + r'\s*((?:<span style="background: [^"]*">\s*</span>\s*)+)', doc_004)
        assert any(f"background: {colors.get(e.field, colors['default'])};" in b for b in bars), (e.field, e.text)


def test_report_summary_table_chart_and_links(seed_report, seed_pred, gold):
    page, page_html, baseline = seed_report
    summary = page_html[page_html.index('id="summary"'):page_html.index('<nav class="index">')]
    for system, records in (("pipeline", seed_pred), ("baseline", baseline)):
        report = evaluate(gold, records, SEEDS)
        for name in ("topics", "start_date", "participants"):
            assert f'data-field="{name}" data-system="{system}" data-f1="{report.fields[name].f1:.3f}"' in summary
        assert f"{report.fields['topics'].f1:.3f}" in summary
    assert 'data-field="topics" data-system="baseline" data-f1="0.000"' in summary
    links = re.findall(r'<ol class="most-errors">.*?</ol>', summary, re.S)[0]
    targets = re.findall(r'href="#([^"]+)"', links)
    assert targets and all(f'id="{t}"' in page_html for t in targets)
    assert targets[0] == max(page.documents, key=lambda d: d.errors).anchor


def test_report_is_self_contained(seed_report):
    _, page_html, _ = seed_report
    assert page_html.startswith("<!DOCTYPE html>") or page_html.lstrip().startswith("<!DOCTYPE html>")
    for fetches in ("<script", "<link", " src=", "url(", "@import", 'href="http'):
        assert fetches not in page_html


@pytest.mark.parametrize("pred_city,pred_docs,card_states", [
    ("Beijing", [SEEDS[1]], ["matched"]),
    ("Shanghai", [SEEDS[1], "999_no_gold"], ["matched", "extra"]),
    (None, [], ["missed"]),
])
def test_report_cards_without_a_model(gold, pred_city, pred_docs, card_states):
    """Cards for matched, extra (no gold event) and missed (not extracted) events, from gold-shaped records."""
    [gold_004] = [g for g in gold if g.doc_id == SEEDS[1]]
    pred = []
    for doc_id in pred_docs:
        r = gold_004.model_copy(update={"doc_id": doc_id, "event_id": f"{doc_id}#1",
                                        "location": gold_004.location.model_copy(update={"city": pred_city})})
        pred.append(r)
    page = build_report(pred, gold=[g for g in gold if g.doc_id == SEEDS[1]], corpus=[CORPUS])
    assert [c.state for d in page.documents for c in d.cards] == card_states
    marks = {(row.name, m.text): m for c in page.documents[0].cards for row in c.rows for m in row.marks}
    if card_states[0] == "missed":
        assert marks[("location.city", "Beijing")].status == "missing"
    elif pred_city == "Shanghai":
        assert marks[("location.city", "Shanghai")].gold == "Beijing"
        extra = page.documents[1].cards[0]
        assert extra.count("correct") == 0 and extra.count("wrong") > 5
    else:
        assert all(m.status == "correct" for m in marks.values() if m.status)


def test_report_leaves_out_evidence_that_no_longer_matches_the_text(gold):
    [record] = [g for g in gold if g.doc_id == SEEDS[1]]
    text = "The dialogue was held in Beijing."
    good = {"field": "location.city", "value": "Beijing", "start": 25, "end": 32, "text": "Beijing"}
    stale = {"field": "start_date", "value": "2023-09-18", "start": 0, "end": 4, "text": "Sept"}
    with_evidence = type(record).model_validate({**record.model_dump(mode="json"), "evidence": [good, stale]})
    markup, left_out = highlight(text, [with_evidence],
                                 read_json("report/field_colors.json"))
    assert left_out == 1
    assert "#1 location.city" in markup and "#1 start_date" not in markup


def test_report_cli_writes_the_page(tmp_path, seed_run, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--pred", str(seed_run / "events.jsonl"), "--gold", str(GOLD / "events.jsonl"),
                 "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    page_html = out.read_text(encoding="utf-8")
    assert all(f'id="doc-{d}"' in page_html for d in SEEDS) and "Evaluation summary" in page_html


def test_report_cli_unknown_split_is_one_clear_line(tmp_path, seed_run, capsys):
    args = ["report", "--pred", str(seed_run / "events.jsonl"), "--gold", str(GOLD / "events.jsonl"),
            "--splits", str(GOLD / "splits.json"), "--split", "nope", "--out", str(tmp_path / "r.html")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "dev" in err


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the image data (1-2 for a blank page)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def test_report_opens_in_headless_chromium(seed_report, tmp_path):
    browser = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("CI has no Chromium: .ci/run installs it (apt-get install -y chromium) before the tests")
        pytest.skip("no Chromium here: install Debian's package (apt-get install chromium) to run this test; CI does")
    _, page_html, _ = seed_report
    page, png = tmp_path / "report.html", tmp_path / "report.png"
    page.write_text(page_html, encoding="utf-8")
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1800", f"--screenshot={png}", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert png.is_file(), f"Chromium wrote no screenshot (exit {result.returncode}): {result.stderr[-2000:]}"
    width, height, colours = _png_size_and_colours(png)
    assert (width, height) == (1280, 1800)
    assert colours > 20, "the screenshot is blank"
