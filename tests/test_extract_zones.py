"""A long ingest runs in spaCy memory zones: the vocab stays flat and the records do not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import process_sources
from pipeline.sources import SourceError, SourceText, text_sha256

RELEASES = [
    "The third U.S.-India Strategic Trade Dialogue was held in New Delhi on March 14, 2023. "
    "Commerce Secretary Gina Raimondo and Foreign Secretary Vinay Kwatra co-chaired the meeting.",
    "On 9 December 2023, the EU-Japan Digital Partnership Council met in Tokyo to discuss "
    "semiconductors, data flows and artificial intelligence.",
    "The ministry will publish its annual report on the digital economy next year.",
    "Officials of Singapore and the United Kingdom convened the Digital Economy Agreement "
    "Joint Committee by video conference on Tuesday.",
]


def _sources(tag: str) -> list[SourceText | SourceError]:
    """Each release closed by a reference no vocabulary has seen, as archives bring new strings."""
    out: list[SourceText | SourceError] = []
    for n, text in enumerate(RELEASES):
        text = f"{text}\n\nMedia contact: ref {tag}{n}qx7\n"
        out.append(SourceText(f"doc{n}", f"doc{n}.txt", text, text_sha256(text), date(2023, 12, 12)))
    out.insert(2, SourceError("broken", "broken.txt", "not valid UTF-8 (byte 3: invalid start byte)"))
    return out


def _rows(nlp, sources, **kwargs) -> dict[str, tuple[dict, list[dict]]]:
    """Rows and records by doc id (where an error row falls depends on spaCy's batching)."""
    return {row.doc_id: (row.model_dump(mode="json", exclude={"seconds"}), records)
            for row, records in process_sources(nlp, sources, **kwargs)}


def test_extract_memory_zones_free_the_strings_each_document_adds(nlp):
    before = len(nlp.vocab.strings)
    rows = _rows(nlp, _sources("zonecheck"), zone_docs=2)
    assert sorted(rows) == ["broken", "doc0", "doc1", "doc2", "doc3"]
    assert not any(f"zonecheck{n}qx7" in nlp.vocab.strings for n in range(len(RELEASES)))
    assert len(nlp.vocab.strings) <= before


@pytest.mark.parametrize("zone_docs,n_process", [(1, 1), (2, 2)])
def test_extract_memory_zones_keep_the_records_of_one_pass(nlp, zone_docs, n_process):
    whole = _rows(nlp, _sources("samerecords"), zone_docs=1000)
    zoned = _rows(nlp, _sources("samerecords"), zone_docs=zone_docs, n_process=n_process)
    assert zoned == whole
    statuses = {doc_id: row["status"] for doc_id, (row, _) in whole.items()}
    assert (statuses["doc0"], statuses["doc1"], statuses["doc2"], statuses["broken"]) == ("ok", "ok", "no_events", "error")
