"""The gold set is usable: every line validates, every document exists, the splits are fixed."""

from __future__ import annotations

import json

from conftest import CORPUS, GOLD
from pipeline.records import read_records


def test_gold_every_line_validates_and_has_its_text():
    records = read_records(GOLD / "events.jsonl")
    assert len(records) >= 60
    for r in records:
        assert (CORPUS / f"{r.doc_id}.txt").is_file(), r.doc_id


def test_gold_event_ids_count_from_one_per_document():
    by_doc: dict[str, list[int]] = {}
    for r in read_records(GOLD / "events.jsonl"):
        by_doc.setdefault(r.doc_id, []).append(r.n)
    for doc_id, ns in by_doc.items():
        assert ns == list(range(1, len(ns) + 1)), doc_id


def test_gold_splits_cover_the_corpus_without_overlap():
    splits = json.loads((GOLD / "splits.json").read_text())
    dev, test = set(splits["dev"]), set(splits["test"])
    assert not dev & test
    assert dev | test == {p.stem for p in CORPUS.glob("*.txt")}
    assert 0.25 <= len(test) / len(dev | test) <= 0.4


def test_gold_includes_documents_without_events():
    splits = json.loads((GOLD / "splits.json").read_text())
    with_events = {r.doc_id for r in read_records(GOLD / "events.jsonl")}
    without_events = (set(splits["dev"]) | set(splits["test"])) - with_events
    assert len(without_events) >= 8
