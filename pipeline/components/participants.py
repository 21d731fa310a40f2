"""press_participants: the people and organizations tied to each event, and their roles.

Candidates are PERSON and ORG entities in the event's passage. A role comes
from the dependency parse: the subject of "convened"/"hosted" organizes, the
agent of "co-chaired by" co-chairs, the subject of "led the delegation" leads
it, the subject of "delivered remarks" speaks. Names lose honorifics and job
titles; short forms ("NCUSCR", "the Committee") resolve to the full name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..drafts import EventDraft, add_evidence, passage
from ..resources import read_json

_LEX = read_json("participant_lexicon.json")
HONORIFICS = frozenset(_LEX["honorifics"])
TITLE_WORDS = frozenset(_LEX["title_words"])
ORGANIZER_VERBS = frozenset(_LEX["organizer_verbs"])
COCHAIR_VERBS = frozenset(_LEX["cochair_verbs"])
CHAIR_VERBS = frozenset(_LEX["chair_verbs"])
LEADER_VERBS = frozenset(_LEX["leader_verbs"])
SPEAKER_VERBS = frozenset(_LEX["speaker_verbs"])
_ORGANIZER_PREPS = tuple(_LEX["organizer_preps"])
ROLE_RANK = {"organizer": 0, "co-chair": 1, "chair": 2, "delegation-leader": 3, "speaker": 4, "participant": 5}
_POSSESSIVE = re.compile(r"(?:['’‘]s|['’‘])$")


@Language.factory(
    "press_participants",
    requires=["doc._.events", "doc.ents", "token.dep"],
    assigns=["doc._.events"],
    default_config={},
)
def make_participant_extractor(nlp: Language, name: str) -> ParticipantExtractor:
    return ParticipantExtractor(name)


class ParticipantExtractor:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        aliases = _short_forms(doc)
        for draft in doc._.events or []:
            draft["participants"] = self._participants(doc, draft, aliases)
        return doc

    def _participants(self, doc: Doc, draft: EventDraft, aliases: dict[str, str]) -> list[dict]:
        found: dict[str, dict] = {}
        for ent in passage(doc, draft).ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            kind = "person" if ent.label_ == "PERSON" else "organization"
            name, title = clean_name(ent) if kind == "person" else (_org_name(ent), None)
            if not name or (kind == "organization" and _is_country(name)):
                continue
            if kind == "organization" and _inside_person_title(ent):
                continue
            name = aliases.get(name.lower(), name)
            role = role_of(ent)
            key = _norm(name)
            # A later, longer mention of a person ("Zhang Guoqing" after "Zhang") keeps the fullest form.
            if kind == "person":
                key = next((k for k, p in found.items() if p["kind"] == "person" and _same_person(k, key)), key)
            current = found.get(key)
            if current is None:
                current = found[key] = {"name": name, "kind": kind, "role": role, "title": title,
                                        "affiliation": None, "country": None}
                add_evidence(draft, doc, "participants", name, ent.start_char, ent.end_char)
            else:
                if len(name) > len(current["name"]):
                    current["name"] = name
                if ROLE_RANK[role] < ROLE_RANK[current["role"]]:
                    current["role"] = role
                current["title"] = current["title"] or title
        for p in found.values():
            if p["title"]:
                p["affiliation"] = _affiliation(p["title"])
        return list(found.values())


def _norm(name: str) -> str:
    return re.sub(r"[^\w]+", " ", name.lower()).strip()


def _same_person(a: str, b: str) -> bool:
    return a == b or a.split()[-1:] == b.split()[-1:] and (a in b or b in a)


def _is_country(name: str) -> bool:
    return gazetteer.country_code(name) is not None or gazetteer.bloc_members(name) is not None


def _org_name(ent: Span) -> str:
    text = _POSSESSIVE.sub("", ent.text.strip())
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).strip()


def clean_name(ent: Span) -> tuple[str, str | None]:
    """"Admiral Dennis Blair" → ("Dennis Blair", "Admiral"); honorifics dropped."""
    tokens = [t for t in ent if not (t.is_punct and t.text not in ("-", "."))]
    title_tokens: list[Token] = []
    while tokens and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_.rstrip(".") in HONORIFICS):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].lower_ in TITLE_WORDS:
        title_tokens.append(tokens.pop(0))
    name = " ".join(t.text for t in tokens)
    name = _POSSESSIVE.sub("", name).strip()
    # Titles written before the entity: "European Commission Vice President Jaurova".
    left = []
    i = ent.start - 1
    while i >= 0 and ent.doc[i].dep_ == "compound" and ent.doc[i].head.i in range(ent.start, ent.end):
        left.insert(0, ent.doc[i])
        i -= 1
    before = [t for t in left if t.lower_ not in HONORIFICS]
    title = " ".join(t.text for t in before + title_tokens) or _appositive(ent)
    return name, title or None


def _appositive(ent: Span) -> str | None:
    """"Zhang Guoqing, member of … and Vice Premier of the State Council" → the apposition."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            span = ent.doc[child.left_edge.i : child.right_edge.i + 1]
            return span.text.strip(" ,")
    return None


def _affiliation(title: str) -> str | None:
    m = re.search(r"\bof (?:the )?([A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&.'’-]*))*)\s*$", title)
    return m.group(1).strip() if m else None


def _inside_person_title(ent: Span) -> bool:
    """An ORG that only describes a person ("member of the Political Bureau")."""
    head = ent.root
    for _ in range(6):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.ent_type_ == "PERSON" or head.dep_ == "appos":
            return True
    return False


def role_of(ent: Span) -> str:
    root = ent.root
    # Climb conjunctions: "A and B convened" gives both the verb of A.
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    lemma = head.lemma_.lower()
    sentence = ent.sent.text.lower()
    if root.dep_ in ("nsubj", "nsubjpass") and lemma in ORGANIZER_VERBS and root.dep_ == "nsubj":
        return "organizer"
    if root.dep_ == "pobj":
        prep = head
        verb = prep.head
        phrase = f"{verb.lower_} {prep.lower_}"
        if prep.lower_ == "by" and verb.lemma_.lower() in COCHAIR_VERBS | {"co", "chair"} and "co" in verb.lower_:
            return "co-chair"
        if prep.lower_ == "by" and verb.lemma_.lower() in CHAIR_VERBS:
            return "chair"
        if prep.lower_ == "by" and verb.lemma_.lower() in ORGANIZER_VERBS:
            return "organizer"
        if prep.lower_ == "by" and verb.lemma_.lower() in LEADER_VERBS:
            return "delegation-leader"
        if any(p.endswith(phrase) or phrase in p for p in _ORGANIZER_PREPS) or (
            prep.lower_ == "with" and verb.lower_ in ("partnership", "together", "cooperation", "collaboration")
        ):
            return "organizer"
    if root.dep_ == "nsubj":
        if lemma in COCHAIR_VERBS or head.lower_.startswith("co-chair"):
            return "co-chair"
        if lemma in CHAIR_VERBS:
            return "chair"
        if lemma in LEADER_VERBS and "delegation" in sentence:
            return "delegation-leader"
        if lemma in SPEAKER_VERBS and ent.label_ == "PERSON":
            return "speaker"
    return "participant"


def _short_forms(doc: Doc) -> dict[str, str]:
    """Acronyms and "the Committee"-style short forms → the full organization name."""
    full_names = sorted({_org_name(e) for e in doc.ents if e.label_ == "ORG" and len(e) > 2}, key=len, reverse=True)
    aliases: dict[str, str] = {}
    for full in full_names:
        words = [w for w in re.findall(r"[A-Za-z][\w&.'-]*", full)]
        initials = "".join(w[0] for w in words if w[0].isupper())
        if len(initials) >= 3:
            aliases.setdefault(initials.lower(), full)
        caps = [w for w in words if w[0].isupper()]
        if len(caps) >= 2:
            aliases.setdefault(f"{caps[0]} {caps[1]}".lower(), full)
            aliases.setdefault(caps[-1].lower(), full)
    for m in re.finditer(r"([A-Z][\w&.' -]+?)\s*\(([A-Z][A-Za-z&]{1,9})\)", doc.text):
        aliases[m.group(2).lower()] = re.sub(r"^the\s+", "", m.group(1).strip(), flags=re.IGNORECASE)
    return aliases
