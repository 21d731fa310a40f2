"""press_topics: taxonomy labels from each event's own passage."""

from __future__ import annotations

import pytest


def topics_of(run, text: str) -> list[list[str]]:
    return [r["topics"] for r in run(text, "t", "2024-06-30")._.records]


def test_topics_each_section_gets_its_own(run, seed_000):
    recs = run(seed_000, "t")._.records
    assert "artificial_intelligence" in recs[0]["topics"]
    assert "artificial_intelligence" not in recs[1]["topics"]
    assert recs[5]["topics"] == ["data_governance", "internet_of_things", "supply_chain"]


def test_topics_digital_economy_only_when_nothing_narrower(run):
    broad = "The ministers met in Brussels on 3 May 2024 to discuss the digital economy."
    narrow = "The ministers met in Brussels on 3 May 2024 to discuss the digital economy and semiconductor export controls."
    assert topics_of(run, broad) == [["digital_economy"]]
    assert topics_of(run, narrow) == [["semiconductors"]]


@pytest.mark.parametrize(
    "phrase, label",
    [
        ("generative AI models", "artificial_intelligence"),
        ("chip supply chains", "semiconductors"),
        ("cross-border data flows", "cross_border_data_flows"),
        ("5G and submarine cables", "ict"),
        ("ransomware attacks", "cybersecurity"),
        ("e-commerce rules", "digital_trade"),
        ("the protection of personal information", "privacy"),
        ("the Digital Services Act", "platform_regulation"),
        ("international technical standards", "standards"),
        ("the safety of non-food consumer products", "product_safety"),
        ("connected devices", "internet_of_things"),
        ("cloud computing", "enterprise_software"),
        ("joint research and development", "research_and_innovation"),
    ],
)
def test_topics_lexicon_covers_the_taxonomy(run, phrase, label):
    [topics] = topics_of(run, f"The two sides held a dialogue in Seoul on 3 May 2024 on {phrase}.")
    assert label in topics


def test_topics_names_of_organizations_are_not_topics(run):
    text = "The Guanchao Cyber Forum convened a meeting in Beijing on 3 May 2024 on the digital economy."
    assert topics_of(run, text) == [["digital_economy"]]


def test_topics_carry_evidence(run, seed_004):
    [rec] = run(seed_004, "t")._.records
    spans = [e for e in rec["evidence"] if e["field"] == "topics"]
    assert {e["value"] for e in spans} == set(rec["topics"])
    for e in spans:
        assert seed_004[e["start"]: e["end"]] == e["text"]
