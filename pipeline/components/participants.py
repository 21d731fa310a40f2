"""press_participants: the people and organizations tied to each event, and their roles.

Every PERSON and ORG entity of the document becomes a mention with a name
(honorifics and job titles removed), a title, an affiliation and a role read
from the dependency parse ("co-chaired by X", "X led the delegation",
"a keynote address by X", "in partnership with X"). An organization counts as
a participant only when the text ties it to the event (it organized, attended,
sent people, supported it); one that only describes a person ("senior fellow
at JIIA") or a topic does not. Short forms ("the National Committee", "NCUSCR",
"Dr. Burke") resolve to the fullest name in the document; each event gets
one participant per entity from the mentions in its own passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..drafts import EventDraft, add_evidence, doc_text, passage
from ..passages import is_nested
from ..resources import read_json

_LEX = read_json("participant_lexicon.json")
HONORIFICS = frozenset(_LEX["honorifics"])
ACADEMIC_TITLES = frozenset(_LEX["academic_titles"])
TITLE_WORDS = frozenset(_LEX["title_words"])
ORGANIZER_VERBS = frozenset(_LEX["organizer_verbs"])
PERSON_CHAIR_VERBS = frozenset(_LEX["person_chair_verbs"])
PERSON_COCHAIR_VERBS = frozenset(_LEX["person_cochair_verbs"])
PARTNER_NOUNS = frozenset(_LEX["partner_nouns"])
COCHAIR_VERBS = frozenset(_LEX["cochair_verbs"])
COCHAIR_NOUNS = frozenset(_LEX["cochair_nouns"])
CHAIR_VERBS = frozenset(_LEX["chair_verbs"])
CHAIR_NOUNS = frozenset(_LEX["chair_nouns"])
LEADER_VERBS = frozenset(_LEX["leader_verbs"])
LEADER_OBJECTS = frozenset(_LEX["leader_objects"])
LEADER_NOUNS = frozenset(_LEX["leader_nouns"])
SPEAKER_VERBS = frozenset(_LEX["speaker_verbs"])
SPEAKER_NOUNS = frozenset(_LEX["speaker_nouns"])
SPEAKER_OBJECTS = frozenset(_LEX["speaker_objects"])
PARTICIPATION_CUES = frozenset(_LEX["participation_cues"])
BOILERPLATE = tuple(_LEX["boilerplate_headings"])
NOT_ORG_HEADS = frozenset(_LEX["not_org_heads"])
INSTITUTION_WORDS = frozenset(_LEX["institution_words"])
EVENT_NAME_HEADS = frozenset(_LEX["event_name_heads"])
GROUP_NOUNS = frozenset(_LEX["group_nouns"])
NAME_PARTICLES = frozenset(_LEX["name_particles"])
ORGANIZER_NOUNS = frozenset(_LEX["organizer_nouns"])
FUNDING_CUES = frozenset(_LEX["funding_cues"])
NEWS_AGENCIES = frozenset(_LEX["news_agencies"])
RANK_WORDS = frozenset(_LEX["rank_words"])
BYLINE_CUES = tuple(_LEX["byline_cues"])
OPENING_VERBS = frozenset(_LEX["opening_verbs"])
KNOWN_VERBS = frozenset(_LEX["organizer_verbs"] + _LEX["cochair_verbs"] + _LEX["chair_verbs"] + _LEX["leader_verbs"]
                        + _LEX["speaker_verbs"] + _LEX["opening_verbs"])
POSTED_BODIES = frozenset(_LEX["posted_bodies"])
GOVERNING_BODIES = frozenset(_LEX["governing_bodies"])
GATHERING_VERBS = frozenset(_LEX["gathering_verbs"])
PAST_TIME_WORDS = frozenset(_LEX["past_time_words"])
SESSION_NOUNS = frozenset(_LEX["session_nouns"])
PRINCIPAL_NOUNS = frozenset(_LEX["principal_nouns"])
LIST_LABELS: dict[str, str] = _LEX["list_labels"]
EPONYM_HEADS = frozenset(_LEX["eponym_heads"])
LISTING_VERBS = frozenset(_LEX["listing_verbs"])
SAYING_VERBS = frozenset(_LEX["saying_verbs"])
SPEECH_EVENTS = frozenset(_LEX["speech_events"])
GROUP_SIZES: dict[str, int] = _LEX["group_sizes"]
OTHER_NAME_LABELS = ("WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW", "NORP")

ROLE_RANK = {"organizer": 0, "co-chair": 1, "chair": 2, "delegation-leader": 3, "speaker": 4, "participant": 5}
_POSSESSIVE = re.compile(r"\s*(?:['’‘]s|['’‘])$")
_ACRONYM_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z&.\-]{1,11})\s*\)")


@Language.factory(
    "press_participants",
    requires=["doc._.events", "doc.ents", "token.dep"],
    assigns=["doc._.events"],
    default_config={},
)
def make_participant_extractor(nlp: Language, name: str) -> ParticipantExtractor:
    return ParticipantExtractor(name)


@dataclass
class Mention:
    """One PERSON or ORG entity, read once per document."""

    name: str
    kind: str  # person | organization
    role: str
    tied: bool  # the sentence ties it to an event (always so for people)
    title: str | None
    affiliation: str | None
    country: str | None
    start: int  # character offsets of the entity
    end: int
    root: int  # token index of the entity's syntactic head
    key: str = ""  # the canonical name, folded
    says: bool = False  # subject of "said", "stressed", … (a speech, when the event is a forum or conference)


class ParticipantExtractor:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        drafts = doc._.events or []
        if not drafts:
            return doc
        cut = _boilerplate_start(doc)
        acronyms = _acronyms_in_text(doc)
        spans = list(doc.ents) + _untagged_acronyms(doc, acronyms) + _untagged_titled_names(doc)
        mentions = [m for ent in spans if ent.start_char < cut for m in [_mention(ent)] if m is not None]
        mentions.sort(key=lambda m: m.start)
        mentions = _resolve(mentions, acronyms)
        _share_listed_roles(doc, mentions)
        _roles_of_named_groups(doc, mentions)
        _roles_from_labelled_lists(doc, mentions)
        for draft in drafts:
            draft["participants"] = self._participants(doc, draft, drafts, mentions)
        return doc

    def _participants(self, doc: Doc, draft: EventDraft, drafts: list, mentions: list[Mention]) -> list[dict]:
        span = passage(doc, draft)
        # Passages of other events inside this one belong to them ("The following day, … a roundtable hosted by …"),
        # and so do the sentences that go on about them ("The roundtable was chaired by …").
        inner = [d for d in drafts if d is not draft and draft["start"] <= d["start"] and d["end"] <= draft["end"]
                 and (d["start"], d["end"]) != (draft["start"], draft["end"])]
        nested = [(d["start"], d["end"], None if _has_own_sentence(d, drafts) else _event_clause(doc, d)) for d in inner]
        nested += [(s, e, None) for d in inner for s, e in d.get("follow_ups", [])]
        inside_other = is_nested(draft, drafts)
        own_clause = _event_clause(doc, draft) if inside_other and not _has_own_sentence(draft, drafts) else None
        extra = draft.get("follow_ups", []) if inside_other else []
        title_keys = {_fold(t) for t in (draft.get("title"), draft.get("series")) if t}
        found: dict[str, dict] = {}
        first: dict[str, Mention] = {}
        tied: set[str] = set()
        for m in mentions:
            followed = any(s <= m.start and m.end <= e for s, e in extra)
            if not (span.start_char <= m.start and m.end <= span.end_char) and not followed:
                continue
            clause = _clause(doc[m.root])
            if any(s <= m.start and m.end <= e and (c is None or c == clause) for s, e, c in nested):
                continue
            if own_clause is not None and clause != own_clause and not followed:
                continue  # in this event's sentence but said of the enclosing one ("hosted by …; the first round …")
            if (m.kind == "organization" and m.role != "organizer" and m.key.split()[-1:]
                    and m.key.split()[-1] in EVENT_NAME_HEADS and any(m.key in t for t in title_keys)):
                continue  # the event itself ("the Digital Partnership Council")
            if m.role == "participant" and _told_of_another_time(doc, m, draft):
                continue  # "Last year, President Biden and Prime Minister Kishida agreed …"
            if m.tied:
                tied.add(m.key)
            current = found.get(m.key)
            if current is None:
                current = found[m.key] = {"name": m.name, "kind": m.kind, "role": m.role, "title": m.title,
                                          "affiliation": m.affiliation, "country": m.country}
                first[m.key] = m
            elif ROLE_RANK[m.role] < ROLE_RANK[current["role"]]:
                current["role"] = m.role
            for attr in ("title", "affiliation", "country"):
                current[attr] = current[attr] or getattr(m, attr)
            if m.says and current["role"] == "participant" and draft.get("event_type") in SPEECH_EVENTS:
                current["role"] = "speaker"  # what a person "said" at a forum or conference was said on its stage
        kept = [key for key in found if key in tied]
        for key in kept:
            add_evidence(draft, doc, "participants", found[key]["name"], first[key].start, first[key].end)
        return [found[key] for key in kept]


# -- which event a mention belongs to ------------------------------------------


def _told_of_another_time(doc: Doc, m: Mention, draft: EventDraft) -> bool:
    """The mention's sentence is dated to another time than the event ("in June 2021", "last November")."""
    year = (draft.get("start_date") or "")[:4]
    for ent in doc[m.root].sent.ents:
        if ent.label_ != "DATE":
            continue
        words = {t.lower_ for t in ent}
        years = set(re.findall(r"\b(?:19|20)\d\d\b", ent.text))
        if words & PAST_TIME_WORDS or (year and years and year not in years):
            return True
    return False


def _has_own_sentence(draft: EventDraft, drafts: list[EventDraft]) -> bool:
    """Reported by a sentence of its own ("On October 19, the group held a dialogue …"), not named
    in passing inside another event's sentence: the whole sentence is the event's."""
    trigger = draft.get("trigger")
    return (not draft.get("named_in_passing") and trigger is not None
            and not any(d is not draft and d.get("trigger") == trigger for d in drafts))


def _event_clause(doc: Doc, draft: EventDraft) -> Token | None:
    """The verb of the clause that names the event (from the meeting noun press_events recorded)."""
    found = next((e for e in draft.get("evidence", []) if e["field"] == "event_type"), None)
    if found is None:
        return None
    span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
    return _clause(span.root) if span is not None and len(span) else None


def _clause(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# -- roles read across mentions ------------------------------------------------


def _roles_of_named_groups(doc: Doc, mentions: list[Mention]) -> None:
    """"X met his counterpart Y … The two ministers co-chaired the dialogue": the role goes to the people the
    group stands for, named in that sentence or the one before."""
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.tag_ != "NNS" or tok.lemma_.lower() not in PRINCIPAL_NOUNS:
            continue
        size = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), None)
        role = _verb_role(tok.head, "person", agent=False) if size else None
        if role is None:
            continue
        sent = tok.sent
        before = doc[sent.start - 1].sent if sent.start > 0 else sent
        named = [m for m in mentions if m.kind == "person" and before.start_char <= m.start < tok.idx]
        keys = list(dict.fromkeys(m.key for m in named))[-size:]
        for m in mentions:
            if m.key in keys and ROLE_RANK[role] < ROLE_RANK[m.role]:
                m.role = role


def _roles_from_labelled_lists(doc: Doc, mentions: list[Mention]) -> None:
    """Event pages list people under a label: "Speakers:" / "Moderator: Anna Kim" / "Organizers" on its own line.
    Each name on the label's line or on the lines below it (up to a blank line) takes the label's role."""
    text = doc_text(doc)
    role, offset = None, 0
    spans: list[tuple[int, int, str]] = []
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        label = re.match(r"^([A-Za-z][A-Za-z\- ]{1,30}?)\s*:?\s*$|^([A-Za-z][A-Za-z\- ]{1,30}?)\s*:\s*\S", stripped)
        key = (label.group(1) or label.group(2)).lower() if label else None
        if key in LIST_LABELS:
            role = LIST_LABELS[key]
            spans.append((offset, offset + len(line), role))
        elif not stripped:
            role = None
        elif role is not None:
            spans.append((offset, offset + len(line), role))
        offset += len(line)
    for m in mentions:
        for start, end, role in spans:
            if start <= m.start < end:
                if m.kind == "organization" and role not in ("organizer", "participant"):
                    break  # "Anna Kim, Senior Fellow, X Institute": the institute is her affiliation
                m.tied = True
                if ROLE_RANK[role] < ROLE_RANK[m.role]:
                    m.role = role
                break


def _list_continues(doc: Doc, comma: int) -> bool:
    """A comma that separates two titled names ("…, Digital Minister Taro Kono and …"), not an apposition."""
    j = comma + 1
    return j < len(doc) and doc[j].is_title and doc[j].lower_ in TITLE_WORDS | RANK_WORDS | HONORIFICS


def _share_listed_roles(doc: Doc, mentions: list[Mention]) -> None:
    """"co-chaired by Zhang Guoqing, member of …, and European Commission Vice President Jaurova": the
    second name of such a list often hangs off the wrong word; it shares the role of the first."""
    people = [m for m in mentions if m.kind == "person"]
    for prev, m in zip(people, people[1:]):
        if (m.role == "participant") == (prev.role == "participant") or doc[m.root].sent != doc[prev.root].sent:
            continue
        i = doc.char_span(m.start, m.end, alignment_mode="expand").start - 1
        while i > 0 and doc[i].is_title and (doc[i].lower_ in TITLE_WORDS or doc[i].ent_type_ in ("ORG", "NORP", "GPE")
                                              or doc[i].lower_ in HONORIFICS or doc[i].lower_ in ACADEMIC_TITLES):
            i -= 1
        if doc[i].lower_ not in ("and", ",") or m.root - prev.root >= 40:
            continue
        if doc[i].text == "," and not _list_continues(doc, i):
            continue
        between = doc[doc.char_span(prev.start, prev.end, alignment_mode="expand").end: i]
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("with", "as", "while", "whereas") for t in between):
            continue  # "… chaired by A, with B as vice-chair"
        if m.role == "participant":
            m.role = prev.role
        elif doc.char_span(prev.start, prev.end, alignment_mode="expand").end == i:
            prev.role = m.role  # "Secretary of State Antony Blinken and Commerce Secretary Gina Raimondo hosted …"


# -- one mention per entity ----------------------------------------------------


def _untagged_titled_names(doc: Doc) -> list[Span]:
    """"… Minister for Communications and Information Josephine Teo, …": a name the model missed at the end
    of a job title. The title-case run after a rank word ends in two or three name words no entity covers."""
    found = []
    for tok in doc:
        if tok.lower_ not in RANK_WORDS or not tok.is_title:
            continue
        j = tok.i + 1
        sent_end = tok.sent.end  # Token.sent walks the sentence: once per rank word, not per token
        while j < len(doc) and j - tok.i < 14 and j < sent_end and (
                doc[j].is_title or doc[j].lower_ in ("of", "for", "and", "&")
                or doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].is_title):
            j += 1
        start = j
        while start > tok.i + 1 and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O" \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_ not in TITLE_WORDS \
                and doc[start - 1].lower_ not in INSTITUTION_WORDS:
            start -= 1
        if 2 <= j - start <= 3 and doc[start - 1].ent_type_ != "PERSON":
            found.append(Span(doc, start, j, label="PERSON"))
    return found


def _untagged_acronyms(doc: Doc, acronyms: dict[str, str]) -> list[Span]:
    """"convened by JIIA in Tokyo": an acronym defined earlier that the model did not tag this time."""
    found = []
    for tok in doc:
        if (tok.ent_iob_ == "O" or tok.ent_type_ not in ("ORG", "PERSON")) and tok.is_upper and len(tok) > 2 \
                and _fold(tok.text) in acronyms and not (tok.i > 0 and doc[tok.i - 1].text == "("):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        elif (tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in TITLE_WORDS
              and tok.dep_ not in ("compound", "amod") and not _is_place(tok.text)
              and any(c.dep_ == "conj" and c.ent_type_ == "ORG" and c.ent_iob_ == "B" and len(c.subtree and [c]) == 1
                      for c in tok.children)):
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))  # "Google, Microsoft and Grab": the first was missed
    return found


def _mention(ent: Span) -> Mention | None:
    kind = _kind(ent)
    if kind is None:
        return None
    if kind == "person":
        name, title = person_name(ent)
        if not _plausible_person(name) or _in_byline(ent) or _portfolio(ent) or _absent(ent) or _eponym(ent):
            return None
        role, tied = role_of(_person_span(ent), kind)
        if role == "participant":
            role = _agent_cue(_person_span(ent), kind) or role
    else:
        # "the Center for Strategic and International Studies (CSIS)": the model often tags only the acronym.
        full = expanded_acronym(ent)
        span = full if full is not None else _org_span(ent)
        name, title = (_phrase_name(full) if full is not None else org_name(span)), None
        if _org_fragment(name):
            return None
        role, tied = role_of(span, kind)
        if not _plausible_org(name) and not (role == "organizer" and _head_word(name) in EVENT_NAME_HEADS):
            return None  # "the Chatham House Rule"; but "co-hosted by the World Internet Conference"
    affiliation = _affiliation(ent, title) if kind == "person" else None
    country = _country(ent, name, title, affiliation, kind)
    says = ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in SAYING_VERBS
    return Mention(name, kind, role, tied or kind == "person", title, affiliation, country,
                   ent.start_char, ent.end_char, ent.root.i, says=says)


def _eponym(ent: Span) -> bool:
    """"the Biden administration", "Abe's Data Free Flow with Trust initiative": a name that only labels a thing."""
    root = ent.root
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in EPONYM_HEADS


def _absent(ent: Span) -> bool:
    """"Thierry Breton did not attend": the subject of a negated attend/join/take part."""
    root = ent.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    # "…, an analyst who did not attend"
    verbs += [v for n in [root] + [c for c in root.children if c.dep_ == "appos"] for v in n.children if v.dep_ == "relcl"]
    return any(any(c.dep_ == "neg" for c in v.children) and v.lemma_.lower() in PARTICIPATION_CUES | {"take", "travel", "come"}
               for v in verbs)


def _portfolio(ent: Span) -> bool:
    """"Ambassador-at-Large for Cyberspace": a one-word "person" that is the object of a job title."""
    root = ent.root
    return (len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in ("for", "of")
            and (root.head.head.lower_ in TITLE_WORDS or root.head.head.lower_.split("-")[0] in TITLE_WORDS))


def _in_byline(ent: Span) -> bool:
    """"By Priya Raman", "(Reporting by …; Editing by …)": the writers, not the event's people."""
    doc = ent.doc
    line_start = doc_text(doc).rfind("\n", 0, ent.start_char) + 1
    line_end = doc_text(doc).find("\n", ent.end_char)
    line = doc_text(doc)[line_start: line_end if line_end != -1 else len(doc_text(doc))].strip()
    if re.match(r"(?i)by\s", line) and len(line.split()) <= 8:
        return True
    before = doc_text(doc)[max(0, ent.start_char - 60): ent.start_char].lower()
    # "(Reporting by Daniel Hart and Keiko Morita; Editing by …)": any name up to the next ";" or ")".
    return any(re.search(rf"\b{cue}\s+by\s[^;()\n]*$", before) for cue in BYLINE_CUES)


def _kind(ent: Span) -> str | None:
    if ent.label_ == "PERSON":
        root = ent.root
        neighbours = [root.head] * (root.dep_ == "conj") + [c for c in root.children if c.dep_ == "conj"]
        if len(ent) == 1 and any(t.ent_type_ == "ORG" for t in neighbours):
            return "organization"  # "experts from Samsung, Viettel and FPT"
        return "person"
    if ent.label_ == "ORG":
        # "H.E. Takeshi Morimoto" tagged ORG: an honorific opens a person's name.
        if ent[0].lower_ in HONORIFICS and len(ent) > 1:
            return "person"
        # "… Blinken, Secretary of Commerce Gina Raimondo and …": a name listed among people.
        root = ent.root
        linked = [root.head] + [c for c in root.children if c.dep_ == "conj"] if root.dep_ == "conj" else []
        if any(t.ent_type_ == "PERSON" for t in linked) and _head_word(ent.text).lower() not in INSTITUTION_WORDS \
                and ent[-1].is_title and not any(t.lower_ in INSTITUTION_WORDS for t in ent):
            return "person"
        if _ends_in_person_name(ent):
            return "person"  # "State for Science, Innovation and Technology Michelle Donelan"
        return "organization"
    if ent.label_ in OTHER_NAME_LABELS and _head_word(org_name(ent)) in INSTITUTION_WORDS:
        return "organization"  # "The Center for Strategic and International Studies (CSIS" tagged WORK_OF_ART
    return None


def _ends_in_person_name(ent: Span) -> bool:
    """An ORG span that is a job title followed by a person's name ("[Secretary of] Commerce Gina Raimondo")."""
    doc = ent.doc
    rank_before = ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "for") and doc[ent.start - 2].lower_ in RANK_WORDS
    if not any(t.lower_ in RANK_WORDS for t in ent) and not rank_before:
        return False
    run = 0
    for tok in reversed(ent):
        if tok.is_title and tok.pos_ == "PROPN" and tok.lower_ not in TITLE_WORDS and tok.lower_ not in INSTITUTION_WORDS:
            run += 1
        else:
            break
    before = ent[len(ent) - run - 1] if run < len(ent) else None
    return 2 <= run <= 4 and before is not None and before.is_title and _is_title_word(before.text)


def _org_span(ent: Span) -> Span:
    """The entity widened over what the model left out: "the Guanchao [Cyber Forum]",
    "[German Marshall Fund] of the United States", "[Delegation of the European Union] to Japan",
    "[Ministry of Science] and ICT"."""
    doc = ent.doc
    end = ent.end
    head = _head_word(ent.text)
    if head in INSTITUTION_WORDS:
        nxt = doc[end: end + 3]
        if len(nxt) >= 2 and nxt[0].lower_ in ("of", "to") and (nxt[0].lower_ == "of" or head in POSTED_BODIES):
            place = next((e for e in doc.ents if e.start in (end + 1, end + 2) and e.label_ == "GPE"), None)
            if place is not None and all(t.lower_ == "the" for t in doc[end + 1: place.start]):
                end = place.end
        elif (len(nxt) >= 2 and nxt[0].lower_ == "and" and nxt[1].is_upper and len(nxt[1]) > 1
              and " of " in ent.text and (len(nxt) < 3 or not nxt[2].is_title)):
            end += 2
    start = ent.start
    while start - 1 > 0 and ent.start - start < 2:
        prev = doc[start - 1]
        if not (prev.is_title and prev.pos_ == "PROPN" and prev.ent_iob_ == "O" and prev.lower_ not in TITLE_WORDS):
            break
        start -= 1
    if start < ent.start and doc[start - 1].lower_ != "the":
        start = ent.start
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def expanded_acronym(ent: Span) -> Span | None:
    """The name an acronym in parentheses stands for: "Center for … Studies (CSIS)" → that name's span."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "(" or len(ent) != 1 or not re.fullmatch(r"[A-Z][A-Za-z&\-]{1,11}", ent.text):
        return None
    end = ent.start - 1
    start = end
    while start > 0:
        tok = doc[start - 1]
        if tok.is_title or tok.is_upper or tok.text in ("&", "-", "'s", "’s") or (
                tok.lower_ in ("of", "for", "and", "on", "in", "the") and start < end):
            start -= 1
        else:
            break
    while start < end and doc[start].lower_ in ("of", "for", "and", "on", "in", "the"):
        start += 1
    if start >= end:
        return None
    phrase = doc[start:end]
    letters = ent.text.replace("-", "").lower()
    initials = _initials(phrase.text)
    # The acronym's letters must come from the name's initials in order ("CUSEF" ← China-United States Exchange Foundation).
    if not initials or letters[0] != initials[0] or not _subsequence(letters, initials + _initials_all(phrase.text)):
        return None
    return phrase


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _initials_all(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)).lower()


def _phrase_name(span: Span) -> str:
    return re.sub(r"^the\s+", "", span.text.strip(), flags=re.IGNORECASE)


def _plausible_person(name: str) -> bool:
    words = name.split()
    if not words or not any(w[:1].isupper() for w in words) or any(c.isdigit() for c in name):
        return False
    if any(re.fullmatch(r"[A-Z]{2,}", w) for w in words) or name in NEWS_AGENCIES:
        return False  # "Trustworthy AI", "ICT", "(Kyodo)"
    if all(_is_title_word(w) or w.lower() in NAME_PARTICLES for w in words):
        return False  # "Faculty Fellow", "Cabinet Secretaries"
    if len(words) == 1 and words[0].lower() in EVENT_NAME_HEADS:
        return False  # "State [Visit]"
    return not any(w.lower() in NOT_ORG_HEADS or w.lower() in INSTITUTION_WORDS for w in words)


def _plausible_org(name: str) -> bool:
    words = name.split()
    if not words or not name[:1].isupper() or len(name) < 2:
        return False
    if not (set(w.lower() for w in words) & INSTITUTION_WORDS) and (
            gazetteer.country_code(name) is not None or gazetteer.bloc_members(name) is not None
            or (not name.isupper() and _is_place(name))):
        return False
    return _head_word(name) not in NOT_ORG_HEADS


def _org_fragment(name: str) -> bool:
    """A country, a news agency, or a piece of a job title the model tagged ORG ("Internal Affairs")."""
    words = [w for w in re.split(r"[\s,]+", name) if w and w.lower() not in ("and", "&", "of", "for", "the")]
    if name in NEWS_AGENCIES or all(_is_title_word(w) for w in words):
        return True
    if len(words) >= 2 and words[-1].lower() in ("government", "administration") and (
            gazetteer.country_code(" ".join(words[:-1])) is not None):
        return True  # "the UK government": a party, not a participant
    # "the European Union" is a party; "the European Commission" (also an alias of EU) is an institution.
    return _head_word(name) not in GOVERNING_BODIES and (
        gazetteer.country_code(name) is not None or gazetteer.bloc_members(name) is not None)


def _head_word(name: str) -> str:
    """"Center for International Security and Strategy" → "center"."""
    words = re.split(r"\s+(?:of|for|on|in|to)\s+", name.strip())[0].split()
    return words[-1].lower() if words else ""


def _is_place(name: str) -> bool:
    city = gazetteer.city(name)
    # Only a city's own name: geonames lists "Google" among Topeka's alternate names.
    return (gazetteer.country_code(name) is not None or gazetteer.bloc_members(name) is not None
            or (city is not None and city.name.casefold() == name.casefold()) or gazetteer.region(name) is not None)


# -- names and titles ---------------------------------------------------------


def org_name(ent: Span) -> str:
    """"the China Institutes of … (CICIR" → "China Institutes of …"; possessives and articles dropped,
    and a country prefix before a name that already says so ("U.S. National Science Foundation")."""
    text = re.sub(r"\s*\([^)]*$", "", ent.text.strip())  # an acronym the entity swallowed half of
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).strip(" ,;:")
    prefix = re.match(r"^(\S+)\s+(?=National\b)", text)
    if prefix and gazetteer.country_code(prefix.group(1)) is not None:
        text = text[prefix.end():]
    return text


def person_name(ent: Span) -> tuple[str, str | None]:
    """"Admiral Dennis Blair" → ("Dennis Blair", "Admiral"); honorifics dropped, a lone "Prof." kept as title."""
    words = _words(_person_span(ent))
    # The name is the run of name-like words at the end: "Secretary of State Antony J. Blinken" → "Antony J. Blinken".
    start = len(words)
    while start > 0 and _name_like(words[start - 1]):
        start -= 1
    if start == len(words):
        start = len(words) - 1
    prefix, name_words = words[:start], words[start:]
    academic = [w for w in prefix if w.lower() in ACADEMIC_TITLES]
    inner_title = [w for w in prefix if w.lower() not in HONORIFICS and w.lower() not in ACADEMIC_TITLES]
    name = _POSSESSIVE.sub("", " ".join(name_words)).strip()
    title = _tidy(" ".join(_left_title(ent) + inner_title)) or _appositive_title(ent)
    if not title and academic:
        title = academic[0]
    return name, title or None


def _is_title_word(word: str) -> bool:
    """A job-title or portfolio word, singular or plural ("Secretaries", "Technologies")."""
    low = word.lower().strip("().,")
    return low in TITLE_WORDS or low.endswith("s") and low[:-1] in TITLE_WORDS or (
        low.endswith("ies") and low[:-3] + "y" in TITLE_WORDS)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,);:])", r"\1", text)
    return re.sub(r"\(\s+", "(", text).strip(" ,;:")


def _person_span(ent: Span) -> Span:
    """The entity widened over the pieces the model tends to leave out: "Chang Shih[-chieh]",
    "Ursula von der [Leyen]", "[Antony] J. Blinken"."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if (end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_title
            and doc[end].lower_ not in TITLE_WORDS and not _is_place(doc[end].text) and len(ent) >= 2):
        end += 1  # "Yoon Suk [Yeol]"
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha:
        end += 2
    while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and (
            doc[end + 1].is_title or doc[end + 1].lower_ in NAME_PARTICLES):
        end += 1  # "Ursula [von der Leyen]"
    while end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and (
            doc[end].is_title or doc[end].lower_ in NAME_PARTICLES):
        end += 1
    while (start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].is_title
           and doc[start - 1].lower_ not in TITLE_WORDS):
        start -= 1  # "[State Antony] [J. Blinken]": two pieces of one name
    prev = doc[start - 1] if start > 0 else None
    if (prev is not None and prev.ent_iob_ == "O" and prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start
            and prev.dep_ == "compound" and prev.head.i in range(start, end) and prev.lower_ not in TITLE_WORDS
            and prev.lower_ not in HONORIFICS and start > 1 and not doc[start - 2].is_title):
        start -= 1  # "included [Doreen] Bogdan-Martin"
    # "[Antony] J. Blinken": only a span that opens on an initial lacks its given name.
    for _ in range(2 if re.fullmatch(r"[A-Z]\.", doc[start].text) else 0):
        prev = doc[start - 1] if start > 0 else None
        if (prev is None or prev.ent_iob_ != "O" or not prev.is_title or prev.pos_ != "PROPN" or prev.is_sent_start
                or prev.lower_ in TITLE_WORDS or prev.lower_ in HONORIFICS or prev.lower_ in ACADEMIC_TITLES):
            break
        start -= 1
    return doc[start:end]


def _words(span: Span) -> list[str]:
    """Words with hyphenated pieces joined ("Shih", "-", "chieh" → "Shih-chieh") and punctuation dropped."""
    words: list[str] = []
    glue = False
    for tok in span:
        if tok.text in ("-", "‐") and words and not tok.nbor(-1).whitespace_ and not tok.whitespace_:
            words[-1] += tok.text
            glue = True
            continue
        if glue:
            words[-1] += tok.text
            glue = False
            continue
        if tok.is_punct and tok.text not in (".", "'", "’") or tok.text in ("(", ")"):
            if tok.text == ",":
                words.append(",")
            continue
        words.append(tok.text)
    return words


def _name_like(word: str) -> bool:
    low = word.lower()
    if low in TITLE_WORDS or low.strip("().") in TITLE_WORDS or low in HONORIFICS or low in ACADEMIC_TITLES:
        return False
    return word[:1].isupper() or low in NAME_PARTICLES or low.startswith(("'s", "’s"))


def _left_title(ent: Span) -> list[str]:
    """Job-title words written before the name: "Secretary of State [Antony J. Blinken]",
    "European Commission Vice President [Jaurova]", "CICIR Vice President Dr. [Hu Jiaming]"."""
    doc = ent.doc
    words: list[Token] = []
    i = _person_span(ent).start - 1
    while i >= 0 and len(words) < 12:
        tok = doc[i]
        glued = tok.text in ("-", "‐") and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        if (tok.lower_ == "the" or tok.is_sent_end or tok.ent_type_ == "PERSON"
                or not (tok.is_title or tok.is_upper or glued or tok.lower_ in ("of", "for", "and", "&"))):
            break
        if tok.lower_ == "and" and i > 0 and doc[i - 1].lower_ not in TITLE_WORDS:
            break  # "Vice-Presidents Margrethe Vestager and [Valdis Dombrovskis]": another name, not the title
        words.insert(0, tok)
        i -= 1
    # Keep only what a title word anchors, and drop a country possessive ("Singapore's Minister for …").
    while words and (words[0].lower_ in ("of", "for", "and", "&") or words[0].ent_type_ == "GPE"):
        words.pop(0)
    if not any(t.lower_ in TITLE_WORDS for t in words):
        return []
    text = "".join(t.text_with_ws for t in words if t.lower_ not in HONORIFICS and t.lower_ not in ACADEMIC_TITLES)
    return [text.strip()] if text.strip() else []


def _appositive_title(ent: Span) -> str | None:
    """"Ken Aoyama, senior fellow at JIIA" → "senior fellow"; of "member of the Political Bureau … and Vice
    Premier of the State Council" the part that names a rank."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.ent_type_ != "PERSON":
            out: list[Token] = []
            for t in (t for t in child.subtree if t.i >= ent.end):
                if t.dep_ == "relcl" or t.lower_ in ("who", "which", ";") or (t.lower_ in ("at", "with") and t.head == child):
                    break
                if t.text == "," and out:
                    break
                out.append(t)
            text = "".join(t.text_with_ws for t in out).strip(" ,")
            parts = [p.strip(" ,") for p in re.split(r"\s+and\s+(?=(?:former\s+|now\s+)?[A-Z])", text) if p.strip(" ,")]
            ranked = [p for p in parts if any(w.lower() in RANK_WORDS for w in re.findall(r"[A-Z][\w-]*", p))]
            chosen = (ranked or parts or [""])[0]
            return re.sub(r"^(?:a|an|the)\s+", "", chosen) or None
    return None


def _affiliation(ent: Span, title: str | None) -> str | None:
    """The organization named next to the person: in the title or its apposition ("… at CSIS")."""
    doc = ent.doc
    root = ent.root
    window: list[Token] = []
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            window.extend(t for t in child.subtree)
    i = ent.start - 1
    while i >= 0 and doc[i].ent_type_ in ("ORG", "") and doc[i].head.i in range(ent.start, ent.end + 1) or (
            i >= 0 and doc[i].ent_type_ == "ORG" and doc[i].ent_iob_ != "O" and i >= ent.start - 6
            and doc[i].head.i < ent.end and doc[i].head.i >= i):
        window.insert(0, doc[i])
        i -= 1
    starts: dict[int, Span] | None = None  # doc.ents is built anew on every access
    names: list[str] = []
    for tok in window:
        if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            starts = starts if starts is not None else {e.start: e for e in doc.ents}
            org = starts.get(tok.i)
            name = org_name(org) if org is not None else ""
            if name and _plausible_org(name) and not _org_fragment(name) and f"({name})" not in (title or ""):
                names.append(name)
    # The organization the chosen title names comes first ("Vice Premier of the State Council").
    return next((n for n in names if title and n in title), names[0] if names else None)


# -- roles ---------------------------------------------------------------------


def _lemma(tok: Token) -> str:
    """The lemma with a "co-" prefix kept: spaCy splits "co-chaired" into "co", "-", "chaired"."""
    lemma = _verb_base(tok.lemma_.lower())
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co":
        return "co-" + lemma
    return lemma


def _verb_base(lemma: str) -> str:
    """"hosted" tagged as an adjective keeps its -ed: take the verb the lexicons know."""
    if lemma.endswith("ed"):
        for base in (lemma[:-1], lemma[:-2], lemma[:-3]):
            if base in KNOWN_VERBS:
                return base
    return lemma


def _verb_role(verb: Token, kind: str, agent: bool) -> str | None:
    """The role of the subject (or "by" agent) of `verb`."""
    doc = verb.doc
    if verb.lower_ == "co" and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "-":
        verb = doc[verb.i + 2]  # the parser may make "co" of "co-chaired" the verb
    lemma = _lemma(verb)
    objects = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "nsubjpass")} | {
        c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    if lemma in COCHAIR_VERBS or (lemma.startswith("co-") and lemma[3:] in CHAIR_VERBS):
        return "co-chair"
    if lemma in CHAIR_VERBS:
        return "chair"
    if lemma in LEADER_VERBS and objects & SESSION_NOUNS:
        return "chair"  # "The discussion was led by Wendy Cutler"
    if lemma in LEADER_VERBS and (agent or objects & LEADER_OBJECTS):
        return "delegation-leader"
    if lemma in SPEAKER_VERBS and (lemma in ("speak", "address", "keynote") or objects & SPEAKER_OBJECTS):
        return "speaker"
    if kind == "person" and lemma in OPENING_VERBS:
        return "speaker"  # "The Summit was opened by …", "X opened the workshop"
    if any(p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in SPEAKER_OBJECTS for o in p.children)
           for p in verb.children) and not agent:
        return "speaker"  # "opened the workshop with a keynote address"
    if kind == "organization" and not agent and lemma in GATHERING_VERBS and any(
            c.lower_ == "together" for c in verb.children):
        return "organizer"  # "SPF USA and JIIA brought together some thirty officials … for a workshop"
    if lemma in ORGANIZER_VERBS or (lemma.startswith("co-") and lemma[3:] in ORGANIZER_VERBS):
        if kind == "organization":
            return "organizer"
        if lemma in PERSON_COCHAIR_VERBS or lemma.startswith("co-"):
            return "co-chair"
        if lemma in PERSON_CHAIR_VERBS and not agent and _hosts_a_person(verb):
            return "co-chair"  # "Blinken and Raimondo hosted Hayashi and Hagiuda": a meeting of principals
        if lemma in PERSON_CHAIR_VERBS:
            return "chair"
        return None
    return None


def role_of(ent: Span, kind: str = "person") -> tuple[str, bool]:
    """(role, tied): what the sentence says the entity did, and whether it ties it to the event at all."""
    if kind == "organization" and _conjoined_with_person(ent.root):
        return "participant", False  # "Ananya Rao, Fellow, Technology and Society Program, Carnegie India"
    token = _coordination_head(ent.root, ent)
    if kind == "organization":
        if token.dep_ in ("appos", "conj") and _describes_person(token.head) and not (ent.start <= token.head.i < ent.end):
            return "participant", False  # "X, Joint Secretary, Ministry of External Affairs"
        if token.dep_ in ("compound", "nmod", "amod", "poss") and token.head.i >= ent.end:
            # "CICIR Vice President Hu", "Fudan University's Center": the name only describes something else.
            return "participant", token.head.lower_ in GROUP_NOUNS and not _under_person(token.head)
        if token.dep_ == "conj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in LISTING_VERBS:
            return "participant", True  # "Participants included … and Japan's Ministry of …" parsed onto the verb
    elif token.dep_ == "appos" and token.head.lower_ in TITLE_WORDS:
        token = _coordination_head(token.head, ent)  # "Vice Governor Tanaka Hiroshi": the title noun carries the role
    # The person's own apposition: "X, co-chair of the dialogue" / "X, head of the delegation".
    for child in token.children:
        if child.dep_ == "appos" and kind == "person":
            noun = child.lemma_.lower()
            if noun in COCHAIR_NOUNS or _lemma(child) in COCHAIR_NOUNS:
                return "co-chair", True
            if noun in LEADER_NOUNS and any(p.lower_ == "of" and any(o.lemma_.lower() in LEADER_OBJECTS and o.is_lower
                                                                  for o in p.children) for p in child.children):
                # "X, head of the Chinese delegation"; not the post "Head of the Delegation of the EU to Japan"
                return "delegation-leader", True
            if noun in CHAIR_NOUNS and any(p.lower_ == "of" and any(o.lemma_.lower() in EVENT_NAME_HEADS for o in p.children)
                                           for p in child.children):
                return "chair", True  # "Jane Doe, chair of the forum"
    if token.dep_ in ("appos", "attr"):
        noun = token.head.lemma_.lower()
        if noun in ORGANIZER_NOUNS or token.head.lower_ in ORGANIZER_NOUNS:
            return ("organizer" if kind == "organization" else "chair"), True  # "Organizers: ITRI and …"
        if noun in COCHAIR_NOUNS or _lemma(token.head) in COCHAIR_NOUNS:
            return "co-chair", True
        if noun in CHAIR_NOUNS:
            return "chair", True
        if noun in SPEAKER_NOUNS:
            return "speaker", True
        if noun in PARTICIPATION_CUES:
            return "participant", True
        if token.dep_ == "appos":
            token = token.head
    for child in token.children:
        if child.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in child.children):
            role = _verb_role(child, kind, agent=False)
            if role:
                return role, True  # "Jonathan Ferris, who moderated the sessions"
    dep, head = token.dep_, token.head
    if (kind == "organization" and dep == "nsubj" and head.lemma_.lower() in ("meet", "convene", "reconvene")
            and _head_word(ent.text) in EVENT_NAME_HEADS and not any(c.dep_ == "dobj" for c in head.children)):
        return "participant", False  # "The Trade and Technology Council met in Leuven": the event itself
    if dep in ("nsubj", "nsubjpass") and head.i != token.i:
        if dep == "nsubj":
            # "X attended the opening ceremony and delivered a keynote speech": the verbs share X.
            roles = [_verb_role(v, kind, agent=False) for v in [head] + [c for c in head.children if c.dep_ == "conj"
                                                                       and c.pos_ == "VERB"]]
            roles = [r for r in roles if r]
            if roles:
                return min(roles, key=ROLE_RANK.__getitem__), True
            if kind == "person" and any(c.dep_ == "advcl" and c.tag_ == "VBG"
                                        and c.lemma_.lower() in OPENING_VERBS | {"speak", "address"}
                                        for c in head.children):
                return "speaker", True  # "Opening the forum, ITRI President Dr. Edwin Liu said …", "Speaking at …"
            if kind == "person" and _speaking_occasion(head):
                return "speaker", True  # "X said in his opening speech that …"
        if head.lemma_.lower() in PARTICIPATION_CUES:
            return "participant", True
        return "participant", kind == "person" or _cue_above(token)
    while dep == "pobj" and head.dep_ == "conj" and head.head.pos_ == "ADP":
        head = head.head  # "… by Dr. Akiko Fujisawa, …, and by Dr. Thomas Wendel"
    if dep == "pobj" and (head.dep_ in ("agent", "prep") or head.dep_ == "conj" and head.pos_ == "ADP"):
        prep, gov = head.lower_, head.head  # a conjoined "and by X" hangs off the verb itself
        if prep == "by":
            role = _verb_role(gov, kind, agent=True)
            if role:
                return role, True
            noun = gov.lemma_.lower()
            if noun in SPEAKER_NOUNS:
                return "speaker", True
            if noun in CHAIR_NOUNS:
                return "chair", True
        if prep == "from" and gov.lemma_.lower() in SPEAKER_NOUNS | {"keynote", "keynotes"}:
            return "speaker", True  # "keynotes from Vice Governor Tanaka"
        if prep == "by" and gov.lemma_.lower() in LEADER_OBJECTS:
            return "delegation-leader", True  # "… and the French delegation by Mr. Henri Verdier"
        before = head.nbor(-1) if head.i > 0 else head
        if prep == "with" and (gov.lower_ in PARTNER_NOUNS or gov.lemma_.lower() in PARTNER_NOUNS
                               or before.lower_ in PARTNER_NOUNS):
            return "organizer", True  # "in partnership with X", "together with X"
        if prep in ("with", "and") and gov.lemma_.lower() in ("meet", "talk", "hold", "sign"):
            return "participant", True
    if dep in ("dobj", "attr") and head.lemma_.lower() in LISTING_VERBS:
        subjects = {c.lemma_.lower() for c in head.children if c.dep_ == "nsubj"}
        if subjects & SPEAKER_NOUNS:
            return "speaker", True
        return "participant", True
    if dep == "dobj" and kind == "person" and _lemma(head) in PERSON_CHAIR_VERBS and _hosts_a_person(head):
        return "co-chair", True  # the guests of such a meeting co-chair it too
    if dep == "dobj" and head.lemma_.lower() in ("meet", "receive", "welcome", "bring", "gather", "invite"):
        return "participant", True
    if kind == "person" and dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SPEAKER_NOUNS:
        return "speaker", True
    return "participant", _cue_above(token)


def _agent_cue(span: Span, kind: str) -> str | None:
    """"… was led by Ambassador (ret.) Catherine L. Hale" where the parse broke: the words, not the tree."""
    doc = span.doc
    i = span.start - 1
    while i > 0 and span.start - i < 12 and (doc[i].is_title or doc[i].text in ("(", ")", ".") or doc[i].lower_ in (
            "ret", "ret.", "of", "for", "the", "and", "&") or doc[i].lower_ in TITLE_WORDS):
        i -= 1
    if i < 1 or doc[i].lower_ != "by":
        return None
    verb = doc[i - 1] if doc[i - 1].pos_ in ("VERB", "AUX") else doc[i - 2] if i > 1 and doc[i - 2].pos_ == "VERB" else None
    return _verb_role(verb, kind, agent=True) if verb is not None else None


def _hosts_a_person(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return any(o.ent_type_ == "PERSON" for o in objects)


def _speaking_occasion(verb: Token) -> bool:
    """"said in his opening speech", "noted in her keynote": the verb reports a speech given at the event."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            if any(c.dep_ == "pobj" and c.lemma_.lower() in SPEAKER_NOUNS for c in prep.children):
                return True
    return False


def _conjoined_with_person(token: Token) -> bool:
    for _ in range(8):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


def _coordination_head(token: Token, ent: Span) -> Token:
    """Climb conjunctions ("A and B convened …"), jumping over the entity each conjunct sits in."""
    doc = ent.doc
    seen = 0
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ != "VERB" and seen < 12:
        token = token.head
        seen += 1
        if token.ent_iob_ != "O" and not (ent.start <= token.i < ent.end):
            other = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if other is not None:
                token = other.root
    return token


def _cue_above(token: Token) -> bool:
    """An organization is tied to the event when a participation word governs it ("experts from X",
    "with the participation of X") and no person stands between (that would make it an affiliation)."""
    if token.dep_ == "pobj" and token.head.i > 0 and _describes_person(token.head.doc[token.head.i - 1]):
        return False  # "Vice Minister Zhao Chenggang of the Ministry of …"
    if token.dep_ == "pobj" and token.head.lower_ in ("at", "in", "inside", "near"):
        return False  # "met at the International House of Japan": a venue
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.ent_type_ == "PERSON" or head.dep_ == "appos":
            return False
        lemma = head.lemma_.lower()
        if lemma in FUNDING_CUES and _present_tense_clause(head):
            return False  # "This dialogue is made possible by the support of X": the series' funder
        if head.lower_ in ("including", "such") and head.dep_ == "prep":
            # "executives from companies including Google", but not "rules including GDPR".
            return head.head.lemma_.lower() in PARTICIPATION_CUES or head.head.lower_ in PARTICIPATION_CUES
        if lemma in PARTICIPATION_CUES or head.lower_ in PARTICIPATION_CUES:
            if lemma == "with" and head.head.lemma_.lower() not in ("meet", "talk", "dialogue", "meeting", "exchange"):
                return False
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _under_person(tok: Token) -> bool:
    """Inside a person's apposition or title ("Research Leader in RAND Europe's … team")."""
    for _ in range(6):
        if tok.ent_type_ == "PERSON" or tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _present_tense_clause(tok: Token) -> bool:
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBZ", "VBP"}) and "VBD" not in tags


def _describes_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in TITLE_WORDS or (
        tok.text == "," and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "PERSON")


# -- countries -------------------------------------------------------------------


def _country(ent: Span, name: str, title: str | None, affiliation: str | None, kind: str) -> str | None:
    """The country the text gives: a country word in the title, the name or the affiliation."""
    lead = re.split(r"\s+(?:of|for|at|to|with|on|in)\s+", title)[0] if title else None
    sources = [lead, affiliation] if kind == "person" else [name]
    for text in sources:
        if not text:
            continue
        for m in re.finditer(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*", text):
            for part in [m.group()] + re.split(r"[ -]", m.group()):
                code = gazetteer.country_code(_POSSESSIVE.sub("", part))
                if code and len(part) > 1:
                    return code
    if kind == "person":
        doc = ent.doc
        # "Singapore's Minister for … Josephine Teo", "Chinese Vice Premier He Lifeng": the country before the title.
        i = ent.start - 1
        while i >= 0 and ent.start - i <= 12 and doc[i].sent == ent.sent and doc[i].ent_type_ != "PERSON" and (
                doc[i].is_title or doc[i].lower_ in ("of", "for", "and", "&", "'s", "’s", "-")):
            if doc[i].ent_type_ in ("NORP", "GPE"):
                code = gazetteer.country_code(_POSSESSIVE.sub("", doc[i].text))
                if code:
                    return code
            i -= 1
        # "The Indian delegation was led by …": the side the person leads.
        verb = ent.root.head.head if ent.root.dep_ == "pobj" else None
        for subject in (c for c in (verb.children if verb is not None else []) if c.dep_ == "nsubjpass"):
            for tok in subject.subtree:
                code = gazetteer.country_code(tok.text) if tok.ent_type_ in ("NORP", "GPE") else None
                if code:
                    return code
    return None


# -- one name per entity ---------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _initials(name: str) -> str:
    """"National Committee on U.S.-China Relations" → "ncuscr"."""
    out = []
    for word in re.split(r"[\s\-–]+", name):
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            out.append(word.replace(".", ""))
        elif word[:1].isupper():
            out.append(word[0])
    return "".join(out).lower()


def _acronyms_in_text(doc: Doc) -> dict[str, str]:
    """"the Center for Strategic and International Studies (CSIS)" → {"csis": "Center for …"}."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        if _kind(ent) != "organization":
            continue
        full = expanded_acronym(ent)
        if full is not None:
            found[_fold(ent.text)] = _phrase_name(full)
            continue
        m = _ACRONYM_AFTER.match(doc_text(doc), ent.end_char) or _ACRONYM_AFTER.match(doc_text(doc), ent.end_char + 1)
        inner = re.search(r"\(\s*([A-Z][A-Za-z&.\-]{1,11})\s*\)?$", ent.text)
        acronym = m.group(1) if m else inner.group(1) if inner else None
        if acronym:
            found.setdefault(_fold(acronym), org_name(ent))
    return found


def _resolve(mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
    """Give each mention the key of the fullest name it stands for in the document."""
    people = sorted({m.name for m in mentions if m.kind == "person"}, key=len, reverse=True)
    orgs = sorted({m.name for m in mentions if m.kind == "organization"}, key=len, reverse=True)
    for initials, full in _acronyms(mentions, orgs).items():
        acronyms.setdefault(initials, full)
    canonical: dict[tuple[str, str], str] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.name, m.start)
    for name in people:
        words = _fold(name).split()
        longer = [p for p in people if len(_fold(p).split()) > len(words)
                  and (_fold(p).split()[-len(words):] == words or _fold(p).split()[: len(words)] == words)]
        if len(set(longer)) == 1 or (longer and _all_same(longer)):
            canonical[("person", name)] = longer[0]
        elif longer and len(words) == 1:
            # "President Ruto" beside "William Samoei Ruto" and "Rachel Ruto": the one named first.
            canonical[("person", name)] = min(longer, key=lambda p: first_seen[p])
        else:
            canonical[("person", name)] = name
    for name in orgs:
        canonical[("organization", name)] = _full_org(name, orgs, acronyms)
    for m in mentions:
        if m.affiliation:
            m.affiliation = _full_org(m.affiliation, orgs, acronyms)
        full = canonical.get((m.kind, m.name), m.name)
        # People and organizations share one name space: "Carnegie India" is never a person.
        m.name = full
        m.key = _fold(full)
    org_keys = {m.key for m in mentions if m.kind == "organization"}
    for m in mentions:
        if m.kind == "person" and m.key in org_keys:
            m.kind = "organization"
    # "Japan's Hayashi" tagged ORG is the person "Yoshimasa Hayashi" named elsewhere.
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and " " in m.name:
            for part in {m.name.split()[0], m.name.split()[-1]}:
                by_surname.setdefault(_fold(part), set()).add(m.name)
    for m in mentions:
        if m.kind == "organization" and " " not in m.name and len(by_surname.get(m.key, ())) == 1:
            m.kind, m.name = "person", next(iter(by_surname[m.key]))
            m.key, m.tied = _fold(m.name), True
            if m.role == "organizer":
                m.role = "participant"
    # A lone word the model took for a person that names a place and no one else ("Kumamoto").
    return [m for m in mentions if not (m.kind == "person" and " " not in m.name and _is_place(m.name))]


def _all_same(names: list[str]) -> bool:
    return len({_fold(n) for n in names}) == 1 or all(_fold(n).endswith(_fold(names[-1])) for n in names)


def _acronyms(mentions: list[Mention], orgs: list[str]) -> dict[str, str]:
    """"Center for Strategic and International Studies (CSIS)" and initials → the full name."""
    found: dict[str, str] = {}
    for full in orgs:
        initials = _initials(full)
        if len(initials) >= 3:
            found.setdefault(initials, full)
    return found


def _full_org(name: str, orgs: list[str], acronyms: dict[str, str], seen: frozenset[str] = frozenset()) -> str:
    folded = _fold(name)
    if folded in seen:
        return name  # "BusinessEurope" and "BUSINESSEUROPE" each head the other: a cycle, not a fuller name
    seen = seen | {folded}
    words = folded.split()
    if len(words) == 1 and folded in acronyms and _fold(acronyms[folded]) != folded:
        return _full_org(acronyms[folded], orgs, {}, seen)
    # "National Committee" → "National Committee on U.S.-China Relations"; "Carnegie Endowment" likewise.
    # Only a name that goes on with a preposition: "Carnegie Endowment [for International Peace]",
    # not "Japan-Taiwan Exchange Association [Taipei Office]".
    longer = [o for o in orgs if len(_fold(o).split()) > len(words) and _fold(o).split()[: len(words)] == words
              and (_fold(o).split()[len(words)] in ("of", "for", "on", "in", "to")
                   or len(_fold(o).split()) == len(words) + 1 and _fold(o).split()[-1] not in INSTITUTION_WORDS)]
    if longer and len({_fold(o) for o in longer}) == 1:
        return longer[0]
    if longer:
        return longer[-1] if all(_fold(o).startswith(_fold(longer[-1])) for o in longer) else name
    if len(words) == 1:
        # "the Committee" → the one organization whose name is headed by that word.
        heads = [o for o in orgs if o != name and re.split(r"\s+(?:of|for|on|in)\s+", _fold(o))[0].split()[-1:] == words]
        resolved = [_full_org(o, orgs, acronyms, seen) for o in heads]
        full = {_fold(r): r for r in resolved}
        if len(full) == 1:
            return next(iter(full.values()))
    return name


def _boilerplate_start(doc: Doc) -> int:
    """Where "About CSIS", "Media contact" and similar trailing sections begin."""
    offset = 0
    cut = len(doc_text(doc))
    for line in doc_text(doc).splitlines(keepends=True):
        stripped = line.strip().lower()
        if stripped and len(stripped) < 60 and offset > len(doc_text(doc)) // 3 and any(
                stripped == b or stripped.startswith(b + " ") or stripped.startswith(b + ":") for b in BOILERPLATE):
            cut = offset
            break
        offset += len(line)
    return cut
