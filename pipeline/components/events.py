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
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..date_grammar import (
    CLOSING_VERBS,
    DAY_OF_MONTH,
    FURTHER_SITTING,
    LAST_YEAR,
    MONTHS,
    NEXT_DAY,
    PREVIOUS_DAY,
    RELATIVE_DAYS,
    SAME_DAY,
    SAME_DAY_OPENER,
    TRIP_DAY,
    YEAR_AFTER_MONTH,
    DateMention,
    PartialDate,
    find_date_mentions,
    find_year_mentions,
)
from .. import gazetteer
from ..drafts import EventDraft, add_evidence, date_mentions_within, doc_text, new_draft
from ..passages import PARTICIPANT_NOUNS, follow_ups, is_definite, singular_noun
from ..resources import read_json
from ..sources import split_published_header

_LEXICON = read_json("event_lexicon.json")
MEETING_NOUNS: dict[str, str] = _LEXICON["meeting_nouns"]
ADJECTIVE_MEETING_NOUNS = frozenset(_LEXICON["adjective_meeting_nouns"])  # "held a bilateral with", not "bilateral cooperation"
# Nouns that name a meeting only with their modifier: "a panel discussion", not "discussions on AI".
COMPOUND_MEETING_NOUNS: dict[str, str] = _LEXICON["compound_meeting_nouns"]
OWN_EVENT_COMPOUNDS = frozenset(_LEXICON["own_event_compounds"])  # "hosted a side event": never the meeting it was beside
NAMED_EVENT_HEADS: dict[str, str] = _LEXICON["named_event_heads"]  # "London Tech Week", not "this week"
TRADE_SHOW_NAMES: dict[str, str] = _LEXICON["trade_show_names"]  # "GITEX Africa 2025"
SIGNING_VERBS = frozenset(_LEXICON["signing_verbs"])  # "NPC and CICC today signed a Memorandum of Agreement"
SIGNED_DOCUMENTS = frozenset(_LEXICON["signed_documents"])
_COMPOUND_HEADS = frozenset(name.split()[-1] for name in COMPOUND_MEETING_NOUNS)  # meeting_type runs on every token
TRIGGER_VERBS = frozenset(_LEXICON["trigger_verbs"])
NON_EVENT_CUES = frozenset(_LEXICON["non_event_cues"])
PLANNING_VERBS = frozenset(_LEXICON["planning_verbs"])  # "plans to hold talks"
COMMITMENT_VERBS = frozenset(_LEXICON["commitment_verbs"])  # "agreed to hold the fifth dialogue in 2025"
ORDINALS: dict[str, int] = _LEXICON["ordinals"]
_NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\s+")
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "to"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we"})
_MODALS = frozenset({"will", "shall", "should", "would", "could", "'ll"})
FUTURE_WORDS = frozenset(_LEXICON["future_words"])
ORGANISATION_NOUNS = frozenset(_LEXICON["organisation_nouns"])
SIDE_MEETING_ADVERBS = frozenset(_LEXICON["side_meeting_adverbs"])
SIDE_MEETING_SETTINGS = frozenset(_LEXICON["side_meeting_settings"])
SIDE_MEETING_RELATIONS = frozenset(_LEXICON["side_meeting_relations"])
STAY_NOUNS = frozenset(_LEXICON["stay_nouns"])
SOJOURN_NOUNS = frozenset(_LEXICON["sojourn_nouns"])  # "during his stay in Hanoi": a trip
PART_OF_MEETING_NOUNS = frozenset(_LEXICON["part_of_meeting_nouns"])
NON_MEETING_MODIFIERS = frozenset(_LEXICON["non_meeting_modifiers"])
NON_MEETING_COMPOUNDS = frozenset(_LEXICON["non_meeting_compounds"])  # "a public consultation" asks for comments
PLURAL_QUANTIFIERS = frozenset(_LEXICON["plural_quantifiers"])  # "several rounds of consultations"
PERSON_NOUNS = frozenset(_LEXICON["person_nouns"])
GATHERING_PARTIES = frozenset(_LEXICON["gathering_parties"])
BODY_NOUNS = frozenset(_LEXICON["body_nouns"])
DOCUMENT_NOUNS = frozenset(_LEXICON["document_nouns"])
TIME_NOUNS = frozenset(_LEXICON["time_nouns"])
GENERIC_EVENT_NOUNS = frozenset(_LEXICON["generic_event_nouns"])
INDUSTRY_SUMMIT_WORDS = frozenset(_LEXICON["industry_summit_words"])
NEGOTIATION_WORDS = frozenset(_LEXICON["negotiation_words"])
NEGOTIATED_TEXTS = frozenset(_LEXICON["negotiated_texts"])  # "a round of FTA talks"
PREPARATION_NOUNS = frozenset(_LEXICON["preparation_nouns"])
OTHER_INSTANCE_WORDS = frozenset(_LEXICON["other_instance_words"])
EARLIER_TIME_ADVERBS = frozenset(_LEXICON["earlier_time_adverbs"])
TRIP_VERBS = frozenset(_LEXICON["trip_verbs"])  # "paid a visit", "sent a delegation", "travelled to Hanoi"
STANDING_ASSEMBLY_WORDS = frozenset(_LEXICON["standing_assembly_words"])
ATTENDANCE_MODES = frozenset(_LEXICON["attendance_modes"])  # "in hybrid mode", "in person"
SUBJECT_TRIGGER_VERBS = frozenset(_LEXICON["subject_trigger_verbs"])  # report a meeting only as its subject ("the forum drew …")
SEQUENCE_VERBS = frozenset(_LEXICON["sequence_verbs"])  # "was preceded by a preparatory meeting"
HABITUAL_CUES = tuple(_LEXICON["habitual_cues"])
EXCHANGED_VIEWS = frozenset(_LEXICON["exchanged_views"])  # "exchanged views with": a meeting with someone
CALL_MEDIA = frozenset(_LEXICON["call_media"])  # "spoke by phone": a call
TITLED_VISIT_KINDS = frozenset(_LEXICON["titled_visit_kinds"])  # "working visit to India" is a title, "visit to Japan" none
GATHERED_PEOPLE = frozenset(_LEXICON["gathered_people"])  # "brought together fifty experts"
SPEAKING_VERBS = frozenset(_LEXICON["speaking_verbs"])  # "gave the keynote address at the Symposium"
SPEECH_NOUNS = frozenset(_LEXICON["speech_nouns"])
JOURNEY_VERBS = frozenset(_LEXICON["journey_verbs"])  # "flew to Hokkaido to visit …", "returned from Fiji, where she met …"
PLEASURE_WORDS = frozenset(_LEXICON["pleasure_words"])  # "was pleased to meet", "had the honour of receiving"
DELEGATION_VERBS = frozenset(_LEXICON["delegation_verbs"])  # "sent a delegation to Beijing", "led a delegation to Malaysia"
MEETS_SOMEONE_VERBS = frozenset(_LEXICON["meets_someone_verbs"])  # "met", "called on", "sat down with", "was received by"
AUDIENCE_NOUNS = frozenset(_LEXICON["audience_nouns"])  # "granted an audience to the delegation"
HOSPITALITY_NOUNS = frozenset(_LEXICON["hospitality_nouns"])  # "hosted a reception for Mr. Amon"
OCCASION_NOUNS = frozenset(_LEXICON["occasion_nouns"])  # "took the opportunity to meet"
DISCUSSION_NOUNS = frozenset(_LEXICON["discussion_nouns"])  # "held discussions with the Governor"
_TRAVELLING_PARTIES = frozenset({"delegation", "mission"})  # "sent a delegation to Beijing", "played host to a mission"
_GATHERERS = PERSON_NOUNS | _TRAVELLING_PARTIES | GATHERING_PARTIES  # who "gathered" in a town, besides participants
# Inflected forms the tagger may not lemmatise in a capitalised headline ("Concludes", "Convened").
TRIGGER_FORMS = frozenset(v + ending for v in TRIGGER_VERBS for ending in ("s", "es", "d", "ed"))
SETTING_PREPOSITIONS = frozenset({"at", "during", "on", "in", "following", "after", "before", "ahead", "since"})
PAST_SETTING_PREPOSITIONS = frozenset({"at", "during", "following", "after"})  # "At the X Meeting on 23 January, delegates adopted …"
# How far after a meeting noun its date may stand ("the fourth TTC meeting in Luleå, Sweden, in May 2023").
NOUN_DATE_WINDOW = 12
_WD_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_WORDS = rf"\b{_WD_NAME}\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\.?(?=\W|$)"
# The hours after a date on an event page: "Tuesday, 8 October 2024, 10:00-11:30 AEDT", "9 a.m. – 1 p.m. CET".
_TIME_OF_DAY = re.compile(r"[,|·•]?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
                          r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*$|[,|·•]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*$", re.IGNORECASE)
_LAST_YEAR_UNKNOWN = -1  # "in June last year" in a text whose publication is not known yet
_OF_BODY = re.compile(r"^(?:[a-zA-Z-]+\s+)*?(?i:meeting|session|round|sitting|convening)s?\s+of\s+(?:the\s+)?([A-Z].*|negotiations\s.*)$")
_DEFINED_ACRONYM = re.compile(r"(?P<name>(?:[A-Z][\w.'’&-]*\s+(?:(?:and|of|on|for|the|in)\s+)*)*[A-Z][\w.'’&-]*)\s+\((?P<acronym>[A-Z][A-Z&]{1,9})\)")
_ACRONYM_MEETING = re.compile(r"^([A-Z][A-Z&]{1,9})(?:\s+[Mm]inisterial)?\s+(?:[Mm]eeting|[Ss]ession)s?$")
_LINK_LIST_HEADING = re.compile(
    r"^[ \t]*(?:" + "|".join(re.escape(h) for h in _LEXICON["link_list_headings"]) + r")[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
# "About CSIS", "Notes to editors", "Media contact: …": what follows describes the publisher, not the event.
_BOILERPLATE_HEADING = re.compile(
    r"^[ \t]*(?:" + "|".join(_LEXICON["boilerplate_headings"]) + r")[ \t]*$", re.IGNORECASE | re.MULTILINE)
_LEADING_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.IGNORECASE)
# "About the Forum", "About this event": the page's event described further, not its publisher.
_ABOUT_THE = re.compile(r"\s*about\s+(?:the|this)\s+(\w+)\s*", re.IGNORECASE)
_DOCUMENT_LABEL = re.compile(r"^(?:joint\s+)?(?:press\s+|media\s+)?(?:statement|release|communiqu[eé]|readout|summary|report)"
                             r"\s+(?:on|of|from|at)\s+(?:the\s+)?", re.IGNORECASE)
_NON_MEETING_KEY = "press_events.non_meeting_nouns"
_NEGOTIATING_ROUNDS_KEY = "press_events.negotiating_rounds"
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,}|(?:\*[ \t]+){2,}\*)[ \t]*$", re.MULTILINE)  # "---" between items
_BULLETED_LABEL = re.compile(r"^\s*[-–•·*○▪]\s*[^:\n]{3,40}:\s")  # "- 1 October: roundtable with …"
_DAY_LABEL = re.compile(r"^\s*day\s+\d{1,2}\s*[–—:-]\s*", re.IGNORECASE)  # "Day 1 – Monday, October 14 (Hanoi)"
_LISTING_LABEL = re.compile(rf"\s*(?P<label>[^|–—\n]{{1,40}}?)\s*[|–—]\s*(?:{_WD_NAME},?\s*)?", re.IGNORECASE)
_LISTING_SEPARATOR = re.compile(r"\s+[–—]\s+|\s*\|\s*|,\s+")
_LISTING_KINDS: dict[str, str | None] = _LEXICON["listing_labels"]  # "Episode 2 |" is a talk of a series: a workshop
_LISTING_WORDS = frozenset(_LISTING_KINDS) | frozenset(MEETING_NOUNS)  # "Episode 2 |", "Conference –"
_UPCOMING_HEADING = re.compile("|".join(_LEXICON["upcoming_headings"]), re.IGNORECASE)
_PAST_HEADING = re.compile("|".join(_LEXICON["past_headings"]), re.IGNORECASE)
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_RELATIVE_DAY = re.compile(r"\b(?:" + "|".join(map(re.escape, RELATIVE_DAYS)) + r")\b", re.IGNORECASE)  # "opened yesterday"
_LAST_YEARS = re.compile(r"last\s+year['’]s\b", re.IGNORECASE)
_NOUN_WEEKDAYS = re.compile(rf"\blast\s+{_WD_NAME}(?:\s*(?:,|and|&|to)\s*{_WD_NAME})*\b", re.IGNORECASE)
_DURATION = re.compile(r"^(?:\w+|\d+)[- ](?:day|week|month)s?(?:[- ]long)?\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&-]{1,10}\)")


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
        _, body_start = split_published_header(doc_text(doc))
        sections = self._section_events(doc, body_start)
        to_come = _upcoming_stretches(doc_text(doc), body_start, len(doc_text(doc)))
        drafts = [draft for draft, _ in sections] + self._mentioned_events(doc, body_start, [m for _, m in sections], to_come)
        drafts.sort(key=lambda d: d["anchor"])
        harmonise_series(drafts, doc_text(doc))
        boilerplate = next((m for m in _BOILERPLATE_HEADING.finditer(doc_text(doc), body_start)
                            if not _is_about_the_event(m.group())), None)
        # A passage ends where the text turns to the publisher, or to the meetings it lists as still to come.
        turns = [boilerplate.start()] if boilerplate else []
        turns += [start for start, _ in to_come]
        for cut in (len(doc_text(doc)[:turn].rstrip()) for turn in turns):
            for draft in drafts:
                if draft["start"] < cut < draft["end"]:
                    draft["end"] = cut
        _keep_to_items(doc, drafts, body_start)
        for draft in drafts:  # read by the participants and topics stages
            draft["follow_ups"] = [list(r) for r in follow_ups(doc, draft, drafts)]
        doc._.events = drafts
        return doc

    # -- event pages: heading / date line / place line sections ---------------

    def _section_events(self, doc: Doc, body_start: int) -> list[tuple[EventDraft, _Mention]]:
        lines = _lines(doc_text(doc), body_start)
        starts: list[tuple[int, _Line | None, _Line, _Line | None]] = []  # (index, heading, date, place)
        kind_labels: dict[int, tuple[int, int]] = {}  # date line start -> the line above naming only the event's kind
        upcoming = False
        for i, line in enumerate(lines):
            to_come = _UPCOMING_HEADING.fullmatch(line.text.strip()) is not None
            if to_come or _PAST_HEADING.fullmatch(line.text.strip()):
                upcoming = to_come  # "UPCOMING" … "PAST EVENTS"
                continue
            if not _is_date_line(line) or upcoming:
                continue
            if _listing_label(line) is not None and i + 1 < len(lines) and self._is_heading(lines[i + 1]):
                # "Episode 2 | Tuesday, 20 September 2022 | Online (Zoom)" over the talk's title
                starts.append((i, lines[i + 1], line, None))
                continue
            heading = lines[i - 1] if i > 0 and self._is_heading(lines[i - 1]) else None
            if heading is not None and _is_kind_label(heading) and i + 1 < len(lines) and self._is_heading(lines[i + 1]):
                # "PANEL" over "Wednesday, February 11, 2026 | 4:00 – 5:30 p.m. ET | …" over the panel's title
                kind_labels[line.start] = (heading.start, heading.end)
                starts.append((i - 1, lines[i + 1], line, None))
                continue
            place = lines[i + 1] if i + 1 < len(lines) and self._is_place_line(lines[i + 1]) else None
            starts.append((i - (heading is not None), heading, line, place))
        # A lone date line under a non-event heading is a release date, not an event page.
        # So is one under a news headline ("Semiconductor Roundtable held at the Embassy"): the body tells the event.
        if len(starts) < 2 and not kind_labels and not any(
                h is not None and _line_names_event(doc, h) and not _reads_as_headline(doc, h) for _, h, _, _ in starts):
            return []
        # An events page may give each event's date and place over its title ("Roundtable: Chips, subsidies …").
        starts = [(index + (heading is not None and below is not None), below or heading, date_line, place)
                  for index, heading, date_line, place in starts
                  for below in [None if heading is not None and _line_names_event(doc, heading)
                                else self._title_below(doc, lines, date_line, place)]]
        drafts = []
        # A day of a programme with meetings under headings of their own ("Day 1 – Monday, October 14 (Hanoi)" over
        # "Meeting with the Ministry of …"): each heading is an event of that day.
        starts = [part for n, start in enumerate(starts)
                  for part in self._meetings_of_the_day(doc, lines, start, starts[n + 1][0] if n + 1 < len(starts) else len(lines))]
        for n, (index, heading, date_line, place) in enumerate(starts):
            end_index = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
            start_char = lines[index].start
            end_char = lines[end_index - 1].end if end_index > index else date_line.end
            section = doc.char_span(start_char, end_char, alignment_mode="expand")
            listing = _listing_label(date_line) or kind_labels.get(date_line.start)
            named_after = _named_after_date(doc, date_line) if not listing else None
            day_meeting = listing is None and heading is not None and heading.start > date_line.start
            if named_after is not None:  # "- 27 June 2025 | Technical workshop on quantum technology indicators"
                heading, trigger = named_after
            elif day_meeting:  # "Courtesy call on the Prime Minister" under its programme day
                trigger = _heading_noun(doc, heading) or _first_trigger(section)
            else:
                # A listing's line names its event ("Online conference –"); verbs under it may tell of others.
                trigger = doc.char_span(*listing, alignment_mode="expand").root if listing else _first_trigger(section)
            if trigger is None and heading is not None and not drafts:
                # "Webinar: Securing Undersea Cables" over its date line, told with no verb: the page's event.
                trigger = _heading_noun(doc, heading)
            noun = _meeting_noun(trigger) if trigger is not None and trigger.pos_ in ("VERB", "AUX") and named_after is None else trigger
            # "Session 3 discussed …" is part of the event above; "90th Session of the … Committee" on a programme line is one.
            # A listing's own "PANEL" line over its date is an event of the page, not a part of the one above.
            body_session = (named_after is not None and any(c.lower_ == "of" for c in noun.children) or day_meeting
                            or date_line.start in kind_labels)
            if trigger is None or noun is not None and noun.lower_ in PART_OF_MEETING_NOUNS and not body_session:
                if drafts:  # a day of the programme ("Monday, 3 June", "Session 3 discussed …"): the event above goes on
                    drafts[-1][0]["end"] = end_char
                continue
            draft = new_draft(start_char, end_char, start_char)
            draft["heading"] = [heading.start, heading.end] if heading else None
            draft["date_line"] = [date_line.start, date_line.end]
            draft["place_line"] = [place.start, place.end] if place else None
            draft["trigger"] = [trigger.sent.start_char, trigger.sent.end_char]
            _describe(doc, draft, trigger, heading, listing=listing)
            if day_meeting and draft["edition"] is None:
                draft["series"] = None  # "Meeting with the Ministry of Public Security" names one meeting, no series
            drafts.append((draft, _Mention(None, trigger, (start_char, end_char), find_date_mentions(date_line.text, date_line.start))))
        return drafts

    def _meetings_of_the_day(self, doc: Doc, lines: list[_Line], start: tuple, end_index: int) -> list[tuple]:
        index, heading, date_line, place = start
        if heading is not None or not _DAY_LABEL.match(date_line.text):
            return [start]
        found = [(i, lines[i], date_line, None) for i in range(index + 1, end_index - 1)
                 if self._is_heading(lines[i]) and _line_names_event(doc, lines[i]) and not self._is_heading(lines[i + 1])
                 and not _BOILERPLATE_HEADING.match(lines[i].text)]
        return found or [start]

    def _title_below(self, doc: Doc, lines: list[_Line], date_line: _Line, place: _Line | None) -> _Line | None:
        below = next((line for line in lines if line.start > (place or date_line).start), None)
        if below is not None and self._is_heading(below) and _line_names_event(doc, below):
            return below
        return None

    def _is_heading(self, line: _Line) -> bool:
        text = line.text.strip()
        return (0 < line.words <= self.max_heading_words and not text.endswith((".", ":", ";"))
                and not _is_date_line(line))

    def _is_place_line(self, line: _Line) -> bool:
        text = line.text.strip()
        return 0 < line.words <= self.max_place_words and not text.endswith(".") and not _is_date_line(line)

    # -- narrative releases: event mentions ------------------------------------

    def _mentioned_events(self, doc: Doc, body_start: int, sections: list[_Mention],
                          to_come: list[tuple[int, int]]) -> list[EventDraft]:
        """Events reported in sentences: the main one (unless the page has sections) and
        every meeting mentioned with a date no event so far has."""
        body_end = _link_list_start(doc_text(doc), body_start)
        mentions = [m for sent in doc.sents if body_start < sent.end_char and sent.start_char < body_end
                    and not any(start <= sent.start_char < end for start, end in to_come)
                    for clause in _semicolon_clauses(sent) for m in _mentions(clause)]
        reported = [m for m in mentions if m.verb is not None and not _is_tour(m)]
        if not sections and not reported:
            reported = [m for m in mentions if m.dates and _is_setting(m)][:1]
        if not sections and not reported:
            # "The summit in Hiroshima from 19 to 21 May 2023 produced the Hiroshima AI Process": a dated
            # meeting the text is about, told with no verb of meeting
            reported = [m for m in mentions if m.dates and m.noun is not None and m.noun.dep_ in ("nsubj", "nsubjpass")
                        and _is_past(m.noun.head)][:1]
        if not sections and not reported:
            reported = mentions = _generic_event(doc, body_start, body_end)  # "This event was held virtually on Zoom."
        if sections:
            main, events = None, list(sections)
        elif reported:
            main = reported[0]
            events = [main]
        else:
            return []
        # A trip is the main event, or the one section of a page headed by it ("… Visit to the United States (Results)").
        trip = next((e for e in ([main] if main is not None else sections if len(sections) == 1 else []) if _is_visit(e)), None)
        bilaterals = _reports_bilaterals(doc, body_start, body_end)
        acronyms = _acronyms(doc_text(doc))
        held_during: dict[int, _Mention] = {}  # id of a side meeting -> the event it was held beside
        for mention in mentions:
            if mention is main or (mention.trip_day or _is_tour(mention)) and trip is None:
                continue
            if mention.verb is None and (_later_sitting(mention.noun) or main is not None and _sitting_told_again(mention.noun)):
                # "…, followed by a closing session online on 2 April", "The online session on April 2 reviewed …":
                # a sitting of the meeting told before it
                continue
            told = next((e for e in sections if e.verb is not None and mention.verb is not None and e.verb.i == mention.verb.i), None)
            if told is not None:
                told.dates = told.dates + mention.dates  # a section's own sentence: its days are the section's
                continue
            if mention.partner is not None:
                events.append(mention)  # "held bilateral meetings with X, and with Y": the meeting with Y
                continue
            if mention.setting:
                if _is_new_setting(mention, events):
                    events.append(mention)  # "met X on the margins of the AI Action Summit": the summit too
                continue
            if trip is not None and mention.noun is None and mention.verb is not None and mention.verb.lemma_.lower() == "travel":
                continue  # "On Thursday, the delegation travelled to Tokyo": a leg of the trip, no stop
            if trip is not None and trip is main and not trip.dates and mention.dates and _tours_places(mention):
                # "travelled to Japan last week … From 6 to 11 October, the MPs visited Tokyo and Chitose": the trip's days
                trip.dates = mention.dates
                trip.dated_by = mention.dates[0]
                continue
            if trip is not None and trip is main and not trip.dates and _meets_many_over_days(mention):
                # "led a mission to Singapore and Japan. From Feb. 10 to 14, the minister met with developers,
                # investors and officials": the trip's days, told as its round of meetings
                trip.dates = mention.dates
                trip.dated_by = mention.dates[0]
                continue
            if sections and main is None and _is_visit(mention) and mention.dates and not any(_is_visit(e) for e in events):
                events.append(mention)  # "organized its Business Mission to Vietnam from October 14 to 17" over its days' meetings
                continue
            if main is not None and not main.dates and mention.dates and _met_among_themselves(mention):
                # "gathered 24 experts for the second round … Participants met at the Center on May 20 and 21"
                main.dates, main.dated_by = mention.dates, mention.dates[0]
                continue
            signing = _signing_told_before(mention, events)
            if signing is not None:  # "today signed an MoU … The MoU was inked at a ceremony": one signing
                signing.dates = signing.dates or mention.dates
                continue
            if _is_side_meeting(mention, events, bilaterals):
                held_during[id(mention)] = _enclosing(mention, events)
                events.append(mention)
                continue
            # A mention dated differently from every event so far is another meeting
            # ("the fifth TTC meeting held in Washington on 30 January 2024").
            if main is not None and _repeats(mention, main):
                # Its days are the main event's, for the mentions after it; not a date of the clause beside it
                # ("the consultations were held in person; the sixth round had taken place … in April 2021").
                clause = mention.noun.head if mention.verb.dep_ in ("acl", "relcl") else mention.verb
                own_days = [m for m in mention.dates if _in_clause(m, clause)]
                days = [m for m in own_days if m.precision == "day"]
                if not main.dates and days:
                    main.dated_by = days[0]  # the headline told it undated; this sentence gives its day
                main.dates = main.dates + own_days
                continue  # "The visit, which ran from 20 to 24 May, took the President to …"
            if trip is not None and mention.verb is not None and not mention.dates and _names_a_day(_told_in(mention.verb)) \
                    and not _same_trigger(mention, events):
                events.append(mention)  # "On Tuesday, the Minister held talks …", "The following day, …"
                continue
            if trip is None and mention.verb is not None and not mention.dates and _names_a_day_beside(mention.verb) \
                    and not _same_trigger(mention, events) and not _continues(mention, events) and not _is_leg(mention):
                events.append(mention)  # "The day before, officials held a technical meeting", "Later that day, he met …"
                continue
            days = _weekdays(mention) if (mention.verb is not None or mention.days_named or mention.trip_day) and not mention.dates else set()
            if days and (mention.verb is None or not _same_trigger(mention, events)) and not any(days & _weekdays(e) for e in events):
                events.append(mention)  # "On Wednesday, Minister Li held talks with Alswaha" after Tuesday's meeting
                continue
            if not mention.dates:
                continue
            if main is not None and not main.dates and mention.verb is None and _same_type(mention, main) \
                    and not _another_instance(mention.noun, main.noun):
                main.dates = mention.dates  # the lede said "today"; the date comes later
                continue
            if trip is not None and mention.verb is not None and not _same_trigger(mention, events):
                events.append(mention)  # a trip is one visit, and each meeting on it is its own event
            # A signing's day is no other meeting's: "signed at a ceremony that closed the Spectrum Forum, held on 11 and 12 May"
            elif not any(_same_days(mention, e) for e in events if _is_signing(mention) or not _is_signing(e)) \
                    or _names_another_meeting(mention, events, acronyms) \
                    or _names_where_someone_met(mention, events):
                events.append(mention)  # "the ASEAN-China Digital Ministers' Meeting", the same day as the ADGMIN
            else:
                _absorb_days(mention, events)
        headline = _headline(doc, body_start, self.max_heading_words)
        drafts = []
        for mention in events[len(sections):]:
            whole = mention is main
            # A meeting mentioned in passing is described by its sentence.
            sentence = doc.char_span(*mention.region, alignment_mode="expand").sent
            # A sentence's span may carry the blank lines after it; the passage ends on its last character.
            start, end = (max(body_start, doc[0].idx), len(doc_text(doc).rstrip())) if whole else (
                sentence.start_char, sentence.start_char + len(sentence.text.rstrip()))
            draft = new_draft(start, end, mention.region[0])
            draft["trigger"] = list(mention.region)
            if mention.verb is not None:  # the verb's own clause: "today reported … the Mission, which wrapped up Thursday"
                draft["clause"] = _own_clause(mention.verb)
            draft["whole_document"] = whole and len(events) == 1 and not sections
            draft["named_in_passing"] = mention.verb is None
            draft["setting"] = mention.setting
            if mention.dated_by is not None:
                draft["dated_by"] = [mention.dated_by.start, mention.dated_by.end]
            if mention.partner is not None:
                draft["partner"] = [mention.partner.idx, mention.partner.idx + len(mention.partner)]
            draft["page_event"] = mention.noun is None and mention.verb is not None and any(
                c.lemma_.lower() in GENERIC_EVENT_NOUNS for c in mention.verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            if id(mention) in held_during:
                draft["held_during"] = held_during[id(mention)].region[0]
                # Without a cue ("also", "on the sidelines"), only a day of its own makes it another meeting.
                draft["if_other_day"] = mention.noun is None and not _has_side_cue(mention.verb) and not bilaterals
            noun = mention.noun
            # A visit has no edition: "the first State Visit by an African leader" is no better a name.
            named_visit = noun is not None and meeting_type(noun) == "visit" and _is_named(_noun_phrase(noun))
            # A call or a signing has no name to find later, nor has a meeting held at another event ("met the
            # Minister of Economy of Ecuador on the sidelines of the forum" is no meeting of the forum).
            nameless = mention.held_at is not None or mention.verb is not None and mention.verb.lemma_.lower() == "speak" \
                or mention.noun is None and _is_signing(mention)  # "today signed an MoU": the signing, not the forum it was held at
            if whole and not named_visit and not nameless and (noun is None or not _is_named(_noun_phrase(noun)) or not edition_of(_noun_phrase(noun))):
                # "wrapped up a two-day meeting": the name comes later ("the G7 … Ministers' Meeting").
                noun = _named_coreferent(doc, body_start, noun, [m for m in events if m is not mention],
                                         "visit" if _is_visit(mention) else None) or noun
            _describe(doc, draft, mention.verb or mention.noun, None, noun=noun, headline=headline if whole else None)
            if (trip is not None and mention is not trip and _is_stop_of(mention, trip) and not _names_a_gathering(mention)
                    and draft["event_type"] != "signing"):
                draft["event_type"] = "meeting"  # each stop of a trip (talks, a roundtable, a site visit) is a meeting; a signing stays one
            elif id(mention) in held_during and mention.noun is None and draft["event_type"] == "visit":
                draft["event_type"] = "meeting"  # a call on an institution beside the talks, not a trip
            elif noun is not None and not draft["title"] and draft["event_type"] != "summit" \
                    and _talks_between_principals(noun, mention.verb):
                draft["event_type"] = "meeting"
            drafts.append(draft)
        return drafts


# -- shared helpers -----------------------------------------------------------


def _keep_to_items(doc: Doc, drafts: list[EventDraft], body_start: int) -> None:
    """A digest's items, set apart by rules ("---"), are stories of their own: no passage crosses a rule,
    and the first event of an item has its headline and the rest of it ("The group discussed …")."""
    text = doc_text(doc)
    rules = [m.span() for m in _RULE_LINE.finditer(text, body_start)]
    if not rules:
        return
    # What stands above the first rule is the page's own (a letter, a summary of the issue): no item.
    items = [(a, len(text[:b].rstrip())) for a, b in zip([end for _, end in rules], [start for start, _ in rules[1:]] + [len(text)])]
    item_of = {id(draft): next(((a, b) for a, b in items if a <= draft["anchor"] < b), (draft["start"], draft["end"]))
               for draft in drafts}
    for draft in drafts:
        start, end = item_of[id(draft)]
        draft["start"], draft["end"] = max(draft["start"], start), min(draft["end"], end)
    for draft in drafts:
        start, end = item_of[id(draft)]
        if any(d is not draft and d["start"] <= draft["start"] < d["end"] for d in drafts):
            continue  # told within another event's passage: a side meeting of it
        later = [d["start"] for d in drafts if draft["end"] <= d["start"] < end]
        draft["end"] = min(later + [end])
        if not any(start <= d["start"] < draft["start"] for d in drafts):
            draft["start"] = start  # the item's headline is its first event's


@dataclass
class _Mention:
    """One place a text reports a meeting: a past trigger verb, or a dated meeting noun."""

    noun: Token | None
    verb: Token | None
    region: tuple[int, int]  # characters the mention's date and place are read from
    dates: list = field(default_factory=list)
    days_named: bool = False  # dated only by weekdays after the noun ("a meeting … last Thursday and Friday")
    # a meeting of a trip's day: "began its programme on Monday with a meeting at Anthropic"
    trip_day: bool = False
    # where a reported meeting with someone was held: "met X on the margins of the AI Action Summit"
    setting: bool = False
    held_at: Token | None = None  # of a meeting with someone, the event it was held at
    partner: Token | None = None  # "bilateral meetings with X, and with Y": the meeting with Y, told in the same words
    dated_by: DateMention | None = None  # the date a later sentence gives an event told undated (a trip's round of meetings)


def _lines(text: str, start: int) -> list[_Line]:
    lines = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        if m.group().strip():
            lines.append(_Line(start + m.start(), start + m.end(), m.group()))
    return lines


def _upcoming_stretches(text: str, body_start: int, body_end: int) -> list[tuple[int, int]]:
    """Where the text lists meetings to come: from a "Coming up" / "Upcoming events" heading to a
    "Past events" heading or the end. Their dates may read as past when the page states no date of its own."""
    stretches: list[tuple[int, int]] = []
    opened_at = None
    for line in _lines(text[:body_end], body_start):
        heading = line.text.strip()
        if opened_at is None and _UPCOMING_HEADING.fullmatch(heading):
            opened_at = line.start
        elif opened_at is not None and _PAST_HEADING.fullmatch(heading):
            stretches.append((opened_at, line.start))
            opened_at = None
    return stretches + ([(opened_at, body_end)] if opened_at is not None else [])


def _link_list_start(text: str, body_start: int) -> int:
    """Where a "Related news" / "Read more" list of links begins: its headlines are not reports."""
    found = _LINK_LIST_HEADING.search(text, body_start)
    return found.start() if found else len(text)


def _listing_label(line: _Line) -> tuple[int, int] | None:
    """Where an events listing's date line names the kind of event before its date, with its hours and
    place after it: "Online conference (Webex) – Tuesday 16 April 2024, 17:00–18:15 (Paris time)",
    "Episode 2 | Tuesday, 20 September 2022 | 16:00–17:00 CEST | Online (Zoom)". Not a dateline
    ("Brussels – 12 March 2024"): its label names no event."""
    if len(line.text) > 160:
        return None
    mentions = find_date_mentions(line.text)
    if not mentions:
        return None
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    label = _LISTING_LABEL.fullmatch(line.text[:first])
    if label is None or not (set(re.findall(r"[a-z]+", label.group("label").lower())) & _LISTING_WORDS):
        return None
    segments = [_TIME_OF_DAY.sub("", seg) for seg in _LISTING_SEPARATOR.split(re.sub(r"\([^)]*\)", "", line.text[last:]))]
    if len(segments) > 4 or any(len(seg.split()) > 8 for seg in segments):
        return None
    return line.start + label.start("label"), line.start + label.end("label")


def _hours_and_place_after_date(text: str) -> bool:
    """An events page's line of date, hours and place, each after a bar: "Wednesday, February 11, 2026 |
    4:00 – 5:30 p.m. ET | Campbell Conference Facility". Nothing but a weekday comes before the date, and
    the hours must be there: "5 March 2025 | Press release" is a release's date."""
    if not any(bar in text for bar in "|•·"):
        return False  # most lines: no date parse needed
    mentions = find_date_mentions(text)
    if not mentions:
        return False
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    if re.search(r"[^\W\d_]", re.sub(_WEEKDAY_WORDS, "", text[:first], flags=re.IGNORECASE)):
        return False
    segments = re.split(r"\s*[|•·]\s*", text[last:])
    if segments[0].strip() or len(segments) > 4:
        return False  # the bar must follow the date
    segments = [seg for seg in segments[1:] if seg.strip()]
    return (any(_TIME_OF_DAY.fullmatch(" " + seg.strip()) for seg in segments)
            and all(len(seg.split()) <= 8 for seg in segments))


def _is_kind_label(line: _Line) -> bool:
    """A line that names only an event's kind, as an events page puts it over the date: "PANEL", "Webinar"."""
    words = re.findall(r"[a-z]+", line.text.lower())
    return 0 < len(words) <= 2 and all(w in _LISTING_WORDS for w in words)


def _name_after_date(text: str) -> str | None:
    """The part after "|" (or a bullet's ":") of a programme line that opens with a date line, if that part holds no date."""
    parts = text.split("|")
    if len(parts) == 1 and _BULLETED_LABEL.match(text):  # "- 30 September: meeting with the Minister for …"
        parts = text.split(":", 1)
    if len(parts) != 2 or find_date_mentions(parts[1]) or not _is_date_line(_Line(0, len(parts[0]), parts[0].lstrip(" -•·*–"))):
        return None
    return parts[1]


def _named_after_date(doc: Doc, line: _Line) -> tuple[_Line, Token] | None:
    """"- 23-24 June 2025 | 90th Session of the Digital Economy Policy Committee": a programme line whose
    part after the date names the event; that part is its title, its meeting noun its kind."""
    name = _name_after_date(line.text)
    if name is None:
        return None
    stripped = name.strip()
    start = line.start + len(line.text) - len(name) + name.index(stripped) if stripped else None
    span = doc.char_span(start, start + len(stripped), alignment_mode="expand") if start is not None else None
    noun = next((t for t in span if _is_event_noun(t) or meeting_type(t) and t.dep_ == "ROOT"
                 or t.i == span.start and t.lower_ in MEETING_NOUNS), None) if span is not None else None  # "meeting with …", tagged a verb
    return (_Line(start, start + len(stripped), stripped), noun) if noun is not None else None


def _is_date_line(line: _Line) -> bool:
    """A short line that is only a date ("December 9-10, 2023", "Tuesday, 3 May 2022"), or an events
    listing's line of kind, date, hours and place.

    A dateline ("Leuven, 5 April 2024") is not: it dates the release, not an event.
    """
    if _listing_label(line) is not None:
        return True
    text = line.text.strip()
    if len(text) <= 160 and _name_after_date(text) is not None:
        return True  # "- 27 June 2025 | Technical workshop on quantum technology indicators": a programme line
    if len(text) <= 160 and _hours_and_place_after_date(text):
        return True
    if not text or len(text) > 60:
        return False
    mentions = find_date_mentions(line.text)
    if not mentions:
        return False
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    # A label may precede the date ("Date:") and a place follow a separator ("30 April 2024 | Brussels").
    label, rest = re.sub(_WEEKDAY_WORDS, "", line.text[:first], flags=re.IGNORECASE), line.text[last:]
    label = _DAY_LABEL.sub("", re.sub(r"^\s*(?:date|dates|when)\s*:", "", label, flags=re.IGNORECASE))
    rest = re.sub(r"^\s*\([^)]*\)\s*$", "", rest)  # "(Hanoi)" after a programme day's date
    rest = label + re.sub(r"^\s*[|•·]\s*[^|•·]*$", "", _TIME_OF_DAY.sub("", rest))
    return not re.search(r"[^\W\d_]", re.sub(_WEEKDAY_WORDS, "", rest, flags=re.IGNORECASE))  # no word left


def meeting_type(token: Token) -> str | None:
    """The event type a meeting noun names, or None."""
    # The modifier first: "a video conference" is a meeting, "a panel discussion" a workshop.
    lemma = token.lemma_.lower()  # read once: this runs on every token
    if lemma == "edition" and token.pos_ == "NOUN":
        return _edition_type(token)
    if lemma in SOJOURN_NOUNS and token.pos_ == "NOUN":
        return "visit" if _someones_stay_in_a_place(token) else None
    if token.lower_ in ORDINALS and token.dep_ in ("nsubj", "nsubjpass"):
        return _earlier_edition_type(token)
    found = None
    if token.lower_ in _COMPOUND_HEADS:
        compound = _compound_in(token, COMPOUND_MEETING_NOUNS)
        found = COMPOUND_MEETING_NOUNS[compound] if compound else None
    found = found or MEETING_NOUNS.get(token.lower_) or MEETING_NOUNS.get(lemma) or _named_event_type(token)
    if found is None or token.pos_ in ("VERB", "AUX", "ADP", "DET"):
        return None  # the small model tags some meeting nouns ADJ ("expert roundtable"); verbs are not meetings
    if token.lower_ in ADJECTIVE_MEETING_NOUNS and token.dep_ in ("amod", "compound", "nmod"):
        return None  # "bilateral cooperation", "bilateral agenda": a modifier, no meeting
    if token.lower_ in ("round", "rounds") and _negotiates(token):
        return "meeting"  # "the ninth round of negotiations", "the fifth negotiating round"
    if found == "visit" and _visits_someone(token):
        return "meeting"  # "a courtesy visit to the Minister", "received a visit from the Ambassador": a call, not a trip
    return found


def _earlier_edition_type(ordinal: Token) -> str | None:
    """"This was the second roundtable of its kind. The first, held in Bengaluru in February 2024, …": an
    ordinal standing for the meeting noun a later edition of which the sentence before names."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in ordinal.children):
        return None
    sent = ordinal.sent
    before = ordinal.doc[sent.start - 1].sent if sent.start > 0 else None
    later = (t for t in before or []
             if any(c.dep_ == "amod" and ORDINALS.get(c.lower_, 0) > ORDINALS[ordinal.lower_] for c in t.children))
    return next((kind for t in later for kind in [meeting_type(t)] if kind), None)


def _someones_stay_in_a_place(stay: Token) -> bool:
    """"his stay in Hanoi", "the Minister's stay in Japan"; not "a stay of execution"."""
    return any(c.dep_ == "poss" for c in stay.children) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN" for o in c.children)
        for c in stay.children)  # not "her stay in office"


def _named_event_type(token: Token) -> str | None:
    """"VivaTech", "GITEX Africa 2025": a trade show's brand; "London Tech Week", "Hannover Messe": a word
    that names an event only at the end of a capitalised name."""
    brand = TRADE_SHOW_NAMES.get(token.text)
    if brand is not None:
        return brand
    head = NAMED_EVENT_HEADS.get(token.lower_)
    if head is None or not token.is_title:
        return None
    if token.lower_ == "assembly" and any(t.lower_ in STANDING_ASSEMBLY_WORDS for t in token.lefts):
        return None  # "the National Assembly" sits; "the World Telecommunication Standardization Assembly" is held
    return head if any(t.dep_ not in ("det", "poss") and t.text[:1].isupper() for t in token.lefts) else None


def _opens_a_name(token: Token) -> bool:
    """"GITEX Africa 2025", "Web Summit Qatar": a meeting's word that the parser takes for a modifier
    of the place or edition that ends its name."""
    head = token.head
    if token.dep_ != "compound" or head.i < token.i or not token.text[:1].isupper():
        return False
    if token.text in TRADE_SHOW_NAMES:
        return head.pos_ == "PROPN"
    return head.ent_type_ in ("GPE", "LOC") or gazetteer.country_code(head.text) is not None or bool(gazetteer.cities(head.text))


def _compound_in(token: Token, names) -> str | None:
    """The noun with its modifier ("side event", "panel discussion") when that pair is one of `names`."""
    return next((pair for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")
                 for pair in [f"{t.lower_} {token.lower_}"] if pair in names), None)


def _visits_someone(visit: Token) -> bool:
    """"a courtesy visit to the Minister", "received a visit from the Ambassador": someone is called on."""
    received = visit.dep_ == "dobj" and visit.head.lemma_.lower() == "receive"
    return received or any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and _is_person(o) for o in c.children)
                           for c in visit.children)


def _edition_type(edition: Token) -> str | None:
    """"The previous edition, held in Kyoto": an edition of the meeting the text is about, of its kind;
    not "the 5th edition of the Forum", whose noun is the Forum."""
    if any(c.lower_ == "of" for c in edition.children):
        return None
    named = (meeting_type(t) for t in edition.doc if t.is_title and t.lemma_.lower() != "edition" and t.lower_ in MEETING_NOUNS)
    return next((kind for kind in named if kind), None)


def _negotiates(round_: Token) -> bool:
    """"The fifth negotiating round", "the ninth round of negotiations"; and "the second round, held
    by videoconference" in a text whose rounds are rounds of negotiations."""
    return _names_negotiations(round_) or any(i != round_.i for i in _negotiating_rounds(round_.doc))


def _negotiating_rounds(doc: Doc) -> list[int]:
    """Where the text names a round of negotiations, found once per document: `meeting_type` asks on every round."""
    found = doc.user_data.get(_NEGOTIATING_ROUNDS_KEY)
    if found is None:
        found = doc.user_data[_NEGOTIATING_ROUNDS_KEY] = [
            t.i for t in doc if t.lower_ in ("round", "rounds") and _names_negotiations(t)]
    return found


def _names_negotiations(round_: Token) -> bool:
    modifiers = [t for t in round_.children if t.dep_ in ("amod", "compound")]
    objects = [o for p in round_.rights if p.lower_ == "of" for o in p.children]
    return any(t.lemma_.lower() in NEGOTIATION_WORDS or t.lower_ in NEGOTIATION_WORDS for t in modifiers + objects) \
        or any(_talks_on_a_text(o) for o in objects)


def _talks_on_a_text(talks: Token) -> bool:
    """"free trade agreement talks", "talks on the … Free Trade Agreement": talks on a text to be agreed."""
    if talks.lower_ != "talks":
        return False
    compounds = [c for c in talks.lefts if c.dep_ == "compound"]
    topics = [w for p in talks.rights if p.lower_ == "on" for w in p.children if w.dep_ == "pobj"]
    return any(t.lower_ in NEGOTIATED_TEXTS for t in compounds + topics)


def _is_event_noun(token: Token) -> bool:
    """A meeting noun that names one meeting, not a plural, an organisation or a future one."""
    if not meeting_type(token) or token.dep_ == "compound" and not _opens_a_name(token) \
            or token.dep_ == "conj" and token.head.dep_ in ("compound", "nmod"):
        return False  # "the Exhibition and Congress Centre" names a building
    if token.dep_ == "nmod" and token.head.ent_type_ == "FAC" and not meeting_type(token.head):
        return False  # "the Lithuanian Exhibition and Congress Centre LITEXPO"
    if token.dep_ in ("amod", "nmod") and meeting_type(token.head):
        return False  # "ministerial" in "ministerial meeting" modifies the meeting
    if token.tag_ in ("NNS", "NNPS") and token.lower_ not in ("talks", "consultations") and len(_partners(token)) < 2:
        return False  # "nine rounds of dialogues", "regular meetings"; not "bilateral meetings with X and with Y"
    if token.ent_type_ in ("GPE", "NORP"):
        return False
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.ent_type_ == "ORG":
        return False  # "Convened by the United Nations Conference on Trade and Development": who convened it
    if token.ent_type_ in ("FAC", "LOC") and (token.ent_iob_ == "B" or token.i + 1 < len(token.doc) and token.nbor().ent_iob_ == "I"):
        return False  # "the Summit Hotel"; but "the Leaders' Virtual Summit", which NER takes for a place, ends on its noun
    if _is_non_meeting_compound(token) or is_definite(token) and _non_meeting_nouns(token.doc).get(token.lower_, token.i) < token.i:
        return False  # "a joint press conference" reports on a meeting; "a public consultation" (and "the consultation
        # opened today" after it) asks for comments
    if _one_of_several(token):
        return False  # "several rounds of working-level consultations": no one meeting
    if token.ent_type_ == "ORG" and token.lower_ in ORGANISATION_NOUNS and not edition_of(_noun_phrase(token)) \
            and not (meeting_type(token) == "visit" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"):
        return False  # "the EU-US Trade and Technology Council" as a body, not a meeting of it; but "Trade Mission to Malaysia"
    return not any(t.lower_ in FUTURE_WORDS for t in token.lefts)


def _non_meeting_nouns(doc: Doc) -> dict[str, int]:
    """Where each meeting noun first stands in a compound that names no meeting ("a public consultation"),
    once per document: `_is_event_noun` runs on every token."""
    found = doc.user_data.get(_NON_MEETING_KEY)
    if found is None:
        found = {}
        for t in doc:
            if t.lower_ not in found and (t.lower_ in MEETING_NOUNS or t.lemma_.lower() in MEETING_NOUNS) and _is_non_meeting_compound(t):
                found[t.lower_] = t.i
        doc.user_data[_NON_MEETING_KEY] = found
    return found


def _is_non_meeting_compound(noun: Token) -> bool:
    return any(t.lower_ in NON_MEETING_MODIFIERS or f"{t.lower_} {noun.lower_}" in NON_MEETING_COMPOUNDS for t in noun.lefts)


def _one_of_several(noun: Token) -> bool:
    """"several rounds of consultations", "many meetings": meetings counted, none told."""
    counted = noun.head.head if noun.head.lower_ == "of" and noun.head.head.tag_ in ("NNS", "NNPS") else noun
    return any(t.lower_ in PLURAL_QUANTIFIERS for t in counted.lefts)


def _is_past(verb: Token) -> bool:
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        if verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children):
            return True  # "The second edition … brought together": a past tense the tagger read as a participle
        return any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.dep_ in ("acl", "relcl", "advcl", "conj")
    return False


def _governed_by_non_event(token: Token) -> bool:
    """Under a verb of founding or planning: "established a dialogue", "plans to hold talks"."""
    head = token
    verbs_passed = 0  # "agreed to hold the dialogue", not "agreed to promote AI as they wrapped up a meeting"
    while head.head.i != head.i:
        below, head = head, head.head
        verbs_passed += below.pos_ in ("VERB", "AUX") and below is not token
        if head.dep_ == "prep" and head.lower_ in SETTING_PREPOSITIONS:
            return False  # "launched at the 28th EU-Japan Summit": the summit is where it happened
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and (lemma in NON_EVENT_CUES or lemma in PLANNING_VERBS):
            return True
        if head.pos_ == "VERB" and lemma in COMMITMENT_VERBS and verbs_passed == 1 and (below.dep_ == "xcomp" or below.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in below.children)):
            return True  # "agreed to hold the fifth dialogue in 2025", "agreed that a second round should take place in 2024"
        if head.pos_ == "NOUN" and head.lower_ in PREPARATION_NOUNS:
            return True  # "in preparation for the G7 summit in June": still to come
    return False


def _sentence_trigger(sent: Span) -> Token | None:
    """The verb that reports a past meeting in this sentence, if any."""
    tour = None
    for tok in sent:
        kind = _trigger_kind(tok, sent)
        if kind == "trigger":
            return tok
        if kind == "tour" and tour is None:
            tour = tok
    return tour


def _sentence_triggers(sent: Span) -> list[Token]:
    """Every verb that reports a past meeting in this sentence ("held talks in Jakarta on Monday, and on
    Wednesday addressed the Summit"), or its first tour when none does."""
    kinds = [(tok, _trigger_kind(tok, sent)) for tok in sent]
    return [tok for tok, kind in kinds if kind == "trigger"] or [tok for tok, kind in kinds if kind == "tour"][:1]


def _trigger_kind(tok: Token, sent: Span) -> str | None:
    """"trigger" when the token is a verb reporting a past meeting, "tour" when it reports a tour."""
    lemma = tok.lemma_.lower()
    if lemma == "be":  # "Tijani is in China from Nov. 18 to 24 at the invitation of MIIT": a trip
        return "trigger" if _stays_in_a_country(tok) and not _is_future_sentence(sent) else None
    if lemma in SEQUENCE_VERBS:  # "The summit was preceded on Tuesday by a senior officials' meeting"
        return "trigger" if _meeting_told_in_sequence(tok) is not None and _is_past(tok) and not _is_future_sentence(sent) else None
    if tok.pos_ not in ("VERB", "AUX") or lemma not in TRIGGER_VERBS or not (
            _is_past(tok) or _purpose_of_a_journey(tok) or _pleasure_of_meeting(tok) or _took_the_occasion(tok)
            or _is_under_way_today(tok)):
        return None
    if _governed_by_non_event(tok) or _is_future_sentence(sent) or _is_habitual(tok):
        return None
    if lemma in DELEGATION_VERBS and _meeting_noun(tok) is None and _sends_a_delegation(tok):
        return "trigger"  # "sent a delegation of experts to Beijing", "led a delegation to Malaysia": a trip
    if lemma == "send":
        return None
    if lemma in SIGNING_VERBS and _meeting_noun(tok) is None:  # "signed an MoU at a ceremony" has its noun
        return "trigger" if _signs_on_a_day(tok) else None
    if lemma == "work":  # "received and worked with the delegation", not "worked with Google to train engineers"
        return "trigger" if _works_with_someone(tok) else None
    if lemma == "call":  # "called on Prime Minister Modi", not "called on members to ratify the convention"
        return "trigger" if _calls_on_someone(tok) else None
    if lemma in SPEAKING_VERBS and _speaks_at_an_event(tok):
        return "trigger"  # "gave the keynote address at the Frontier Technologies Symposium", "spoke at the Forum"
    if lemma in ("grant", "give"):  # "granted an audience to the delegation"
        return "trigger" if _grants_an_audience(tok) else None
    if lemma in ("deliver", "present"):
        return None
    if lemma in SUBJECT_TRIGGER_VERBS:  # "The forum drew 500 delegates", not "drew on the outcomes of the summit"
        return "trigger" if _meeting_subject(tok) is not None else None
    if lemma == "play":  # "Estonia played host to the Tallinn Digital Summit"
        return "trigger" if any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in tok.children) else None
    if lemma == "take" and not _takes_place_or_part(tok):
        return None  # not "took stock of progress since the visit"
    if lemma == "have":  # "had a meeting with Minister Bjerre", "had an audience with the King"; not "the forum had 200 participants"
        held = any(c.dep_ == "dobj" and (_is_event_noun(c) or c.lemma_.lower() in AUDIENCE_NOUNS) for c in tok.children)
        return "trigger" if held else None
    if lemma == "speak":  # "the two leaders spoke by phone": a call
        return "trigger" if _speaks_by_phone(tok) else None
    if lemma == "tour":
        # "the guests toured Infineon's Smart Power Fab": a stop, if a trip is told; but "toured the site
        # and met the Vice Chairman": the meeting first
        return "tour" if any(c.dep_ == "dobj" for c in tok.children) else None
    if lemma == "exchange":  # "the delegation exchanged views with senior officials of the Digital Agency"
        return "trigger" if _exchanges_views_with_someone(tok) else None
    if lemma == "travel" and _meeting_noun(tok) is None:  # "traveled to Hanoi and Ho Chi Minh City, November 11-14": a trip
        return "trigger" if _goes_to_a_place(tok) else None
    if lemma in ("convene", "gather", "bring") and _meeting_noun(tok) is None and _gathers_people(tok):
        return "trigger"  # "The Adviser gathered representatives of twenty operators on 4 May to discuss …"
    # "The Council convened in Luxembourg", "officials gathered virtually on 2 April"
    intransitive_convene = lemma in ("convene", "gather") and not any(c.dep_ == "dobj" for c in tok.children) \
        and not (tok.dep_ == "acl" and not _names_people(tok.head))  # not "feedback gathered over the past year"
    if _meeting_noun(tok) is not None or lemma in ("meet", "visit", "reconvene") or intransitive_convene \
            or lemma == "receive" and _meets_someone(tok) or lemma == "sit" and _sits_down_with(tok) \
            or lemma in ("host", "welcome") and _receives_someone(tok) or lemma in ("hold", "have") and _discusses_with_someone(tok):
        return "trigger"
    return None


def _names_people(noun: Token) -> bool:
    """"experts", "the delegation", "Ms. Park", "eight countries": people or parties, not "feedback" or "data"."""
    return (noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or singular_noun(noun) in PARTICIPANT_NOUNS
            or noun.lemma_.lower() in _GATHERERS)


def _gathers_people(verb: Token) -> bool:
    """"gathered representatives of twenty operators on 4 May", "brought together fifty experts in Dhaka on
    Monday": a meeting the host held, on a day the clause gives; not "gathered feedback" nor "brought new ideas"."""
    if verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in verb.children):
        return False
    people = [c for c in verb.children if c.dep_ == "dobj" and (
        _is_person(c) or c.lemma_.lower() in GATHERED_PEOPLE or c.ent_type_ in ("ORG", "NORP"))]
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return bool(people) and bool(date_mentions_within(verb.doc, start, end) or _names_a_day(doc_text(verb.doc)[start:end]))


def _meeting_told_in_sequence(verb: Token) -> Token | None:
    """The meeting a verb of sequence brings in beside the one it is about: "The ministerial meeting had
    been preceded on Tuesday by the preparatory meeting of the Undersecretaries" (the agent), "A senior
    officials' meeting preceded the summit" (the subject)."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj" and _is_event_noun(o)), None)
    if verb.lemma_.lower() == "precede" and any(c.dep_ == "dobj" and _is_event_noun(c) for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj" and _is_event_noun(c)), None)
    return None


def _signs_on_a_day(verb: Token) -> bool:
    """"NPC and CICC signed a Memorandum of Agreement on the second day of the conference", "today signed an
    MoU": a signing told as an event of its day; not "have signed an agreement" nor "the pact, signed in 2020"."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    if verb.tag_ != "VBD" and not passive or verb.dep_ in ("relcl", "acl", "xcomp", "advcl", "pcomp"):
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SIGNED_DOCUMENTS for c in verb.children):
        return False
    own = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    days = date_mentions_within(verb.doc, own.start_char, own.end_char)
    return any(m.precision == "day" for m in days) or _names_a_day(own.text) or bool(_RELATIVE_DAY.search(own.text))


def _works_with_someone(verb: Token) -> bool:
    """"The Deputy Prime Minister worked with a delegation of the Semiconductor Industry Association": a working
    session with visitors, as Vietnamese releases say; not a partnership ("worked with Google to train …")."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in verb.children):
        return False
    met = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in PERSON_NOUNS or o.lemma_.lower() in _TRAVELLING_PARTIES for o in met)


def _discusses_with_someone(verb: Token) -> bool:
    """"held discussions with the provincial People's Committee": a meeting, though "the discussion" alone names none."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DISCUSSION_NOUNS and _with_someone(c) for c in verb.children)


def _takes_place_or_part(verb: Token) -> bool:
    """"took place", "took part in", "a trip that has taken him to Shanghai"."""
    if any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in ("place", "part") for c in verb.children):
        return True
    told_of = verb.head if verb.dep_ in ("relcl", "acl") else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return told_of is not None and _is_event_noun(told_of)


def _speaks_by_phone(verb: Token) -> bool:
    """"spoke by phone", "spoke on the telephone", "spoke via video link"."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "on", "over", "via") and any(t.lemma_.lower() in CALL_MEDIA for t in c.subtree)
               for c in verb.children)


def _speaks_at_an_event(verb: Token) -> bool:
    """"gave the keynote address at the Symposium", "spoke at the opening of the Forum"; not "delivered a
    statement" nor "gave remarks on AI"."""
    speech = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS]
    if not speech and verb.lemma_.lower() != "speak":
        return False
    ats = [c for head in [verb, *speech] for c in head.children if c.dep_ == "prep" and c.lower_ == "at"]
    return any(_is_event_noun(t) for at in ats for t in at.subtree)


def _exchanges_views_with_someone(verb: Token) -> bool:
    """"exchanged views with the Minister", "On the margins of the meeting, Wildberger and Gawkowski exchanged
    views": not "exchanged documents" nor "the two sides exchanged views" (the meeting already told, told again)."""
    views = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_VIEWS]
    # The parser hangs "with …" on the verb or on "views".
    withs = [c for head in [verb] + views for c in head.children if c.dep_ == "prep" and c.lower_ == "with"]
    if views and any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in PERSON_NOUNS for w in withs for t in w.subtree):
        return True
    pair = [s for c in verb.children if c.dep_ == "nsubj" for s in [c, *c.conjuncts] if _is_person(s) or s.ent_type_ == "PERSON"]
    return bool(views) and len(pair) >= 2 and any(t.lower_ in SIDE_MEETING_SETTINGS for t in verb.subtree)


def _purpose_of_a_journey(verb: Token) -> bool:
    """"flew to Hokkaido to visit the Rapidus site", "travelled to Koganei to visit NICT": the visit was made."""
    return (verb.lemma_.lower() in ("visit", "tour", "meet") and verb.dep_ in ("xcomp", "advcl")
            and verb.head.lemma_.lower() in JOURNEY_VERBS and _is_past(verb.head))


def _stays_in_a_country(verb: Token) -> bool:
    """"The Minister is in China from Nov. 18 to 24", "was in Japan from 3 to 6 June": someone's stay in
    a country over days the clause states."""
    if verb.tag_ not in ("VBZ", "VBD") or not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or _is_person(c))
                                                  for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children)
               for c in verb.children):
        return False
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return any(m.precision == "day" and m.sittings[0][0] != m.sittings[-1][1] for m in date_mentions_within(verb.doc, start, end))


def _pleasure_of_meeting(verb: Token) -> bool:
    """"was pleased to meet the Minister", "was honoured to receive the delegation", "had the pleasure
    of meeting the President": the meeting took place."""
    if verb.lemma_.lower() not in ("meet", "receive", "welcome", "host", "visit"):
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head  # "the pleasure of meeting": the noun, then the verb that had it
        return head.lemma_.lower() in PLEASURE_WORDS and _is_past(head.head)
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in PLEASURE_WORDS:
        return False
    # "was pleased": the adjective under a past copula; "was honoured": a past passive
    return _is_past(head) or head.dep_ == "acomp" and head.head.tag_ == "VBD"


def _is_under_way_today(verb: Token) -> bool:
    """"Today, they are meeting members of the Senate Commerce Committee": a meeting held on the day of the release."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children)
    return progressive and any(c.dep_ == "npadvmod" and c.lower_ == "today" for c in verb.children)


def _took_the_occasion(verb: Token) -> bool:
    """"took the opportunity to meet the Minister", "used the occasion to call on the Governor": the meeting was held."""
    occasion = verb.head
    return (verb.lemma_.lower() in MEETS_SOMEONE_VERBS and verb.dep_ in ("acl", "relcl", "xcomp")
            and occasion.lemma_.lower() in OCCASION_NOUNS and _is_past(occasion.head))


def _is_person(token: Token) -> bool:
    """A person or a travelling party: "Governor Lee", "her counterpart", "the delegation"."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_NOUNS or token.lemma_.lower() in _TRAVELLING_PARTIES


def _calls_on_someone(verb: Token) -> bool:
    """"called on the Prime Minister (to discuss data centres)", "called on Governor Lee": a courtesy call;
    not "called on members to ratify the convention", an appeal to many."""
    on = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
    objects = [o for c in on for o in c.children if o.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dobj"]
    if any(_is_person(o) and o.tag_ in ("NN", "NNP") for o in objects):
        return True
    appeal = any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children)
    return bool(on) and not appeal and any(o.ent_type_ == "ORG" or _is_person(o) for o in objects)


def _sits_down_with(verb: Token) -> bool:
    """"sat down with executives of three chipmakers": a meeting (the parser hangs "with" on the verb or on "down")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(_is_person(t) or t.ent_type_ in ("ORG", "NORP") for t in c.subtree)
               for head in [verb] + [c for c in verb.children if c.lower_ == "down"] for c in head.children)


def _grants_an_audience(verb: Token) -> bool:
    """"granted an audience to the delegation", "was given an audience by the King"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in AUDIENCE_NOUNS for c in verb.children)


def _receives_someone(verb: Token) -> bool:
    """"welcomed his Malaysian counterpart in Riyadh", "The senators were hosted by the Minister", "hosted a
    reception for Mr. Amon": a meeting with someone; not "welcomed the agreement" nor "hosted the OECD Forum" (a meeting noun, found apart)."""
    guests = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "hosted a reception for Mr. Amon", "hosted a dinner in honour of the visiting Minister"
    guests += [t for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HOSPITALITY_NOUNS
               for t in c.subtree if t.dep_ == "pobj"]
    hosts = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if any(c.dep_ == "nsubjpass" for c in verb.children):  # "she was hosted by the Minister": someone told before
        return any(_is_person(t) or t.lower_ in _PERSONAL_PRONOUNS for t in guests) and any(
            _is_person(h) or h.ent_type_ == "ORG" for h in hosts)
    return any(_is_person(t) for t in guests)


def _is_habitual(verb: Token) -> bool:
    """"I have met my counterparts many times", "the two sides meet regularly": no one meeting."""
    clause = " ".join(t.lower_ for t in verb.subtree)
    return any(re.search(rf"\b{re.escape(cue)}\b", clause) for cue in HABITUAL_CUES)


def _announces_what_comes(sent: Span) -> bool:
    """"Next in the series: a workshop in Tokyo in September", "Upcoming: …": a label for meetings to come."""
    label = next((t for t in sent[:6] if t.text == ":"), None)
    return label is not None and any(t.lower_ in FUTURE_WORDS for t in sent[: label.i - sent.start])


def _is_future_sentence(sent: Span) -> bool:
    return any(t.lower_ in ("will", "shall") and t.dep_ in ("aux", "auxpass") and t.head.dep_ == "ROOT" for t in sent)


def _first_trigger(section: Span) -> Token | None:
    for sent in section.sents:
        trig = _sentence_trigger(sent)
        if trig is not None:
            return trig
    return None


def _meeting_noun(trigger: Token) -> Token | None:
    """The meeting the trigger verb reports: its object, passive subject or attribute first."""
    lemma = trigger.lemma_.lower()
    if lemma in SEQUENCE_VERBS:
        return _meeting_told_in_sequence(trigger)
    if trigger.dep_ in ("acl", "relcl"):
        # "The first AI Safety Summit, convened by the UK Government, …", "the Dialogue on Smart
        # Manufacturing, which was held …" (the parser hangs the clause on the name's last noun).
        named = trigger.head
        while trigger.dep_ == "relcl" and not _is_event_noun(named) and named.dep_ == "pobj" and named.head.dep_ == "prep" and named.head.lower_ in ("on", "of", "for", "to"):
            named = named.head.head
        if _is_event_noun(named):
            return named
        if trigger.dep_ == "relcl":
            # "the outcomes of the SEMI Trade Mission to Malaysia, which wrapped up Thursday": the mission wrapped up.
            of_meeting = [o for p in named.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" and _is_event_noun(o)]
            if of_meeting:
                return of_meeting[0]
    if lemma in ("chair", "co-chair"):
        # "chaired the DEPA Joint Committee in Auckland on the 12th": a sitting of the body it names
        body = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in BODY_NOUNS and c.is_title), None)
        if body is not None:
            return body
    # The subject of "convened"/"hosted" is the organizer; of "was held"/"took place" the meeting.
    order = ("nsubjpass", "dobj", "attr", "nsubj")
    if lemma in ("convene", "host", "organize", "organise") and any(c.dep_ == "dobj" for c in trigger.children):
        order = ("nsubjpass", "dobj", "attr")  # but "The Council convened in Luxembourg": the meeting itself
    children = sorted(trigger.children, key=lambda c: order.index(c.dep_) if c.dep_ in order else len(order))
    taken = _object_taken_for_subject(trigger)
    for child in children + ([taken] if taken is not None else []):
        if child.dep_ in order or child is taken:
            for t in child.subtree:
                # "received Mr. Amon, who is on a working trip to Viet Nam": the trip tells who he is, not what was held;
                # "signed an agreement under which the two sides will run training": what was agreed
                if _is_event_noun(t) and not (_in_relative_clause(t, child) and not _tells_where(_relative_clause(t))):
                    return t
    if lemma in SUBJECT_TRIGGER_VERBS:
        return _meeting_subject(trigger)
    held_something = any(c.dep_ == "dobj" for c in trigger.children)
    for child in trigger.children:
        if lemma in TRIP_VERBS and child.lower_ == "for":
            continue  # "visited Washington DC for the inaugural iCET meeting": a trip, for a meeting on it
        if child.dep_ in ("prep", "npadvmod", "pobj") and not _is_time_of(child):
            for t in child.subtree:
                # "met on the margins of the consultations" is a meeting beside them; "met on the
                # sidelines of the third Tallinn Digital Summit" tells of the summit too.
                if _is_event_noun(t) and not ((held_something or not _is_named(_noun_phrase(t)))
                                              and _is_setting_of_another(t, trigger)) and not _is_setting_of_the_meeting(t, trigger):
                    return t
    return None


def _object_taken_for_subject(verb: Token) -> Token | None:
    """"co-chaired the fourth round of talks, held virtually on 28 October": the small model reads the
    object as the subject of the participle after it, leaving the verb with none."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((s for c in verb.rights if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBN"
                 and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                 for s in c.lefts if s.dep_ in ("nsubj", "nsubjpass") and s.i > verb.i), None)


def _in_relative_clause(token: Token, top: Token) -> bool:
    """Does the token stand in a relative clause below `top` ("Mr. Amon, who is on a working trip")?"""
    clause = _relative_clause(token)
    return clause is not None and (top.i == clause.i or top.is_ancestor(clause))


def _tells_where(clause: Token) -> bool:
    """"… in Reggio Calabria, where she represented Canada at the G7 Meeting": a clause that goes on with the event."""
    return any(c.lower_ == "where" for c in clause.children)


def _relative_clause(token: Token) -> Token | None:
    """The verb of the relative clause the token stands in, if any."""
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            return token
        token = token.head
    return None


def _setting_noun(verb: Token) -> Token | None:
    """The event a meeting with someone was held at: "met X on the margins of the AI Action Summit"."""
    return next((t for c in verb.children if c.dep_ == "prep" for t in c.subtree
                 if _is_event_noun(t) and _is_setting_of_the_meeting(t, verb)), None)


def _first_since(noun: Token | None) -> bool:
    return noun is not None and any(c.dep_ == "prep" and c.lower_ == "since" for c in noun.rights)


def _is_setting_of_another(noun: Token, verb: Token) -> bool:
    """"held bilateral meetings on the margins of the meeting", "met Y on the sidelines of the first day
    of the conference": the meeting is where, not what, was held."""
    head = noun.head
    while head.i != verb.i and head.head.i != head.i:
        if head.lower_ in SIDE_MEETING_SETTINGS:
            return True
        head = head.head
    return False


def _is_setting_of_the_meeting(noun: Token, verb: Token) -> bool:
    """"met the Minister on the margins of the AI Action Summit", "During her visit to Viet Nam, the
    Commissioner was received by the Prime Minister": a meeting with someone, held at another event;
    not "met for the fourth round of negotiations", the meeting itself."""
    meets = verb.lemma_.lower() in MEETS_SOMEONE_VERBS and (
        _meets_someone(verb) or _receives_someone(verb) or _calls_on_someone(verb) or _sits_down_with(verb))
    if not meets and not _holds_a_meeting_with_someone(verb):
        return False
    if _is_setting_of_another(noun, verb):
        return True
    head = noun
    while head.head.i != verb.i and head.head.i != head.i:
        head = head.head
    # "During the EU-Canada Digital Partnership Council, the ministers held a bilateral meeting"
    gathering = meeting_type(noun) in ("summit", "conference", "forum", "visit", "other")
    return head.dep_ == "prep" and (head.lower_ == "alongside" or head.lower_ == "at" and gathering
                                    or head.lower_ == "during" and (gathering or noun.is_title))


def _holds_a_meeting_with_someone(verb: Token) -> bool:
    """"held a bilateral meeting", "had talks with the Minister": a meeting of its own, wherever it was held."""
    return any(c.dep_ == "dobj" and _is_event_noun(c) and c.lower_ not in PART_OF_MEETING_NOUNS
               and (_with_someone(c) or any(t.lower_ == "bilateral" for t in c.lefts)) for c in verb.children)


def _meeting_subject(verb: Token) -> Token | None:
    """The meeting a verb tells of as its subject, or its first conjunct's ("The conference, themed …, drew 500 delegates")."""
    for head in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _is_event_noun(c):
                return c
    return None


def _is_setting(mention: _Mention) -> bool:
    """"At the ASEAN Digital Senior Officials' Meeting in Vientiane on 23 January, delegates adopted …":
    a dated meeting named as where something past happened."""
    noun = mention.noun
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in PAST_SETTING_PREPOSITIONS:
        return False
    verb = noun.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBD"


def _generic_event(doc: Doc, body_start: int, body_end: int) -> list[_Mention]:
    """An event page that names its meeting only as "this event" ("This event was held virtually"),
    when nothing else in the text reports a meeting."""
    for sent in doc.sents:
        if sent.end_char <= body_start or sent.start_char >= body_end:
            continue
        for tok in sent:
            if (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in TRIGGER_VERBS and _is_past(tok)
                    and not _is_future_sentence(sent)
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in GENERIC_EVENT_NOUNS
                            and any(d.lower_ in ("this", "the") for d in c.children) for c in tok.children)):
                return [_Mention(None, tok, (sent.start_char, sent.end_char), [])]
    return []


def _is_time_of(prep: Token) -> bool:
    """"On the final day of the visit", "on the eve of the summit": when, not which meeting."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in TIME_NOUNS and not meeting_type(c) for c in prep.children)


def _semicolon_clauses(sent: Span) -> list[Span]:
    """"On Wednesday she was received by the Minister; on Thursday she paid courtesy calls on …": clauses a
    semicolon sets apart, each with a verb and its subject, read as sentences of their own; not the
    "A, Minister of X; B, Minister of Y" of a list."""
    if ";" not in doc_text(sent.doc)[sent.start_char : sent.end_char]:
        return [sent]
    cuts = [t.i for t in sent if t.text == ";"]
    parts = [sent.doc[a:b] for a, b in zip([sent.start] + [i + 1 for i in cuts], cuts + [sent.end])]
    return parts if len(parts) > 1 and all(_has_own_clause(p) for p in parts) else [sent]


def _has_own_clause(part: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= part.start for c in t.children)
               for t in part)


def _mentions(sent: Span) -> list[_Mention]:
    """The trigger verbs of a sentence (the first, and those of clauses of their own) and the dated meeting nouns in it."""
    found: list[_Mention] = []
    sentence_dates = date_mentions_within(sent.doc, sent.start_char, sent.end_char)
    nouns = {t.i: _meeting_noun(t) for t in _sentence_triggers(sent)}  # each verb's meeting, read once
    triggers = [sent.doc[i] for i in nouns]
    if triggers:
        # "travelled to Santa Clara, where he held a working session": the first verb's meeting is told by the clause
        first_noun = nouns[triggers[0].i]
        triggers = triggers[:1] + [t for t in triggers[1:] if _is_clause_of_its_own(t) and not (
            first_noun is not None and (nouns[t.i] == first_noun or t.left_edge.i <= first_noun.i <= t.right_edge.i))]
    for trigger in triggers:
        noun = nouns[trigger.i]
        noun = _whole_meeting(noun) or noun if noun is not None else None
        # "Building on the fourth meeting in May 2023 and the fifth meeting held on 30 January 2024": the verb's own date;
        # "held talks on Monday, and on Wednesday addressed the Summit": not the date of the clause after it.
        clause_start = max(trigger.left_edge.idx, sent.start_char)
        clause_end = min(trigger.right_edge.idx + len(trigger.right_edge), sent.end_char)
        clause_end = min([t.left_edge.idx for t in triggers if t.head == trigger and t.i > trigger.i] + [clause_end])
        clause = [m for m in sentence_dates if clause_start <= m.start < clause_end]
        if trigger is not triggers[0] and not clause:  # "On 3 March, she met the Minister and visited the fab"
            joined = _joined_verb(trigger)
            # "The dialogue opened Monday, shortly after the envoys paid a call on the Secretary": the day before the clause
            until = trigger.left_edge.idx if trigger.dep_ == "advcl" else joined.idx
            clause = [m for m in sentence_dates if joined.left_edge.idx <= m.start < until]
        dates = clause or (sentence_dates if trigger is triggers[0] else [])
        if not dates and noun is not None and (edition_of(_noun_phrase(noun)) or _told_as_earlier(trigger)):
            # "The first dialogue was held in Seoul in 2023", "The Forum was first held in Seoul in 2024."
            dates = _year_alone(sent.doc, clause_start, clause_end)
        setting = _setting_noun(trigger) if noun is None or _holds_a_meeting_with_someone(trigger) else None
        apart = _met_on_days_apart(trigger, noun, clause)
        if apart:  # "met the Korean Ambassador on 28 October and the World Bank Country Director on 29 October"
            # each meeting's date and place are read from its own stretch of the sentence
            found.extend(_Mention(noun, trigger, (person.idx if n else sent.start_char, bound), [day], held_at=setting,
                                  partner=person if n else None) for n, (person, day, bound) in enumerate(apart))
            continue
        found.append(_Mention(noun, trigger, (sent.start_char, sent.end_char), dates[:1], held_at=setting))
        for partner in _partners(noun)[1:] if noun is not None and noun.tag_ in ("NNS", "NNPS") else []:
            found.append(_Mention(noun, trigger, (sent.start_char, sent.end_char), dates[:1], held_at=setting, partner=partner))
        if setting is not None and not any(setting == m.noun for m in found):
            # "met X in Paris on Tuesday, on the margins of the AI Action Summit": the meeting, and the
            # summit it was held at (dated by the meeting's day unless the sentence dates the summit)
            own = [m for m in sentence_dates if _noun_phrase(setting)[0].idx <= m.start
                   and m.start <= sent.doc[min(setting.i + NOUN_DATE_WINDOW, sent.end - 1)].idx]
            region = (_noun_phrase(setting)[0].idx, own[0].end) if own else (sent.start_char, sent.end_char)
            found.append(_Mention(setting, None, region, (own or dates)[:1], setting=True))
    if _is_future_sentence(sent) or _announces_what_comes(sent):
        return found
    for tok in sent:
        if not _is_event_noun(tok) or any(tok == m.noun for m in found) or _governed_by_non_event(tok):
            continue
        left = _noun_phrase(tok)[0].idx
        window_end = sent.doc[min(tok.i + NOUN_DATE_WINDOW, sent.end - 1)].idx
        clause = _relative_clause(tok)
        if clause is not None:  # "Mr. Jensen, who is on a working trip to Italy, on 3 May": not the trip's date
            window_end = min(window_end, clause.right_edge.idx)
        dated = [m for m in sentence_dates if left <= m.start <= window_end and not _meeting_between(sent, tok, m.start)]
        if not dated and (edition_of(_noun_phrase(tok)) or _LAST_YEARS.match(doc_text(sent.doc), left)):
            dated = _year_alone(sent.doc, left, window_end)  # "the fifth round, held in Paris last year", "last year's dialogue"
        if dated:
            found.append(_Mention(tok, None, (left, dated[0].end), dated[:1]))
            continue
        days = _NOUN_WEEKDAYS.search(doc_text(sent.doc), tok.idx, min(window_end + 40, sent.end_char))
        if days is not None:  # "at an informal meeting of the Work Programme last Thursday and Friday"
            found.append(_Mention(tok, None, (left, days.end()), [], days_named=True))
        elif not is_definite(tok) and meeting_type(tok) != "visit" and re.search(_WEEKDAY_WORDS, sent.text, re.IGNORECASE):
            # "On Tuesday the delegation travelled to Santa Clara for talks at NVIDIA": a stop, if a trip is told
            found.append(_Mention(tok, None, (sent.start_char, sent.end_char), [], trip_day=True))
    return found


def _is_clause_of_its_own(verb: Token) -> bool:
    """"… and on Wednesday addressed the Summit", "travelled to Singapore, where she met executives of Grab": a verb that
    tells a meeting of its own beside the sentence's first; not "visited the headquarters of NVIDIA and held
    a working session with its executives", one stop told in two verbs."""
    if verb.dep_ == "relcl":  # after a leg of the trip, not "visited CAICT, where they were received by its President"
        joined = _joined_verb(verb)
        return any(c.lower_ == "where" for c in verb.children) and (joined.lemma_.lower() in JOURNEY_VERBS or _ends_a_trip(joined))
    if verb.dep_ == "advcl":  # "The dialogue opened Monday, shortly after the envoys paid a courtesy call on the Secretary"
        return any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.head.dep_ == "relcl" and _is_clause_of_its_own(verb.head):
        return True  # "… Benguerir, where she toured the university and met researchers"
    own = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    # "… on 30 November, and met the Minister of Estonia on the sidelines of the forum": a day or a setting of its own
    return bool(date_mentions_within(verb.doc, own.start_char, own.end_char)) or _names_a_day(own.text) or any(
        t.lower_ in SIDE_MEETING_SETTINGS for t in own)


def _ends_a_trip(verb: Token) -> bool:
    """"The Commissioner's visit ended on Tuesday in Benguerir, where she met researchers": a last stop."""
    return verb.lemma_.lower() in CLOSING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in STAY_NOUNS for c in verb.children)


def _meeting_between(sent: Span, noun: Token, date_start: int) -> bool:
    """"The meeting followed the Leaders' Summit on 4 June 2020": the date is the nearer meeting's."""
    return any(t.idx > noun.idx and t.idx < date_start and _is_event_noun(t) and t.head != noun for t in sent)


def _year_alone(doc: Doc, start: int, end: int) -> list[DateMention]:
    """A year stated alone ("in 2023", "last year") as a year-precise mention; "last year" has no year
    until the dates stage reads it against publication."""
    text = doc_text(doc)
    found = [DateMention(a, b, text[a:b], [(PartialDate(year, 1, None), PartialDate(year, 12, None))], "year")
             for a, b, year in find_year_mentions(text[start:end], start)]
    found += [DateMention(start + m.start(), start + m.end(), m.group(), [(PartialDate(None, 1, None), PartialDate(None, 12, None))], "year")
              for m in LAST_YEAR.finditer(text[start:end])]
    return sorted(found, key=lambda m: m.start)


def _is_visit(mention: _Mention) -> bool:
    if mention.noun is not None:
        return meeting_type(mention.noun) == "visit"
    return mention.verb is not None and _reports_a_trip(mention.verb)


def _place_of_a_journey(place: Token) -> bool:
    """"returned from Fiji and Tonga", "arrived in Seoul": places gone to or come back from."""
    while place.dep_ == "conj":
        place = place.head
    return (place.ent_type_ in ("GPE", "LOC") and place.dep_ == "pobj" and place.head.dep_ == "prep"
            and place.head.head.lemma_.lower() in JOURNEY_VERBS)


def _is_tour(mention: _Mention) -> bool:
    """"toured the fab": a stop of a trip; a tour with no trip around it is part of some other event."""
    return mention.verb is not None and mention.verb.lemma_.lower() == "tour"


def _reports_a_trip(verb: Token) -> bool:
    """"visited Tokyo", "travelled to Hanoi"; "Dresden played host to a delegation of 22 suppliers"."""
    if verb.lemma_.lower() in TRIP_VERBS or verb.dep_ == "relcl" and _place_of_a_journey(verb.head):
        return True
    if verb.lemma_.lower() in DELEGATION_VERBS:
        return _meeting_noun(verb) is None and _sends_a_delegation(verb)
    if verb.lemma_.lower() == "be":
        return _stays_in_a_country(verb)
    if verb.lemma_.lower() not in ("host", "play", "welcome"):
        return False
    guests = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in ([c] if c.dep_ == "dobj" else c.children)
              if t.dep_ in ("dobj", "pobj")]
    # A place or a host body receives a trip; "the Minister hosted a delegation" is a meeting with it.
    person = any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS) for c in verb.children)
    return not person and any(t.lemma_.lower() in _TRAVELLING_PARTIES for t in guests)


def _is_stop_of(mention: _Mention, trip: _Mention) -> bool:
    """A meeting on the trip's days; not "President Biden's visit to Hanoi in September 2023" nor
    "the Quad Leaders' Summit in Hiroshima in May last year", told of in passing."""
    if mention.noun is None or not mention.dates or not trip.dates:
        return True  # "visited the headquarters of NVIDIA", "On the 21st, … held a summit meeting"
    return _same_months(mention, trip)


def _names_a_gathering(mention: _Mention) -> bool:
    """"attended the Quad Leaders' Summit": a named summit, conference or forum keeps its kind on a trip."""
    noun = mention.noun
    return noun is not None and meeting_type(noun) in ("summit", "conference", "forum") and _is_named(_noun_phrase(noun))


def _tours_places(mention: _Mention) -> bool:
    """"visited Tokyo and Chitose", "travelled to Seoul": a trip verb whose object is a place, not a host."""
    verb = mention.verb
    if mention.noun is None and verb is not None and verb.lemma_.lower() == "be":
        return _stays_in_a_country(verb)  # "The delegation was in the United States from 11 to 16 June"
    if mention.noun is not None or verb is None or verb.lemma_.lower() not in TRIP_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (_goes_to_a_place(verb) and not objects) or bool(objects) and all(o.ent_type_ in ("GPE", "LOC") for o in objects)


def _meets_many_over_days(mention: _Mention) -> bool:
    """"From 10 to 14 February, the minister met with developers, investors and officials": meetings
    with people named only as kinds (bare plurals), over several days — a programme, not one meeting."""
    verb = mention.verb
    if mention.noun is not None or verb is None or verb.lemma_.lower() not in MEETS_SOMEONE_VERBS:
        return False
    if not any(first != last for date in mention.dates for first, last in date.sittings):
        return False
    met = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    met += [c for m in met for c in m.conjuncts]
    return bool(met) and all(m.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in m.children) for m in met)


def _met_among_themselves(mention: _Mention) -> bool:
    """"Participants met at the Center on May 20 and 21", "They convened in Lima": the people of the
    meeting just told, meeting no one else — that meeting's days, not another meeting."""
    verb = mention.verb
    if mention.noun is not None or verb is None or verb.lemma_.lower() not in ("meet", "convene", "gather", "assemble"):
        return False
    if any(c.dep_ in ("dobj", "attr", "dative") or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "met the Minister", "met with investors"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False  # "the delegation met Vice President Alckmin", parsed with two subjects
    return subjects[0].lower_ in ("they", "we") or singular_noun(subjects[0]) in PARTICIPANT_NOUNS


def _sends_a_delegation(verb: Token) -> bool:
    """"sent a delegation to Beijing", "led a business delegation to Malaysia": the object is a delegation
    and it goes to a place."""
    sends = any(c.dep_ == "dobj" and c.lemma_.lower() in _TRAVELLING_PARTIES for c in verb.children)
    return sends and _goes_to_a_place(verb)


def _goes_to_a_place(verb: Token) -> bool:
    return any(t.dep_ in ("prep", "dative") and t.lower_ == "to" and any(o.ent_type_ in ("GPE", "LOC") for o in t.subtree)
               for c in verb.children for t in [c] + list(c.subtree))


def _reports_bilaterals(doc: Doc, start: int, end: int) -> bool:
    """"held bilateral meetings with Ministers from …": the text goes on to report one meeting after
    another, each with someone."""
    if "bilateral" not in doc_text(doc)[start:end].lower():
        return False
    for tok in doc:
        if not start <= tok.idx < end:
            continue
        noun = tok if tok.lower_ == "bilaterals" else tok.head if tok.lower_ == "bilateral" and tok.head.tag_ in ("NNS", "NNPS") else None
        if noun is not None and (meeting_type(noun) or noun is tok) and any(c.lower_ == "with" for c in noun.children):
            return True  # "bilateral meetings with Ministers from the UK, Australia and Korea"
    return False


def _with_someone(noun: Token) -> bool:
    """"his meeting with UK Minister Paul Scully", "talks with Mr. Park": a meeting with a person."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or t.lemma_.lower() in PERSON_NOUNS for t in c.subtree) for c in noun.children)


def _partners(noun: Token) -> list[Token]:
    """"held bilateral meetings with Kenya's Cabinet Secretary, and with the Minister of the UAE", "paid
    courtesy calls on the Speaker and on the Governor": the people met one by one; none when they are
    counted in a plural ("with Ministers from …")."""
    if noun.dep_ != "dobj":
        return []
    if any(t.lower_ == "bilateral" for t in noun.lefts):
        preps = ("with",)
    elif any(t.lower_ == "courtesy" for t in noun.lefts):
        preps = ("on", "to")
    else:
        return []
    # The parser hangs a second "and with …" on the verb or on the first "with";
    # "Secretary, Ms Rebecca Miano" (no "and") is one person.
    withs = [c for head in (noun, noun.head) for c in head.children if c.dep_ == "prep" and c.lower_ in preps]
    withs += [c for w in withs for c in w.conjuncts if c.lower_ in preps]
    met = [o for w in withs for o in w.children if o.dep_ == "pobj"]
    met += [c for o in met if any(t.dep_ == "cc" for t in o.children) for c in o.conjuncts if c.i > o.i]
    if any(o.tag_ in ("NNS", "NNPS") or o.lower_ in PLURAL_QUANTIFIERS for o in met):
        return []
    return [o for o in met if (_is_person(o) or o.pos_ == "PROPN") and o.ent_type_ not in ("DATE", "TIME")]  # not "on Thursday"


def _met_on_days_apart(verb: Token, noun: Token | None, dates: list[DateMention]) -> list[tuple[Token, DateMention, int]]:
    """The people a verb tells were met one after another, each on a day of their own, and where the stretch
    of the sentence telling of each ends: "met the Korean Ambassador on 28 October and the World Bank Country
    Director on 29 October", "held a meeting with X on Tuesday, 28 October, and with Y on Wednesday". Each
    date must stand after its person and before the next one; otherwise (one date, or "met X and Y on 3 and
    4 May") none."""
    if len(dates) < 2 or len({d.sittings[0] for d in dates}) < len(dates):
        return []
    heads = [verb] + ([noun] if noun is not None else [])
    met = [c for h in heads for c in h.children if c.dep_ == "dobj" and c is not noun]
    # "and with Y" may hang on the verb as a conjunct
    met += [o for h in heads for c in h.children if c.dep_ in ("prep", "conj") and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    met += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]  # the parser hangs "and Y" on the verb
    met += [c for o in list(met) for c in o.conjuncts if c.i > o.i]
    met = sorted({t.i: t for t in met if _is_person(t) or t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"}.values(), key=lambda t: t.i)
    if len(met) != len(dates):
        return []
    bounds = [t.idx for t in met[1:]] + [verb.doc[verb.right_edge.i].idx + len(verb.right_edge)]
    days = sorted(dates, key=lambda d: d.start)
    if all(person.idx < day.start < bound for person, day, bound in zip(met, days, bounds)):
        return list(zip(met, days, bounds))
    return []


def _with_several(noun: Token) -> bool:
    """"bilateral talks with his counterparts from Japan, Canada and France": meetings summed up, each told apart."""
    if not any(t.lower_ == "bilateral" for t in noun.lefts):
        return False  # "talks with the ministers of Kenya and Chile": one meeting
    withs = [c for head in (noun, noun.head) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"]
    # not "a bilateral meeting with industry leaders": one meeting with several people
    return any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and any(t.dep_ == "conj" for t in o.subtree)
               for w in withs for o in w.children)


def _is_side_meeting(mention: _Mention, events: list[_Mention], bilaterals: bool = False) -> bool:
    """A meeting held beside a reported one ("Earlier in the day, X met with Y"; "on the
    sidelines, the ministers co-hosted a business roundtable"): the spec makes it its own event.
    In a text that reports bilaterals, each meeting with someone is one of them."""
    verb = mention.verb
    if verb is None or _same_trigger(mention, events):
        return False
    noun = mention.noun
    if noun is None:
        # "met Y", "was received by the President"; "the state secretaries also met on the margins";
        # "Earlier on Monday, the delegation visited the China Academy of ICT"
        # (a named visitor or a delegation calls on it; "participants visited a service centre" is the workshop's outing)
        calls_on_a_host = verb.lemma_.lower() == "visit" and _has_side_cue(verb) and not _tours_places(mention) \
            and any(c.dep_ == "dobj" for c in verb.children) and any(
                c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lemma_.lower() in _TRAVELLING_PARTIES)
                for c in verb.children)
        # "exchanged views" is a trigger only with someone or between two people on the margins
        meets = verb.lemma_.lower() in MEETS_SOMEONE_VERBS or verb.lemma_.lower() == "exchange"
        if not calls_on_a_host and (not meets or not (_meets_someone(verb) or _has_side_cue(verb))):
            return False
        # "On Monday, Premier Li was received by the President": another day, another meeting.
        return _has_side_cue(verb) or _names_a_day(_told_in(verb)) or bilaterals
    if _with_several(noun):
        return False
    if bilaterals and meeting_type(noun) in ("meeting", "dialogue") and (
            _with_someone(noun) or verb.lemma_.lower() in ("meet", "hold", "sit", "have", "receive", "conduct")
            and _meets_someone(verb)):
        # "In his meeting with UK Minister Paul Scully, …", "the Minister held talks with Mr. Park";
        # not "The meeting was chaired by Antonio Tajani", the main one told again
        return True
    if not _has_side_cue(verb):
        return False
    if noun.lower_ in PART_OF_MEETING_NOUNS or noun.head.lower_ in PART_OF_MEETING_NOUNS or meeting_type(noun) == "visit":
        return False  # "a stakeholder session on the margins of the meeting" is part of it
    phrase = _noun_phrase(noun)
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in DOCUMENT_NOUNS:
        return False  # "the Protocol of the 3rd meeting was signed": a document, not a meeting
    if _is_named(phrase):
        key = _series_key(series_name(phrase.text))
        return not any(e.noun is not None and _series_key(series_name(_noun_phrase(e.noun).text)) == key for e in events)
    return not is_definite(noun)  # "the talks", "their meeting": the event already reported, named again


def _is_new_setting(mention: _Mention, events: list[_Mention]) -> bool:
    """Is the event a meeting was held at ("on the margins of the AI Action Summit", "during her visit to
    Viet Nam on 16-17 March") one not reported so far? "The summit" and an undated "his visit" name none."""
    noun = mention.noun
    phrase = _noun_phrase(noun)
    if _is_named(phrase):
        key = _series_key(series_name(phrase.text))  # "the Forum" after "its Public Forum" is that forum
        others = [_series_key(series_name(_noun_phrase(e.noun).text)) for e in events if e.noun is not None]
        return not any(key.endswith(other) or other.endswith(key) for other in others)
    return meeting_type(noun) == "visit" and bool(mention.dates) and not any(_is_visit(e) for e in events)


def _weekdays(mention: _Mention) -> set[str]:
    """The weekdays the sentence of a mention names ("on Tuesday")."""
    text = _told_in(mention.verb) if mention.verb is not None else mention.noun.sent.text
    return {m.group().lower()[:3] for m in re.finditer(rf"\b{_WD_NAME}\b", text, re.IGNORECASE)}


def _told_in(verb: Token) -> str:
    """The words that tell the verb's meeting: its sentence, or, when it is one of several, its own clause
    and what stands before the verb it joins ("On Sunday, he spoke at the Summit and visited Tongji
    University"; not the "(Mon.)" of "visited Paris from October 13 (Mon.) to 16, and held talks …")."""
    if not _is_clause_of_its_own(verb):
        return verb.sent.text
    place_verb = _over_the_place(verb)
    if place_verb is not None:  # "ended on Tuesday in Benguerir, where she met …": the stop's day
        return doc_text(verb.doc)[place_verb.left_edge.idx : verb.right_edge.idx + len(verb.right_edge)]
    joined = _joined_verb(verb)
    return doc_text(verb.doc)[joined.left_edge.idx : joined.idx] + " " + verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text


def _over_the_place(verb: Token) -> Token | None:
    """For a stop told in a "where" clause ("ended on Tuesday in Benguerir, where she toured … and met …"),
    the verb over the place, whose day is the stop's; None for other clauses."""
    if "relcl" not in (verb.dep_, verb.head.dep_):
        return None
    return _joined_verb(verb.head if verb.dep_ == "conj" else verb)


def _joined_verb(verb: Token) -> Token:
    """The verb a clause of its own joins: the one it is coordinated with, or the one over the place it tells of."""
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _names_a_day(text: str) -> bool:
    """"On Monday", "The following day", "On the final day of the visit", "On the 15th", "The same afternoon",
    "Following the talks", "Today": a day of its own, not a date."""
    return bool(re.search(_WEEKDAY_WORDS, text, re.IGNORECASE) or NEXT_DAY.search(text) or PREVIOUS_DAY.search(text)
                or TRIP_DAY.search(text)
                or DAY_OF_MONTH.search(text) or SAME_DAY.search(text) or SAME_DAY_OPENER.match(text.lstrip())
                or _TODAY.search(text))


def _names_a_day_beside(verb: Token) -> bool:
    """"The day before, officials met", "Later that day, he attended", "opened yesterday": a day told from the
    meeting spoken of last or from the release, in the verb's own words (not "witnessed the signing, and
    convened the Group the same day")."""
    if _is_clause_of_its_own(verb):
        own = _told_in(verb)
    else:  # the first verb: its words without those of the verbs joined to it
        others = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        own = " ".join(t.text for t in verb.subtree if t.i not in others)
    return bool(NEXT_DAY.search(own) or PREVIOUS_DAY.search(own) or SAME_DAY.search(own) or _RELATIVE_DAY.search(own))


def _is_signing(mention: _Mention) -> bool:
    """"the signing ceremony", "today signed an MoU": a signing, by its noun or, without one, its verb."""
    if mention.noun is not None:
        return meeting_type(mention.noun) == "signing"
    return mention.verb is not None and mention.verb.lemma_.lower() in SIGNING_VERBS


def _signing_told_before(mention: _Mention, events: list[_Mention]) -> _Mention | None:
    """"The MoU was inked at a ceremony" after "today signed an MoU": the signing told again."""
    if not _is_signing(mention):
        return None
    return next((e for e in events if _is_signing(e) and (not mention.dates or not e.dates or _same_days(mention, e))), None)


def _is_leg(mention: _Mention) -> bool:
    """"The following day, the delegation travelled to Konza": a journey, not a meeting."""
    return mention.noun is None and mention.verb.lemma_.lower() in JOURNEY_VERBS


def _continues(mention: _Mention, events: list[_Mention]) -> bool:
    """"The following day, the Forum turned to data governance": a meeting already told, going on."""
    return mention.noun is not None and is_definite(mention.noun) and any(_same_type(mention, e) for e in events)


def _has_side_cue(verb: Token) -> bool:
    """Words that set a meeting beside another: "also", "earlier in the day", "on the sidelines",
    "following the consultations", "while in London"."""
    sent = verb.sent
    for tok in sent:
        word = tok.lower_
        if word in SIDE_MEETING_SETTINGS or word in SIDE_MEETING_ADVERBS:
            return True
        if word == "while" and tok.i + 1 < sent.end and tok.nbor().lower_ in ("in", "at", "visiting", "attending"):
            return True  # "while in London", not "while the ministerial segment was held …"
        if word in SIDE_MEETING_RELATIONS and any(_names_a_known_meeting(t) for t in tok.subtree if t is not tok):
            return True  # "following the consultations", not "following a welcome ceremony"
    return False


def _names_a_known_meeting(token: Token) -> bool:
    """"the consultations", "his visit", "the G20 Summit": a meeting already spoken of, not "a welcome ceremony"."""
    # "the Council" names the meeting of a body here, though NER takes it for the body.
    if not (token.lemma_.lower() in STAY_NOUNS or _is_event_noun(token) or meeting_type(token) and token.dep_ == "pobj") \
            or token.lower_ in PART_OF_MEETING_NOUNS:
        return False
    return token.is_title or is_definite(token)


def _meets_someone(verb: Token) -> bool:
    """"met (with) Information Commissioner John Edwards", "was received by the President": someone is met."""
    for child in verb.children:
        if child.dep_ in ("dobj", "agent") or child.dep_ == "prep" and child.lower_ == "with":
            if any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in PERSON_NOUNS for t in child.subtree):
                return True
    return False


def _talks_between_principals(noun: Token, verb: Token | None) -> bool:
    """"held talks with Mr. Park", "Hafid and Teo held talks here on Thursday": a meeting of principals;
    not "consultations co-chaired by two directors-general", a dialogue."""
    if noun.lower_ not in ("talks", "talk", "consultations"):
        return False
    if _with_someone(noun) or verb is not None and _held_by_people(verb):
        return True
    return noun.lower_ != "consultations" and verb is not None and _meets_someone(verb)


def _held_by_people(verb: Token) -> bool:
    """"Meutya Hafid and Josephine Teo held talks", "the two ministers held talks": people, not two
    countries ("South Korea and Japan held director-general-level talks") or institutes."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and all(t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS
                                       for t in [subject, *subject.conjuncts])


def _names_another_meeting(mention: _Mention, events: list[_Mention], acronyms: dict[str, str]) -> bool:
    """A reported meeting whose name is no form of any event's so far: a related meeting, not the same one."""
    noun = mention.noun
    if mention.verb is not None and noun is not None and _compound_in(noun, OWN_EVENT_COMPOUNDS):
        return True  # "On the evening of 3 April, the Secretariat hosted a side event", the day the officials met
    if mention.verb is None or noun is None or not noun.is_title or not _is_named(_noun_phrase(noun)):
        return False
    key = _series_key(series_name(_noun_phrase(noun).text))
    edition = edition_of(_noun_phrase(noun))
    for event in events:
        if _is_signing(event) and meeting_type(noun) != "signing":
            continue  # "today signed an MoU": a signing, not the forum it closed
        other_noun = event.noun if event.noun is not None else _meeting_noun(event.verb) if event.verb is not None else None
        if other_noun is None:
            return False  # an event whose name is unknown may be this one
        other_edition = edition_of(_noun_phrase(other_noun))
        if edition and other_edition and edition[0] == other_edition[0] and meeting_type(noun) == meeting_type(other_noun):
            return False  # "the eighth round of their dialogue" and "the Eighth … Dialogue"
        other = _series_key(series_name(_noun_phrase(other_noun).text))
        if key.endswith(other) or other.endswith(key):
            return False
        if any(_series_key(name).endswith(key) or key.endswith(_series_key(name))
               for acronym, name in acronyms.items() if acronym.lower() in other.split()):
            return False  # "the 5th ADGMIN" and "the ASEAN Digital Ministers' Meeting (ADGMIN)"
    return True


def _names_where_someone_met(mention: _Mention, events: list[_Mention]) -> bool:
    """"spoke on a panel at the Andean Data Forum on 18 June, and met the Minister … on the sidelines of the
    forum": a named meeting the same day as a meeting with someone, held beside it."""
    if mention.verb is not None or mention.noun is None or not _is_named(_noun_phrase(mention.noun)):
        return False
    return any(e.noun is None and e.held_at is not None and _same_days(mention, e) for e in events)


def _own_clause(verb: Token) -> list[int]:
    """The characters of the verb's clause without its adverbial clauses: "After travelling to
    Washington on Wednesday, the Committee met officials on Thursday" is Thursday's meeting."""
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    place_verb = _over_the_place(verb) if _is_clause_of_its_own(verb) else None
    if place_verb is not None:
        return [place_verb.idx, end]  # "ended on Tuesday in Benguerir, where she met …"
    for child in verb.children:
        # "after arriving on Wednesday" is an adverbial clause too (a preposition over a gerund)
        if child.dep_ != "advcl" and not (child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)):
            continue
        if child.i < verb.i:
            start = max(start, child.right_edge.idx + len(child.right_edge))
        else:
            end = min(end, child.left_edge.idx)
    return [start, end]


def _in_clause(date: DateMention, verb: Token) -> bool:
    return verb.left_edge.idx <= date.start and date.end <= verb.right_edge.idx + len(verb.right_edge)


def _later_sitting(noun: Token | None) -> bool:
    """"held in two parts: in Tokyo on 13–14 March, followed by a closing session online on 2 April"."""
    if noun is None:
        return False
    sent = noun.sent
    start = next((m.end for m in date_mentions_within(noun.doc, sent.start_char, noun.idx)), None)
    return start is not None and FURTHER_SITTING.search(doc_text(noun.doc), start, noun.idx + len(noun)) is not None


def _sitting_told_again(noun: Token | None) -> bool:
    """"The online session on April 2", "the closing session": not "the plenary session of the Assembly"."""
    return noun is not None and noun.lower_ in PART_OF_MEETING_NOUNS and is_definite(noun) and not noun.is_title \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _absorb_days(mention: _Mention, events: list[_Mention]) -> None:
    """"The three-day Summit from 21 to 23 October" told of the summit that "closed today": its days
    are the summit's too, so "Opening the Summit on 21 October" is no other meeting."""
    if mention.noun is None or not is_definite(mention.noun):
        return
    for event in events:
        if _same_days(mention, event) and _same_type(mention, event):
            event.dates = event.dates + mention.dates
            return


def _repeats(mention: _Mention, main: _Mention) -> bool:
    """"The visit", "the dialogue" reported again: the main event, not another one of its kind."""
    noun = mention.noun
    same_kind = _same_type(mention, main) or _is_visit(mention) and _is_visit(main)  # "Dresden played host to …; the visit …"
    if mention is main or mention.verb is None or noun is None or not same_kind:
        return False
    if _same_name(noun, main.noun) and not _told_as_earlier(mention.verb):
        return True  # the headline's "India–Germany Semiconductor Roundtable", told again with its day
    if not is_definite(noun) or _part_of_another(noun):
        return False
    told_of = mention.verb.head == noun and mention.verb.dep_ in ("acl", "relcl")  # "The Forum, organised by …, took place"
    if not told_of and (noun.head != mention.verb or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr")):
        return False  # "Before the meeting, on March 11, X met Y": another meeting, set beside it
    if any(t.lower_ in OTHER_INSTANCE_WORDS for t in noun.lefts) or _told_as_earlier(mention.verb):
        return False  # "the previous Roundtable, hosted … in Rome", "when the dialogue last met": another one
    phrase = _noun_phrase(noun)
    return not edition_of(phrase) and not _is_named(phrase)


def _part_of_another(noun: Token) -> bool:
    """"an inaugural round of the dialogue", "a round of the talks": one sitting of the series, not this one."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    holder = noun.head.head
    return meeting_type(holder) is not None and (edition_of(_noun_phrase(holder)) is not None or not is_definite(holder))


def _same_name(noun: Token, other: Token | None) -> bool:
    """Both name the same meeting: "the India–Germany Semiconductor Roundtable" and the headline's."""
    if other is None:
        return False
    phrase = _noun_phrase(noun)
    return _is_named(phrase) and _LEADING_ARTICLE.sub("", phrase.text).lower() == _LEADING_ARTICLE.sub("", _noun_phrase(other).text).lower()


def _told_as_earlier(verb: Token) -> bool:
    """"The Forum was first held in Seoul", "when the dialogue last met": an earlier meeting of the series."""
    return any(c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in EARLIER_TIME_ADVERBS for c in verb.children)


def _another_instance(noun: Token, main: Token | None) -> bool:
    """"the third meeting, held in November 2023" beside the fourth: another meeting of the series."""
    if any(t.lower_ in OTHER_INSTANCE_WORDS for t in noun.lefts):
        return True
    edition, main_edition = edition_of(_noun_phrase(noun)), main is not None and edition_of(_noun_phrase(main))
    return bool(edition and main_edition) and edition[0] != main_edition[0]


def _enclosing(mention: _Mention, events: list[_Mention]) -> _Mention:
    """The event a side meeting was held beside: the section around it, else the main event."""
    around = [e for e in events if e.region[0] <= mention.region[0] < e.region[1]]
    return around[-1] if around else events[0]


def _same_trigger(mention: _Mention, events: list[_Mention]) -> bool:
    return any(e.verb is not None and e.verb.i == mention.verb.i for e in events)


def _same_type(a: _Mention, b: _Mention) -> bool:
    # "The round was held …" after "the ninth round of negotiations" (a meeting): the same noun.
    return a.noun is not None and b.noun is not None and (
        meeting_type(a.noun) == meeting_type(b.noun) or a.noun.lemma_.lower() == b.noun.lemma_.lower())


def _named_coreferent(doc: Doc, body_start: int, noun: Token | None, others: list[_Mention],
                      wanted: str | None = None) -> Token | None:
    """The first named meeting of the same type in the text that no other event claims; one in
    an all-capitals headline only when the body names none (its casing and wording are the headline's)."""
    wanted = meeting_type(noun) if noun is not None else wanted
    claimed = [m.region for m in others]
    fallback = None
    for tok in doc:
        if (tok.is_upper and fallback is not None) or not _may_name(tok, body_start, noun, wanted, claimed):
            continue
        if not tok.is_upper:
            return tok
        fallback = tok
    return fallback


def _may_name(tok: Token, body_start: int, noun: Token | None, wanted: str | None, claimed: list) -> bool:
    if tok.idx < body_start or not _is_event_noun(tok) or (wanted and meeting_type(tok) != wanted):
        return False
    if any(a <= tok.idx < b for a, b in claimed) or not _is_named(_noun_phrase(tok)):
        return False
    if meeting_type(tok) == "visit" and _relative_clause(tok) is not None:
        return False  # "received Mr. Jensen, who is on a working trip to Italy": the guest's trip, not the meeting
    if _governed_by_non_event(tok) or _is_future_sentence(tok.sent):
        return False  # "The fifth Dialogue is expected to take place in 2025" names the next one
    # When the event already has a name, only one with its ordinal is more specific.
    return noun is None or not _is_named(_noun_phrase(noun)) or bool(edition_of(_noun_phrase(tok)))


def _years(mention: _Mention) -> set[int | None]:
    return {first.year for m in mention.dates for first, _ in m.sittings}


def _day_keys(mention: _Mention) -> set[tuple]:
    keys = set()
    for m in mention.dates:
        year = _year_told_after(mention, m)
        for first, last in m.sittings:
            keys.add((first.year or year, first.month, first.day))
            keys.add((last.year or year, last.month, last.day))
    return keys


def _year_told_after(mention: _Mention, date: DateMention) -> int | None:
    """"in June last year": the year before publication (or, unknown, no year a text's own dates have)."""
    token = mention.noun or mention.verb
    year_after = YEAR_AFTER_MONTH.match(doc_text(token.doc), date.end) if token is not None else None
    if year_after is None or year_after.group("which").lower() == "this":
        return None
    published = _published_year(mention)
    return published - 1 if published else _LAST_YEAR_UNKNOWN


def _same_days(a: _Mention, b: _Mention) -> bool:
    """Do two mentions date the same meeting? A missing year or day matches any."""
    if not a.dates or not b.dates:
        return False
    if any(m.precision == "year" for m in a.dates + b.dates):
        # "last year" (no year yet) is never the year of the release's own meeting.
        return bool(_years(a) & _years(b) - {None})
    return _same_months(a, b, days=True)


def _same_months(a: _Mention, b: _Mention, *, days: bool = False) -> bool:
    """Do two mentions share a month (and, with `days`, a day)? A missing year or day matches any."""
    published = _published_year(a)
    return any(ma == mb and _same_year(ya, yb, published) and (not days or da is None or db is None or da == db)
               for ya, ma, da in _day_keys(a) for yb, mb, db in _day_keys(b))


def _published_year(mention: _Mention) -> int | None:
    token = mention.noun or mention.verb
    published = token.doc._.published if token is not None else None
    return int(published[:4]) if published else None


def _same_year(a: int | None, b: int | None, published: int | None) -> bool:
    """A missing year matches any near publication: "March 3" in a release of March 2026 is
    not "a summit in Tokyo in March 2023"."""
    if a is not None and b is not None or _LAST_YEAR_UNKNOWN in (a, b):
        return a == b
    known = a if b is None else b
    return known is None or published is None or abs(known - published) <= 1


def _headline(doc: Doc, body_start: int, max_words: int) -> Span | None:
    """The first line of the body, when it reads as a headline (no final period)."""
    for line in _lines(doc_text(doc), body_start)[:4]:
        text = line.text.strip()
        if 3 <= line.words <= max_words + 10 and not text.endswith(".") and not _is_date_line(line):
            span = doc.char_span(line.start, line.end, alignment_mode="expand")
            if span is not None and any(_is_event_noun(t) for t in span):
                return span
    return None


def _noun_phrase(noun: Token) -> Span:
    """The meeting noun with its modifiers and its "on/of/in the … field" complement, on one line."""
    doc = noun.doc
    left = noun.i
    for t in reversed(list(noun.lefts)):
        if t.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss", "punct", "advmod", "npadvmod", "quantmod", "case"):
            left = min(left, t.left_edge.i)
    right = noun.i
    if _opens_a_name(noun):  # "GITEX Africa 2025": the name runs on over the words the parser hangs it on
        while noun.doc[right].dep_ == "compound" and noun.doc[right].head.i > right:
            right = noun.doc[right].head.i
    if (_opens_a_name(noun) or noun.text in TRADE_SHOW_NAMES) and right + 1 < len(noun.doc) \
            and re.fullmatch(r"(?:19|20)\d\d", noun.doc[right + 1].text):
        right += 1  # "GITEX Kenya 2026", "LEAP 2025": the year the parser hangs on the verb
    for child in noun.rights:
        if child.dep_ != "prep" or child.i != right + 1 or child.lower_ not in ("on", "in", "of", "for", "between", "to"):
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.lower_ == "to" and meeting_type(noun) != "visit":
            continue
        if objects and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in objects[0].children):
            break  # "a signing ceremony for a Memorandum of Understanding": what it was for, not its name
        if objects and child.lower_ not in ("to", "between") and (
                _is_place(objects[0]) or any(c.is_digit for c in objects[0].subtree) or _tells_where_or_how(child)):
            break  # "in Beijing", "in May 2023": where and when, not the name; "a visit to the United States",
            # "the Council between Canada and the EU" are the name
        # "the second meeting of the UK-Japan Digital Partnership in London": the name ends before where it met.
        where = [t.i for t in child.subtree if t.i > child.i and t.dep_ == "prep" and _tells_where_or_how(t)]
        if where:
            right = where[0] - 1
            break
        right = max(t.i for t in child.subtree)
    following = doc[right + 1] if right + 1 < len(doc) else None
    if following is not None and following.dep_ == "prep" and following.lower_ in ("on", "of", "for") and following.head != noun:
        # "held the … Dialogue on the Internet Economy": the parser hangs the name's tail on the verb.
        tail = list(following.subtree)
        if all(t.is_title or t.is_stop or t.is_punct for t in tail) and any(t.is_title for t in tail):
            right = tail[-1].i
    if noun.is_title or noun.is_upper:
        left, right = _capitalised_extent(doc, left, right)
    verbs = [t.i for t in doc[noun.i + 1 : right + 1] if t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "ROOT", "conj", "advcl")]
    if verbs:
        right = verbs[0] - 1  # "… Cooperation Held by Video Link": a headline's verb ends the name
    while right > noun.i and doc[right].is_punct:
        right -= 1
    span = doc[left : right + 1]
    # A phrase never runs over a line break, a verb ("JIIA Convene Second …") or a colon.
    cut = max((t.i + 1 for t in span if t.i < noun.i and (t.is_space or "\n" in t.whitespace_ or t.text in (":", "|")
                or t.text in ("—", "–") and (t.whitespace_ or t.i > 0 and doc[t.i - 1].whitespace_)  # not "India–Japan"
                or _is_headline_verb(t) and t.i < noun.i)), default=left)
    span = doc[cut : right + 1]
    while len(span) > 1 and (span[0].dep_ in ("det", "poss", "case") or span[0].is_punct or span[0].lower_ in ("their", "its", "this", "that")):
        span = span[1:]
    duration = _DURATION.match(span.text)
    if duration and len(span) > 3:  # "five-day State Visit": how long, not the name
        span = span.doc.char_span(span.start_char + duration.end(), span.end_char, alignment_mode="expand") or span
    return span


def _tells_where_or_how(prep: Token) -> bool:
    """"in London", "at the KF Global Center", "in hybrid mode": where or how it met, after its name."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "at":
        return bool(objects)
    return prep.lower_ == "in" and any(_is_place(c) or c.lemma_.lower() in ATTENDANCE_MODES for c in objects)


def _is_place(token: Token) -> bool:
    """A place or date a preposition points at: "in Beijing", "in Rio de Janeiro" (which NER misses), "in May 2023"."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        # NER reads some bodies as places ("the Norway-Japan Digital Council", "the Viet Nam - Korea
        # Joint Committee"): a body's or meeting's noun is a name.
        return not (meeting_type(token) or token.lower_ in BODY_NOUNS)
    if token.ent_type_ == "DATE":
        return True
    if not token.is_title:
        return False
    name = token.doc[token.left_edge.i : token.i + 1].text
    return bool(gazetteer.cities(name)) or gazetteer.country_code(name) is not None


_NAME_CONNECTORS = frozenset({"and", "&", "of", "on", "for", "-", "–"})


def _capitalised_extent(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """Widen a meeting's name over the capitalised words the parser split off it: "the 4th
    Indonesia-Australia Digital and Cyber Policy Dialogue", "India–Japan Dialogue on Trusted Telecom and 6G"."""
    def in_name(tok: Token) -> bool:
        return (tok.is_title or tok.is_upper or tok.text[:1].isupper() and tok.pos_ == "PROPN"  # "BusinessEurope"
                or tok.like_num or bool(_NUMERIC_ORDINAL.match(tok.text))
                or tok.lower_ in ORDINALS) and tok.dep_ != "det" and tok.lower_ not in ("the", "a", "an") \
            and tok.ent_type_ not in ("DATE", "TIME") and not _is_day_of_a_month(tok) \
            and not (tok.is_sent_start and tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ"))  # "Building on the previous Roundtable", "Alongside the Forum"

    def joined(a: Token, b: Token) -> bool:  # on one line, a dash only between words it touches
        if "\n" in a.whitespace_ or a.is_space:
            return False
        return a.text not in ("-", "–") and b.text not in ("-", "–") or not a.whitespace_

    i = left
    while i - 1 >= 0 and joined(doc[i - 1], doc[i]):
        before = doc[i - 1]
        if in_name(before):
            i -= 1
        elif before.lower_ in _NAME_CONNECTORS and in_name(doc[i]) and i - 2 >= 0 and in_name(doc[i - 2]) \
                and joined(doc[i - 2], before):  # not over "the": "in Jakarta for the second … Workshop"
            i -= 2
        elif before.text == "," and in_name(doc[i]) and i - 2 >= 0 and in_name(doc[i - 2]) and joined(doc[i - 2], before) \
                and any(t.lower_ in ("and", "&") for t in doc[i:right]):  # "G7 Industry, Technology and Digital Ministerial Meeting"
            i -= 2
        else:
            break
    j = right
    while j + 1 < len(doc) and joined(doc[j], doc[j + 1]):
        after = doc[j + 1]
        if after.lower_ in _NAME_CONNECTORS and j + 2 < len(doc) and in_name(doc[j + 2]) and joined(after, doc[j + 2]):
            j += 2
        elif in_name(after) and not after.is_punct and j > right:
            j += 1
        else:
            break
    return i, j


def _is_day_of_a_month(tok: Token) -> bool:
    """"9" in "the Council on 9 October": a date, not a word of the name."""
    return tok.like_num and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in MONTHS


def edition_of(tokens) -> tuple[int, Token] | None:
    for tok in tokens:
        value = ORDINALS.get(tok.lower_)
        if value is None:
            m = _NUMERIC_ORDINAL.match(tok.text)
            value = int(m.group(1)) if m else None
        if value is not None:
            return value, tok
    return None


def _times_met(verb: Token) -> tuple[int, Token] | None:
    """"The Council met for the sixth time": the ordinal of the time is the edition; "The Forum
    was first held in Seoul in 2024": the first."""
    first = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "first"), None)
    if first is not None and any(c.dep_ in ("nsubj", "nsubjpass") and _is_event_noun(c) for c in verb.children):
        return 1, first  # of a meeting, not of two people ("the ministers first met in 2019")
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for time in prep.children:
                if time.dep_ == "pobj" and time.lemma_.lower() in ("time", "edition"):  # "convened for its second edition"
                    return edition_of([t for t in time.children if t.dep_ == "amod"])
    return None


def series_name(title: str) -> str:
    """The recurring name: the title without its year ("2024 …", "… 2025"), ordinal and article."""
    words = _TRAILING_YEAR.sub("", _LEADING_YEAR.sub("", title)).split()
    # "the first global AI Safety Summit" drops "global"; "Global Semiconductor Supply Chain Summit" keeps its own word.
    while words and (words[0].lower() in ORDINALS or words[0].lower() in ("the", "a") or words[0] == "global"
                     or _NUMERIC_ORDINAL.match(words[0])):
        words = words[1:]
    return " ".join(words)


def _describe(doc: Doc, draft: EventDraft, trigger: Token, heading: _Line | None, *,
              noun: Token | None = None, headline: Span | None = None, listing: tuple[int, int] | None = None) -> None:
    """Title, type, series and edition from the heading and the sentence reporting the event; on an
    events listing, from the kind its date line names and the title under it."""
    if noun is None and trigger.pos_ in ("VERB", "AUX"):
        noun = _meeting_noun(trigger)
    phrase = _noun_phrase(noun) if noun is not None else None
    event_type = meeting_type(noun) if noun is not None else None
    inner = _inner_meeting(noun) if noun is not None else None
    if inner is not None and not (noun.lower_ in ("round", "rounds") and _negotiates(noun)):
        # "the opening session of the Africa Tech Summit" is the summit; "the fourth round of CEPA talks", a round
        event_type = meeting_type(inner.root) or event_type
    if trigger.pos_ in ("VERB", "AUX") and _reports_a_trip(trigger) and (event_type is None or event_type == "visit"):
        event_type = "visit"
    if event_type is None and trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in SIGNING_VERBS:
        event_type = "signing"  # "today signed a memorandum of understanding"
    if noun is None and heading is not None and _line_names_event(doc, heading):
        # A section "Follow-up Virtual Workshop" whose sentence says only "the group reconvened": the heading says what it was.
        span = doc.char_span(heading.start, heading.end, alignment_mode="expand")
        event_type = next((meeting_type(t) for t in reversed(span) if meeting_type(t)), event_type) if span is not None else event_type
    named = inner if inner is not None else phrase
    if event_type == "summit" and named is not None and _is_named(named) and (_named_for_a_city(named.text) or _names_an_industry_summit(named)):
        event_type = "conference"  # "the third Tallinn Digital Summit": a conference named for its city
    if listing is not None:
        words = re.findall(r"[a-z]+", doc_text(doc)[listing[0] : listing[1]].lower())
        event_type = next((MEETING_NOUNS[w] for w in words if w in MEETING_NOUNS), None) or next(
            (_LISTING_KINDS[w] for w in words if _LISTING_KINDS.get(w)), None)
    draft["event_type"] = event_type or "meeting"
    cue = noun if noun is not None else trigger
    add_evidence(draft, doc, "event_type", draft["event_type"], cue.idx, cue.idx + len(cue))

    title_span: tuple[int, int] | None = None
    if heading is not None and (listing is not None or _line_names_event(doc, heading)):
        stripped = heading.text.strip()
        offset = heading.start + heading.text.index(stripped)
        title_span = (offset, offset + len(stripped))
    elif phrase is not None and _is_named(phrase):
        title_span = (phrase.start_char, phrase.end_char)
        inner = _inner_meeting(noun)
        if inner is not None and not edition_of(phrase):
            title_span = (inner.start_char, inner.end_char)  # "the latest round of the CSIS-CICIR Dialogue"
    elif headline is not None:
        named = [_noun_phrase(t) for t in headline if _is_event_noun(t) and meeting_type(t) == event_type]
        named = [p for p in named if _is_named(p)]
        if named:
            title_span = (named[0].start_char, named[0].end_char)
    if title_span and listing is None:  # a listing's title line is the title as it stands ("After Saclay: Can …?")
        title_span = _clean_title_span(doc_text(doc), *title_span)
    title = doc_text(doc)[title_span[0] : title_span[1]] if title_span else None
    if title and draft["event_type"] == "visit" and _plain_trip(title):
        title, title_span = None, None  # "a five-day visit to Japan" names no visit; "working visit to India" does
    draft["title"] = title
    if title_span:
        add_evidence(draft, doc, "title", title, *title_span)

    # "the first State Visit by an African leader since 2008", "their first meeting since his appointment"
    # are no editions of a series.
    edition = edition_of(phrase) if phrase is not None and draft["event_type"] != "visit" and not _first_since(noun) else None
    if edition is None and heading is not None:
        edition = edition_of(doc.char_span(heading.start, heading.end, alignment_mode="expand"))
    if edition is None and draft["event_type"] != "visit" and trigger.pos_ in ("VERB", "AUX"):
        edition = _times_met(trigger)
    if edition is None and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "edition":
        edition = edition_of(noun.head.head.lefts)  # "The 5th edition of the Baltic Digital Trust Forum ended …"
    draft["edition"] = edition[0] if edition else None
    if edition:
        add_evidence(draft, doc, "edition", edition[0], edition[1].idx, edition[1].idx + len(edition[1]))

    # A visit is a trip, not a meeting of a series; a listed talk's title names no series; a workshop or
    # roundtable belongs to one only when the text numbers it ("the second Track II Workshop on …").
    series = None
    talk_title = listing is not None and heading is not None and not _line_names_event(doc, heading)
    one_off = draft["event_type"] == "visit" or draft["event_type"] == "workshop" and not edition
    if title and not one_off and not talk_title and (edition or _LEADING_YEAR.match(title) or _capitalised_noun(title)
                                                      or any(w in TRADE_SHOW_NAMES for w in title.split())):  # "LEAP 2025" recurs
        series = series_name(title) or None
    if series:
        # "ministerial meeting of the EU-US Trade and Technology Council": the series is the body that meets.
        body = _OF_BODY.match(series)
        series = _ACRONYM.sub("", body.group(1) if body else series).strip()
    draft["series"] = series
    if series and title_span:
        add_evidence(draft, doc, "series", series, *title_span)


def _plain_trip(title: str) -> bool:
    """"visit to Japan", "Dr. Voss's first visit to the country", "previous trip to Brasília"."""
    words = title.split()
    at = next((i for i, w in enumerate(words) if w in ("visit", "trip", "visits", "trips")), None)
    return at is not None and (at == 0 or words[at - 1].lower() not in TITLED_VISIT_KINDS)


def _named_for_a_city(title: str) -> bool:
    first = series_name(title).split()[:1]
    return bool(first) and bool(gazetteer.cities(first[0])) and gazetteer.country_code(first[0]) is None


def _names_an_industry_summit(phrase: Span) -> bool:
    """"Africa Tech Summit", "Global Semiconductor Supply Chain Summit": a conference named for its
    industry, not a meeting of leaders ("EU-Japan Summit", "G20 Leaders' Summit", "AI Safety Summit")."""
    words = {t.lower_ for t in phrase}
    if words & {"leaders", "leaders'", "leader"} or any(t.ent_type_ in ("GPE", "NORP") for t in phrase):
        return False
    return bool(words & INDUSTRY_SUMMIT_WORDS)


# "G7 Industry, Technology and Digital Ministerial Meeting": a comma in a list of capitalised words in the name
_NAME_LIST_COMMA = re.compile(r",\s(?:[A-Z][\w-]*\s)+(?:and|&)\s[A-Z]")


def _clean_title_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a title to the name: a quoted name inside it, no trailing comma clause, no open bracket."""
    title = text[start:end]
    label, colon, rest = title.partition(": ")
    if colon and _names_a_meeting(rest) and not _names_a_meeting(label):
        start, title = start + len(label) + len(colon), rest  # "Joint Press Statement: Second Meeting of the …"
    label = _DOCUMENT_LABEL.match(title)
    if label and _names_a_meeting(title[label.end() :]):
        start, title = start + label.end(), title[label.end() :]  # "Joint Statement on the 2nd India-Sweden Dialogue …"
    quoted = re.search(r"[\"“]([^\"”]{8,})[\"”]?", title)
    if quoted and len(quoted.group(1).split()) >= 3:
        return start + quoted.start(1), start + quoted.start(1) + len(quoted.group(1).rstrip())
    commas = [m.start() for m in re.finditer(",", title) if not _NAME_LIST_COMMA.match(title, m.start())]
    cut = min((i for i in (commas[0] if commas else -1, title.find("\n")) if i > 0), default=len(title))
    if title.count("(", 0, cut) > title.count(")", 0, cut):
        cut = title.rfind("(", 0, cut)
    title = title[:cut].rstrip(" -–(")
    # "… Visit to the United States (Results)", "… Policy Committee (DEPC)": the shortest full form ends before it
    title = _TRAILING_BRACKET.sub("", title)
    lead = len(title) - len(title.lstrip(" \"'“"))
    return start + lead, start + len(title)


def _names_a_meeting(text: str) -> bool:
    return any(word.rstrip("s") in MEETING_NOUNS or word in MEETING_NOUNS for word in re.findall(r"[a-z-]+", text.lower()))


def _reads_as_headline(doc: Doc, line: _Line) -> bool:
    """A heading that tells news ("Semiconductor Roundtable held at the Embassy"), not an event's name
    ("Readout of the President's Call with …"): it has a trigger verb."""
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in TRIGGER_VERBS for t in span)


def _is_headline_verb(token: Token) -> bool:
    """A capitalised trigger verb in a headline ("Ruto Concludes State Visit", "CSIS Hosts …"),
    which the tagger often takes for a proper noun."""
    return token.is_title and token.pos_ in ("VERB", "PROPN", "NOUN") and (
        token.lemma_.lower() in TRIGGER_VERBS or token.lower_ in TRIGGER_FORMS)


def _whole_meeting(noun: Token) -> Token | None:
    """"took part in a panel discussion at the Global AI Forum": the named meeting a panel or session is part of."""
    if noun.lower_ not in PART_OF_MEETING_NOUNS and not any(
            t.lower_ in PART_OF_MEETING_NOUNS for t in noun.lefts if t.dep_ in ("compound", "amod")):
        return None
    return next((o for p in noun.rights if p.dep_ == "prep" and p.lower_ in ("at", "during") for o in p.children
                 if o.dep_ == "pobj" and _is_event_noun(o) and _is_named(_noun_phrase(o))), None)


def _inner_meeting(noun: Token) -> Span | None:
    """For "round/session of the X Dialogue", the named meeting X."""
    if noun.lower_ not in ("round", "session", "sitting", "edition"):
        return None
    for prep in noun.rights:
        if prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_event_noun(obj) and _is_named(_noun_phrase(obj)):
                    return _noun_phrase(obj)
    return None


def _heading_noun(doc: Doc, line: _Line) -> Token | None:
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    return next((t for t in span if _is_event_noun(t) or meeting_type(t) and t.dep_ == "ROOT"), None) if span is not None else None


def _line_names_event(doc: Doc, line: _Line) -> bool:
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    return span is not None and any(meeting_type(t) for t in span)


def _is_named(phrase: Span) -> bool:
    """A meeting phrase is a name when it says more than "the meeting" or "a two-day meeting"."""
    content = [t for t in phrase if not t.is_punct and t.dep_ != "det" and t.ent_type_ not in ("GPE", "DATE", "CARDINAL")]
    if _named_event_type(phrase.root) or any(t.text in TRADE_SHOW_NAMES for t in phrase):
        return True  # "VivaTech 2025", "UNCTAD eCommerce Week": a brand or a name by its last word
    if phrase[0].lower_ in ("a", "an"):
        return False
    root = phrase.root
    if (not root.is_title and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
            and meeting_type(root) != "visit" and not any(c.lower_ == "of" for c in root.rights)):
        return False  # "held a dialogue on data flows with scholars from SIIS": described, not named
        # (but "a working visit to India" and "a meeting of the … Advisory Council" are named)
    if meeting_type(phrase.root) == "visit" and any(t.lower_ == "to" and t.head == phrase.root for t in phrase):
        return True  # "working visit to the United States"
    # An ordinal alone does not name a meeting: "the fifth round" is unnamed (it keeps its edition),
    # and neither does a capitalised noun under a lowercase word ("the previous Roundtable").
    return len(content) > 1 and any((t.is_title or t.is_upper) and t.i != phrase.sent.start and t.lower_ not in ORDINALS
                                    and (t != root or t.is_upper) for t in content)


def _capitalised_noun(title: str) -> bool:
    return any(w[:1].isupper() and w.lower().rstrip("s") in MEETING_NOUNS for w in title.split())


_NAME_COMPLEMENT = re.compile(r"\s+(?:on|for)\s+")  # "Working Group | on Digital Economy Cooperation"


def harmonise_series(drafts: list[EventDraft], text: str) -> None:
    """One name per series in a document: a short or plural form takes the most used full form
    ("dialogue on the Digital Economy" and "… Dialogues on …" → "U.S.-China Track II Dialogue on …"),
    and a body's acronym its full name ("TTC meeting" → "EU-US Trade and Technology Council")."""
    acronyms = _acronyms(text)
    for draft in drafts:
        body = _ACRONYM_MEETING.match(draft.get("series") or "")
        if body and body.group(1) in acronyms:
            draft["series"] = acronyms[body.group(1)]
    used = Counter(d["series"] for d in drafts if d.get("series"))
    for draft in drafts:
        series = draft.get("series")
        if series:
            key = _series_key(series)
            # "the Working Group" is short for "China-Malaysia Working Group on Digital Economy Cooperation" too
            fuller = [n for n in used if _series_key(n).endswith(key) or _series_key(_NAME_COMPLEMENT.split(n)[0]).endswith(key)]
            draft["series"] = max(fuller, key=lambda n: (len(_series_key(n)), used[n]))
    for draft in drafts:
        # "the fifth round, held in Paris last year": an unnamed edition of the document's one series.
        if draft.get("series") is None and draft.get("edition") is not None and not draft.get("title"):
            same_kind = {d["series"] for d in drafts if d.get("series") and d.get("event_type") == draft.get("event_type")}
            if len(same_kind) == 1:
                draft["series"] = same_kind.pop()


def _acronyms(text: str) -> dict[str, str]:
    """"the EU-US Trade and Technology Council (TTC)" → {"TTC": "EU-US Trade and Technology Council"}."""
    found = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        name, acronym = m.group("name").strip(), m.group("acronym")
        initials = "".join(part if part.isupper() else part[0]
                           for word in name.split() if word[0].isupper() for part in re.split(r"[-–]", word) if part)
        letters = iter(initials.upper())
        if all(ch in letters for ch in acronym.replace("&", "")):  # the acronym's letters, in order
            found[acronym] = name
    return found


def _series_key(name: str) -> str:
    words = [w.lower().rstrip("s") if w.lower().rstrip("s") in MEETING_NOUNS else w.lower() for w in name.split()]
    return " ".join(words)


def _is_about_the_event(heading: str) -> bool:
    """"About the Forum", "About this webinar": a heading that goes on about the event it is under."""
    found = _ABOUT_THE.fullmatch(heading)
    noun = found.group(1).lower() if found else None
    # "About the Council" is the publisher: a noun that also names organisations is not taken.
    return noun is not None and noun not in ORGANISATION_NOUNS and (
        noun in MEETING_NOUNS or noun in GENERIC_EVENT_NOUNS or noun in _LISTING_KINDS)
