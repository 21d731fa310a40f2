"""press_locations: where each event took place, online or not, and the sides that met.

Where, first found wins: the section's place line ("Sanya, Hainan, China");
a "Venue:" line or the place on the date line ("30 April 2024 | Brussels");
a GPE/LOC/FAC entity an event sentence attaches with "in"/"at" to its
meeting verb, its meeting noun or a venue that is ("took place … at the
Faculty Club in Leuven", "talks in Singapore", "the canal town of Wuzhen");
a place line above the paragraph ("In Washington, D.C."); a visit's
destination; the release's dateline ("NEW DELHI, 6 December 2023 —").
Places hanging off other nouns ("investment in China"), asides in
parentheses and clauses dated differently from the event are not its venue.
Names keep the text's spelling; the gazetteer gives the country of a city.

Online: cues ("via Zoom", "by video link", "virtually") that modify the event
make it virtual; a hybrid cue, participants joining remotely, or a place the
event sentence itself names keep the physical place as well.

Sides: country and bloc names joined by hyphens in the title or event
sentence ("U.S.-China", "German-Chinese"), coordinated as the ones meeting
("the Governments of the United States and Japan"), each side of "met"
("Britain's secretary met her Japanese counterpart"), groupings expanded to
their members at the event's date ("G7", "the ten ASEAN member states") and
attendance lists. An event that names no sides of its own (a side meeting
on the same trip) takes the document's; one side alone is completed with
the country the release names most (a visit's visitor).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..date_grammar import find_date_mentions
from ..drafts import EventDraft, Evidence, add_evidence, char_range, date_mentions_within, doc_text, passage
from ..resources import read_json
from ..sources import split_published_header

_CUES = read_json("location_cues.json")
_LANDMARKS: dict[str, list[str]] = {gazetteer.fold(k): v for k, v in read_json("landmark_venues.json")["venues"].items()}
MEETING_NOUNS = frozenset(read_json("event_lexicon.json")["meeting_nouns"])


def _alternation(patterns: Iterable[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


_VIRTUAL = _alternation(_CUES["virtual"])
_HYBRID = _alternation(_CUES["hybrid"])
_PLATFORMS: dict[str, str] = _CUES["platforms"]
_PLATFORM = _alternation(re.escape(p) for p in sorted(_PLATFORMS, key=len, reverse=True))
_REMOTE_VERBS = frozenset(_CUES["remote_participation_verbs"])
_REMOTE_PEOPLE = frozenset(_CUES["remote_participants"])
_VENUE_WORDS = frozenset(_CUES["venue_words"])
_SETTLEMENT_NOUNS = frozenset(_CUES["settlement_nouns"])
_PLACE_PREPS = frozenset(_CUES["place_prepositions"])
_NON_EVENT_HEADS = frozenset(_CUES["non_event_place_heads"])
_HOST_VERBS = frozenset(_CUES["host_verbs"])
_FORMAT_NOUNS = frozenset(_CUES["format_nouns"])
_MEETING_VERBS = frozenset(_CUES["meeting_verbs"])
_VISIT_WORDS = frozenset(_CUES["visit_words"])
_SIDE_NOUNS = frozenset(_CUES["side_nouns"])
_GOVERNMENT = _alternation(_CUES["government_words"])
_SIDE_PREPS = frozenset({"between", "from", "of", "with", "by", "among", "and"})
_PLACE_LABEL = re.compile(r"^\s*(?:" + "|".join(_CUES["place_labels"]) + r")\s*:\s*", re.IGNORECASE | re.MULTILINE)
_FORMAT_LABEL = re.compile(r"^\s*(?:" + "|".join(_CUES["format_labels"]) + r")\s*:\s*", re.IGNORECASE | re.MULTILINE)
_PLACE_ENTITY_LABELS = ("GPE", "LOC", "FAC")
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "acl"})
_FUTURE = frozenset({"will", "shall", "'ll", "to"})
_DC = re.compile(r"^(?:d\.?\s?c\.?|district of columbia)$", re.IGNORECASE)
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}-?)?\d{3,6}\s+")
# A dateline: place pieces at the head of a line, then a date or a dash ("BANGKOK —", "Berlin, 20 June 2023").
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}){0,2})"
    r"[ \t]*(?:,[ \t]*(?:\(?[A-Z][a-z]+day\)?,[ \t]*)?(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})\b"
    r"|(?:[ \t]*\([A-Z][\w .]*\))?[ \t]+[—–][ \t]|(?:[ \t]*\([A-Z][\w .]*\))?[ \t]+-{1,2}[ \t])",
    re.MULTILINE)
_DATELINE_CHARS = 800
_HEADLINE_CHARS = 300
_DATELINE_PREFIX = re.compile(r"\s*[A-Z][\w.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)*,\s*(?:\(?[A-Z][a-z]+day\)?,\s*)?")
_COMPOUND = re.compile(r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*(?:\s*[-–/]\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)+")
_SIDE_SPLIT = re.compile(r"\s*[-–/]\s*")
_FOLLOW_UP_SENTENCES = 3
_PLACE_HEADING_LINES = 12
_MIN_MISTAGGED_CITY = 100_000
# "Washington" alone is the city (689k people), not the state; "Hainan" alone is the province.
_CITY_OVER_REGION = 200_000
# Only a major city closes a venue's name ("Four Seasons Hotel Seoul"), not a word like "Park".
_CITY_IN_VENUE_NAME = 1_000_000
_TWO_CITIES = "TWO_CITIES"
_ATTENDANCE_SENTENCES = 4
_ATTENDEES = frozenset(_CUES["attendees"])
_ATTEND_VERBS = frozenset(_CUES["attend_verbs"])


@dataclass
class _Piece:
    """One comma-separated part of a place: text and document offsets, with the entity label if any."""

    text: str
    start: int
    end: int
    label: str = ""


@Language.factory(
    "press_locations",
    requires=["doc._.events", "doc.ents", "token.dep"],
    assigns=["doc._.events"],
    default_config={},
)
def make_location_resolver(nlp: Language, name: str) -> LocationResolver:
    gazetteer.warm()
    return LocationResolver(name)


class LocationResolver:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        drafts = doc._.events or []
        dateline = _dateline(doc)
        main = min(drafts, key=lambda d: d["anchor"]) if drafts else None
        for draft in drafts:
            draft["location"] = self._location(doc, draft, dateline if draft is main or draft.get("whole_document") else None)
        named = [self._own_sides(doc, draft) for draft in drafts]
        found = [self._complete_sides(doc, draft, set(sides)) if sides else [] for draft, sides in zip(drafts, named)]
        # Events that name no sides of their own (a side meeting on the trip) take the document's.
        ordered = sorted(zip(drafts, found), key=lambda pair: pair[0]["anchor"])
        source = next(((draft, sides) for draft, sides in ordered if len(sides) >= 2), None)
        doc_sides, doc_evidence = _headline_sides(doc)
        if source is not None:
            doc_sides = set(source[1])
            doc_evidence = [e for e in source[0]["evidence"] if e["field"] == "parties"]
        for draft, sides, own in sorted(zip(drafts, found, named), key=lambda triple: triple[0]["anchor"]):
            if sides:
                draft["parties"] = sides
            elif doc_sides and own <= doc_sides:
                draft["parties"] = sorted(doc_sides)
                draft["evidence"].extend(dict(e) for e in doc_evidence)  # the sides were read there
            else:
                draft["parties"] = self._complete_sides(doc, draft, set(own), fallbacks=True)
                if doc_sides is None and len(draft["parties"]) >= 2:
                    # Sides read from the organizers' names hold for the document's later events too.
                    doc_sides = set(draft["parties"])
                    doc_evidence = [e for e in draft["evidence"] if e["field"] == "parties"]
        return doc

    # -- location ---------------------------------------------------------------

    def _location(self, doc: Doc, draft: EventDraft, dateline: list[_Piece] | None) -> dict:
        location = {"venue": None, "city": None, "region": None, "country": None, "virtual": False, "platform": None}
        sentences = _event_sentences(doc, draft)
        dates = _date_evidence(draft)
        place_line = char_range(doc, draft.get("place_line"))
        heading = char_range(doc, draft.get("heading"))
        online = self._online(doc, draft, location, place_line, heading, sentences, dates)
        pieces = self._place_pieces(doc, draft, place_line, sentences, dates)
        if online == "virtual":
            # Online only, unless the event's own sentence puts it somewhere too ("at the facility in
            # Bangkok, with participants joining via Zoom"): then it was hybrid.
            _fill(doc, draft, location, pieces)
            return location
        pieces = pieces or _place_heading(doc, draft)
        if not pieces and draft.get("event_type") == "visit":
            pieces = _visit_destination(sentences, dates)  # "a State Visit to the United States"
        if not pieces and dateline and online is None:
            pieces = dateline
        _fill(doc, draft, location, pieces)
        return location

    def _online(self, doc: Doc, draft: EventDraft, location: dict, place_line: Span | None, heading: Span | None,
                sentences: list[Span], dates: tuple[date, date] | None) -> str | None:
        """Set virtual/platform; return "virtual" (online only), "hybrid" or None (in person)."""
        virtual = hybrid = None
        platform = None
        # Lines that describe the event as a whole: its place line, heading and title.
        whole = [s for s in (place_line, heading) if s is not None] + list(_title_spans(doc, draft))
        for span in whole + _labelled_lines(doc, draft, _FORMAT_LABEL):
            virtual = virtual or _first(_VIRTUAL, span)
            hybrid = hybrid or _first(_HYBRID, span)
            platform = platform or _first(_PLATFORM, span)
        for sent in sentences:
            for start, end in _matches(_VIRTUAL, sent):
                tok = _token_at(doc, start, end)
                if tok is not None and _modifies_event(tok) and _in_event_clause(tok, dates):
                    virtual = virtual or (start, end)
                    if _HYBRID.fullmatch(doc_text(doc)[start:end]):
                        hybrid = hybrid or (start, end)
            for start, end in _matches(_HYBRID, sent):
                tok = _token_at(doc, start, end)
                if tok is not None and _in_event_clause(tok, dates):
                    hybrid = hybrid or (start, end)
            for start, end in _matches(_PLATFORM, sent):
                tok = _token_at(doc, start, end)
                if tok is not None and tok.pos_ == "PROPN" and _in_event_clause(tok, dates):
                    platform = platform or (start, end)
        # Someone who "participated virtually" or "joined via Zoom" makes an in-person event hybrid.
        remote = _remote_participation(passage(doc, draft), dates)
        if remote and not virtual:
            virtual = hybrid = remote
        elif remote:
            hybrid = hybrid or remote
        if platform and not virtual:
            virtual = platform
        if hybrid and not virtual:
            virtual = hybrid
        if virtual is None:
            return None
        location["virtual"] = True
        add_evidence(draft, doc, "location.virtual", True, *virtual)
        if platform:
            location["platform"] = _PLATFORMS[doc_text(doc)[platform[0]:platform[1]].lower()]
            add_evidence(draft, doc, "location.platform", location["platform"], *platform)
        return "hybrid" if hybrid else "virtual"

    def _place_pieces(self, doc: Doc, draft: EventDraft, place_line: Span | None, sentences: list[Span],
                      dates: tuple[date, date] | None) -> list[_Piece]:
        if place_line is not None:
            found = _sentence_places(place_line, dates) if _reads_as_sentence(place_line) else _split_line(place_line)
            if found:
                return found
        labelled = _labelled_place(doc, draft) or _date_line_place(doc, draft)
        if labelled:
            return labelled
        for sent in sentences:
            found = _sentence_places(sent, dates)
            if found:
                return found
        return []

    # -- parties ----------------------------------------------------------------

    def _own_sides(self, doc: Doc, draft: EventDraft) -> set[str]:
        """The sides this event's own title and sentences name."""
        on = draft.get("start_date")
        sentences = _event_sentences(doc, draft)
        dates = _date_evidence(draft)
        for span in _title_spans(doc, draft):
            sides = _compound_sides(draft, doc, span, on, skip_orgs=False)
            if len(sides) >= 2:
                return sides
        sides: set[str] = set()
        for sent in sentences:
            sides |= _compound_sides(draft, doc, sent, on, skip_orgs=True, dates=dates, check_clause=True)
            sides |= _coordinated_sides(draft, doc, sent, on, dates)
            sides |= _bloc_sides(draft, doc, sent, on, dates)
            sides |= _meeting_sides(draft, doc, sent, dates)
        if draft.get("event_type") == "visit":
            sides |= {c for c in (_place_code(p.text) for p in _visit_destination(sentences, dates)) if c}
        # A multilateral meeting lists who came: "Participants from the United States, Thailand, … and Japan".
        listed = _attendance_list(draft, doc, passage(doc, draft), on)
        if listed:
            sides |= listed | _host_governments(draft, doc, sentences)
        return sides

    def _complete_sides(self, doc: Doc, draft: EventDraft, sides: set[str], fallbacks: bool = False) -> list[str]:
        """Two sides or more as named; one side completed with the other; with `fallbacks`, organizations' names."""
        on = draft.get("start_date")
        if len(sides) >= 2:
            return sorted(sides)
        if fallbacks:
            # An organizer's name may carry the sides ("the ASEAN-Japan … Centre").
            for sent in _event_sentences(doc, draft):
                sides |= _compound_sides(draft, doc, sent, on, skip_orgs=False)
        if fallbacks and not sides:
            # A Track II meeting of two institutes: the countries their names carry ("China Institutes of …").
            sides = _organization_countries(draft, doc, _event_sentences(doc, draft))
        if len(sides) == 1:
            # A visit's other side: the country the release names most, besides the one visited.
            other = _most_named_country(doc, exclude=sides)
            if other is not None:
                code, mention = other
                sides.add(code)
                add_evidence(draft, doc, "parties", code, mention.start_char, mention.end_char)
        return sorted(sides) if len(sides) >= 2 else []


# -- which sentences speak about the event ----------------------------------------


def _event_sentences(doc: Doc, draft: EventDraft) -> list[Span]:
    """The trigger sentence and the next few that refer back to the event ("The meeting took place …")."""
    trigger = char_range(doc, draft.get("trigger"))
    if trigger is None:
        return []
    # The sentence splitter sometimes cuts a line short ("BRICS | communications ministers met …").
    line_start = doc_text(doc).rfind("\n", 0, trigger.start_char) + 1
    prefix = doc_text(doc)[line_start:trigger.start_char]
    if prefix.strip() and not re.search(r"[.!?][\"'’”)]?\s", prefix):
        trigger = doc.char_span(line_start, trigger.end_char, alignment_mode="expand") or trigger
    sentences = [trigger]
    for named in _title_spans(doc, draft):
        # The sentence that names the event, when it is not the one that reports it.
        if not (trigger.start <= named.start < trigger.end) and named.sent not in sentences:
            sentences.append(named.sent)
    body = passage(doc, draft)
    following = [s for s in body.sents if s.start >= trigger.end][:_FOLLOW_UP_SENTENCES]
    for sent in following:
        if any(t.dep_ in ("nsubj", "nsubjpass") and _is_meeting_noun(t)
               and any(c.lower_ in ("the", "this", "that") for c in t.children) for t in sent):
            sentences.append(sent)
    return sentences


def _date_evidence(draft: EventDraft) -> tuple[date, date] | None:
    """The event's first and last day, to tell its clauses from clauses about other meetings."""
    try:
        start = date.fromisoformat(draft.get("start_date") or draft.get("end_date") or "")
        end = date.fromisoformat(draft.get("end_date") or draft.get("start_date") or "")
    except ValueError:
        return None
    return start, end


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause the token stands in."""
    while tok.head.i != tok.i and not (tok.dep_ in _CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX")):
        tok = tok.head
    return tok


def _dated_clauses(sent: Span, dates: tuple[date, date]) -> tuple[set[int], set[int]]:
    """(clauses dated like the event, clauses dated otherwise), as clause-head token indices."""
    ours: set[int] = set()
    other: set[int] = set()
    start, end = dates
    for mention in date_mentions_within(sent.doc, sent.start_char, sent.end_char):
        days = mention.days(start.year)
        if not days or _in_dateline(sent.doc, mention.start):
            continue
        if mention.precision == "month":
            days = [(a, b.replace(day=calendar.monthrange(b.year, b.month)[1])) for a, b in days]
        tok = _token_at(sent.doc, mention.start, mention.end)
        if tok is None:
            continue
        clause = _clause_head(tok).i
        if any(a <= end and start <= b for a, b in days):
            ours.add(clause)
        else:
            other.add(clause)
    return ours, other - ours


def _in_dateline(doc: Doc, start: int) -> bool:
    """A date after "PLACE, " at the head of a line is when the release was filed, not when anything met."""
    line_start = doc_text(doc).rfind("\n", 0, start) + 1
    return bool(_DATELINE_PREFIX.fullmatch(doc_text(doc)[line_start:start]))


def _in_event_clause(tok: Token, dates: tuple[date, date] | None) -> bool:
    """False when the token's clause is dated differently from the event, or speaks of the future."""
    clause = _clause_head(tok)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in clause.children):
        return False
    if dates is None:
        return True
    ours, other = _dated_clauses(tok.sent, dates)
    if ours:
        # Within a clause that dates the event, or a clause that only qualifies it ("…, where …").
        return any(clause.i == a or _subordinate(clause, tok.doc[a]) for a in ours)
    return clause.i not in other


def _subordinate(clause: Token, anchor: Token) -> bool:
    """A clause that only qualifies the anchor clause ("…, where …"), not one glued to it ("It was …; X took place")."""
    while clause.i != anchor.i:
        if clause.dep_ in ("ccomp", "parataxis", "conj") or clause.head.i == clause.i:
            return False
        clause = _clause_head(clause.head)
    return True


def _is_meeting_noun(tok: Token) -> bool:
    # ADJ too: the tagger reads "an online expert roundtable" with "roundtable" as an adjective.
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.lower_ in MEETING_NOUNS or tok.lemma_.lower() in MEETING_NOUNS)


def _modifies_event(tok: Token) -> bool:
    """An online cue counts when it hangs off a verb or a meeting noun, not off "platforms" or "safety"."""
    if _is_meeting_noun(tok):
        return True
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return cur.pos_ in ("VERB", "AUX")
        if head.pos_ in ("VERB", "AUX") or _is_meeting_noun(head) \
                or any(_is_meeting_noun(c) and c.dep_ in ("amod", "compound") for c in head.children):
            return True
        if head.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("amod", "compound", "nmod", "nummod") \
                and head.dep_ not in ("compound", "amod", "nmod") and head.lower_ not in _FORMAT_NOUNS:
            return False  # "online platforms"; but "online expert roundtable" goes on to the meeting noun
        cur = head
    return False


def _remote_participation(body: Span, dates: tuple[date, date] | None) -> tuple[int, int] | None:
    """A participant who joined remotely ("participated virtually", "joining online via Zoom")."""
    for start, end in _matches(_VIRTUAL, body):
        tok = _token_at(body.doc, start, end)
        if tok is None:
            continue
        verb = tok.head if tok.dep_ in ("advmod", "prep", "pobj", "npadvmod") else None
        if verb is not None and verb.dep_ == "pobj":
            verb = verb.head.head
        elif verb is not None and verb.dep_ == "prep":
            verb = verb.head
        if verb is not None and verb.lemma_.lower() in _REMOTE_VERBS and _in_event_clause(tok, dates) \
                and _people_subject(verb):
            return start, end
    return None


def _people_subject(verb: Token) -> bool:
    """Whoever joined remotely is a person or a group of people ("Mr Shadaev", "participants from …")."""
    for tok in (verb, verb.head):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") or (tok is verb.head and child.i == verb.i and tok.pos_ == "NOUN"):
                subject = child if child.i != verb.i else tok
                if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _REMOTE_PEOPLE:
                    return True
                if any(t.ent_type_ == "PERSON" for t in subject.subtree):
                    return True
        if verb.dep_ not in ("acl", "advcl", "xcomp", "conj", "pcomp"):
            break
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in _REMOTE_PEOPLE


# -- candidate places ------------------------------------------------------------


def _sentence_places(span: Span, dates: tuple[date, date] | None) -> list[_Piece]:
    """The first place the span attaches to its event with "in"/"at", with what follows it after commas."""
    ents = [e for e in span.ents if e.label_ in _PLACE_ENTITY_LABELS or (e.label_ == "ORG" and (_venue_like(e.text) or _known_city(e.text)))]
    accepted: list[Span] = []
    for ent in ents:
        if accepted and ent.start <= accepted[-1].end + 3 and _attached_to(ent, accepted[-1]):
            accepted.append(ent)  # "at the Faculty Club in Leuven"
            continue
        if accepted:
            break
        if _event_place(ent) and _in_event_clause(ent.root, dates):
            accepted.append(ent)
    if not accepted:
        return _named_capital(span, dates)
    if accepted[0].root.dep_ == "poss" and accepted[0].root.head.lower_ == "capital":
        return _named_capital(span, dates) or [_Piece(accepted[0].text, accepted[0].start_char, accepted[0].end_char, "GPE")]
    both = _two_cities(accepted[0])
    if both is not None:
        return [both]
    return [_Piece(e.text, e.start_char, e.end_char, e.label_) for e in accepted] + _continuation(accepted[-1])


def _continuation(ent: Span) -> list[_Piece]:
    """"in Sanya, Hainan, China" / "in Washington, D.C.": the place goes on after commas."""
    doc = ent.doc
    pieces = []
    nxt = ent.end
    while nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_type_ in ("GPE", "LOC"):
        following = next((e for e in doc.ents if e.start == nxt + 1), None)
        if following is None:
            break
        pieces.append(_Piece(following.text, following.start_char, following.end_char, following.label_))
        nxt = following.end
    return pieces


def _named_capital(span: Span, dates: tuple[date, date] | None) -> list[_Piece]:
    """"talks in the Chinese capital", "held in India's capital": the capital of the country named."""
    for tok in span:
        if tok.lower_ != "capital" or tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
            continue
        if not _event_head(tok.head.head) or not _in_event_clause(tok, dates):
            continue
        for child in tok.children:
            if child.dep_ in ("amod", "poss", "compound") and child.ent_type_ in ("NORP", "GPE"):
                city = gazetteer.capital(gazetteer.country_code(child.text) or "")
                if city:
                    start = min(t.idx for t in tok.subtree if t.i <= tok.i)
                    return [_Piece(city, start, tok.idx + len(tok), "GPE")]
    return []


def _two_cities(ent: Span) -> _Piece | None:
    """"held in Beijing and Shanghai": an event in two cities of one country has that country, no city."""
    doc = ent.doc
    if ent.label_ != "GPE" or gazetteer.place_country(ent.text):
        return None
    others = [e for t in ent.root.children if t.dep_ == "conj" and t.ent_type_ == "GPE"
              for e in doc.ents if e.start <= t.i < e.end]
    if not others:
        return None
    found = [gazetteer.city(_clean(e.text)) for e in [ent, *others]]
    if any(c is None for c in found) or len({c.country for c in found}) != 1:
        return None
    return _Piece(doc_text(doc)[ent.start_char:others[-1].end_char], ent.start_char, others[-1].end_char, _TWO_CITIES)


def _event_place(ent: Span) -> bool:
    """Is the entity where the event happened: "held … in X", "dialogue in X", "the town of X"?"""
    root = ent.root
    if root.dep_ == "poss" or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        owner = root.head if root.dep_ == "poss" else None
        if owner is None or not (owner.lower_ in _VENUE_WORDS or owner.lower_ in _SETTLEMENT_NOUNS
                                 or owner.ent_type_ == "FAC"):
            return False  # "China's economy"; but "in Seoul's Jongno district" is a place
        root = owner
    before = ent.doc[ent.sent.start:ent.start].text
    if before.count("(") > before.count(")"):
        return False  # an aside: "June 8, 2021 (June 9, 2021 in Beijing)"
    prep = root.head if root.dep_ == "pobj" else None
    doc = ent.doc
    settlement = root.head if root.dep_ in ("appos", "compound") else None
    if settlement is None and ent.start >= 2 and doc[ent.start - 1].text == ",":
        settlement = doc[ent.start - 2]  # the parser often leaves "capital, Jakarta" unattached
    if settlement is not None and settlement.lower_ in _SETTLEMENT_NOUNS and settlement.dep_ == "pobj":
        prep = settlement.head  # "in the Indonesian capital, Jakarta"
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in _SETTLEMENT_NOUNS:
        settlement = prep.head  # "in the canal town of Wuzhen"
        prep = settlement.head if settlement.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _PLACE_PREPS:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ == "the" and ent.start > 1:
            before = ent.doc[ent.start - 2]
        if before is None or before.lower_ not in _PLACE_PREPS:
            return False
        prep = before
    return _event_head(prep.head)


def _event_head(head: Token, depth: int = 0) -> bool:
    """Does a place preposition hang off the event: its verb, its meeting noun, or a venue that does?"""
    if head.ent_type_ in ("DATE", "TIME") and head.head.i != head.i and depth < 3:
        # "held on September 18th in Beijing": the parser often hangs the place off the date.
        governor = head.head.head if head.head.dep_ == "prep" else head.head
        return _event_head(governor, depth + 1)
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() not in _NON_EVENT_HEADS
    if _is_meeting_noun(head):
        return True
    if depth < 3 and head.lower_ in _FORMAT_NOUNS and head.dep_ == "pobj":
        return _event_head(head.head.head, depth + 1)  # "in a hybrid format in Jakarta"
    if head.ent_type_ == "ORG" and _hosting_agent(head):
        return True  # "a roundtable hosted by the U.S. Chamber of Commerce in Washington"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _is_meeting_noun(head.head.head):
        return True  # "the meeting of the Joint Committee in London"
    # "at CSIS headquarters in Washington", "at the Ministry of Foreign Affairs in Hanoi", "at the
    # headquarters of the European Commission in Brussels": a venue that is itself where the event was.
    venue = _entity_root(head)
    while venue.dep_ == "pobj" and venue.head.lower_ == "of" and venue.head.head.pos_ in ("NOUN", "PROPN"):
        venue = _entity_root(venue.head.head)
    is_venue = venue.lower_ in _VENUE_WORDS or venue.ent_type_ in ("ORG", "FAC")
    if depth < 3 and is_venue and venue.dep_ == "pobj" and venue.head.lower_ in _PLACE_PREPS:
        return _event_head(venue.head.head, depth + 1)
    return False


def _entity_root(tok: Token) -> Token:
    """The root of the entity the token is part of (the token itself outside entities)."""
    if not tok.ent_type_:
        return tok
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.root if ent is not None else tok


def _hosting_agent(tok: Token) -> bool:
    """Is the token part of the organization that hosted the event ("hosted by X")?"""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    by = ent.root.head
    return ent.root.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in _HOST_VERBS


def _attached_to(ent: Span, previous: Span) -> bool:
    """"in Leuven" after "the Faculty Club": hangs off the previous place or directly follows it."""
    root = ent.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _PLACE_PREPS and previous.start <= prep.head.i < previous.end:
        return True
    between = ent.doc[previous.end:ent.start]
    return all(t.is_punct or t.lower_ in _PLACE_PREPS or t.lower_ == "the" for t in between)


def _known_city(text: str) -> bool:
    """A large city the tagger took for an organization ("met in Durban")."""
    found = gazetteer.cities(_clean(text))
    return bool(found) and found[0].population >= _MIN_MISTAGGED_CITY and gazetteer.fold(found[0].name) == gazetteer.fold(_clean(text))


def _venue_like(text: str) -> bool:
    return any(w.lower().strip(".,") in _VENUE_WORDS for w in text.split())


def _reads_as_sentence(line: Span) -> bool:
    return any(t.lower_ in _PLACE_PREPS or t.pos_ == "VERB" for t in line)


def _pieces(text: str, start: int, separators: str = ",", label: str = "GPE") -> list[_Piece]:
    """`text` (found at document offset `start`) cut at the separators into stripped pieces."""
    pieces = []
    for m in re.finditer(f"[^{re.escape(separators)}]+", text):
        piece = m.group().strip()
        if piece:
            s = start + m.start() + m.group().index(piece)
            pieces.append(_Piece(piece, s, s + len(piece), label))
    return pieces


def _split_line(line: Span) -> list[_Piece]:
    """A place line ("Sanya, Hainan, China", "Brussels, Europa building") cut at commas and bars."""
    text = line.text
    label = _PLACE_LABEL.match(text)
    offset = label.end() if label else 0
    pieces = _pieces(text[offset:], line.start_char + offset, ",|")
    for piece in pieces:
        piece.label = _label_at(line.doc, piece.start, piece.end)
    return pieces


def _date_line_place(doc: Doc, draft: EventDraft) -> list[_Piece]:
    """The place sharing the date line: "30 April 2024 | Brussels", "Tokyo, 5 March 2024"."""
    line = char_range(doc, draft.get("date_line"))
    if line is None:
        return []
    text = line.text
    for mention in find_date_mentions(text):
        text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    pieces = [p for p in _pieces(text, line.start_char, ",|;/–—") if not p.text.isdigit()]
    return pieces if pieces and all(_is_place_name(p.text) for p in pieces) else []


def _labelled_lines(doc: Doc, draft: EventDraft, label: re.Pattern) -> list[Span]:
    """Lines of the event's passage that open with a label ("Venue: …", "Format: hybrid")."""
    body = passage(doc, draft)
    lines = []
    for m in label.finditer(body.text):
        line_end = body.text.find("\n", m.end())
        line_end = len(body.text) if line_end == -1 else line_end
        line = doc.char_span(body.start_char + m.start(), body.start_char + line_end, alignment_mode="expand")
        if line is not None:
            lines.append(line)
    return lines


def _labelled_place(doc: Doc, draft: EventDraft) -> list[_Piece]:
    """A "Venue: …" / "Location: …" line in the event's passage."""
    lines = _labelled_lines(doc, draft, _PLACE_LABEL)
    return _split_line(lines[0]) if lines else []


def _dateline(doc: Doc) -> list[_Piece] | None:
    """The place a release is datelined from, when it is a known city or country."""
    _, body_start = split_published_header(doc_text(doc))
    head = doc_text(doc)[body_start:body_start + _DATELINE_CHARS]
    for m in _DATELINE.finditer(head):
        text = m.group("place")
        pieces = _pieces(text, body_start + m.start("place"), ",/")
        if pieces and (gazetteer.cities(_clean(pieces[0].text)) or gazetteer.place_country(_clean(pieces[0].text))):
            return pieces[:1] + [p for p in pieces[1:] if not _DC.match(p.text)] if "/" not in text else pieces[:1]
    return None


def _place_heading(doc: Doc, draft: EventDraft) -> list[_Piece]:
    """A short line naming only a place above the event's paragraph ("Beijing", "In Washington, D.C.")."""
    trigger = char_range(doc, draft.get("trigger"))
    if trigger is None:
        return []
    _, body_start = split_published_header(doc_text(doc))
    first_line_end = doc_text(doc).find("\n", trigger.start_char)
    end = first_line_end if first_line_end != -1 and first_line_end < trigger.end_char else trigger.start_char
    lines = list(re.finditer(r"[^\n]+", doc_text(doc)[body_start:end]))
    for m in reversed(lines[-_PLACE_HEADING_LINES:]):
        text = m.group().strip()
        if not text or len(text.split()) > 5 or text.endswith((".", ":", ";")):
            continue
        start = body_start + m.start() + m.group().index(text)
        prefix = re.match(r"(?:in|at)\s+", text, re.IGNORECASE)
        if prefix:
            text, start = text[prefix.end():], start + prefix.end()
        pieces = _pieces(text, start)
        if pieces and all(_is_place_name(p.text) for p in pieces):
            return pieces
    return []


def _is_place_name(text: str) -> bool:
    text = _clean(text)
    return bool(not text or _DC.match(text) or gazetteer.cities(text) or gazetteer.place_country(text)
                or gazetteer.region(text)) and not gazetteer.is_not_place(text)


def _visit_destination(sentences: list[Span], dates: tuple[date, date] | None) -> list[_Piece]:
    """"paid a working visit to the United States", "travelled to Santa Clara, California"."""
    for sent in sentences:
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "LOC") or ent.root.dep_ != "pobj" or ent.root.head.lower_ != "to":
                continue
            if ent.root.head.head.lemma_.lower() in _VISIT_WORDS and _in_event_clause(ent.root, dates):
                return [_Piece(ent.text, ent.start_char, ent.end_char, ent.label_)] + _continuation(ent)
    return []


# -- from pieces to venue, city, region, country ------------------------------------


def _clean(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    text = _POSTCODE.sub("", text)  # "1040 Brussels"
    return re.sub(r"[\s,]+(?:D\.?\s?C\.?)$", "", text).strip()  # "Washington, D.C." / "Washington DC"


def _as_written(text: str, name: str) -> str:
    """The text's spelling, except SHOUTED datelines ("NEW DELHI" → "New Delhi")."""
    return name if text.isupper() and gazetteer.fold(text) == gazetteer.fold(name) else text


def _fill(doc: Doc, draft: EventDraft, location: dict, pieces: list[_Piece]) -> None:
    if len(pieces) == 1 and pieces[0].label == _TWO_CITIES:
        first = gazetteer.city(_clean(re.split(r",|\band\b", pieces[0].text)[0]))
        if first is not None:
            location["country"] = first.country
            add_evidence(draft, doc, "location.country", first.country, pieces[0].start, pieces[0].end)
        return
    pieces = [p for p in pieces if not _DC.match(p.text.strip()) and not re.search(r"\d", _clean(p.text))]
    country = region = None
    city_piece = venue_piece = None
    for i, piece in enumerate(pieces):
        text = _clean(piece.text)
        if not text or gazetteer.is_not_place(text):
            continue
        code = gazetteer.place_country(text)
        sub = gazetteer.region(text)
        previous_city = city_piece and _clean(city_piece.text)
        if i == 0 and (piece.label == "FAC" or _venue_like(text)):
            venue_piece = piece
            continue
        if code and not (i == 0 and gazetteer.city(text, code)):
            # "Atlanta, Georgia": the state, not the country, when only the state has that city.
            if sub and previous_city and not gazetteer.city(previous_city, code) and gazetteer.city(previous_city, sub[1]):
                region = region or (piece, sub)
            elif country is None:
                country = (piece, code)
            continue
        found = gazetteer.cities(text)
        # "Sanya, Hainan": a region after the city; "Washington" alone or after a venue is the city.
        if sub and (city_piece is not None or _names_region(text) or not found) and not (code and i == 0):
            region = region or (piece, sub)
            continue
        if code:  # a city state ("Singapore"): city and country at once
            city_piece, country = city_piece or piece, country or (piece, code)
            continue
        if sub and not found:
            region = region or (piece, sub)
            continue
        if found and city_piece is None and (not sub or found[0].population >= _CITY_OVER_REGION or i > 0):
            city_piece = piece
            continue
        if sub and region is None:
            region = (piece, sub)
            continue
        if i == 0 and len(pieces) > 1 and venue_piece is None:
            venue_piece = piece  # "Venue: ECIPE, …, 1040 Brussels"
    if venue_piece is not None and city_piece is None:
        city_piece = _city_inside(venue_piece)
        landmark = _LANDMARKS.get(gazetteer.fold(_clean(venue_piece.text)))
        if city_piece is None and landmark and country is None and region is None:
            # "talks with President Biden at the White House": a seat of government names its city.
            location["venue"] = _clean(venue_piece.text)
            location["city"], location["country"] = landmark
            for field, value in (("venue", location["venue"]), ("city", landmark[0]), ("country", landmark[1])):
                add_evidence(draft, doc, f"location.{field}", value, venue_piece.start, venue_piece.end)
            return
    country_code = country[1] if country else (region[1][1] if region else None)
    city = None
    if city_piece is not None:
        city = gazetteer.city(_clean(city_piece.text), country_code, region[1][0] if region else None)
        if city is None and country is None and region is None:
            city = gazetteer.city(_clean(city_piece.text))
        if city is None:
            city_piece = None
    if venue_piece is not None:
        location["venue"] = _clean(venue_piece.text)
        add_evidence(draft, doc, "location.venue", location["venue"], venue_piece.start, venue_piece.end)
    if city_piece is not None and city is not None:
        location["city"] = _as_written(_clean(city_piece.text), city.name)
        add_evidence(draft, doc, "location.city", location["city"], city_piece.start, city_piece.end)
    if region is not None:
        location["region"] = _clean(region[0].text)
        add_evidence(draft, doc, "location.region", location["region"], region[0].start, region[0].end)
    if country is not None:
        location["country"] = country[1]
        add_evidence(draft, doc, "location.country", country[1], country[0].start, country[0].end)
    elif city is not None:
        location["country"] = city.country
        add_evidence(draft, doc, "location.country", city.country, city_piece.start, city_piece.end)
    elif region is not None:
        location["country"] = region[1][1]
        add_evidence(draft, doc, "location.country", region[1][1], region[0].start, region[0].end)


def _names_region(text: str) -> bool:
    return bool(re.search(r"\b(?:province|prefecture|state|region|county|oblast)$", text, re.IGNORECASE))


def _city_inside(venue: _Piece) -> _Piece | None:
    """"Four Seasons Hotel Seoul", "Fullerton Hotel Singapore": a large city closing a venue's name."""
    words = list(re.finditer(r"[A-Z][\w'’-]*", venue.text))
    for n in (2, 1):
        if len(words) > n:
            first = words[-n]
            text = venue.text[first.start():words[-1].end()]
            found = gazetteer.cities(text)
            if found and found[0].population >= _CITY_IN_VENUE_NAME and gazetteer.fold(found[0].name) == gazetteer.fold(text):
                return _Piece(text, venue.start + first.start(), venue.start + words[-1].end(), "GPE")
    return None


def _place_code(text: str) -> str | None:
    text = _clean(text)
    code = gazetteer.place_country(text)
    if code:
        return code
    city = gazetteer.city(text)
    return city.country if city else None


# -- sides -----------------------------------------------------------------------


def _title_spans(doc: Doc, draft: EventDraft) -> Iterator[Span]:
    for e in draft.get("evidence", []):
        if e["field"] == "title" and draft.get("title") and e["value"] == draft["title"]:
            span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
            if span is not None:
                yield span
    heading = char_range(doc, draft.get("heading"))
    if heading is not None:
        yield heading


def _side_codes(text: str, on: str | None, trim: str) -> tuple[str, ...]:
    """The codes one side of "A-B" names, trimming words the pattern swept in ("Seventh German")."""
    words = text.split()
    while words:
        candidate = " ".join(words)
        members = gazetteer.bloc_members(candidate, on)
        if members:
            return members
        code = gazetteer.country_code(candidate)
        if code:
            return (code,)
        if trim == "left":
            words = words[1:]
        elif trim == "right":
            words = words[:-1]
        else:
            break
    return ()


def _compound_sides(draft: EventDraft, doc: Doc, span: Span, on: str | None, *, skip_orgs: bool,
                    dates: tuple[date, date] | None = None, check_clause: bool = False) -> set[str]:
    """Sides joined by hyphens: "U.S.-China", "Seventh German-Chinese", "U.S.-Japan-Europe"."""
    found: set[str] = set()
    for m in _COMPOUND.finditer(span.text):
        start, end = span.start_char + m.start(), span.start_char + m.end()
        tok = _token_at(doc, start, end)
        if tok is None:
            continue
        if skip_orgs and tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW"):
            continue
        if check_clause and not _in_event_clause(tok, dates):
            continue
        parts = _SIDE_SPLIT.split(m.group())
        sides = [_side_codes(p, on, "left" if i == 0 else "right" if i == len(parts) - 1 else "none")
                 for i, p in enumerate(parts)]
        named = [s for s in sides if s]
        if len(named) >= 2:
            codes = {c for s in named for c in s}
            found |= codes
            add_evidence(draft, doc, "parties", ",".join(sorted(codes)), start, end)
    return found


def _coordinated_sides(draft: EventDraft, doc: Doc, sent: Span, on: str | None,
                       dates: tuple[date, date] | None) -> set[str]:
    """"the United States and Japan", "between China and the EU", "American and Chinese scientists"."""
    named: dict[int, tuple[Span, tuple[str, ...]]] = {}
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG") or ent.root.dep_ == "poss" or _in_place_chain(ent):
            continue
        codes = gazetteer.bloc_members(ent.text, on) or tuple(filter(None, [gazetteer.country_code(ent.text)]))
        if codes and (ent.label_ != "ORG" or len(codes) > 1 or codes == ("EU",)):
            named[ent.root.i] = (ent, codes)
    found: set[str] = set()
    for i, (ent, codes) in named.items():
        root = ent.root
        partner = None
        if root.dep_ == "conj":
            # "the ten ASEAN Member States and Japan": the partner may sit inside the conjunct's phrase.
            partner = next((t.i for t in root.head.subtree if t.i in named and t.i < root.i), None)
        if root.dep_ == "conj" and not _named_as_sides(root):
            continue
        if root.dep_ == "conj" and partner is None and _in_event_clause(root, dates):
            # The tagger missed the partner ("The Governments of the United States and Japan").
            head = root.head
            left = min([c.i for c in head.lefts if c.dep_ == "compound"] + [head.i])
            code = gazetteer.country_code(doc[left:head.i + 1].text)
            if code:
                found |= set(codes) | {code}
                add_evidence(draft, doc, "parties", ",".join(sorted(set(codes) | {code})), doc[left].idx, ent.end_char)
        if partner in named and _in_event_clause(root, dates):
            other_ent, other_codes = named[partner]
            found |= set(codes) | set(other_codes)
            add_evidence(draft, doc, "parties", ",".join(sorted(set(codes) | set(other_codes))),
                         other_ent.start_char, ent.end_char)
    return found


def _meeting_sides(draft: EventDraft, doc: Doc, sent: Span, dates: tuple[date, date] | None) -> set[str]:
    """"Britain's technology secretary met her Japanese counterpart": the country of each side of "met"."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS or not _in_event_clause(verb, dates):
            continue
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "by") for g in c.children
                    if g.dep_ == "pobj"]
        left = {c for t in subject for c in _side_countries(t)}
        right = {c for t in objects for c in _side_countries(t)}
        if left and right and left != right:
            found = left | right
            add_evidence(draft, doc, "parties", ",".join(sorted(found)), verb.idx, verb.idx + len(verb))
            return found
    return set()


def _side_countries(head: Token) -> set[str]:
    """Countries that qualify a person or group ("Britain's secretary", "her Japanese counterpart")."""
    codes = set()
    for tok in head.subtree:
        if tok.ent_type_ in ("GPE", "NORP") and tok.dep_ in ("poss", "amod", "compound", "nmod") and tok.head.i == head.i:
            code = gazetteer.country_code(tok.text)
            if code:
                codes.add(code)
    return codes


def _named_as_sides(conjunct: Token) -> bool:
    """Coordinated countries are sides when they meet, not when they are a topic ("investment in A and B")."""
    first = conjunct
    while first.dep_ == "conj":
        first = first.head
    head = first.head
    if first.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT") or (first.dep_ == "dep" and head.pos_ == "VERB"):
        return True
    if first.dep_ == "pobj":
        if head.lower_ == "of":
            return head.head.lemma_.lower() in _SIDE_NOUNS  # "the Governments of X and Y"
        return head.lower_ in _SIDE_PREPS
    if first.dep_ in ("amod", "compound", "nmod"):
        return head.lemma_.lower() in _SIDE_NOUNS  # "American and Chinese scientists"
    return False


def _bloc_sides(draft: EventDraft, doc: Doc, sent: Span, on: str | None, dates: tuple[date, date] | None) -> set[str]:
    """A grouping that meets as such: "G7 ministers", "the ten ASEAN member states", "G20 members"."""
    found: set[str] = set()
    for tok in sent:
        if not tok.text[:1].isupper() and not tok.text[:1].isdigit():
            continue
        for n in (4, 3, 1):
            span = sent.doc[tok.i:tok.i + n]
            members = gazetteer.bloc_members(span.text, on) if span.end <= sent.end else None
            if members and _in_event_clause(tok, dates) and tok.dep_ != "poss":
                found |= set(members)
                add_evidence(draft, doc, "parties", span.text, span.start_char, span.end_char)
                break
    return found


def _attendance_list(draft: EventDraft, doc: Doc, body: Span, on: str | None) -> set[str]:
    """Countries listed as who attended, in the sentences from the one that reports the event."""
    trigger = char_range(doc, draft.get("trigger"))
    start = trigger.start if trigger is not None else body.start
    for sent in [s for s in body.sents if s.end > start][:_ATTENDANCE_SENTENCES]:
        heads = {t for t in sent if t.lemma_.lower() in _ATTENDEES or t.lemma_.lower() in _ATTEND_VERBS}
        if not heads:
            continue
        named = []
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "NORP", "ORG") or ent.root.dep_ == "poss" or _in_place_chain(ent):
                continue
            codes = gazetteer.bloc_members(ent.text, on) or tuple(filter(None, [gazetteer.country_code(ent.text)]))
            if codes and (ent.label_ != "ORG" or len(codes) > 1 or codes == ("EU",)):
                named.append((ent, codes))
        # A list: at least three names, tied to the attendees or the attending verb.
        listed = [(e, c) for e, c in named if any(h.is_ancestor(e.root) for h in heads)]
        if len(listed) >= 3:
            found = {code for _, codes in listed for code in codes}
            # Names in the same list that the tagger labelled otherwise ("…, China, France, Germany").
            for ent, _ in listed:
                for tok in ent.root.subtree:
                    if tok.dep_ == "conj" and tok.pos_ == "PROPN" and not tok.ent_type_ in ("GPE", "NORP"):
                        code = gazetteer.place_country(tok.text)
                        if code:
                            found.add(code)
            add_evidence(draft, doc, "parties", ",".join(sorted(found)), listed[0][0].start_char, listed[-1][0].end_char)
            return found
    return set()


def _in_place_chain(ent: Span) -> bool:
    """"Atlanta, Georgia": a name after a city and a comma is part of a place, not a side."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ != "GPE":
        return False
    previous = next((e for e in doc.ents if e.start <= ent.start - 2 < e.end), None)
    return previous is not None and not gazetteer.place_country(previous.text) and bool(gazetteer.cities(previous.text))


def _headline_sides(doc: Doc) -> tuple[set[str] | None, list[Evidence]]:
    """Sides named in the release's opening lines, for events that name none, with their evidence."""
    text = doc_text(doc)
    _, body_start = split_published_header(text)
    head = text[body_start:body_start + _HEADLINE_CHARS]
    sides: set[str] = set()
    evidence: list[Evidence] = []
    for m in _COMPOUND.finditer(head):
        parts = _SIDE_SPLIT.split(m.group())
        named = [_side_codes(p, None, "left" if i == 0 else "right" if i == len(parts) - 1 else "none")
                 for i, p in enumerate(parts)]
        if sum(1 for s in named if s) >= 2:
            codes = {c for s in named for c in s}
            sides |= codes
            start, end = body_start + m.start(), body_start + m.end()
            evidence.append(Evidence(field="parties", value=",".join(sorted(codes)), start=start, end=end,
                                     text=text[start:end]))
    return sides or None, evidence


def _host_governments(draft: EventDraft, doc: Doc, sentences: list[Span]) -> set[str]:
    """The host of a multilateral meeting is a side too: "convened by the UK Government"."""
    found: set[str] = set()
    for sent in sentences:
        for ent in sent.ents:
            if ent.label_ not in ("ORG", "GPE") or not _GOVERNMENT.search(ent.text) or not _hosting_agent(ent.root):
                continue
            for tok in ent:
                code = gazetteer.place_country(tok.text)
                if code:
                    found.add(code)
                    add_evidence(draft, doc, "parties", code, tok.idx, tok.idx + len(tok))
    return found


def _organization_countries(draft: EventDraft, doc: Doc, sentences: list[Span]) -> set[str]:
    found: set[str] = set()
    for sent in sentences:
        for ent in sent.ents:
            if ent.label_ != "ORG":
                continue
            for tok in ent:
                code = gazetteer.place_country(tok.text) if tok.pos_ == "PROPN" else None
                if code:
                    found.add(code)
                    add_evidence(draft, doc, "parties", code, tok.idx, tok.idx + len(tok))
    return found


def _most_named_country(doc: Doc, exclude: set[str]) -> tuple[str, Span] | None:
    """The country (and its first mention) the release names most often, at least twice."""
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP") and not _in_place_chain(ent):
            code = gazetteer.country_code(ent.text)
            if code and code not in exclude and code != "EU":
                counts[code] += 1
                first.setdefault(code, ent)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return (code, first[code]) if n >= 2 else None


# -- small helpers -------------------------------------------------------------------


def _matches(pattern: re.Pattern, span: Span) -> Iterator[tuple[int, int]]:
    for m in pattern.finditer(span.text):
        yield span.start_char + m.start(), span.start_char + m.end()


def _first(pattern: re.Pattern, span: Span) -> tuple[int, int] | None:
    return next(_matches(pattern, span), None)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root if len(span) > 1 else span[0]


def _label_at(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    labels = {t.ent_type_ for t in span if t.ent_type_}
    return "FAC" if "FAC" in labels else next(iter(labels), "")
