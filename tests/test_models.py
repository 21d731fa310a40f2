"""The record model accepts the spec's records and rejects what would corrupt a store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.models import DocumentStatus, EventRecord, json_schema

SPEC = Path(__file__).resolve().parents[1] / "docs" / "RECORD_SPEC.md"


def spec_examples() -> list[dict]:
    blocks = re.findall(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), flags=re.S)
    return [json.loads(b) for b in blocks]


def valid_record(**changes) -> dict:
    record = spec_examples()[0]
    record.update(changes)
    return record


def test_models_every_spec_example_validates():
    examples = spec_examples()
    assert examples, "the spec has JSON examples"
    for example in examples:
        record = EventRecord.model_validate(example)
        assert record.model_dump(mode="json")["start_date"] == example["start_date"]


@pytest.mark.parametrize(
    "changes",
    [
        {"event_type": "party"},
        {"start_date": "18/09/2023"},
        {"start_date": "2023-02-30"},
        {"start_date": 1695000000},
        {"end_date": "2023-09-17"},
        {"parties": ["China"]},
        {"parties": ["XX"]},
        {"topics": ["blockchain"]},
        {"event_id": "other_doc#1"},
        {"edition": 0},
        {"unknown_field": 1},
        {"location": {"country": "CHN"}},
        {"participants": [{"name": "X", "kind": "robot"}]},
        {"participants": [{"name": "X", "kind": "person", "role": "host"}]},
        {"date_precision": "month"},  # sessions are listed only for day-precise dates
        {"sessions": [{"start": "2023-09-19", "end": "2023-09-18"}]},
    ],
)
def test_models_reject_invalid_values(changes):
    with pytest.raises(ValidationError):
        EventRecord.model_validate(valid_record(**changes))


def test_models_sort_and_deduplicate_sets():
    record = EventRecord.model_validate(valid_record(parties=["EU", "CN", "EU"], topics=["ict", "artificial_intelligence"]))
    assert record.parties == ["CN", "EU"]
    assert record.topics == ["artificial_intelligence", "ict"]


def test_models_eu_and_iso_codes_accepted_for_countries():
    record = EventRecord.model_validate(valid_record(location={"country": "BE", "city": "Brussels"}, parties=["EU", "US"]))
    assert record.location.country == "BE"


def test_models_json_schema_names_the_enums():
    schema = json_schema("event")
    text = json.dumps(schema)
    assert "semiconductors" in text and "delegation-leader" in text
    assert set(json_schema("document")["properties"]) >= {"doc_id", "sha256", "status", "message", "events"}


def test_models_document_status_rejects_unknown_status():
    with pytest.raises(ValidationError):
        DocumentStatus(doc_id="x", status="maybe")
