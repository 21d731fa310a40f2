"""Find date expressions in text and read them as days, ranges and lists.

Press texts join dates in ways no single-expression parser reads
("November 30 – December 2, 2021", "3 and 5 May", "December 19, 2022 and
February 13, 2023"). The text is lexed into date words (months, day numbers,
years, range and list connectors), maximal runs of them form one expression,
and a small grammar shares months and years across the pieces of a run.
Each calendar day is finally checked by dateparser (`parse_day`), cached.

Dates stated relative to publication ("on Tuesday", "Friday and Saturday",
"today", "last week") are read by dateparser against the publication date
(`find_relative_mentions`, English only, cached per weekday), and a year
stated alone ("in 2022") by `find_year_mentions`. Nothing here decides which
date is an event's: that is components/dates.py.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from .resources import read_json

_WORDS = read_json("date_words.json")
MONTHS: dict[str, int] = _WORDS["months"]
WEEKDAYS: dict[str, int] = _WORDS["weekdays"]
RELATIVE_DAYS: list[str] = _WORDS["relative_days"]
PERIODS: list[str] = _WORDS["relative_periods"]
CLOSING_VERBS = frozenset(_WORDS["closing_verbs"])  # "the Forum concluded today", "the visit ended in Benguerir"

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
# "October 13 (Mon.) to 16 (Thu.)": a weekday in brackets after a day, as Korean and Japanese releases write it.
WEEKDAY_ABBREVIATIONS = "Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
# "19 AUG 2023": three-letter capitals are months only next to a number (not acronyms).
_SHORT_UPPER = "(?:" + "|".join(m.upper() for m in MONTHS if len(m) == 3) + ")"
_RANGE_ALT = "|".join(re.escape(w) for w in _WORDS["range_words"] if w.isalpha())

# One lexer pass; the group name is the token kind. Months must be capitalised
# ("may" the verb is not a month), day numbers 1-31 with optional suffix.
_LEXER = re.compile(
    rf"""
    (?P<ISO>\b(?:19|20)\d\d(?:-[01]\d-[0-3]\d|(?P<sep>[./])[ ]?[01]?\d(?P=sep)[ ]?[0-3]?\d)\b)
  | (?P<NUMERIC>\b[0-3]?\d(?P<nsep>[/.-])[0-3]?\d(?P=nsep)(?:19|20)\d\d\b)
  | (?P<MONTH>\b(?:{'|'.join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))}|{'|'.join(m.upper() for m in MONTHS if len(m) > 3)}|{_SHORT_UPPER}(?=\.?[ \t]\d))\b\.?|(?<=\d[ \t]){_SHORT_UPPER}\b)
  | (?P<YEAR>\b(?:19|20)\d\d\b(?!-[01]\d-))
  | (?P<DAY>\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]?\d)(?!\s*(?:%|per\s?cent|percent|[ap]\.?m\b)))
  | (?P<WEEKDAY>\b(?:{_WEEKDAY_ALT.title()}|{_WEEKDAY_ALT})\b,?|\((?:{_WEEKDAY_ALT.title()}|{WEEKDAY_ABBREVIATIONS})\.?\))
  | (?P<RANGE>\s*[-–—]+\s*|\b(?:{_RANGE_ALT})\b)
  | (?P<LIST>\band(?:\s+(?:again\s+)?on)?\b|&)
  | (?P<COMMA>,)
  | (?P<OF>\bof\b|\bthe\b)
  | (?P<GAP>[ \t\u00a0]+|\r?\n(?=[ \t]*\S))
    """,
    re.VERBOSE,
)
_CONTENT = {"ISO", "NUMERIC", "MONTH", "YEAR", "DAY"}
_MONTH_CUE = re.compile(rf"\b(?:{'|'.join(_WORDS['month_only_cues'])})\s+(?:of\s+)?(?:the\s+)?(?:early|late|mid-?)?\s*$", re.IGNORECASE)
_MAX_RUN = 80  # tokens; "5, 6, 7, 8 and 9 June 2023" is 20
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# A mention's month comes from a month word or from digits (ISO, 18/09/2023): a text
# with neither holds no date, and most sentences skip the lexer (a hotspot) this way.
_DIGIT = re.compile(r"\d")
_MONTH_PREFIXES = tuple(sorted({m[:3].lower() for m in MONTHS}))


@dataclass(frozen=True)
class PartialDate:
    """A day, possibly without its year (filled in later from the context)."""

    year: int | None
    month: int
    day: int | None  # None: the whole month

    def with_year(self, year: int) -> PartialDate:
        return PartialDate(year, self.month, self.day)


@dataclass
class DateMention:
    """One date expression: where it stands and the sittings it states."""

    start: int
    end: int
    text: str
    # Each sitting is an inclusive (first, last) pair of partial dates.
    sittings: list[tuple[PartialDate, PartialDate]] = field(default_factory=list)
    precision: str = "day"  # day | month | year

    @property
    def has_year(self) -> bool:
        return all(a.year is not None and b.year is not None for a, b in self.sittings)

    @property
    def first_year(self) -> int | None:
        years = [d.year for pair in self.sittings for d in pair if d.year is not None]
        return years[0] if years else None

    def days(self, year: int | None = None) -> list[tuple[date, date]]:
        """Each sitting as (first, last) calendar days; `year` fills in a year-less date.

        Month-precise mentions give the first day of each month. Empty when a day
        does not exist, a range runs backwards, or a year is needed and not given.
        """
        out = []
        for first, last in self.sittings:
            if first.year is None or last.year is None:
                if year is None:
                    return []
                first_year = first.year or year
                # "December 30 – January 2": the range runs into the next year.
                last_year = last.year or (first_year + 1 if last.month < first.month else first_year)
                first, last = first.with_year(first_year), last.with_year(last_year)
            assert first.year is not None and last.year is not None
            a = parse_day(first.year, first.month, first.day or 1)
            b = parse_day(last.year, last.month, last.day or 1)
            if a is None or b is None or b < a:
                return []
            out.append((a, b))
        return out


@dataclass
class _Token:
    kind: str
    start: int
    end: int
    text: str


@dataclass
class _Piece:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_first: bool = False  # "9 December": the day came before the month
    start: int = 0
    end: int = 0

    def accepts(self, kind: str) -> bool:
        return {"YEAR": self.year, "MONTH": self.month, "DAY": self.day}[kind] is None


def _lex(text: str) -> list[_Token]:
    return [_Token(m.lastgroup or "", m.start(), m.end(), m.group()) for m in _LEXER.finditer(text)]


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of adjacent date tokens, trimmed to start and end on content."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    last_end = -1
    for tok in tokens:
        if current and tok.start != last_end:
            runs.append(current)
            current = []
        current.append(tok)
        last_end = tok.end
    if current:
        runs.append(current)
    trimmed = []
    for run in (part for run in runs for part in _split_at_new_clause(run)):
        if len(run) > _MAX_RUN:
            continue  # a table of numbers, not one date expression
        content = [i for i, t in enumerate(run) if t.kind in _CONTENT]
        if content:
            trimmed.append(run[content[0] : content[-1] + 1])
    return trimmed


def _split_at_new_clause(run: list[_Token]) -> list[list[_Token]]:
    """"… in Lagos on 14 January, and on 15 January held a session …": after a full date, ", and on" opens
    a clause of its own, whose day is not the first one's second sitting ("on 14 and 15 January" is)."""
    for i, tok in enumerate(run):
        if tok.kind != "COMMA" or not any(t.kind in ("MONTH", "ISO", "NUMERIC") for t in run[:i]):
            continue
        nxt = next((j for j in range(i + 1, len(run)) if run[j].kind != "GAP"), None)
        if nxt is not None and run[nxt].kind == "LIST" and run[nxt].text.rstrip().endswith("on"):
            return [run[:i]] + _split_at_new_clause(run[nxt + 1 :])
    return [run]


def _number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _pieces(run: list[_Token], day_first: bool | None = None) -> tuple[list[_Piece], list[str]]:
    """Split a run into pieces (day/month/year groups) and the connectors between them."""
    pieces: list[_Piece] = []
    links: list[str] = []
    piece = _Piece(start=run[0].start)
    pending_link: str | None = None

    def close(link: str) -> None:
        nonlocal piece
        pieces.append(piece)
        links.append(link)
        piece = _Piece(start=tok.end)

    for i, tok in enumerate(run):
        kind = tok.kind
        if kind in ("GAP", "OF", "WEEKDAY"):
            continue
        if kind in ("RANGE", "LIST", "COMMA"):
            nxt = next((run[j] for j in range(i + 1, len(run)) if run[j].kind not in ("GAP", "WEEKDAY")), None)
            if kind == "COMMA" and nxt is not None and nxt.kind == "YEAR" and piece.year is None:
                continue  # "December 9, 2023": the comma only introduces the year
            if pending_link != "RANGE":
                pending_link = kind
            continue
        if pending_link and (piece.day or piece.month or piece.year):
            close("RANGE" if pending_link == "RANGE" else "LIST")
            piece.start = tok.start
        pending_link = None
        if kind in ("ISO", "NUMERIC"):
            if piece.day or piece.month or piece.year:
                close("LIST")
            piece.start = tok.start
            values = _numeric(tok.text, day_first) if kind == "NUMERIC" else tuple(map(int, re.split(r"[-./]", tok.text.replace(" ", ""))))
            if values is None:
                return [], []
            piece.year, piece.month, piece.day = values
            piece.end = tok.end
            continue
        value_kind = {"MONTH": "MONTH", "DAY": "DAY", "YEAR": "YEAR"}[kind]
        if not piece.accepts(value_kind):
            close("LIST")
            piece.start = tok.start
        if kind == "MONTH":
            piece.month = MONTHS[tok.text.rstrip(".").lower()]
            piece.day_first = piece.day is not None
        elif kind == "DAY":
            piece.day = _number(tok.text)
        else:
            piece.year = int(tok.text)
        piece.end = tok.end
    pieces.append(piece)
    return pieces, links


def _numeric(text: str, day_first: bool | None = None) -> tuple[int, int, int] | None:
    """18/09/2023 or 09/18/2023: by the numbers, else by the text's own order of day and month."""
    a, b, year = (int(x) for x in re.split(r"[/.-]", text))
    if ("." in text or "-" in text) and day_first is None:
        # "04.03.2024", "14-11-2025": dots and dashes are the day-first convention (German, Vietnamese, Indian notes,
        # the European Parliament's press releases), never US usage
        day_first = True
    if a > 12 and b <= 12:
        return year, b, a
    if b > 12 and a <= 12:
        return year, a, b
    if a == b or (day_first is not None and a <= 12 and b <= 12):
        return (year, b, a) if day_first else (year, a, b)
    return None


_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(m.capitalize() for m in MONTHS)})\b")
_MONTH_DAY = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)")


def text_is_day_first(text: str) -> bool | None:
    """The text's locale for numeric dates: "9 December" (True), "December 9" (False), or unclear (None)."""
    day_month, month_day = len(_DAY_MONTH.findall(text)), len(_MONTH_DAY.findall(text))
    if day_month == month_day:
        return None
    return day_month > month_day


def _share_context(pieces: list[_Piece]) -> None:
    """Give month-less and year-less pieces the month and year of their neighbours."""
    day_first = any(p.day_first for p in pieces)
    for i, p in enumerate(pieces):
        if p.month is None:
            order = pieces[i + 1 :] if day_first else reversed(pieces[:i])
            donor = next((q for q in order if q.month is not None), None)
            if donor is None:  # "9 to 10 December" read left to right still works the other way
                donor = next((q for q in pieces if q.month is not None), None)
            p.month = donor.month if donor else None
    for i in range(len(pieces) - 1, -1, -1):
        p = pieces[i]
        if p.year is None:
            donor = next((q for q in pieces[i + 1 :] if q.year is not None), None)
            if donor is not None and p.month is not None and donor.month is not None:
                # "December 30 – January 2, 2023": December belongs to the year before.
                p.year = donor.year - 1 if p.month > donor.month else donor.year


def _to_mention(text: str, run: list[_Token], day_first: bool | None = None) -> DateMention | None:
    pieces, links = _pieces(run, day_first)
    if not pieces:
        return None
    if not any(p.month is not None for p in pieces):
        return None  # bare numbers and years are not dates of an event
    _share_context(pieces)
    if any(p.month is None for p in pieces):
        return None
    with_day = [p for p in pieces if p.day is not None]
    if with_day and len(with_day) != len(pieces):
        pieces = with_day  # "March 10 – 12, 2019" keeps its days; a stray month-only piece is noise
        links = links[: len(pieces) - 1]
    precision = "day" if with_day else "month"
    sittings: list[tuple[PartialDate, PartialDate]] = []
    i = 0
    while i < len(pieces):
        first = pieces[i]
        last = first
        if i < len(links) and links[i] == "RANGE":
            last = pieces[i + 1]
            i += 1
        sittings.append((PartialDate(first.year, first.month, first.day), PartialDate(last.year, last.month, last.day)))
        i += 1
    start, end = pieces[0].start, max(p.end for p in pieces)
    if len(sittings) == 2 and links == ["LIST"] and _BETWEEN.search(text[max(0, start - 12) : start]):
        sittings = [(sittings[0][0], sittings[1][1])]  # "between 9 and 11 May": one span, not two days
    return DateMention(start, end, text[start:end], sittings, precision)


_NUMBERED_PART = re.compile(r"\b(?P<label>(?:day|session|episode|panel|part|phase|round|module)\s+)(?P<number>\d{1,2})\b(?!\s*(?:st|nd|rd|th)\b)",
                            re.IGNORECASE)


_FULL_MONTH_STOP = re.compile(rf"\b(?:{'|'.join(calendar.month_name[1:])})\.$")


def find_date_mentions(text: str, offset: int = 0, day_first: bool | None = None) -> list[DateMention]:
    """Every explicit calendar date expression in `text`, offsets shifted by `offset`.

    `day_first` reads an ambiguous 05/06/2023; by default the text's own dates decide, else it is skipped.
    """
    if not _DIGIT.search(text) and not any(p in text.lower() for p in _MONTH_PREFIXES):
        return []
    # "Day 1 – Monday, October 14", "Session 2: 9 May": a numbered part of a programme, not a day of the month.
    text = _NUMBERED_PART.sub(lambda m: m.group("label") + " " * len(m.group("number")), text)
    tokens = _lex(text)
    if day_first is None and any(t.kind == "NUMERIC" for t in tokens):
        day_first = text_is_day_first(text)
    mentions = []
    for run in _runs(text, tokens):
        mention = _to_mention(text, run, day_first)
        if mention is not None and mention.precision == "month" and not mention.has_year:
            # "in May" is a date; "the May committee" and "May Chen" are not.
            if not _MONTH_CUE.search(text[max(0, mention.start - 16) : mention.start]):
                continue
        if mention is not None:
            if _FULL_MONTH_STOP.search(mention.text):  # "on 14 August." ends before the sentence's full stop
                mention.text, mention.end = mention.text[:-1], mention.end - 1
            mention.start += offset
            mention.end += offset
            mentions.append(mention)
    return mentions


@dataclass
class RelativeMention:
    """A date stated relative to publication ("on Tuesday", "Friday and Saturday", "last week")."""

    start: int
    end: int
    text: str
    first: date
    last: date
    days: list[date]  # the days named, for sittings; empty for a vague period ("last week")
    vague: bool = False


_WD = rf"(?:{_WEEKDAY_ALT.title()})"
# Weekdays are capitalised in press texts; "Friday and Saturday", "Monday to Wednesday" name several.
# "Monday the 16th to Thursday the 19th": the day of the month only confirms the weekday.
_WD_DAY = r"(?:,?\s+the\s+\d{1,2}(?:st|nd|rd|th))?"
_WEEKDAY_RUN = re.compile(
    rf"\b(?P<first>{_WD}){_WD_DAY}(?P<rest>(?:\s*(?:,|and|&|to|through|until|-|–)\s*(?:on\s+)?{_WD}{_WD_DAY})*)\b"
)
_WEEKDAY_LINK = re.compile(rf"(?P<link>,|and|&|to|through|until|-|–)\s*(?:on\s+)?(?P<day>{_WD})")
_RELATIVE_WORDS = re.compile(
    rf"\b(?P<word>{'|'.join(sorted((re.escape(w) for w in RELATIVE_DAYS), key=len, reverse=True))})\b(?!['’]s)"
    rf"|\b(?P<period>{'|'.join(re.escape(w) for w in PERIODS)})\b",
    re.IGNORECASE,
)
# A weekday right before an explicit date ("Tuesday, October 15, 2024") belongs to that date.
# "Tuesday the 17th" with no month is the weekday's own day.
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_BEFORE_EXPLICIT = re.compile(rf"\A,?\s*(?:\d|the\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b|(?:{_MONTH_NAMES})\b)")


def find_relative_mentions(text: str, published: date, offset: int = 0) -> list[RelativeMention]:
    """Days named relative to the publication date: weekdays, "today", "yesterday", "last week"."""
    found: list[RelativeMention] = []
    if not _EARLIEST_BASE <= published <= _LATEST_BASE:
        return found  # the day arithmetic needs a few weeks of calendar either side
    for m in _WEEKDAY_RUN.finditer(text):
        if _BEFORE_EXPLICIT.match(text[m.end() : m.end() + 24]):
            continue
        names = [m.group("first")] + [w.group("day") for w in _WEEKDAY_LINK.finditer(m.group("rest"))]
        links = [w.group("link") for w in _WEEKDAY_LINK.finditer(m.group("rest"))]
        # The last day named is the latest on or before publication; each earlier one precedes the next.
        days: list[date] = []
        anchor = published
        for name in reversed(names):
            day = resolve_relative(name, anchor)
            if day is None:
                break
            days.insert(0, day)
            anchor = day - timedelta(days=1)
        if len(days) != len(names):
            continue
        named = [days[0]]
        for link, day in zip(links, days[1:]):
            if link in ("to", "through", "until", "-", "–"):
                named += [named[-1] + timedelta(days=i) for i in range(1, (day - named[-1]).days + 1)]
            else:
                named.append(day)
        named = sorted(set(named))
        found.append(RelativeMention(m.start() + offset, m.end() + offset, m.group(), named[0], named[-1], named))
    for m in _RELATIVE_WORDS.finditer(text):
        if m.group("word"):
            day = resolve_relative(m.group("word").lower(), published)
            if day is not None:
                found.append(RelativeMention(m.start() + offset, m.end() + offset, m.group(), day, day, [day]))
            continue
        first, last = period_bounds(m.group("period").lower(), published)
        found.append(RelativeMention(m.start() + offset, m.end() + offset, m.group(), first, last, [], vague=True))
    return sorted(found, key=lambda r: r.start)


_PARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


_EARLIEST_BASE, _LATEST_BASE = date(1, 3, 1), date(9999, 10, 31)
# Relative days depend only on the weekday of the base: parse against one reference week, then shift.
_REFERENCE_MONDAY = date(2001, 1, 1)


def resolve_relative(expression: str, published: date) -> date | None:
    """"Tuesday", "today", "yesterday" read by dateparser against the publication date.

    A weekday is the latest such day on or before publication (the spec), so the
    base is the day after: dateparser's "past" never returns the base day itself.
    """
    weekday = expression.lower() in WEEKDAYS
    try:
        base = published + timedelta(days=1) if weekday else published
        offset = _relative_offset(expression.lower(), base.weekday())
        return None if offset is None else base + timedelta(days=offset)
    except OverflowError:  # a base at the very edge of the calendar
        return None


@lru_cache(maxsize=1024)
def _relative_offset(expression: str, base_weekday: int) -> int | None:
    reference = _REFERENCE_MONDAY + timedelta(days=base_weekday)
    settings = dict(_PARSER_SETTINGS, RELATIVE_BASE=datetime.combine(reference, datetime.min.time()))
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return (parsed.date() - reference).days if parsed else None


def period_bounds(period: str, published: date) -> tuple[date, date]:
    """"last week" → that Monday..Sunday; "this week" → Monday..publication; months alike."""
    kind, _, unit = period.rpartition(" ")
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        if kind.endswith("last"):
            return monday - timedelta(days=7), monday - timedelta(days=1)
        return monday, published
    first, last = month_bounds(published.year, published.month)
    if kind.endswith("last"):
        return month_bounds((first - timedelta(days=1)).year, (first - timedelta(days=1)).month)
    return first, published


# "in autumn 2022" names no month either: the year is all the text gives.
_YEAR_ONLY = re.compile(r"\b(?:in|during|throughout)\s+(?:mid-|(?:the\s+)?(?:early|late|mid|spring|summer|autumn|fall|winter)(?:\s+of)?\s+)?"
                        r"(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)", re.IGNORECASE)


# The year before publication, stated relative to it.
LAST_YEAR = re.compile(r"\b(?:last|the previous|the preceding) year\b|\ba year (?:ago|earlier)\b", re.IGNORECASE)
# The year said after a month: "in May last year", "in February of last year", "in March this year".
YEAR_AFTER_MONTH = re.compile(r"\s*,?\s+(?:of\s+)?(?P<which>last|this|the\s+previous|the\s+preceding)\s+year\b", re.IGNORECASE)
# "The following day, the Minister met …": a day after the one the text spoke of last.
NEXT_DAY = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _WORDS["next_day_phrases"]) + r")\b", re.IGNORECASE)
# "The day before, officials held a technical meeting": a day before the one the text spoke of last
# (not "the day before yesterday", a date of its own).
PREVIOUS_DAY = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _WORDS["previous_day_phrases"]) + r")\b(?!\s+yesterday)",
                          re.IGNORECASE)
# "Later the same day, the Minister met …": the day the text spoke of last.
SAME_DAY = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _WORDS["same_day_phrases"]) + r")\b", re.IGNORECASE)
# "Following the talks, the two ministers witnessed …": at the head of a sentence, the day of the meeting just told.
SAME_DAY_OPENER = re.compile(r"(?:" + "|".join(re.escape(p) for p in _WORDS["same_day_openers"]) + r")\b", re.IGNORECASE)
# "held in two parts: in Tokyo on 13–14 March, followed by a closing session online on": the words between a
# meeting's first days and those of a later sitting of it
FURTHER_SITTING = re.compile(r"\b(?:followed by|and then|then)\b[^.;]*\b(?:" + "|".join(_WORDS["sitting_nouns"]) + r")\b[^.;]*$",
                             re.IGNORECASE)
# "On the 15th, the Minister held talks …": a day of the month the text is in.
DAY_OF_MONTH = re.compile(r"\b(?i:on|of|from)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:[A-Z][a-z]+|century|anniversary|edition|round|meeting|session))")
# "On the final day of the visit": the first or last day of the event around it.
TRIP_DAYS: dict[str, str] = _WORDS["trip_day_phrases"]
TRIP_DAY = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in TRIP_DAYS) + r") of\b", re.IGNORECASE)


def find_year_mentions(text: str, offset: int = 0) -> list[tuple[int, int, int]]:
    """"in 2022": (start, end, year) of a year stated alone, the least precise date there is."""
    return [(m.start("year") + offset, m.end("year") + offset, int(m.group("year"))) for m in _YEAR_ONLY.finditer(text)]


@lru_cache(maxsize=65536)
def parse_day(year: int, month: int, day: int) -> date | None:
    """The calendar day, read by dateparser in strict mode, or None when it does not exist (February 30)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    # The format is given, so dateparser checks the day without guessing (and fast).
    parsed = dateparser.parse(f"{year:04d}-{month:02d}-{day:02d}", date_formats=["%Y-%m-%d"], languages=["en"],
                              settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)
