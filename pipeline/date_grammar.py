"""Find date expressions in text and read them as days, ranges and lists.

Press texts join dates in ways no single-expression parser reads
("November 30 – December 2, 2021", "3 and 5 May", "December 19, 2022 and
February 13, 2023"). The text is lexed into date words (months, day numbers,
years, range and list connectors), maximal runs of them form one expression,
and a small grammar shares months and years across the pieces of a run.
Each calendar day is finally checked by dateparser (`parse_day`), cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .resources import read_json

_WORDS = read_json("date_words.json")
MONTHS: dict[str, int] = _WORDS["months"]
WEEKDAYS: dict[str, int] = _WORDS["weekdays"]
RELATIVE_DAYS: dict[str, int] = _WORDS["relative_days"]

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_RANGE_ALT = "|".join(re.escape(w) for w in _WORDS["range_words"] if w.isalpha())

# One lexer pass; the group name is the token kind. Months must be capitalised
# ("may" the verb is not a month), day numbers 1-31 with optional suffix.
_LEXER = re.compile(
    rf"""
    (?P<ISO>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)
  | (?P<NUMERIC>\b[0-3]?\d[/.][01]?\d[/.](?:19|20)\d\d\b)
  | (?P<MONTH>\b(?:{'|'.join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))}|{'|'.join(m.upper() for m in MONTHS if len(m) > 3)})\b\.?)
  | (?P<YEAR>\b(?:19|20)\d\d\b(?!-[01]\d-))
  | (?P<DAY>\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d)(?!\s*(?:%|per\s?cent|percent)))
  | (?P<WEEKDAY>\b(?:{_WEEKDAY_ALT.title()}|{_WEEKDAY_ALT})\b,?)
  | (?P<RANGE>\s*[-–—]+\s*|\b(?:{_RANGE_ALT})\b)
  | (?P<LIST>\band\b|&)
  | (?P<COMMA>,)
  | (?P<OF>\bof\b|\bthe\b)
  | (?P<GAP>[ \t\u00a0]+|\r?\n(?=[ \t]*\S))
    """,
    re.VERBOSE,
)
_CONTENT = {"ISO", "NUMERIC", "MONTH", "YEAR", "DAY"}


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
    for run in runs:
        content = [i for i, t in enumerate(run) if t.kind in _CONTENT]
        if content:
            trimmed.append(run[content[0] : content[-1] + 1])
    return trimmed


def _number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _pieces(run: list[_Token]) -> tuple[list[_Piece], list[str]]:
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
            nxt = next((t for t in run[i + 1 :] if t.kind not in ("GAP", "WEEKDAY")), None)
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
            values = _numeric(tok.text) if kind == "NUMERIC" else tuple(map(int, tok.text.split("-")))
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


def _numeric(text: str) -> tuple[int, int, int] | None:
    """18/09/2023 or 09/18/2023, only when the order is unambiguous."""
    a, b, year = (int(x) for x in re.split(r"[/.]", text))
    if a > 12 and b <= 12:
        return year, b, a
    if b > 12 and a <= 12:
        return year, a, b
    if a == b:
        return year, a, b
    return None


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


def _to_mention(text: str, run: list[_Token]) -> DateMention | None:
    pieces, links = _pieces(run)
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
    return DateMention(start, end, text[start:end], sittings, precision)


def find_date_mentions(text: str, offset: int = 0) -> list[DateMention]:
    """Every explicit calendar date expression in `text`, offsets shifted by `offset`."""
    mentions = []
    for run in _runs(text, _lex(text)):
        mention = _to_mention(text, run)
        if mention is not None:
            mention.start += offset
            mention.end += offset
            mentions.append(mention)
    return mentions


_RELATIVE = re.compile(
    rf"\b(?:(?:on|last|this past)\s+(?P<weekday>{_WEEKDAY_ALT})|(?P<day>{'|'.join(RELATIVE_DAYS)}))\b",
    re.IGNORECASE,
)


def find_relative_mentions(text: str, published: date, offset: int = 0) -> list[tuple[int, int, date]]:
    """"on Tuesday", "today", "yesterday": the day they name, counted back from publication."""
    found = []
    for m in _RELATIVE.finditer(text):
        if m.group("weekday"):
            back = (published.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
            day = published - timedelta(days=back)
        else:
            day = published + timedelta(days=RELATIVE_DAYS[m.group("day").lower()])
        found.append((m.start() + offset, m.end() + offset, day))
    return found


@lru_cache(maxsize=65536)
def parse_day(year: int, month: int, day: int) -> date | None:
    """The calendar day, or None when it does not exist (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)
