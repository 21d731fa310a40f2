"""press_dates: each event's start, end, precision and sittings.

Which date mention is the event's, in order of preference:

1. the first day-precise date of the sentence reporting the event, explicit
   ("on 3 and 5 May 2023") or relative to publication ("on Tuesday", "today",
   and spaCy DATE entities such as "two days ago"); a relative date gives way
   to a later explicit date of the passage that holds it ("today … held on 9
   and 10 November");
2. the section's date line (event pages: heading / date line / place line);
3. a month-precise date of that sentence ("in March 2019");
4. the first day-precise date of the passage, then a vague period of the
   sentence ("last week"), then a month-precise date of the passage;
5. a year stated alone in the sentence ("in 2022").

Never the event's: the publication header and datelines ("Leuven, 5 April
2024", "Published 2 November 2023"), a restatement in another time zone,
and dates of foundings, signings, deadlines (by the verb or noun that
governs them). Year-less dates take the year of the nearest full date before
them in the passage, else of the publication date. "A two-day meeting"
concluded on a day, and an event that "runs through" a date, stretch the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..date_grammar import (
    CLOSING_VERBS,
    DAY_OF_MONTH,
    FURTHER_SITTING,
    LAST_YEAR,
    NEXT_DAY,
    PREVIOUS_DAY,
    SAME_DAY,
    SAME_DAY_OPENER,
    TRIP_DAY,
    TRIP_DAYS,
    WEEKDAYS,
    YEAR_AFTER_MONTH,
    DateMention,
    RelativeMention,
    find_relative_mentions,
    find_year_mentions,
    month_bounds,
    parse_day,
    resolve_relative,
)
from ..drafts import EventDraft, add_evidence, doc_date_mentions, doc_text
from ..resources import read_json
from ..sources import split_published_header

_WORDS = read_json("date_words.json")
_EVENT_LEXICON = read_json("event_lexicon.json")
_MEETING_NOUNS = frozenset(_EVENT_LEXICON["meeting_nouns"])
# "two-day visit", "five-day official trip": a length told of a stay, not of a meeting on it
_STAY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_EVENT_LEXICON["stay_nouns"]) + r")\b", re.IGNORECASE)
_TZ_CUES = tuple(_WORDS["other_time_zone_cues"])
_NON_EVENT_VERBS = frozenset(_WORDS["non_event_verbs"])
_NON_EVENT_NOUNS = frozenset(_WORDS["non_event_nouns"])
_AGREEMENT_NOUNS = frozenset(_WORDS["agreement_nouns"])
_OPENING_VERBS = frozenset(_WORDS["opening_verbs"])
_LONGEST_TRIP = timedelta(days=14)
_ACRONYM_ROOM = 12  # characters of " (CAEXPO)" after a name
_NUMBERS: dict[str, int] = _WORDS["number_words"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# "Posted On: 19 AUG 2023", "Leuven, 5 April 2024", "TOKYO / WASHINGTON — December 3, 2021".
# "Published on: …", also numbered ("Press release 68 | 04.03.2026").
_WEEKDAY_BEFORE_DATE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$"  # "Friday, 24 May 2024"
# "Published Tuesday 20 June 2023", "Release No. 12 | 3 May 2024"
_PUBLICATION_PREFIX = re.compile(rf"(?:{_alternation(_WORDS['publication_cues'])})(?:\s+(?:no\.?\s*)?\d{{1,5}})?\s*(?:on|at)?\s*[:|]?\s*"
                                 + _WEEKDAY_BEFORE_DATE, re.IGNORECASE)
# "Riga, 12.03.2025", also after a label ("PRESS RELEASE | Riga, 12.03.2025") or in brackets ("MANILA, PHILIPPINES (3 May 2024) —").
# A word of a dateline's place; abbreviations may end in a full stop ("WASHINGTON, D.C.", "ST. JOHN'S").
_PLACE_WORD = r"(?:(?:[A-Z]\.){1,3}|[A-Z][A-Za-z]{0,2}\.|[A-Z][^\s.!?;:,|]*)"
# "Riyadh, Rabi' al-Awwal 29, 1446, October 02, 2024, SPA --": Gulf agencies give the Hijri date first
_HIJRI_DATE = r"(?:[A-Z][\w'’]*(?:[ -][\w'’]+){0,3}\s+\d{1,2},\s*1[34]\d\d(?:\s*A\.?H\.?)?\s*,\s*)?"
_PLACE_PREFIX = re.compile(r"^\s*(?:[A-Z][A-Za-z ]{1,30}\|\s*)?" + _PLACE_WORD + r"(?:[ ,/]+" + _PLACE_WORD + r"){0,5}\s*(?:,|\s[—–-]|\()\s*"
                           + _HIJRI_DATE + _WEEKDAY_BEFORE_DATE)
_DATE_LABEL = re.compile(r"(?:\d{1,2}[.)]\s*)?(?:date|dates|date and (?:venue|place|time))\s*:?", re.IGNORECASE)
_DATELINE_MAX_LINE = 8  # a dateline stands in the first lines of the body
_HEAD_LINES = 4  # a bare publication date stands above or under the title
_BRIEFING_BEFORE_DATE = re.compile(rf"\b(?:{_alternation(_WORDS['briefing_nouns'])})\b[^.!?]*?\s*(?:on|of|[,(–—-])\s*$", re.IGNORECASE)
# "Event Recap | March 18, 2025"; a newsletter's issue ("Week 46 | Friday, 19 November 2021", "… | No. 112 | …")
_HEAD_LABEL = re.compile(r"^\s*(?:[^.!?\d]{1,50}[|:–—-]\s*)?(?:(?:no\.?|issue|week|vol\.?|volume|edition|#)\s*\d{1,4}\s*[|–—]\s*)?"
                         + _WEEKDAY_BEFORE_DATE, re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(r"\s*(?:[A-Za-z]+day,?\s*)?")  # what a bare date line may hold besides the date
_PLACE_AFTER_DATE = re.compile(r"^\s*[—–-]\s*[A-Z][^\s.!?;:,|]*(?:[ ,]+[A-Z][^\s.!?;:,|]*){0,4}\s*$")
_DATELINE_SUFFIX = re.compile(r"^\s*(?:$|[—–-]|\(|\)\s*(?:$|[—–-])|\d{1,2}:\d\d|,\s*[A-Z]{2,8}\s*(?:-{1,2}|[—–]))")  # ", SPA --"
_NON_EVENT_BEFORE = re.compile(
    rf"\b(?:{_alternation(_WORDS['non_event_preceding'])})\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
_RUN_UNTIL_WEEKDAY = re.compile(rf"\b(?:{_alternation(_WORDS['run_until_words'])})\s+(?:through|until|till|to)\s+"
                                rf"(?P<weekday>{_alternation(WEEKDAYS)})\b", re.IGNORECASE)
_RUN_UNTIL = re.compile(rf"\b(?:{_alternation(_WORDS['run_until_words'])})\s+(?:through|until|till|to)\s+(?:the\s+)?$", re.IGNORECASE)
# Day-level phrases spaCy tags DATE that dateparser reads exactly; weeks and months ago are too vague.
_DAYS_AGO = re.compile(r"\bdays?\s+ago\b|\bday before yesterday\b", re.IGNORECASE)
_RESTATEMENT_BEFORE = re.compile(r"(?:\(|\bor|\bi\.e\.,?)\s*$")
_CLAUSE_END = re.compile(r"[).;\n]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DURATION = re.compile(rf"\b(?P<n>\d|{'|'.join(_NUMBERS)})[- ]days?\b", re.IGNORECASE)
_DURATION_OPENING = re.compile(rf"\s*(?:the|this)\s+(?P<n>\d|{'|'.join(_NUMBERS)})[- ]day\b", re.IGNORECASE)


@Language.factory(
    "press_dates",
    requires=["doc._.events"],
    assigns=["doc._.events"],
    default_config={"session_gap_days": 1},
)
def make_date_resolver(nlp: Language, name: str, session_gap_days: int) -> DateResolver:
    return DateResolver(name, session_gap_days=session_gap_days)


@dataclass
class _Choice:
    """The mention chosen for an event: an explicit date, a relative one, or a year alone."""

    start: int
    end: int
    mention: DateMention | None = None
    relative: RelativeMention | None = None
    year: int | None = None


class DateResolver:
    def __init__(self, name: str, *, session_gap_days: int) -> None:
        self.name = name
        self.session_gap_days = session_gap_days

    def __call__(self, doc: Doc) -> Doc:
        _, body_start = split_published_header(doc_text(doc))
        mentions = [m for m in doc_date_mentions(doc) if m.start >= body_start]
        datelines = [m for m in mentions if _is_dateline(doc_text(doc), m, body_start)]
        published = (date.fromisoformat(doc._.published) if doc._.published
                     else _yearless_dateline(doc_text(doc), datelines, body_start) or _published_from(datelines)
                     or _published_from(_head_dates(doc_text(doc), mentions, body_start))
                     or _published_from(_date_lines(doc_text(doc), mentions, body_start))
                     or _published_from(_briefing_headings(doc_text(doc), mentions, body_start)))
        excluded = {id(m) for m in datelines}
        excluded |= {id(m) for m in mentions if _is_other_time_zone(doc_text(doc), m)}
        reasons = {id(m): r for m in mentions if id(m) not in excluded for r in [_non_event_reason(doc, m)] if r}
        context = _Context(doc, mentions, excluded, reasons, published, body_start, doc._.events or [])
        for draft in doc._.events or []:
            self._resolve(context, draft)
        head_dates = _head_dates(doc_text(doc), mentions, body_start)
        for draft in doc._.events or []:
            if draft["start_date"] is None and draft.get("page_event") and head_dates:
                # "Wednesday, March 6, 2024 / 10:00 am – 11:30 am EST" over "This event was held virtually"
                day = head_dates[0].days()[0][0]
                _set_day(context, draft, day, head_dates[0].start, head_dates[0].end)
                continue
            if draft["start_date"] is None and (_day_of_month(context, draft) or _next_day_of(context, draft)
                                                or _same_day_as(context, draft) or _day_of_trip(context, draft)
                                                or _day_of_paragraph(context, draft)):
                continue
            if draft.get("if_other_day") and _shares_a_day(context, draft):
                draft.update(start_date=None, end_date=None, sessions=[])  # "met" again: the event already dated
            elif draft["start_date"] is None and draft.get("held_during") is not None:
                _take_date_of(context, draft)
        for draft in doc._.events or []:
            _begin_at_first_stop(context, draft)
        return doc

    def _resolve(self, ctx: _Context, draft: EventDraft) -> None:
        draft.update(start_date=None, end_date=None, date_precision="day", sessions=[])
        choice = _choose(ctx, draft)
        if choice is None:
            return
        if choice.relative is not None:
            rel = _within_trip(ctx, draft, choice.relative)
            first, last, precision = rel.first, rel.last, "day"
            sessions = [] if rel.vague else _merge([(d, d) for d in rel.days], self.session_gap_days)
        elif choice.year is not None:
            first, last, precision, sessions = date(choice.year, 1, 1), date(choice.year, 12, 31), "year", []
        else:
            mention = choice.mention
            assert mention is not None
            days = mention.days(_anchor_year(ctx, draft, mention))
            if not days:
                return
            if mention.precision == "month":
                first = month_bounds(days[0][0].year, days[0][0].month)[0]
                last = month_bounds(days[-1][1].year, days[-1][1].month)[1]
                precision, sessions = "month", []
            else:
                days = days + _later_legs(ctx, draft, mention)
                sessions = _merge(days, self.session_gap_days)
                first, last, precision = sessions[0][0], sessions[-1][1], "day"
        if precision == "day" and first == last:
            first, last = _stretch(ctx, draft, first)
            if first != last:
                sessions = [(first, last)]
        draft.update(
            start_date=first.isoformat(), end_date=last.isoformat(), date_precision=precision,
            sessions=[{"start": a.isoformat(), "end": b.isoformat()} for a, b in sessions],
        )
        for field in ("start_date", "end_date"):
            add_evidence(draft, ctx.doc, field, draft[field], choice.start, choice.end)


@dataclass
class _Context:
    doc: Doc
    mentions: list[DateMention]
    excluded: set[int]  # ids of mentions that never date an event (datelines, other time zones)
    reasons: dict[int, str]  # mention id -> the lemma that makes it a founding, signing, deadline …
    published: date | None
    body_start: int
    drafts: list[EventDraft]

    def usable(self, m: DateMention, draft: EventDraft) -> bool:
        if id(m) in self.excluded or self.is_future(m):
            return False
        reason = self.reasons.get(id(m))
        if reason is None:
            return True
        # A signing's own date is the event's when the event is the signing.
        if reason in ("sign", "signing") and draft.get("event_type") == "signing":
            return True
        if self.right_after_name(m, draft):
            return True  # "During Xi's state visit to Saudi Arabia in December 2022, the two sides signed …"
        # "launched at the EU-Japan Summit on 12 May 2022": the meeting named beside a founding keeps its date.
        return bool(draft.get("named_in_passing")) and reason != "deadline" and _within(m.start, m.end, draft.get("trigger"))

    def right_after_name(self, m: DateMention, draft: EventDraft) -> bool:
        """The date stands just after the event's name ("… visit to Saudi Arabia in December 2022")."""
        title = _title_evidence(draft)
        return title is not None and re.fullmatch(r"\s*(?:,\s*)?(?:in|on|of)\s+", doc_text(self.doc)[title["end"] : m.start]) is not None

    def is_future(self, m: DateMention) -> bool:
        """A date after publication is a plan ("members from 1 January 2024"), not a meeting held."""
        first = m.sittings[0][0]
        if self.published is None or first.year is None:
            return False
        day = parse_day(first.year, first.month, first.day or 1)
        return day is not None and day > self.published

    def relative(self, start: int, end: int) -> list[RelativeMention]:
        """Relative dates in text[start:end] that are not part of an explicit date."""
        if self.published is None:
            return []
        found = find_relative_mentions(doc_text(self.doc)[start:end], self.published, start)
        found += [r for r in self._entity_days(start, end) if not any(f.start <= r.end and r.start <= f.end for f in found)]
        return sorted((r for r in found if not any(m.start <= r.end and r.start <= m.end for m in self.mentions)),
                      key=lambda r: r.start)

    def _entity_days(self, start: int, end: int) -> list[RelativeMention]:
        """spaCy DATE entities the word lists do not name ("two days ago", "the day before yesterday")."""
        assert self.published is not None
        found = []
        for ent in self.doc.ents:
            if ent.label_ != "DATE" or ent.start_char < start or ent.end_char > end or not _DAYS_AGO.search(ent.text):
                continue
            day = resolve_relative(ent.text, self.published)
            if day is not None and day <= self.published:
                found.append(RelativeMention(ent.start_char, ent.end_char, ent.text, day, day, [day]))
        return found


def _later_legs(ctx: _Context, draft: EventDraft, mention: DateMention) -> list:
    """"paid an official visit to the Netherlands from 10 to 12 March 2024 and to Denmark from 13 to
    14 March 2024": a trip's days run over every leg its own clause dates; "held in two parts: in Tokyo on
    13–14 March, followed by a closing session online on 2 April": a meeting's over its later sittings."""
    text = doc_text(ctx.doc)
    if draft.get("event_type") != "visit":
        end = _sentence_bounds(text, mention.start, mention.end)[1]
        legs = [m for m in ctx.mentions if mention.end < m.start < end and m.precision == "day" and ctx.usable(m, draft)
                and FURTHER_SITTING.search(text, mention.end, m.start)]
    elif draft.get("clause"):
        legs = [m for m in ctx.mentions if m.start > mention.end and _within(m.start, m.end, draft["clause"])
                and m.precision == "day" and ctx.usable(m, draft)]
    else:
        return []
    return [span for m in legs for span in m.days(_anchor_year(ctx, draft, m))]


def _within_trip(ctx: _Context, draft: EventDraft, rel: RelativeMention) -> RelativeMention:
    """"On Monday" on a trip of 11–16 June told on Tuesday 20 June is the trip's Monday, 12 June,
    not the day before publication."""
    trip = next((d for d in ctx.drafts if d is not draft and d.get("start_date") and _is_trip_around(d, draft)), None)
    if trip is None or rel.vague or not any(day in rel.text.lower() for day in WEEKDAYS):
        return rel
    start, end = date.fromisoformat(trip["start_date"]), date.fromisoformat(trip["end_date"])
    weeks = next((k for k in range(1, 3) if rel.first - timedelta(weeks=k) >= start), 0)
    if start <= rel.first <= end or not weeks or rel.last - timedelta(weeks=weeks) > end:
        return rel
    shift = timedelta(weeks=weeks)
    return replace(rel, first=rel.first - shift, last=rel.last - shift, days=[d - shift for d in rel.days])


def _shares_a_day(ctx: _Context, draft: EventDraft) -> bool:
    if draft["start_date"] is None:
        return True
    return any(d is not draft and d["start_date"] and d["start_date"] <= draft["end_date"] and draft["start_date"] <= d["end_date"]
               and not _is_trip_around(d, draft) for d in ctx.drafts)


def _is_trip_around(trip: EventDraft, draft: EventDraft) -> bool:
    """Every meeting of a trip falls within the trip's days; sharing them makes no meeting the same."""
    return trip.get("event_type") == "visit" and trip["start"] <= draft["start"] and draft["end"] <= trip["end"]


def _last_dated_before(ctx: _Context, draft: EventDraft) -> EventDraft | None:
    """The event the text spoke of last before this one, dated to the day."""
    earlier = [d for d in ctx.drafts if d["anchor"] < draft["anchor"] and d["start_date"] and d["date_precision"] == "day"]
    return max(earlier, key=lambda d: d["anchor"]) if earlier else None


def _next_day_of(ctx: _Context, draft: EventDraft) -> bool:
    """"The following day, the Minister met …": the day after the last day the text spoke of,
    the previous meeting's, or the first day of the trip around it. "The day before, officials
    met …": the day before the previous meeting's first."""
    trigger = draft.get("trigger")
    previous = _last_dated_before(ctx, draft)
    if trigger is None or previous is None:
        return False
    after = NEXT_DAY.search(doc_text(ctx.doc), *trigger)
    found = after or PREVIOUS_DAY.search(doc_text(ctx.doc), *trigger)
    if found is None:
        return False
    if after is not None:
        around = previous["start"] <= draft["start"] and draft["end"] <= previous["end"]
        day = date.fromisoformat(previous["start_date"] if around else previous["end_date"]) + timedelta(days=1)
    else:
        day = date.fromisoformat(previous["start_date"]) - timedelta(days=1)
    _set_day(ctx, draft, day, found.start(), found.end())
    return True


def _same_day_as(ctx: _Context, draft: EventDraft) -> bool:
    """"Later the same day, the Minister met …", "Following the talks, …": the day of the meeting the text spoke of last,
    when that was one day (not the trip around it)."""
    trigger = draft.get("trigger")
    text = doc_text(ctx.doc)
    found = SAME_DAY.search(text, trigger[0], trigger[1]) or SAME_DAY_OPENER.match(text, trigger[0]) if trigger else None
    previous = _last_dated_before(ctx, draft)
    if found is None or previous is None:
        return False
    if previous["start_date"] == previous["end_date"]:
        day = previous["start_date"]
    else:  # "The dialogue opened Monday, shortly after the envoys paid a call … that morning": its first day
        lemmas = _verbs_of(ctx, trigger)
        if lemmas & _OPENING_VERBS:
            day = previous["start_date"]
        elif lemmas & CLOSING_VERBS:
            day = previous["end_date"]
        else:
            return False
    _set_day(ctx, draft, date.fromisoformat(day), found.start(), found.end())
    return True


def _day_of_month(ctx: _Context, draft: EventDraft) -> bool:
    """"On the 15th, Minister Kim held talks …": that day of the month the text spoke of last."""
    trigger = draft.get("trigger")
    found = DAY_OF_MONTH.search(doc_text(ctx.doc), trigger[0], trigger[1]) if trigger else None
    previous = _last_dated_before(ctx, draft)
    if found is None or previous is None and ctx.published is None:
        return False
    if previous is not None:
        month = date.fromisoformat(previous["start_date"])
    else:  # "on the 12th (Wed.)" under a dateline of 13 March: this month's, else last month's
        month = ctx.published if int(found.group("day")) <= ctx.published.day else ctx.published.replace(day=1) - timedelta(days=1)
    day = parse_day(month.year, month.month, int(found.group("day")))
    if day is None or ctx.published is not None and day > ctx.published:
        return False
    _set_day(ctx, draft, day, found.start("day"), found.end())
    return True


def _day_of_trip(ctx: _Context, draft: EventDraft) -> bool:
    """"On the final day of the visit, the President met …": the last (or first) day of the trip around
    it, or of the meeting the phrase names ("on the first day of the meeting")."""
    trigger = draft.get("trigger")
    found = TRIP_DAY.search(doc_text(ctx.doc), trigger[0], trigger[1]) if trigger else None
    around = [d for d in ctx.drafts if d is not draft and d["start"] <= draft["start"] and draft["end"] <= d["end"]
              and d["start_date"] and d["date_precision"] == "day"]
    if found is None:
        return False
    trip = around[-1] if around else None
    named = re.match(r"\s+(?:the|his|her|their)\s+(\w+)", doc_text(ctx.doc)[found.end() :])
    word = named.group(1).lower() if named else None
    if word not in (None, "visit"):
        # "the first day of the meeting", "the last day of the Fair": the latest event of that kind or name the
        # text reported before, whether or not its passage holds this one
        kind = [d for d in ctx.drafts if d is not draft and d["anchor"] < draft["anchor"] and d["start_date"]
                and d["date_precision"] == "day" and d.get("event_type") != "visit"
                and (word == d.get("event_type") or word in (d.get("title") or "").lower().split())]
        if kind:
            trip = max(kind, key=lambda d: d["anchor"])
    if trip is None:
        return False
    phrase = re.sub(r"\s+of$", "", found.group().lower())
    side, _, offset = TRIP_DAYS.get(phrase, "end").partition("+")  # "start", "start+1" (the second day), "end"
    first, last = date.fromisoformat(trip["start_date"]), date.fromisoformat(trip["end_date"])
    day = min(first + timedelta(days=int(offset or 0)), last) if side == "start" else last
    _set_day(ctx, draft, day, found.start(), found.end())
    return True


def _day_of_paragraph(ctx: _Context, draft: EventDraft) -> bool:
    """"On Thursday Dr Reti travelled to Tsukuba, where … The Minister also met researchers working at the
    institute": a stop of a trip told with no day of its own was made on the day its paragraph opened with."""
    trigger = draft.get("trigger")
    trip = next((d for d in ctx.drafts if d is not draft and d["start_date"] and _is_trip_around(d, draft)), None)
    if trigger is None or trip is None:
        return False
    text = doc_text(ctx.doc)
    paragraph = max(text.rfind("\n\n", 0, trigger[0]), ctx.body_start)
    days = [r for r in ctx.relative(paragraph, trigger[0]) if not r.vague and len(r.days) == 1]
    if not days:
        return False
    day = _within_trip(ctx, draft, days[-1])
    if not date.fromisoformat(trip["start_date"]) <= day.first <= date.fromisoformat(trip["end_date"]):
        return False
    _set_day(ctx, draft, day.first, days[-1].start, days[-1].end)
    return True


def _set_day(ctx: _Context, draft: EventDraft, day: date, start: int, end: int) -> None:
    draft.update(start_date=day.isoformat(), end_date=day.isoformat(), date_precision="day",
                 sessions=[{"start": day.isoformat(), "end": day.isoformat()}])
    for field in ("start_date", "end_date"):
        add_evidence(draft, ctx.doc, field, draft[field], start, end)


def _begin_at_first_stop(ctx: _Context, trip: EventDraft) -> None:
    """"wrapped up a working visit to Seoul on Friday. On Wednesday she was received by …": a trip
    dated by the day it ended began with its first stop."""
    if trip.get("event_type") != "visit" or trip["date_precision"] != "day" or trip["start_date"] != trip["end_date"] \
            or trip["start_date"] is None or not trip.get("trigger"):
        return
    if not _verbs_of(ctx, trip["trigger"]) & CLOSING_VERBS:
        return
    last = date.fromisoformat(trip["end_date"])
    stops = [d for d in ctx.drafts if d is not trip and d["start_date"] and d["date_precision"] == "day"
             and _is_trip_around(trip, d) and timedelta(0) < last - date.fromisoformat(d["start_date"]) <= _LONGEST_TRIP]
    if not stops:
        return
    first = min(stops, key=lambda d: d["start_date"])
    trip.update(start_date=first["start_date"], sessions=[{"start": first["start_date"], "end": trip["end_date"]}])
    trip["evidence"] = [e for e in trip["evidence"] if e["field"] != "start_date"] + [
        e for e in first["evidence"] if e["field"] == "start_date"]


def _take_date_of(ctx: _Context, draft: EventDraft) -> None:
    """A side meeting that states no date of its own ("Earlier in the day, …") was held on the
    day of the event beside it; over a multi-day event, its span."""
    beside = next((d for d in ctx.drafts if d["anchor"] == draft["held_during"] and d is not draft), None)
    if beside is None or beside["start_date"] is None:
        return
    draft.update(start_date=beside["start_date"], end_date=beside["end_date"], date_precision=beside["date_precision"],
                 sessions=[{"start": beside["start_date"], "end": beside["end_date"]}] if beside["sessions"] else [])
    for evidence in beside["evidence"]:
        if evidence["field"] in ("start_date", "end_date"):
            add_evidence(draft, ctx.doc, evidence["field"], draft[evidence["field"]], evidence["start"], evidence["end"])


def _within(start: int, end: int, bounds: list[int] | None) -> bool:
    return bool(bounds) and bounds[0] <= start and end <= bounds[1]


def _choose(ctx: _Context, draft: EventDraft) -> _Choice | None:
    trigger = draft.get("trigger")
    lines = [b for b in (draft.get("date_line"), draft.get("heading"), draft.get("place_line")) if b]

    def in_sentence(start: int, end: int) -> bool:
        # The reporting sentence, without the heading and date lines spaCy may have glued to it.
        return (_within(start, end, trigger) and start >= ctx.body_start
                and not any(_within(start, end, b) for b in lines))

    def in_passage(start: int, end: int) -> bool:
        # Another event's reporting sentence inside this passage dates that event, not this one.
        return (draft["start"] <= start and end <= draft["end"] and start >= ctx.body_start
                and not any(_within(start, end, t) for t in others))

    others = [d.get("trigger") for d in ctx.drafts if d is not draft and d.get("trigger") != trigger]
    usable = [m for m in ctx.mentions if ctx.usable(m, draft)]
    told_later = next((m for m in usable if [m.start, m.end] == draft.get("dated_by")), None)
    if told_later is not None:  # an event told undated, dated by a later sentence ("From 6 to 11 October, the MPs visited …")
        return _Choice(told_later.start, told_later.end, mention=told_later)
    sentence = [m for m in usable if in_sentence(m.start, m.end)]
    passage = [m for m in usable if in_passage(m.start, m.end) or m in sentence]
    relative = [r for r in ctx.relative(*trigger) if in_sentence(r.start, r.end)] if trigger else []
    days_stated = sorted([_Choice(m.start, m.end, mention=m) for m in sentence if m.precision == "day"]
                         + [_Choice(r.start, r.end, relative=r) for r in relative if not r.vague], key=lambda c: c.start)
    # A day in the trigger verb's own clause over one the sentence gives another verb ("today reported").
    days_stated = [c for c in days_stated if _within(c.start, c.end, draft.get("clause"))] or days_stated
    if days_stated:
        first = days_stated[0]
        if first.relative is not None:
            # "today hosted …. The meeting took place on 9 and 10 November": the explicit dates are more exact.
            text = doc_text(ctx.doc)
            return next((_Choice(m.start, m.end, mention=m) for m in passage
                         if m.precision == "day" and m.start > first.start and _confirms(m, first.relative)
                         and _names_event(_sentence_text(text, m.start, m.end), draft)), first)
        return first
    for m in passage:  # over the date line under the title, which may be the release's
        if m.precision == "day" and _under_date_label(doc_text(ctx.doc), m):
            return _Choice(m.start, m.end, mention=m)  # "1. Date and venue / Tuesday, April 30, 2024 (local time), …"
    on_date_line = [m for m in usable if _within(m.start, m.end, draft.get("date_line"))]  # above a day's meeting too
    if on_date_line:
        return _Choice(on_date_line[0].start, on_date_line[0].end, mention=on_date_line[0])
    for m in sentence:
        return _Choice(m.start, m.end, mention=m)
    passage_days = sorted([_Choice(m.start, m.end, mention=m) for m in passage if m.precision == "day"]
                          + [_Choice(r.start, r.end, relative=r) for r in ctx.relative(draft["start"], draft["end"])
                             if not r.vague and in_passage(r.start, r.end)], key=lambda c: c.start)
    if passage_days:
        return passage_days[0]
    for r in relative:
        return _Choice(r.start, r.end, relative=r)
    for m in passage:
        return _Choice(m.start, m.end, mention=m)
    if trigger:
        for start, end, year in find_year_mentions(doc_text(ctx.doc)[trigger[0] : trigger[1]], trigger[0]):
            future = ctx.published is not None and year > ctx.published.year
            if in_sentence(start, end) and not future and _non_event_reason(ctx.doc, None, start, end) is None:
                return _Choice(start, end, year=year)
        if ctx.published is not None:
            for m in LAST_YEAR.finditer(doc_text(ctx.doc)[trigger[0] : trigger[1]]):
                return _Choice(trigger[0] + m.start(), trigger[0] + m.end(), year=ctx.published.year - 1)
    return None


def _confirms(m: DateMention, relative: RelativeMention) -> bool:
    """An explicit date that holds every day a relative date names, and opens or closes with it.

    "today" (10 November) and "held on 9 and 10 November" agree; "on Monday" (25
    September) inside someone's "visit from Sept. 23 to 26" is another span.
    """
    days = m.days(relative.first.year)
    if not days or not all(any(a <= d <= b for a, b in days) for d in relative.days):
        return False
    return relative.first == days[0][0] or relative.last == days[-1][1]


def _names_event(sentence: str, draft: EventDraft) -> bool:
    """The sentence speaks of the event: its kind ("the meeting took place …") or its title's last word."""
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    title = re.findall(r"[a-z]+", (draft.get("title") or "").lower())
    # "The round was held from 29 September to 3 October" speaks of "the ninth round of negotiations for …".
    title_nouns = {w for w in title if w in _MEETING_NOUNS}
    return draft.get("event_type", "other") in words or bool(title and title[-1] in words) or bool(title_nouns & words)


def _is_dateline(text: str, m: DateMention, body_start: int) -> bool:
    """A publication date at the head of a text, not an event's date."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if len([line for line in text[body_start:line_start].split("\n") if line.strip()]) >= _DATELINE_MAX_LINE:
        return False  # datelines open a text; a date this far down is in its body
    line_end = text.find("\n", m.end)
    before = text[line_start : m.start]
    after = text[m.end : line_end if line_end != -1 else len(text)]
    if _PUBLICATION_PREFIX.search(before):
        return True
    if _under_date_label(text, m):
        return False  # under "1. Date and venue": the meeting's date, not the release's
    if m.sittings[0][0] != m.sittings[-1][1]:
        return False  # "Nairobi, 17-20 November 2025": a stay of several days, not the day of publication
    if not before.strip() and _PLACE_AFTER_DATE.match(after):
        return True  # "October 21, 2025 – Toronto, Ontario", as Canadian government releases open
    return bool(before.strip()) and bool(_PLACE_PREFIX.match(before)) and bool(_DATELINE_SUFFIX.match(after))


def _under_date_label(text: str, m: DateMention) -> bool:
    """A date on the line under "1. Date and venue" or "Date:": the date of the page's meeting."""
    end = text.rfind("\n", 0, m.start)
    while end > 0:  # the nearest non-blank line above, found without copying the text before it
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end].strip()
        if above:
            return _DATE_LABEL.fullmatch(above) is not None
        end = start - 1
    return False


def _head_dates(text: str, mentions: list[DateMention], body_start: int) -> list[DateMention]:
    """Full dates in the first lines of a text with no dateline ("May 06, 2023" over the title):
    the best guess at its publication, for reading "last year" and weekdays."""
    head_end = _head_end(text, body_start, _HEAD_LINES)
    found = []
    for m in mentions:
        line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        # A short line that opens with the date ("May 06, 2023", "05.11.2024 | 11:42") or a label
        # ("Event Recap | March 18, 2025"), not a sentence.
        label = line[: m.start - line_start]
        if m.start < head_end and m.precision == "day" and m.has_year and len(line) <= 60 and _HEAD_LABEL.match(label):
            found.append(m)
    return found


def _date_lines(text: str, mentions: list[DateMention], body_start: int) -> list[DateMention]:
    """Full dates alone on a line among the first lines of a text ("MEDIA NOTE / OFFICE OF THE
    SPOKESPERSON / NOVEMBER 15, 2024" under navigation crumbs): the publication, for reading weekdays."""
    head_end = _head_end(text, body_start, _DATELINE_MAX_LINE)
    found = []
    for m in mentions:
        if m.start >= head_end or m.precision != "day" or not m.has_year:
            continue
        line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if _WEEKDAY_ONLY.fullmatch(line[: m.start - line_start] + line[m.end - line_start :]):
            found.append(m)
    return found


def _briefing_headings(text: str, mentions: list[DateMention], body_start: int) -> list[DateMention]:
    """"Foreign Ministry Spokesperson's Regular Press Conference on June 12, 2025": a transcript is
    published the day of the briefing its heading dates."""
    head_end = _head_end(text, body_start, _HEAD_LINES)
    found = []
    for m in mentions:
        if m.start >= head_end or m.precision != "day" or not m.has_year:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if _BRIEFING_BEFORE_DATE.search(text[line_start : m.start]):
            found.append(m)
    return found


def _head_end(text: str, body_start: int, lines: int) -> int:
    """Where the first `lines` non-blank lines of the body end."""
    head_lines = [line for line in text[body_start:].split("\n") if line.strip()][:lines]
    return text.find(head_lines[-1], body_start) + len(head_lines[-1]) if head_lines else body_start


def _published_from(datelines: list[DateMention]) -> date | None:
    for m in datelines:
        first = m.sittings[0][0]
        if first.year is not None and first.day is not None:
            return parse_day(first.year, first.month, first.day)
    return None


def _yearless_dateline(text: str, datelines: list[DateMention], body_start: int) -> date | None:
    """"Riyadh, Feb 11 (ONA) ---" under "Published: 11/02/2025 - 15:42": a dateline without its year takes
    the one year the lines above it give; its month's name is surer than their numbers' order."""
    for m in datelines:
        first = m.sittings[0][0]
        if first.year is not None or first.day is None:
            continue
        years = {int(y) for y in _YEAR.findall(text[body_start : text.rfind("\n", 0, m.start) + 1])}
        if len(years) == 1:
            return parse_day(years.pop(), first.month, first.day)
    return None


def _is_other_time_zone(text: str, m: DateMention) -> bool:
    """"(December 3 and 4, 2020 in China)", "…, or December 3 Beijing time": a restatement in another time zone."""
    if not _RESTATEMENT_BEFORE.search(text[max(0, m.start - 8) : m.start]):
        return False
    tail = _CLAUSE_END.split(text[m.end : m.end + 40], maxsplit=1)[0].lower()
    return any(re.search(rf"\b{re.escape(cue)}\b", tail) for cue in _TZ_CUES)


def _non_event_reason(doc: Doc, m: DateMention | None, start: int = 0, end: int = 0) -> str | None:
    """The word that makes a date a founding, signing, publication or deadline date, if any."""
    if m is not None:
        start, end = m.start, m.end
    if _NON_EVENT_BEFORE.search(doc_text(doc)[max(0, start - 40) : start]):
        return "deadline"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    for _ in range(6):  # up to the verb that governs the date
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and lemma in _NON_EVENT_NOUNS:
            return lemma
        if head.pos_ in ("VERB", "AUX"):
            if lemma == "sign" and not _signs_agreement(head):
                return None
            if any(c.dep_ == "ccomp" and c.tag_ == "VBD" for c in head.children):
                return None  # "announced that the Minister visited Paris from 13 to 16 October": a report
            return lemma if lemma in _NON_EVENT_VERBS else None
        if head.head.i == head.i:
            break
        head = head.head
    return None


def _signs_agreement(verb: Token) -> bool:
    """"The agreement, which was signed in February 2022": a document's signing, not a meeting."""
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _AGREEMENT_NOUNS:
        return True
    return any(t.lemma_.lower() in _AGREEMENT_NOUNS for c in verb.children
               if c.dep_ in ("nsubjpass", "nsubj", "dobj") for t in c.subtree)


def _anchor_year(ctx: _Context, draft: EventDraft, mention: DateMention) -> int | None:
    """The year of a year-less date: the nearest full date before it in its passage, else publication,
    else the nearest date before it in the text that states a year."""
    if mention.has_year:
        return None
    # What "last November" counts back from: the publication, else the last full date before it ("Date: 2024-07-12").
    reference = ctx.published or _last_full_day_before(ctx, mention.start)
    if reference is not None and re.search(r"\blast\s+$", doc_text(ctx.doc)[max(0, mention.start - 6) : mention.start], re.IGNORECASE):
        # "held in The Hague last November": the latest such month before publication.
        first_month = mention.sittings[0][0].month
        return reference.year if first_month is not None and first_month < reference.month else reference.year - 1
    year_after = YEAR_AFTER_MONTH.match(doc_text(ctx.doc), mention.end)
    if reference is not None and year_after:  # "in May last year", "in March this year"
        return reference.year - (year_after.group("which").lower() != "this")
    # A meeting of a trip or page lies inside a longer passage: that passage is its context too.
    start = min(d["start"] for d in ctx.drafts if d["start"] <= draft["start"] and draft["end"] <= d["end"])
    for earlier in reversed([m for m in ctx.mentions if start <= m.start and m.end <= mention.start]):
        if earlier.precision == "day" and earlier.has_year:  # a dateline dates the year too
            return earlier.sittings[-1][1].year
    heading = draft.get("heading")
    if heading:  # "2021 U.S.-China Track II Dialogue" over a year-less date line
        years = _YEAR.findall(doc_text(ctx.doc)[heading[0] : heading[1]])
        if years:
            return int(years[0])
    if ctx.published is None:  # a page with no date of its own ("July 2025 edition"): the last year stated before
        return next((m.sittings[-1][1].year for m in _dated_before(ctx, mention.start, ("day", "month"))), None)
    days = mention.days(ctx.published.year)
    # "on December 28" in a text of 5 January: a meeting reported as held is in the past.
    return ctx.published.year - 1 if days and days[0][0] > ctx.published else ctx.published.year


def _dated_before(ctx: _Context, offset: int, precisions: tuple[str, ...]):
    """The dates that state their year before `offset`, nearest first."""
    return (m for m in reversed(ctx.mentions) if m.end <= offset and m.has_year and m.precision in precisions)


def _last_full_day_before(ctx: _Context, offset: int) -> date | None:
    last = next((m.sittings[-1][1] for m in _dated_before(ctx, offset, ("day",))), None)
    return parse_day(last.year, last.month, last.day) if last is not None else None


def _stretch(ctx: _Context, draft: EventDraft, day: date) -> tuple[date, date]:
    """A one-day reading widened by what the passage says of the event's length.

    "concluded today after two days of talks" ends on the day; "opened
    Wednesday … the three-day event runs through Nov. 10" starts on it; "concluded
    today … from 15th to 24th October, delegates …" ends a range the passage states.
    """
    trigger = draft.get("trigger")
    if not trigger:
        return day, day
    sentence = ctx.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    text = doc_text(ctx.doc)
    # "runs through 19 September" in the passage, after the reporting sentence.
    for m in ctx.mentions:
        if not (trigger[0] <= m.start < draft["end"] and m.precision == "day"
                and _RUN_UNTIL.search(text[max(0, m.start - 30) : m.start])):
            continue
        # Only the event's own sentence, or one that speaks of its length ("the three-day event runs through …").
        if not (m.end <= trigger[1] or _DURATION.search(_sentence_text(text, m.start, m.end))):
            continue
        end = m.days(day.year)
        if end and day < end[-1][1] <= day + timedelta(days=30):
            return day, end[-1][1]
    if sentence is None:
        return day, day
    until = _RUN_UNTIL_WEEKDAY.search(text, trigger[0], trigger[1])
    if until is not None and _told_of(ctx, draft, until.start()):
        # "… kicked off Wednesday at the same venue and will run through Sunday": the coming Sunday
        ahead = (WEEKDAYS[until.group("weekday").lower()] - day.weekday()) % 7
        if ahead:
            return day, day + timedelta(days=ahead)
    lemmas = _verbs_of(ctx, trigger)
    for m in ctx.mentions:  # "concluded today … Over ten days, from 15th to 24th October, delegates …"
        if not (trigger[0] <= m.start < draft["end"] and m.precision == "day"):
            continue
        days = m.days(day.year) or [(day, day)]  # "Over the two days, 14 and 15 March": from the first to the last
        first, last = days[0][0], days[-1][1]
        if lemmas & CLOSING_VERBS and last == day and timedelta(0) < day - first <= timedelta(days=30):
            return first, day
        if lemmas & _OPENING_VERBS and first == day and timedelta(0) < last - day <= timedelta(days=30):
            return day, last
    duration = _DURATION.search(sentence.text) or _length_told_next(ctx, draft, sentence)
    if duration is not None and draft.get("event_type") != "visit" and _STAY_AFTER.match(duration.string, duration.end()):
        return day, day  # "The two-day visit ended in Benguerir, where she met researchers": the trip's length
    if duration is None:
        return day, day
    n = _NUMBERS.get(duration.group("n").lower()) or int(duration.group("n"))
    if not 1 < n < 15:
        return day, day
    if lemmas & CLOSING_VERBS:
        return day - timedelta(days=n - 1), day
    if lemmas & _OPENING_VERBS:
        return day, day + timedelta(days=n - 1)
    return day, day


def _told_of(ctx: _Context, draft: EventDraft, offset: int) -> bool:
    """Is the clause at `offset` the event's own, not a relative clause on another name ("on the sidelines of the
    Expo, which will run through Sunday")?"""
    token = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    clause = next((t for t in token[0].ancestors if t.dep_ == "relcl"), None) if token is not None else None
    if clause is None:
        return True
    title = _title_evidence(draft)
    # "the 22nd China-ASEAN Expo (CAEXPO), which …": the name and its acronym
    return title is not None and title["start"] <= clause.head.idx <= title["end"] + _ACRONYM_ROOM


def _verbs_of(ctx: _Context, trigger: list[int]) -> set[str]:
    """The lemmas of the verbs in a draft's reporting sentence ("concluded", "opened")."""
    sentence = ctx.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    return {t.lemma_.lower() for t in sentence if t.pos_ in ("VERB", "AUX")} if sentence is not None else set()


def _title_evidence(draft: EventDraft) -> dict | None:
    """Where the draft's title was read, if it has one."""
    return next((e for e in draft.get("evidence", []) if e["field"] == "title"), None)


def _length_told_next(ctx: _Context, draft: EventDraft, sentence: Span) -> re.Match | None:
    """"… concluded the 4th Dialogue in Makati on Tuesday. The two-day dialogue, hosted by …": the
    next sentence, when it opens on the event's length."""
    if sentence.end >= len(ctx.doc) or ctx.doc[sentence.end].idx >= draft["end"]:
        return None
    following = ctx.doc[sentence.end].sent
    return _DURATION_OPENING.match(following.text)


def _sentence_text(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], by its punctuation ("Nov. 10" may end one)."""
    return text[slice(*_sentence_bounds(text, start, end))]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left, min(stops) if stops else len(text)


def _merge(days: list[tuple[date, date]], gap_days: int) -> list[tuple[date, date]]:
    """Consecutive days are one sitting; only a gap starts another."""
    merged: list[tuple[date, date]] = []
    for a, b in sorted(days):
        if merged and a - merged[-1][1] <= timedelta(days=gap_days):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
