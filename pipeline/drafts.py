"""The event draft: one plain dict per event, passed from stage to stage.

`press_events` creates drafts in `doc._.events`; each later stage fills its
own keys and appends the evidence it used. Drafts are plain JSON-able dicts so
a Doc keeps them through pickling (n_process > 1) and DocBin.
"""

from __future__ import annotations

from typing import Any, TypedDict
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

from .date_grammar import DateMention, find_date_mentions

# spaCy rebuilds Doc.text from every token on each access (~0.5 ms for a press
# release); the stages read it dozens of times per document, so join it once.
# Its date expressions are read once too, and shared by the stages that need them.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_DATES: WeakKeyDictionary[Doc, list[DateMention]] = WeakKeyDictionary()


class Evidence(TypedDict):
    field: str
    value: Any
    start: int
    end: int
    text: str


class EventDraft(TypedDict, total=False):
    start: int  # the event's passage, as character offsets
    end: int
    anchor: int  # offset of the event's first mention: gives the order of event ids
    heading: list[int] | None  # [start, end] of a heading line naming the event
    date_line: list[int] | None  # [start, end] of the date line under the heading
    place_line: list[int] | None
    trigger: list[int] | None  # [start, end] of the sentence that reports the event
    clause: list[int] | None  # [start, end] of the reporting verb's own clause in it
    whole_document: bool  # the document reports this one event only
    named_in_passing: bool  # reported by a dated meeting noun, not by a verb ("the May 2023 meeting in Luleå")
    held_during: int | None  # anchor of the event a side meeting was held beside (its date when it states none)
    if_other_day: bool  # a side meeting only if dated on a day no other event has
    setting: bool  # where a reported meeting with someone was held ("on the margins of the AI Action Summit")
    partner: list[int] | None  # [start, end] of the one met, of meetings told together ("bilateral meetings with X and with Y")
    follow_ups: list[list[int]]  # [start, end] of sentences that go on about the event (pipeline.passages)
    dated_by: list[int] | None  # [start, end] of the date a later sentence gives an event told undated ("From Feb. 10 to 14, the minister met …")
    page_event: bool  # named only as "this event" on an event page: dated by the page's head date
    title: str | None
    event_type: str
    series: str | None
    edition: int | None
    start_date: str | None
    end_date: str | None
    date_precision: str
    sessions: list[dict[str, str]]
    location: dict[str, Any]
    parties: list[str]
    participants: list[dict[str, Any]]
    topics: list[str]
    confidence: float
    evidence: list[Evidence]


def new_draft(start: int, end: int, anchor: int) -> EventDraft:
    return EventDraft(start=start, end=end, anchor=anchor, heading=None, date_line=None,
                      place_line=None, trigger=None, whole_document=False, evidence=[])


def add_evidence(draft: EventDraft, doc: Doc, field: str, value: Any, start: int, end: int) -> None:
    """Record that `field` got `value` from `doc.text[start:end]`."""
    draft["evidence"].append(Evidence(field=field, value=value, start=start, end=end, text=doc_text(doc)[start:end]))


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (forgotten with the Doc)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def doc_date_mentions(doc: Doc) -> list[DateMention]:
    """Every date expression of the text, read once per Doc (forgotten with the Doc)."""
    mentions = _DATES.get(doc)
    if mentions is None:
        mentions = _DATES[doc] = find_date_mentions(doc_text(doc))
    return mentions


def date_mentions_within(doc: Doc, start: int, end: int) -> list[DateMention]:
    return [m for m in doc_date_mentions(doc) if start <= m.start and m.end <= end]


def passage(doc: Doc, draft: EventDraft) -> Span:
    """The event's passage as a Span (snapped outward to token boundaries)."""
    return doc.char_span(draft["start"], draft["end"], alignment_mode="expand")


def char_range(doc: Doc, bounds: list[int] | None) -> Span | None:
    if not bounds:
        return None
    return doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
