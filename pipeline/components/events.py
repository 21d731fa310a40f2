"""press_events: find the events a text reports and the passage of each.

Two layouts are read. Event pages list events as sections: an optional
heading, a date line, an optional place line, then paragraphs (the seed
`000_…` has six). Narrative releases report an event in a sentence whose
trigger verb ("was held", "convened", "met") is past and whose subject or
object is a meeting noun. A section or trigger sentence that reports nothing
in the past (an announcement, a founding) gives no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..date_grammar import find_date_mentions
from ..drafts import EventDraft, add_evidence, new_draft
from ..resources import read_json
from ..sources import split_published_header

_LEXICON = read_json("event_lexicon.json")
MEETING_NOUNS: dict[str, str] = _LEXICON["meeting_nouns"]
TRIGGER_VERBS = frozenset(_LEXICON["trigger_verbs"])
STRONG_TRIGGERS = frozenset(_LEXICON["strong_trigger_verbs"])
NON_EVENT_CUES = frozenset(_LEXICON["non_event_cues"])
ORDINALS: dict[str, int] = _LEXICON["ordinals"]
_NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\s+")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "to"})


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@Language.factory(
    "press_events",
    requires=["token.dep", "token.lemma", "token.tag"],
    assigns=["doc._.events"],
    default_config={"max_heading_words": 16, "max_place_words": 10},
)
def make_event_segmenter(nlp: Language, name: str, max_heading_words: int, max_place_words: int) -> EventSegmenter:
    return EventSegmenter(name, max_heading_words=max_heading_words, max_place_words=max_place_words)


class EventSegmenter:
    def __init__(self, name: str, *, max_heading_words: int, max_place_words: int) -> None:
        self.name = name
        self.max_heading_words = max_heading_words
        self.max_place_words = max_place_words

    def __call__(self, doc: Doc) -> Doc:
        _, body_start = split_published_header(doc.text)
        drafts = self._section_events(doc, body_start)
        if not drafts:
            drafts = self._narrative_events(doc, body_start)
        drafts.sort(key=lambda d: d["anchor"])
        doc._.events = drafts
        return doc

    # -- event pages: heading / date line / place line sections ---------------

    def _section_events(self, doc: Doc, body_start: int) -> list[EventDraft]:
        lines = _lines(doc.text, body_start)
        starts: list[tuple[int, _Line | None, _Line, _Line | None]] = []  # (index, heading, date, place)
        for i, line in enumerate(lines):
            if not _is_date_line(line):
                continue
            heading = lines[i - 1] if i > 0 and self._is_heading(lines[i - 1]) else None
            place = lines[i + 1] if i + 1 < len(lines) and self._is_place_line(lines[i + 1]) else None
            starts.append((i - (heading is not None), heading, line, place))
        drafts = []
        for n, (index, heading, date_line, place) in enumerate(starts):
            end_index = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
            start_char = lines[index].start
            end_char = lines[end_index - 1].end if end_index > index else date_line.end
            section = doc.char_span(start_char, end_char, alignment_mode="expand")
            trigger = _first_trigger(section)
            if trigger is None:
                continue
            draft = new_draft(start_char, end_char, start_char)
            draft["heading"] = [heading.start, heading.end] if heading else None
            draft["date_line"] = [date_line.start, date_line.end]
            draft["place_line"] = [place.start, place.end] if place else None
            draft["trigger"] = [trigger.sent.start_char, trigger.sent.end_char]
            _describe(doc, draft, trigger, heading)
            drafts.append(draft)
        return drafts

    def _is_heading(self, line: _Line) -> bool:
        text = line.text.strip()
        return (0 < line.words <= self.max_heading_words and not text.endswith((".", ":", ";"))
                and not _is_date_line(line))

    def _is_place_line(self, line: _Line) -> bool:
        text = line.text.strip()
        return 0 < line.words <= self.max_place_words and not text.endswith(".") and not _is_date_line(line)

    # -- narrative releases: trigger sentences --------------------------------

    def _narrative_events(self, doc: Doc, body_start: int) -> list[EventDraft]:
        triggers = [t for sent in doc.sents if sent.end_char > body_start for t in [_sentence_trigger(sent)] if t]
        if not triggers:
            return []
        main = triggers[0]
        draft = new_draft(max(body_start, doc[0].idx), len(doc.text.rstrip()), main.sent.start_char)
        draft["trigger"] = [main.sent.start_char, main.sent.end_char]
        draft["whole_document"] = True
        _describe(doc, draft, main, None)
        drafts = [draft]
        main_dates = {m.text for m in find_date_mentions(main.sent.text)}
        for trig in triggers[1:]:
            # A later sentence reports another meeting only when it dates it differently.
            dates = find_date_mentions(trig.sent.text)
            if not dates or {m.text for m in dates} & main_dates or not main_dates:
                continue
            extra = new_draft(trig.sent.start_char, trig.sent.end_char, trig.sent.start_char)
            extra["trigger"] = [trig.sent.start_char, trig.sent.end_char]
            _describe(doc, extra, trig, None)
            drafts.append(extra)
        if len(drafts) > 1:
            # The main passage stops where the next event's passage starts.
            drafts[0]["whole_document"] = False
        return drafts


# -- shared helpers -----------------------------------------------------------


def _lines(text: str, start: int) -> list[_Line]:
    lines = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        if m.group().strip():
            lines.append(_Line(start + m.start(), start + m.end(), m.group()))
    return lines


def _is_date_line(line: _Line) -> bool:
    """A short line that is mostly one date expression ("December 9-10, 2023")."""
    text = line.text.strip()
    if not text or len(text) > 60:
        return False
    mentions = find_date_mentions(line.text)
    covered = sum(m.end - m.start for m in mentions)
    return bool(mentions) and covered >= 0.6 * len(text.replace(" ", ""))


def meeting_type(token: Token) -> str | None:
    """The event type a meeting noun names, or None."""
    return MEETING_NOUNS.get(token.lower_) or MEETING_NOUNS.get(token.lemma_.lower())


def _is_past(verb: Token) -> bool:
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.dep_ in ("acl", "relcl", "advcl", "conj")
    return False


def _sentence_trigger(sent: Span) -> Token | None:
    """The verb that reports a past meeting in this sentence, if any."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in TRIGGER_VERBS or not _is_past(tok):
            continue
        if _governed_by_non_event(tok):
            continue
        args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "prep", "npadvmod")]
        nouns = [t for a in args for t in a.subtree if meeting_type(t)]
        if nouns or lemma in ("meet", "visit"):
            return tok
    return None


def _governed_by_non_event(verb: Token) -> bool:
    head = verb
    while head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in NON_EVENT_CUES or head.lemma_.lower() in ("plan", "expect", "schedule"):
            return True
    return False


def _first_trigger(section: Span) -> Token | None:
    for sent in section.sents:
        trig = _sentence_trigger(sent)
        if trig is not None:
            return trig
    return None


def _meeting_noun(trigger: Token) -> Token | None:
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            for t in child.subtree:
                if meeting_type(t) and t.dep_ not in ("compound",):
                    return t
    for t in trigger.sent:
        if meeting_type(t) and t.dep_ != "compound":
            return t
    return None


def _noun_phrase(noun: Token) -> Span:
    """The meeting noun with its modifiers and its "on/in/of …" complement."""
    doc = noun.doc
    left = min((t.i for t in noun.lefts for t in t.subtree), default=noun.i)
    right = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "of", "for", "between") and child.i == right + 1:
            right = max(t.i for t in child.subtree)
    span = doc[left : right + 1]
    while len(span) > 1 and (span[0].dep_ in ("det", "poss", "case") or span[0].is_punct or span[0].lower_ in ("their", "its")):
        span = span[1:]
    return span


def edition_of(tokens) -> tuple[int, Token] | None:
    for tok in tokens:
        value = ORDINALS.get(tok.lower_)
        if value is None:
            m = _NUMERIC_ORDINAL.match(tok.text)
            value = int(m.group(1)) if m else None
        if value is not None:
            return value, tok
    return None


def series_name(title: str) -> str:
    """The recurring name: the title without its year, ordinal and article."""
    words = _LEADING_YEAR.sub("", title).split()
    while words and (words[0].lower() in ORDINALS or words[0].lower() in ("the", "a") or _NUMERIC_ORDINAL.match(words[0])):
        words = words[1:]
    return " ".join(words)


def _describe(doc: Doc, draft: EventDraft, trigger: Token, heading: _Line | None) -> None:
    """Title, type, series and edition from the heading and the trigger sentence."""
    noun = _meeting_noun(trigger)
    phrase = _noun_phrase(noun) if noun is not None else None
    event_type = meeting_type(noun) if noun is not None else None
    if trigger.lemma_.lower() == "visit" or (event_type is None and trigger.lemma_.lower() == "pay"):
        event_type = "visit"
    draft["event_type"] = event_type or "meeting"
    if noun is not None:
        add_evidence(draft, doc, "event_type", draft["event_type"], noun.idx, noun.idx + len(noun))
    else:
        add_evidence(draft, doc, "event_type", draft["event_type"], trigger.idx, trigger.idx + len(trigger))

    title_span: tuple[int, int] | None = None
    title = None
    if heading is not None:
        stripped = heading.text.strip()
        offset = heading.start + heading.text.index(stripped)
        title, title_span = stripped, (offset, offset + len(stripped))
    elif phrase is not None and _is_named(phrase):
        title, title_span = phrase.text, (phrase.start_char, phrase.end_char)
    draft["title"] = title
    if title_span:
        add_evidence(draft, doc, "title", title, *title_span)

    edition = edition_of(phrase) if phrase is not None else None
    if edition is None and heading is not None:
        edition = edition_of(doc.char_span(heading.start, heading.end, alignment_mode="expand"))
    draft["edition"] = edition[0] if edition else None
    if edition:
        add_evidence(draft, doc, "edition", edition[0], edition[1].idx, edition[1].idx + len(edition[1]))

    series = None
    if title and (edition or _LEADING_YEAR.match(title) or _capitalised_noun(title)):
        series = series_name(title) or None
    draft["series"] = series
    if series and title_span:
        add_evidence(draft, doc, "series", series, *title_span)


def _is_named(phrase: Span) -> bool:
    """A meeting phrase is a name when it says more than "the meeting"."""
    content = [t for t in phrase if not t.is_punct and t.dep_ != "det"]
    return len(content) > 1 and any(t.is_title or t.is_upper or t.lower_ in ORDINALS for t in content)


def _capitalised_noun(title: str) -> bool:
    return any(w[:1].isupper() and w.lower().rstrip("s") in MEETING_NOUNS for w in title.split())
