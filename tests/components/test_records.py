"""press_records: one record per event, in the spec's shape."""

from __future__ import annotations

from pipeline.components.records import merge_repeated_mentions


def draft(**fields) -> dict:
    base = {"start_date": "2023-05-03", "end_date": "2023-05-03", "event_type": "dialogue", "title": None,
            "topics": [], "evidence": []}
    return {**base, **fields}


def test_records_a_repeated_mention_merges_into_the_first():
    first = draft(title="6th India-France Cyber Dialogue", topics=["cybersecurity"])
    repeat = draft(topics=["artificial_intelligence"])
    [merged] = merge_repeated_mentions([first, repeat])
    assert merged["title"] == "6th India-France Cyber Dialogue"
    assert merged["topics"] == ["artificial_intelligence", "cybersecurity"]


def test_records_different_names_types_or_days_stay_apart():
    base = draft(title="Cyber Dialogue")
    others = [draft(title="Bund Summit"), draft(event_type="visit"), draft(start_date="2023-05-04", end_date="2023-05-04")]
    assert len(merge_repeated_mentions([base, *others])) == 4


def test_records_are_validated_and_numbered(run, seed_000):
    from pipeline.records import doc_to_records

    records = doc_to_records(run(seed_000, "000"))
    assert [r.event_id for r in records] == [f"000#{n}" for n in range(1, 7)]


def test_records_a_restatement_with_fuller_days_widens_the_event():
    lede = draft(title="BRICS Communications Ministers' Meeting", event_type="meeting",
                 start_date="2023-11-10", end_date="2023-11-10", sessions=[{"start": "2023-11-10", "end": "2023-11-10"}])
    restated = draft(event_type="meeting", start_date="2023-11-09", end_date="2023-11-10",
                     sessions=[{"start": "2023-11-09", "end": "2023-11-10"}])
    [merged] = merge_repeated_mentions([lede, restated])
    assert (merged["start_date"], merged["end_date"]) == ("2023-11-09", "2023-11-10")
    assert merged["sessions"] == [{"start": "2023-11-09", "end": "2023-11-10"}]


def test_records_on_a_trip_two_meetings_of_one_day_stay_apart():
    visit = draft(event_type="visit", start_date="2024-02-27", end_date="2024-03-02")
    talks = draft(event_type="meeting", start_date="2024-02-28", end_date="2024-02-28")
    other = draft(event_type="meeting", start_date="2024-02-28", end_date="2024-02-29")
    assert len(merge_repeated_mentions([visit, talks, other])) == 3
