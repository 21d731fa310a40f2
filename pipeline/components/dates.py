"""press_dates: each event's start, end, precision and sittings.

Where the date is read, in order: the section's date line, the first-stated
date of the sentence reporting the event (a parenthesised other time zone is
skipped), then the first date of the passage. Year-less dates take the year of
the nearest dated mention before them, else of the publication date.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ..date_grammar import DateMention, find_date_mentions, find_relative_mentions, month_bounds, parse_day
from ..drafts import EventDraft, add_evidence
from ..resources import read_json

_TZ_CUES = tuple(read_json("date_words.json")["other_time_zone_cues"])


@Language.factory(
    "press_dates",
    requires=["doc._.events"],
    assigns=["doc._.events"],
    default_config={"session_gap_days": 1},
)
def make_date_resolver(nlp: Language, name: str, session_gap_days: int) -> DateResolver:
    return DateResolver(name, session_gap_days=session_gap_days)


class DateResolver:
    def __init__(self, name: str, *, session_gap_days: int) -> None:
        self.name = name
        self.session_gap_days = session_gap_days

    def __call__(self, doc: Doc) -> Doc:
        mentions, restated = [], []
        for m in find_date_mentions(doc.text):
            (restated if _is_other_time_zone(doc.text, m) else mentions).append(m)
        published = date.fromisoformat(doc._.published) if doc._.published else None
        for draft in doc._.events or []:
            self._resolve(doc, draft, mentions, restated, published)
        return doc

    def _resolve(
        self, doc: Doc, draft: EventDraft, mentions: list[DateMention], restated: list[DateMention],
        published: date | None,
    ) -> None:
        draft.update(start_date=None, end_date=None, date_precision="day", sessions=[])
        dual_time_zone = any(_within(m, draft.get("trigger")) for m in restated)
        mention = _event_mention(draft, mentions, dual_time_zone)
        if mention is None:
            self._resolve_relative(doc, draft, published)
            return
        year = _anchor_year(mention, mentions, published)
        days = _sittings(mention, year)
        if not days:
            return
        if mention.precision == "month":
            first, _ = month_bounds(days[0][0].year, days[0][0].month)
            _, last = month_bounds(days[-1][1].year, days[-1][1].month)
            draft.update(start_date=first.isoformat(), end_date=last.isoformat(), date_precision="month")
        else:
            sessions = _merge(days, self.session_gap_days)
            draft.update(
                start_date=sessions[0][0].isoformat(),
                end_date=sessions[-1][1].isoformat(),
                sessions=[{"start": a.isoformat(), "end": b.isoformat()} for a, b in sessions],
            )
        for field in ("start_date", "end_date"):
            add_evidence(draft, doc, field, draft[field], mention.start, mention.end)

    def _resolve_relative(self, doc: Doc, draft: EventDraft, published: date | None) -> None:
        if published is None or not draft.get("trigger"):
            return
        start, end = draft["trigger"]
        found = find_relative_mentions(doc.text[start:end], published, offset=start)
        if not found:
            return
        first, last, day = found[0]
        draft.update(start_date=day.isoformat(), end_date=day.isoformat(),
                     sessions=[{"start": day.isoformat(), "end": day.isoformat()}])
        for field in ("start_date", "end_date"):
            add_evidence(draft, doc, field, day.isoformat(), first, last)


def _within(m: DateMention, bounds: list[int] | None) -> bool:
    return bool(bounds) and bounds[0] <= m.start and m.end <= bounds[1]


def _event_mention(draft: EventDraft, mentions: list[DateMention], dual_time_zone: bool) -> DateMention | None:
    in_passage = [m for m in mentions if draft["start"] <= m.start and m.end <= draft["end"]]
    in_trigger = [m for m in in_passage if _within(m, draft.get("trigger"))]
    on_date_line = [m for m in in_passage if _within(m, draft.get("date_line"))]
    # A sentence that states two time zones is more exact than the date line, which spans both.
    if on_date_line and in_trigger and dual_time_zone:
        return in_trigger[0]
    for group in (on_date_line, in_trigger, [m for m in in_passage if m.precision == "day"], in_passage):
        if group:
            return group[0]
    return None


def _is_other_time_zone(text: str, m: DateMention) -> bool:
    """"(December 3 and 4, 2020 in China)": a restatement in another time zone."""
    before = text[max(0, m.start - 2) : m.start]
    if "(" not in before:
        return False
    close = text.find(")", m.end)
    tail = text[m.end : close if close != -1 else m.end + 40].lower()
    return any(cue in tail for cue in _TZ_CUES)


def _anchor_year(mention: DateMention, mentions: list[DateMention], published: date | None) -> int | None:
    if mention.has_year:
        return None
    for earlier in reversed([m for m in mentions if m.end <= mention.start]):
        if earlier.first_year is not None:
            years = [d.year for pair in earlier.sittings for d in pair if d.year is not None]
            return years[-1]
    return published.year if published else None


def _sittings(mention: DateMention, year: int | None) -> list[tuple[date, date]]:
    days = []
    for first, last in mention.sittings:
        if first.year is None or last.year is None:
            if year is None:
                return []
            first, last = first.with_year(first.year or year), last.with_year(last.year or year)
        if mention.precision == "month":
            days.append((date(first.year, first.month, 1), date(last.year, last.month, 1)))
            continue
        a = parse_day(first.year, first.month, first.day)
        b = parse_day(last.year, last.month, last.day)
        if a is None or b is None or b < a:
            return []
        days.append((a, b))
    return days


def _merge(days: list[tuple[date, date]], gap_days: int) -> list[tuple[date, date]]:
    """Consecutive days are one sitting; only a gap starts another."""
    merged: list[tuple[date, date]] = []
    for a, b in sorted(days):
        if merged and a - merged[-1][1] <= timedelta(days=gap_days):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
