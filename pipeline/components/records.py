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
        doc_id = doc._.doc_id or "doc"
        doc._.records = [_record(doc_id, n, draft) for n, draft in enumerate(drafts, 1)]
        return doc


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
