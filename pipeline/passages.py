"""Which text speaks of an event beyond the sentence that reports it.

A side meeting or an earlier meeting is reported in one sentence, but the text
may go on about it: the next sentences of the paragraph ("The roundtable was
chaired by …") or a later sentence that names it again ("The third Tallinn
Digital Summit brought together …"). Those sentences are the event's, not the
enclosing event's. The events stage records them on each draft (`follow_ups`); the
participants and topics stages read them from there.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .drafts import EventDraft, doc_text


def event_noun(draft: EventDraft) -> str | None:
    """The meeting noun the event was found by ("roundtable"), lower-cased."""
    found = next((e for e in draft.get("evidence", []) if e["field"] == "event_type"), None)
    return found["text"].lower() if found else None


def is_nested(draft: EventDraft, drafts: list[EventDraft]) -> bool:
    """Inside another event's passage: a side meeting, a stop of a trip, an earlier meeting."""
    return any(d is not draft and d["start"] <= draft["start"] and draft["end"] <= d["end"]
               and (d["start"], d["end"]) != (draft["start"], draft["end"]) for d in drafts)


def follow_ups(doc: Doc, draft: EventDraft, drafts: list[EventDraft]) -> list[tuple[int, int]]:
    """Sentences after a nested event's own sentence that go on about it: "the <noun>" in the
    same paragraph up to the next event, and sentences elsewhere that repeat its title."""
    return _same_paragraph(doc, draft, drafts) + _named_again(doc, draft, drafts)


def _same_paragraph(doc: Doc, draft: EventDraft, drafts: list[EventDraft]) -> list[tuple[int, int]]:
    """The sentences after a meeting's own that go on about it, up to the next event or paragraph:
    "The roundtable was chaired by …", and, after a reported side meeting, "The two sides discussed …"."""
    noun = event_noun(draft)
    enclosing = [d for d in drafts if d is not draft and d["start"] <= draft["start"] and draft["end"] <= d["end"]]
    title = (draft.get("title") or "").lower()
    if title and any(d.get("title") and (title in d["title"].lower() or d["title"].lower() in title) for d in enclosing):
        return []  # the page's own event, reported again in a sentence
    around = {event_noun(d) for d in enclosing} - {None}
    text = doc_text(doc)
    # An earlier meeting named in passing in a sentence that goes on about this one ("The two sides took
    # stock of progress since President Biden's visit in September 2023, and discussed …") ends nothing.
    starts = sorted(d["start"] for d in drafts if d["start"] > draft["start"] and not named_in_a_sentence_about_another(doc, d))
    limit = starts[0] if starts else len(text)
    # A side event that opens a section of its own ("Business forum" over "On the margins of the
    # summit, …") owns the section: its later paragraphs too, up to the next heading.
    own_section = not draft.get("named_in_passing") and _is_heading(text, _line_above(text, draft["start"]))
    # "The Meeting adopted …" in its paragraph: a meeting reported under its own name is the one meant.
    own_name = not draft.get("named_in_passing") and bool(draft.get("title"))
    own_sentence = text[draft["start"] : draft["end"]]
    around_sentences = " ".join(text[d["trigger"][0] : d["trigger"][1]] for d in enclosing if d.get("trigger"))
    ranges = []
    last_end, owned_paragraph, in_own_paragraph = draft["end"], False, True
    tail = doc.char_span(draft["end"], min(limit, len(text)), alignment_mode="contract")
    for sent in (tail.sents if tail is not None and len(tail) else []):
        if sent.start_char < draft["end"] or not sent.text.strip() or _ENUMERATOR.fullmatch(sent.text):
            continue  # the event's own sentence, the blank lines between paragraphs, a paragraph's number ("3.")
        first = next((t.idx for t in sent if not t.is_space), sent.start_char)
        if first >= limit:
            break
        new_paragraph = "\n\n" in text[len(text[:last_end].rstrip()) : first]
        if new_paragraph:
            # "On Wednesday, Li held talks with Alswaha. …¶ Li said …": a paragraph its own principal opens is its too,
            # and so are the sub-points under its bullet ("□ On the 15th, … held talks …¶ ○ The two sides discussed …").
            sub_point = text[first] in SUB_BULLETS and (owned_paragraph or in_own_paragraph)
            owned_paragraph = not draft.get("named_in_passing") and (
                sub_point or _opened_by(sent, own_sentence, around_sentences) or _turns_to_its_discussions(sent))
            in_own_paragraph = False
        if owned_paragraph:
            ranges.append((sent.start_char, sent.end_char))
            last_end = sent.end_char
            continue
        if own_section:
            if _is_heading(text, _line_at(text, first)) or _names_definitely(sent, around):
                break
        else:
            if new_paragraph:
                break
            names_itself = (noun not in around or own_name) and _names_definitely(sent, {noun})
            # "… paid a courtesy call on Secretary Uy that morning. Uy thanked Canberra for …": its principal goes on
            goes_on = not draft.get("named_in_passing") and (_refers_back(sent) or _opened_by(sent, own_sentence, around_sentences)) \
                and not _names_definitely(sent, around)
            if not (names_itself or goes_on):
                break
        ranges.append((sent.start_char, sent.end_char))
        last_end = sent.end_char
    return ranges


# Marks of a point under a bullet ("□ main point", "○ sub-point"), as Korean and Japanese releases write them.
SUB_BULLETS = frozenset("○◦▪–-")
# "The two sides", "Both ministers", "The delegations": the people of the meeting just told.
PARTICIPANT_NOUNS = frozenset({"side", "minister", "leader", "delegation", "party", "official", "participant", "counterpart",
                              "delegate", "attendee", "panelist", "panellist", "speaker"})
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*")
# "The discussions focused on: …" opening the next paragraph: what the meeting just reported discussed.
DISCUSSION_NOUNS = frozenset({"discussion", "discussions", "talks", "deliberations", "exchange", "exchanges", "agenda"})


# "…, the ministry said in a statement": verbs that report what the clause under them tells.
REPORTING_VERBS = frozenset({"say", "add", "note", "state", "report"})


def _main_subject(sent: Span) -> Token | None:
    """The subject of the sentence's main verb; of the reported clause under "…, the ministry said"."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.head.lemma_ not in REPORTING_VERBS:
        return subject
    reported = next((c for c in subject.head.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if reported is None:
        return subject
    return next((t for t in reported.children if t.dep_ in ("nsubj", "nsubjpass")), subject)


def _turns_to_its_discussions(sent: Span) -> bool:
    subject = _main_subject(sent)
    return subject is not None and subject.lower_ in DISCUSSION_NOUNS and is_definite(subject)


def _opened_by(sent: Span, own_sentence: str, around_sentences: str) -> bool:
    """The sentence's subject is a person named in the event's own sentence and in no sentence of the
    event around it ("Li said …" after "Li Lecheng held talks with Alswaha")."""
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", ""):
        return False
    return re.search(rf"\b{re.escape(subject.text)}\b", own_sentence) is not None and \
        re.search(rf"\b{re.escape(subject.text)}\b", around_sentences) is None


def _line_at(text: str, index: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return start, len(text) if end < 0 else end


def _line_above(text: str, index: int) -> tuple[int, int] | None:
    """The last non-blank line before the paragraph `index` opens, if a blank line sets it apart."""
    start, _ = _line_at(text, index)
    if text[start:index].strip():
        return None  # `index` is not where its paragraph begins
    before = text[:start]
    if not before.rstrip(" \t").endswith("\n\n"):
        return None
    stripped = before.rstrip()
    return (_line_at(text, len(stripped) - 1) if stripped else None)


def _is_heading(text: str, line: tuple[int, int] | None) -> bool:
    """A short line set apart by blank lines, not a sentence: "Business forum", "In California"."""
    if line is None:
        return False
    words = text[line[0] : line[1]].split()
    return (0 < len(words) <= 8 and not words[-1].endswith((".", ":", ";", "!", "?", ","))
            and text[: line[0]].endswith("\n\n") and text[line[1] :].startswith("\n\n"))


def is_definite(noun: Token) -> bool:
    """"the talks", "this meeting", "his visit": a determiner or possessive, not "a" or "an"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


def _names_definitely(sent: Span, nouns: set) -> bool:
    """"the roundtable", "this meeting", "his visit"."""
    return any(t.lower_ in nouns and is_definite(t) for t in sent)


def _refers_back(sent: Span) -> bool:
    """The sentence's subject points back rather than introducing someone: "They", "The two sides",
    "The discussion", "Both ministers" — not "Minister Hung" or "A new fund"."""
    subject = _main_subject(sent)
    if subject is None:
        return False
    if subject.tag_ == "PRP":
        return subject.lower_ in ("they", "he", "she", "both", "it")
    if subject.pos_ == "PROPN" and singular_noun(subject) not in PARTICIPANT_NOUNS:
        return False  # "Minister Hung"; but "The Ministers", capitalised as releases do, point back
    if subject.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in subject.children) and (
            singular_noun(subject) in PARTICIPANT_NOUNS or subject.lower_ in DISCUSSION_NOUNS):
        return True  # "Participants discussed …", "Ministers agreed …", "Discussions focused on …": the meeting just told
    return any(c.lower_ in ("the", "both", "two", "these") for c in subject.children) or subject.lower_ == "both"


def singular_noun(token: Token) -> str:
    """"ministers" -> "minister", also where the tagger took a capitalised "Ministers" for a name."""
    word = token.lemma_.lower()
    return word[:-1] if token.pos_ == "PROPN" and word.endswith("s") else word


def named_in_a_sentence_about_another(doc: Doc, draft: EventDraft) -> bool:
    """"The two sides took stock of progress since President Biden's visit …": the meeting is named in
    passing in a sentence whose subject is the people of the meeting told before it."""
    if not draft.get("named_in_passing"):
        return False
    span = doc.char_span(draft["start"], draft["end"], alignment_mode="expand")
    if span is None or not len(span) or not _refers_back(span[0].sent):
        return False
    subject = _main_subject(span[0].sent)
    return subject.tag_ == "PRP" or subject.lemma_.lower() in PARTICIPANT_NOUNS


def _named_again(doc: Doc, draft: EventDraft, drafts: list[EventDraft]) -> list[tuple[int, int]]:
    title = draft.get("title")
    if not title or len(title.split()) < 3:
        return []
    text = doc_text(doc)
    # Another event's own sentence speaks of that event, even if it names this one in passing.
    claimed = [tuple(d["trigger"]) for d in drafts if d is not draft and d.get("trigger")]
    ranges = []
    for sent in doc.sents:
        if sent.start_char < draft["end"] or title.lower() not in text[sent.start_char : sent.end_char].lower():
            continue
        if not any(a <= sent.start_char < b for a, b in claimed):
            ranges.append((sent.start_char, sent.end_char))
    return ranges
