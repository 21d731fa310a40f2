"""The scorer on small hand-made cases: it follows the spec's counting exactly."""

from __future__ import annotations

import pytest

from pipeline.evaluate import align, evaluate, fold
from pipeline.models import EventRecord


def rec(doc: str, n: int, **fields) -> EventRecord:
    return EventRecord.model_validate({"doc_id": doc, "event_id": f"{doc}#{n}", **fields})


def person(name: str, role: str = "participant") -> dict:
    return {"name": name, "kind": "person", "role": role}


def test_evaluate_perfect_prediction_scores_one():
    gold = [rec("d", 1, title="Digital Dialogue", start_date="2023-09-18", end_date="2023-09-18", topics=["ict"])]
    report = evaluate(gold, gold)
    assert report.events.f1 == 1.0
    assert report.fields["title"].as_dict()["f1"] == 1.0
    assert report.micro.fp == report.micro.fn == 0


def test_evaluate_partial_lists_count_each_element():
    gold = [rec("d", 1, start_date="2023-09-18", topics=["ict", "privacy"],
                participants=[person("Zhang Guoqing", "co-chair"), person("Jaurova", "co-chair")])]
    pred = [rec("d", 1, start_date="2023-09-18", topics=["ict", "semiconductors", "standards"],
                participants=[person("zhang  guoqing.", "co-chair"), person("Jaurova", "speaker")])]
    fields = evaluate(gold, pred).fields
    assert (fields["topics"].tp, fields["topics"].fp, fields["topics"].fn) == (1, 2, 1)
    assert fields["topics"].precision == pytest.approx(1 / 3)
    assert (fields["participants"].tp, fields["participants"].fp) == (2, 0)  # names fold case and punctuation
    assert (fields["participant_roles"].tp, fields["participant_roles"].fp, fields["participant_roles"].fn) == (1, 1, 1)


def test_evaluate_unaligned_events_lose_all_their_values():
    gold = [rec("d", 1, start_date="2023-01-10", end_date="2023-01-10", parties=["CN", "US"])]
    pred = [rec("d", 1, start_date="2024-06-01", end_date="2024-06-01", parties=["CN", "US"])]
    report = evaluate(gold, pred)
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)
    assert (report.fields["parties"].tp, report.fields["parties"].fp, report.fields["parties"].fn) == (0, 2, 2)


def test_evaluate_alignment_prefers_date_overlap_over_title():
    gold = [rec("d", 1, title="Summit", start_date="2023-05-01", end_date="2023-05-02"),
            rec("d", 2, title="Dialogue", start_date="2023-06-01", end_date="2023-06-01")]
    pred = [rec("d", 1, title="Dialogue", start_date="2023-05-02", end_date="2023-05-02"),
            rec("d", 2, title="Summit", start_date="2023-06-01", end_date="2023-06-01")]
    assert sorted(align(gold, pred)) == [(0, 0), (1, 1)]


def test_evaluate_alignment_is_one_to_one():
    gold = [rec("d", 1, start_date="2023-05-01", end_date="2023-05-01")]
    pred = [rec("d", 1, start_date="2023-05-01", end_date="2023-05-01"), rec("d", 2, start_date="2023-05-01", end_date="2023-05-01")]
    report = evaluate(gold, pred)
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 0)


def test_evaluate_empty_predictions_and_empty_gold():
    gold = [rec("d", 1, title="Forum", start_date="2023-05-01", end_date="2023-05-01")]
    assert evaluate(gold, []).events.as_dict() == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    extra = evaluate([], gold, doc_ids=["d"])
    assert (extra.events.fp, extra.fields["title"].fp, extra.fields["title"].fn) == (1, 1, 0)


def test_evaluate_doc_ids_limit_the_scored_documents():
    gold = [rec("a", 1, start_date="2023-05-01"), rec("b", 1, start_date="2023-05-01")]
    report = evaluate(gold, [], doc_ids=["a", "no-events-doc"])
    assert [d.doc_id for d in report.documents] == ["a", "no-events-doc"]
    assert report.events.fn == 1


def test_evaluate_errors_list_wrong_missing_and_extra():
    gold = [rec("d", 1, start_date="2023-05-01", end_date="2023-05-01", location={"city": "Beijing"}, topics=["ict"])]
    pred = [rec("d", 1, start_date="2023-05-01", end_date="2023-05-02", topics=["privacy"])]
    errors = {(e.field, e.kind): e for _, _, e in evaluate(gold, pred).documents[0].errors}
    assert errors[("end_date", "wrong")].gold.isoformat() == "2023-05-01"
    assert errors[("location.city", "missing")].gold == "beijing"
    assert ("topics", "wrong") in errors


def test_evaluate_fold_ignores_case_punctuation_and_space():
    assert fold("  National Committee on U.S.-China Relations ") == fold("national committee on u s china relations")
