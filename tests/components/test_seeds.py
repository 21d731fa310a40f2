"""The two seed texts the product started from, end to end."""

from __future__ import annotations


def test_seed_000_reports_six_events_with_their_years(run, seed_000):
    doc = run(seed_000, "000")
    records = doc._.records
    assert len(records) == 6
    starts = [r["start_date"] for r in records]
    assert [s[:4] for s in starts] == ["2023", "2022", "2021", "2020", "2019", "2019"]
    assert starts[0] == "2023-12-09" and records[0]["end_date"] == "2023-12-10"
    assert records[1]["sessions"] == [
        {"start": "2022-12-19", "end": "2022-12-19"},
        {"start": "2023-02-13", "end": "2023-02-13"},
    ]
    assert records[5]["start_date"] == "2019-03-10"


def test_seed_000_virtual_sections_have_no_physical_place(run, seed_000):
    records = run(seed_000, "000")._.records
    assert records[1]["location"]["virtual"] is True and records[1]["location"]["platform"] == "Zoom"
    assert records[1]["location"]["country"] is None
    assert records[4]["location"]["city"] == "Sanya" and records[4]["location"]["region"] == "Hainan"


def test_seed_004_takes_its_year_from_the_publication_line(run, seed_004):
    [record] = run(seed_004, "004")._.records
    assert record["start_date"] == record["end_date"] == "2023-09-18"
    assert record["location"]["city"] == "Beijing" and record["location"]["country"] == "CN"
    assert record["parties"] == ["CN", "EU"]
    assert record["edition"] == 2
