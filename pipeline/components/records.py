"""press_records: assemble each event draft into a record dict (the spec's shape).

The records are plain dicts on `doc._.records`; pipeline.records validates
them into EventRecord models at the boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..drafts import EventDraft

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
    """One record per event: a later draft with the same type and dates, and no other
    name, is a repeat of an earlier one ("the 6th Dialogue … The Dialogue, held on 3 May …")."""
    kept: list[EventDraft] = []
    for draft in drafts:
        same = next((k for k in kept if _same_event(k, draft)), None)
        if same is None:
            kept.append(draft)
            continue
        for key in ("title", "series", "edition"):
            same[key] = same.get(key) or draft.get(key)
        same["topics"] = sorted(set(same.get("topics", [])) | set(draft.get("topics", [])))
        same["evidence"] = same.get("evidence", []) + [e for e in draft.get("evidence", []) if e["field"] == "topics"]
    return kept


def _same_event(a: EventDraft, b: EventDraft) -> bool:
    if (a.get("start_date"), a.get("end_date"), a.get("event_type")) != (b.get("start_date"), b.get("end_date"), b.get("event_type")):
        return False
    titles = {t for t in (a.get("title"), b.get("title")) if t}
    return len(titles) <= 1


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
