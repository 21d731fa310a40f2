"""press_records: assemble each event draft into a record dict (the spec's shape).

The records are plain dicts on `doc._.records`; pipeline.records validates
them into EventRecord models at the boundary.
"""

from __future__ import annotations

import re

from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ..drafts import EventDraft
from ..resources import read_json
from .topics import narrowest

TOPIC_FALLBACK = read_json("topics.json")["fallback"]
_EMPTY_LOCATION = {"venue": None, "city": None, "region": None, "country": None, "virtual": False, "platform": None}


@Language.factory(
    "press_records",
    requires=["doc._.events"],
    assigns=["doc._.records"],
    default_config={"require_date": True},
)
def make_record_assembler(nlp: Language, name: str, require_date: bool) -> RecordAssembler:
    return RecordAssembler(name, require_date=require_date)


class RecordAssembler:
    def __init__(self, name: str, *, require_date: bool) -> None:
        self.name = name
        # A meeting a text reports as having taken place is dated; an undated one is
        # a programme, a plan or a generic mention, not a concrete event.
        self.require_date = require_date

    def __call__(self, doc: Doc) -> Doc:
        drafts = sorted(doc._.events or [], key=lambda d: d["anchor"])
        if self.require_date:
            drafts = [d for d in drafts if d.get("start_date") or d.get("end_date")]
        drafts = merge_repeated_mentions(drafts)
        doc_id = doc._.doc_id or "doc"
        doc._.records = [_record(doc_id, n, draft) for n, draft in enumerate(drafts, 1)]
        return doc


def merge_repeated_mentions(drafts: list[EventDraft]) -> list[EventDraft]:
    """One record per event: a later draft of the same type, on overlapping days and with no
    other name, repeats an earlier one ("concluded today" … "took place on 9 and 10 November").

    On a trip, two meetings of one day are distinct (each meeting on a trip is its own event),
    so there only identical dates merge, and only where one is a meeting named in passing: two
    sentences that each report a meeting ("On Monday, … were received by the PPC. The same
    afternoon, … exchanged views with the Digital Agency") report two.
    """
    trip = any(d.get("event_type") == "visit" for d in drafts)
    kept: list[EventDraft] = []
    for draft in drafts:
        # A side meeting was found as one ("Earlier in the day, X met Y"): it repeats nothing; nor does
        # the summit a meeting was held at ("met X on the margins of the AI Action Summit"), nor the second
        # of meetings told together ("bilateral meetings with X, and with Y").
        side = draft.get("held_during") is not None or draft.get("setting", False) or draft.get("partner") is not None
        same = None if side else next((k for k in kept if _same_event(k, draft, exact_days=trip)), None)
        if same is None:
            kept.append(draft)
            continue
        for key in ("series", "edition"):
            same[key] = same.get(key) or draft.get(key)
        same["title"] = max((t for t in (same.get("title"), draft.get("title")) if t), key=len, default=None)
        _join_dates(same, draft)
        topics = narrowest(set(same.get("topics", [])) | set(draft.get("topics", [])), TOPIC_FALLBACK)
        same["topics"] = sorted(topics)
        same["evidence"] = [e for e in same.get("evidence", []) + [
            e for e in draft.get("evidence", []) if e["field"] in ("topics", "start_date", "end_date")]
            if e["field"] != "topics" or e["value"] in topics]
    return kept


def _same_event(a: EventDraft, b: EventDraft, *, exact_days: bool) -> bool:
    if a.get("event_type") != b.get("event_type") or not _compatible_titles(a.get("title"), b.get("title")):
        return False
    if exact_days:
        both_reported = not a.get("named_in_passing") and not b.get("named_in_passing")
        return not both_reported and (a.get("start_date"), a.get("end_date")) == (b.get("start_date"), b.get("end_date"))
    return _overlap(a, b)


def _compatible_titles(a: str | None, b: str | None) -> bool:
    """No title, the same title, or a shorter form of it ("3rd meeting of Joint Working Group")."""
    if not a or not b:
        return True
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return words_a <= words_b or words_b <= words_a


def _overlap(a: EventDraft, b: EventDraft) -> bool:
    a_start, a_end = a.get("start_date") or a.get("end_date"), a.get("end_date") or a.get("start_date")
    b_start, b_end = b.get("start_date") or b.get("end_date"), b.get("end_date") or b.get("start_date")
    return bool(a_start and b_start) and a_start <= b_end and b_start <= a_end


def _join_dates(kept: EventDraft, repeat: EventDraft) -> None:
    """The repeat may state the days more fully: keep the union, at the finer precision."""
    if kept.get("date_precision", "day") != "day" and repeat.get("date_precision", "day") == "day":
        kept.update(start_date=repeat["start_date"], end_date=repeat["end_date"],
                    date_precision="day", sessions=repeat.get("sessions", []))
        return
    if repeat.get("date_precision", "day") != "day":
        return
    days = sorted({(s["start"], s["end"]) for s in kept.get("sessions", []) + repeat.get("sessions", [])})
    merged: list[list[str]] = []
    for start, end in days:
        if merged and date.fromisoformat(start) - date.fromisoformat(merged[-1][1]) <= timedelta(days=1):
            merged[-1][1] = max(end, merged[-1][1])
        else:
            merged.append([start, end])
    kept["sessions"] = [{"start": a, "end": b} for a, b in merged]
    if merged:
        kept["start_date"], kept["end_date"] = merged[0][0], merged[-1][1]


def _record(doc_id: str, n: int, draft: EventDraft) -> dict:
    return {
        "schema_version": 1,
        "doc_id": doc_id,
        "event_id": f"{doc_id}#{n}",
        "title": draft.get("title"),
        "event_type": draft.get("event_type", "other"),
        "series": draft.get("series"),
        "edition": draft.get("edition"),
        "start_date": draft.get("start_date"),
        "end_date": draft.get("end_date"),
        "date_precision": draft.get("date_precision", "day"),
        "sessions": draft.get("sessions", []),
        "location": draft.get("location") or dict(_EMPTY_LOCATION),
        "parties": sorted(set(draft.get("parties", []))),
        "participants": draft.get("participants", []),
        "topics": sorted(set(draft.get("topics", []))),
        "evidence": sorted(draft.get("evidence", []), key=lambda e: (e["start"], e["field"])),
        "confidence": draft.get("confidence", 0.5 if draft.get("whole_document") else 0.7),
    }
