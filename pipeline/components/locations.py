"""press_locations: where each event took place, online or not, and the sides that met.

The place comes from the section's place line ("Sanya, Hainan, China"), else
from a GPE/FAC entity the trigger sentence attaches with "in"/"at". Cities are
resolved to countries offline (pipeline.gazetteer); names keep the text's
spelling. Parties are the countries and blocs named as sides in the title or
trigger sentence ("U.S.-China", "between the EU and Japan").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer
from ..drafts import EventDraft, add_evidence, char_range, passage
from ..resources import read_json

_CUES = read_json("location_cues.json")
_VIRTUAL = re.compile(r"\b(?:" + "|".join(_CUES["virtual"]) + r")\b", re.IGNORECASE)
_HYBRID = re.compile(r"\b(?:" + "|".join(_CUES["hybrid"]) + r")\b", re.IGNORECASE)
_PLATFORMS: dict[str, str] = _CUES["platforms"]
_PLATFORM = re.compile(r"\b(" + "|".join(re.escape(p) for p in _PLATFORMS) + r")\b", re.IGNORECASE)
_SIDE_SPLIT = re.compile(r"\s*[-–—/]\s*")


@Language.factory(
    "press_locations",
    requires=["doc._.events", "doc.ents"],
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
        for draft in doc._.events or []:
            draft["location"] = self._location(doc, draft)
            draft["parties"] = self._parties(doc, draft)
        return doc

    # -- location ---------------------------------------------------------------

    def _location(self, doc: Doc, draft: EventDraft) -> dict:
        location = {"venue": None, "city": None, "region": None, "country": None, "virtual": False, "platform": None}
        scope = char_range(doc, draft.get("trigger")) or passage(doc, draft)
        place_line = char_range(doc, draft.get("place_line"))
        cue_text = " ".join(s.text for s in (place_line, scope) if s is not None)
        cue_start = (place_line or scope).start_char
        virtual = _VIRTUAL.search(cue_text)
        if virtual:
            location["virtual"] = True
            add_evidence(draft, doc, "location.virtual", True, *_locate(doc, cue_start, cue_text, virtual))
        platform = _PLATFORM.search(cue_text)
        if platform:
            location["virtual"] = True
            location["platform"] = _PLATFORMS[platform.group(1).lower()]
            add_evidence(draft, doc, "location.platform", location["platform"], *_locate(doc, cue_start, cue_text, platform))
        # A purely virtual event has no physical place; a hybrid one keeps it.
        if location["virtual"] and not _HYBRID.search(cue_text):
            return location
        self._fill_place(doc, draft, location, self._place_names(doc, place_line, scope))
        return location

    def _place_names(self, doc: Doc, place_line: Span | None, scope: Span) -> list[Span]:
        if place_line is not None:
            parts = []
            for m in re.finditer(r"[^,]+", place_line.text):
                piece = m.group().strip()
                if piece:
                    start = place_line.start_char + m.start() + m.group().index(piece)
                    span = doc.char_span(start, start + len(piece), alignment_mode="expand")
                    if span is not None:
                        parts.append(span)
            return parts
        found = []
        for ent in scope.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at"):
                found.append(ent)
                # "in Sanya, Hainan, China": the place goes on after commas.
                nxt = ent.end
                while nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_type_ in ("GPE", "LOC"):
                    following = next(e for e in doc.ents if e.start == nxt + 1)
                    found.append(following)
                    nxt = following.end
                break
        return found

    def _fill_place(self, doc: Doc, draft: EventDraft, location: dict, places: list[Span]) -> None:
        for span in reversed(places):  # countries come last in "City, Region, Country"
            text = re.sub(r"^the\s+", "", span.text.strip(), flags=re.IGNORECASE)
            code = gazetteer.country_code(text)
            if code and code != "EU" and location["country"] is None and not gazetteer.city(text, code):
                location["country"] = code
                add_evidence(draft, doc, "location.country", code, span.start_char, span.end_char)
                continue
            region = gazetteer.region(text)
            if region and location["region"] is None and (location["country"] in (None, region[1])) and len(places) > 1 and span is not places[0]:
                location["region"] = text
                location["country"] = location["country"] or region[1]
                add_evidence(draft, doc, "location.region", text, span.start_char, span.end_char)
                continue
            if text.upper().replace(".", "") in ("DC", "D C"):
                continue
            city = gazetteer.city(text, location["country"]) or gazetteer.city(text)
            if city and location["city"] is None:
                location["city"] = text
                add_evidence(draft, doc, "location.city", text, span.start_char, span.end_char)
                if location["country"] is None:
                    location["country"] = city.country
                    add_evidence(draft, doc, "location.country", city.country, span.start_char, span.end_char)
            elif span.label_ == "FAC" or (not city and span is places[0] and len(places) > 1):
                location["venue"] = location["venue"] or re.sub(r"^the\s+", "", text)

    # -- parties ----------------------------------------------------------------

    def _parties(self, doc: Doc, draft: EventDraft) -> list[str]:
        codes: set[str] = set()
        sources = [char_range(doc, draft.get("heading")), char_range(doc, draft.get("trigger"))]
        for span in sources:
            if span is None:
                continue
            for m in re.finditer(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:\s*[-–]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)+", span.text):
                sides = [gazetteer.country_code(p) for p in _SIDE_SPLIT.split(m.group())]
                found = [c for c in sides if c]
                if len(found) >= 2:
                    codes.update(found)
                    add_evidence(draft, doc, "parties", ",".join(sorted(found)), span.start_char + m.start(), span.start_char + m.end())
            for ent in span.ents:
                if ent.label_ in ("GPE", "NORP", "ORG"):
                    members = gazetteer.bloc_members(ent.text)
                    if members:
                        codes.update(members)
                        add_evidence(draft, doc, "parties", ent.text, ent.start_char, ent.end_char)
        if len(codes) < 2:
            body = passage(doc, draft)
            for ent in body.ents:
                if ent.label_ in ("GPE", "NORP") or (ent.label_ == "ORG" and gazetteer.country_code(ent.text) == "EU"):
                    code = gazetteer.country_code(ent.text)
                    if code and not gazetteer.city(ent.text, code):
                        codes.add(code)
            if len(codes) < 2:
                return []
        return sorted(codes)


def _locate(doc: Doc, start: int, text: str, match: re.Match) -> tuple[int, int]:
    """Offsets of a regex match found in the joined cue text, mapped back to the document."""
    found = doc.text.find(match.group(), start)
    if found == -1:
        found = doc.text.find(match.group())
    return found, found + len(match.group())
