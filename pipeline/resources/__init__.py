"""Data files the stages read: lexicons, patterns and gazetteers.

Each loader reads its file once per process; the stages share the result.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import pycountry


def read_json(name: str) -> Any:
    """A JSON file shipped in this package; a key written twice is an error, not a silent overwrite."""
    try:
        return json.loads(files(__name__).joinpath(name).read_text(encoding="utf-8"), object_pairs_hook=unique_keys)
    except ValueError as err:
        raise ValueError(f"{name}: {err}") from err


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's pairs as a dict, refusing a key that comes twice (json keeps the last one unsaid)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"key {key!r} appears twice in one object")
        found[key] = value
    return found


def read_jsonl(name: str) -> list[Any]:
    """A JSONL file shipped in this package, blank lines and `//` comments skipped."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//")]


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, plus EU for the European Union (the spec's one bloc code)."""
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"EU"}


@cache
def topic_labels() -> tuple[str, ...]:
    """The topic taxonomy, in the order of topics.json."""
    return tuple(read_json("topics.json")["labels"])
