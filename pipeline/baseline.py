"""The afternoon baseline the stages must beat.

One event per document; its date is the first DATE entity through dateparser;
its place the first GPE; every PERSON and ORG is a participant; the countries
among GPEs are the parties; topics are keyword hits. Run it with
`python -m pipeline extract --baseline`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import dateparser
from spacy.language import Language
from spacy.tokens import Doc

from . import gazetteer
from .extensions import register_extensions
from .nlp import load_model, pipeline_config
from .resources import read_jsonl


@lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    parsed = dateparser.parse(text, languages=["en"])
    return parsed.date().isoformat() if parsed else None


@Language.factory("press_baseline", requires=["doc.ents"], assigns=["doc._.records"])
def make_baseline(nlp: Language, name: str) -> BaselineExtractor:
    return BaselineExtractor()


class BaselineExtractor:
    def __init__(self) -> None:
        self.keywords = [(re.compile(rf"\b{re.escape(p['pattern'].lower())}\b"), p["label"])
                         for p in read_jsonl("topic_patterns.jsonl") if isinstance(p["pattern"], str)]

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        day = next((d for d in (_parse(e.text) for e in ents if e.label_ == "DATE") if d), None)
        gpes = [e.text for e in ents if e.label_ == "GPE"]
        city = gazetteer.city(gpes[0]) if gpes else None
        country = city.country if city else (gazetteer.country_code(gpes[0]) if gpes else None)
        parties = sorted({c for c in (gazetteer.country_code(g) for g in gpes) if c})
        people = {}
        for e in ents:
            if e.label_ in ("PERSON", "ORG"):
                people.setdefault(e.text, {"name": e.text, "kind": "person" if e.label_ == "PERSON" else "organization",
                                           "role": "participant", "title": None, "affiliation": None, "country": None})
        lowered = doc.text.lower()
        topics = sorted({label for keyword, label in self.keywords if keyword.search(lowered)})
        doc_id = doc._.doc_id or "doc"
        doc._.records = [{
            "doc_id": doc_id, "event_id": f"{doc_id}#1", "title": None, "event_type": "meeting",
            "start_date": day, "end_date": day, "sessions": [{"start": day, "end": day}] if day else [],
            "location": {"venue": None, "city": gpes[0] if city else None, "region": None, "country": country,
                         "virtual": False, "platform": None},
            "parties": parties, "participants": list(people.values()), "topics": topics,
        }]
        return doc


def build_baseline_nlp(model: str | None = None) -> Language:
    register_extensions()
    nlp = load_model(model or pipeline_config()["pipeline"]["model"])
    nlp.add_pipe("press_baseline")
    return nlp
