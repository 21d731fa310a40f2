"""The data files the stages read: every one loads, and none hides a key written twice."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from pipeline.resources import read_json, unique_keys

JSON_FILES = sorted(p.name for p in files("pipeline.resources").iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", JSON_FILES)
def test_resources_each_json_file_loads_with_each_key_once(name):
    assert read_json(name) is not None


def test_resources_a_key_written_twice_is_refused():
    with pytest.raises(ValueError, match="'journey_verbs' appears twice"):
        json.loads('{"journey_verbs": ["fly"], "trip_verbs": [], "journey_verbs": ["go"]}', object_pairs_hook=unique_keys)
