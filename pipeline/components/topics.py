"""press_topics: the taxonomy labels each event's passage discusses.

Topic mentions are found once per document by a SpanRuler (patterns in
resources/topic_patterns.jsonl, on LOWER and LEMMA) into
`doc.spans["press_topic_mentions"]`; each event takes the labels found in its
own passage. `digital_economy` is the fallback: kept only when nothing
narrower was found.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..drafts import add_evidence
from ..passages import is_nested, named_in_a_sentence_about_another
from ..resources import read_json

TOPIC_SPANS_KEY = "press_topic_mentions"


@Language.factory(
    "press_topics",
    requires=["doc._.events"],
    assigns=["doc._.events"],
    default_config={"spans_key": TOPIC_SPANS_KEY, "ignore_inside": ["ORG", "FAC"]},
)
def make_topic_tagger(nlp: Language, name: str, spans_key: str, ignore_inside: list[str]) -> TopicTagger:
    return TopicTagger(name, spans_key=spans_key, ignore_inside=ignore_inside)


def _own_span(doc: Doc, draft) -> tuple[int, int]:
    """The event's passage; for a meeting named in passing in a sentence about another ("The two sides
    took stock of progress since President Biden's visit to Hanoi in September 2023, and discussed …"),
    only its name: the rest of the sentence is the other meeting's."""
    if named_in_a_sentence_about_another(doc, draft):
        return tuple(draft["trigger"])
    return draft["start"], draft["end"]


def narrowest(labels: set[str], fallback: str) -> set[str]:
    """The labels, less the fallback (`digital_economy`) when anything narrower is among them."""
    return labels - {fallback} if labels - {fallback} else labels


class TopicTagger:
    def __init__(self, name: str, *, spans_key: str, ignore_inside: list[str]) -> None:
        self.name = name
        self.spans_key = spans_key
        # A name is not a subject of discussion: "Guanchao Cyber Forum", "AI Safety Institute".
        self.ignore_inside = frozenset(ignore_inside)
        taxonomy = read_json("topics.json")
        self.fallback = taxonomy["fallback"]
        self.organisation_heads = frozenset(taxonomy["organisation_heads"])
        self.people_and_body_nouns = frozenset(taxonomy["people_and_body_nouns"])
        self.office_words = frozenset(taxonomy["office_words"])
        # A bare word that is a topic only in a list of topics: "artificial intelligence, data and chips".
        self.listed_words: dict[str, str] = taxonomy["listed_words"]

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents  # built anew on every access: once per document, not per mention
        mentions = [m for m in doc.spans.get(self.spans_key, [])
                    if not self._inside_name(ents, m) and not self._describes_who(m) and not self._in_office_name(m)]
        mentions += self._listed(doc, mentions)
        drafts = doc._.events or []
        for draft in drafts:
            # An event's own passage and the sentences that go on about it, less what belongs to events nested in it.
            inner = [d for d in drafts if d is not draft and draft["start"] <= d["start"] and d["end"] <= draft["end"]
                     and (d["start"], d["end"]) != (draft["start"], draft["end"])]
            if draft.get("event_type") == "visit":
                inner = []  # a trip's topics are those of all its meetings
            nested = [_own_span(doc, d) for d in inner] + [tuple(r) for d in inner for r in d.get("follow_ups", [])]
            own = [_own_span(doc, draft)] + ([tuple(r) for r in draft.get("follow_ups", [])] if is_nested(draft, drafts) else [])
            inside = [m for m in mentions if any(a <= m.start_char and m.end_char <= b for a, b in own)
                      and not any(a <= m.start_char and m.end_char <= b for a, b in nested)]
            labels = narrowest({m.label_ for m in inside}, self.fallback)
            draft["topics"] = sorted(labels)
            seen = set()
            for m in inside:
                if m.label_ in labels and m.label_ not in seen:
                    seen.add(m.label_)
                    add_evidence(draft, doc, "topics", m.label_, m.start_char, m.end_char)
        return doc

    def _listed(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """"data" alone in a list of topics ("artificial intelligence, data and enterprise software,
        and semiconductors"); not "vehicle data", nor "data and digital trade"."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for tok in doc:
            label = self.listed_words.get(tok.lower_)
            if label is None or tok.dep_ == "compound" or tok.i in covered:
                continue
            if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children):
                continue
            if sum(c.i in covered for c in tok.conjuncts) >= 2:
                found.append(Span(doc, tok.i, tok.i + 1, label=label))
        return found

    def _in_office_name(self, mention) -> bool:
        """Part of the capitalised name of an office: "Minister of Science and ICT",
        "Ambassador-at-Large for Cyberspace", "International Telecommunication Union"."""
        if not all(t.is_title or t.is_upper for t in mention):
            return False
        doc = mention.doc
        right = mention.end
        while right < len(doc) and (doc[right].is_title or doc[right].is_upper) and not doc[right].is_sent_start:
            if doc[right].lemma_.lower() in self.office_words:
                return True
            right += 1
        left = mention.start - 1
        while left >= 0 and (doc[left].is_title or doc[left].is_upper or doc[left].lower_ in ("of", "for", "and", "&", ",", "-")):
            if doc[left].lemma_.lower() in self.office_words:
                return True
            left -= 1
        return False

    def _describes_who(self, mention) -> bool:
        """Says what someone is, not what was discussed: "standards experts", "research institutes"."""
        after = mention.doc[mention.end] if mention.end < len(mention.doc) else None
        return after is not None and after.lemma_.lower() in self.people_and_body_nouns

    def _inside_name(self, ents: tuple, mention) -> bool:
        """Inside the name of an organization ("Guanchao Cyber Forum", "AI Safety Institute")."""
        entity = next((e for e in ents if e.start <= mention.start and mention.end <= e.end), None)
        return (entity is not None and entity.label_ in self.ignore_inside
                and any(t.lower_ in self.organisation_heads for t in entity))
