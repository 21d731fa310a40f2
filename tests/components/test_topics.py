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
        ("research on battery materials", "research_and_innovation"),
        ("shared standards for chiplet interfaces", "standards"),
        ("data-localisation requirements", "cross_border_data_flows"),
        ("the cross-border transfer of vehicle data", "cross_border_data_flows"),
        ("the secure sharing of health data", "data_governance"),
        ("recommendations on 5G security", "cybersecurity"),
        ("cooperation on cyber and critical technology", "cybersecurity"),
        ("rules that allow personal data to move across borders", "cross_border_data_flows"),
        ("the security of future 6G networks", "cybersecurity"),
        ("baseline technical specifications", "standards"),
        ("cross-border digital services", "digital_trade"),
        # The words releases use beside the labels' own.
        ("the safety of frontier models", "artificial_intelligence"),
        ("advanced packaging and memory chips", "semiconductors"),
        ("friend-shoring and rare earths", "supply_chain"),
        ("smart grids and wearables", "internet_of_things"),
        ("fibre-optic links to rural areas", "ict"),
        ("phishing and botnets", "cybersecurity"),
        ("the e-commerce moratorium", "digital_trade"),
        ("privacy-enhancing technologies", "privacy"),
        ("hate speech and app stores", "platform_regulation"),
        ("conformity assessment", "standards"),
        ("technology transfer between universities", "research_and_innovation"),
        ("data sovereignty", "data_governance"),
        ("data residency rules", "cross_border_data_flows"),
        ("cloud adoption by public agencies", "enterprise_software"),
        ("cloud-based payroll systems", "enterprise_software"),
        ("industrial software", "enterprise_software"),
        ("moving invoices and data across the border", "cross_border_data_flows"),
        ("rules that require firms to store customer data locally", "cross_border_data_flows"),
        ("rules letting invoices and data travel across Andean borders", "cross_border_data_flows"),
        ("whether client data may be processed offshore", "cross_border_data_flows"),
        ("the free movement of data", "cross_border_data_flows"),
        ("diversifying their suppliers of optical modules", "supply_chain"),
        ("disruptions to the supply of gallium", "supply_chain"),
        ("joint stockpiles of neon gas", "supply_chain"),
        ("the recent chip shortage", "supply_chain"),
        ("undersea data cables in the Baltic", "ict"),
        ("the protection of cable landing stations", "ict"),
        ("a regional e-payment platform for traders", "digital_trade"),
        ("cross-border payment links", "digital_trade"),
        ("free Wi-Fi sites and the national fibre backbone", "ict"),
        ("cloud hosting for public agencies", "enterprise_software"),
        ("a sovereign cloud for ministries", "enterprise_software"),
        ("investment by hyperscalers", "enterprise_software"),
    ],
)
def test_topics_lexicon_covers_the_taxonomy(run, phrase, label):
    [topics] = topics_of(run, f"The two sides held a dialogue in Seoul on 3 May 2024 on {phrase}.")
    assert label in topics


def test_topics_a_shortage_of_skills_is_no_supply_chain(run):
    [topics] = topics_of(run, "The two sides held a dialogue in Seoul on 3 May 2024 on the shortage of software engineers.")
    assert "supply_chain" not in topics


@pytest.mark.parametrize("phrase", ["the software that screens exports of chips", "chips for the cloud of data centres"])
def test_topics_software_or_cloud_alone_is_no_enterprise_software(run, phrase):
    [topics] = topics_of(run, f"The two sides held a dialogue in Seoul on 3 May 2024 on {phrase}.")
    assert "enterprise_software" not in topics


def test_topics_a_digital_economy_agreement_is_digital_trade(run):
    text = "The ministers met in London on 3 May 2024 to review how their digital economy agreement works."
    assert topics_of(run, text) == [["digital_trade"]]


def test_topics_names_of_organizations_are_not_topics(run):
    text = "The Guanchao Cyber Forum convened a meeting in Beijing on 3 May 2024 on the digital economy."
    assert topics_of(run, text) == [["digital_economy"]]


def test_topics_words_that_say_who_someone_is_are_not_topics(run):
    text = ("Standards experts and research institutes from both countries met in Seoul on 3 May 2024, "
            "moderated by the Director of Research of the host, to discuss the digital economy.")
    assert topics_of(run, text) == [["digital_economy"]]


def test_topics_the_publishers_about_section_is_not_the_events(run):
    text = ("The two agencies held a dialogue on 5G networks in Seoul on 3 May 2024.\n\n"
            "About the Institute\nThe Institute conducts research on semiconductor supply chains.\n")
    assert topics_of(run, text) == [["ict"]]


def test_topics_an_about_section_on_the_event_itself_is_the_events(run):
    text = ("Cloud Policy Dialogue 2024\n14 May 2024\nNairobi, Kenya\n\n"
            "The Council convened the third Cloud Policy Dialogue in Nairobi on 14 May 2024.\n\n"
            "About the Dialogue\nThis year's sessions covered submarine cables and chip design.\n\n"
            "About the Council\nThe Council conducts research on machine learning.\n")
    [topics] = topics_of(run, text)
    assert "ict" in topics and "semiconductors" in topics
    assert "artificial_intelligence" not in topics


def test_topics_carry_evidence(run, seed_004):
    [rec] = run(seed_004, "t")._.records
    spans = [e for e in rec["evidence"] if e["field"] == "topics"]
    assert {e["value"] for e in spans} == set(rec["topics"])
    for e in spans:
        assert seed_004[e["start"]: e["end"]] == e["text"]


def test_topics_a_nested_event_named_again_later_takes_that_sentence(run):
    text = ("The first Chile-Korea Digital Dialogue was held in Santiago on 4 March 2024 and covered 5G networks. "
            "The two ministers met on the sidelines of the second Santiago Digital Government Summit.\n\n"
            "The second Santiago Digital Government Summit brought together ministers to discuss quantum computing.")
    recs = run(text, "t", "2024-03-05")._.records
    summit = next(r for r in recs if r["event_type"] == "conference")  # named for its city
    dialogue = next(r for r in recs if r["event_type"] == "dialogue")
    assert summit["topics"] == ["research_and_innovation"]
    assert "research_and_innovation" not in dialogue["topics"] and "ict" in dialogue["topics"]


def test_topics_the_capitalised_ministers_go_on_about_the_meeting_just_told(run):
    text = ("The Eighth Andean Digital Ministers' Meeting was held in Quito on 10 April 2024 and discussed 5G networks.\n\n"
            "On 11 April, the Andean-Korea Digital Ministers' Meeting was held in Quito. "
            "The Ministers agreed to fund joint research on machine learning for crop forecasting.")
    recs = run(text, "t", "2024-04-30")._.records
    korea = next(r for r in recs if "Korea" in r["title"])
    assert "artificial_intelligence" in korea["topics"]


def test_topics_bare_plural_participants_go_on_about_the_meeting_just_told(run):
    text = ("The Eighth Andean Digital Ministers' Meeting was held in Quito on 10 April 2024 and discussed 5G networks.\n\n"
            "On 11 April, the Minister joined a roundtable with chipmakers in Quito. "
            "Delegates discussed machine learning for crop forecasting.")
    recs = run(text, "t", "2024-04-30")._.records
    roundtable = next(r for r in recs if r["event_type"] == "workshop")
    assert "artificial_intelligence" in roundtable["topics"]


def test_topics_a_programme_day_line_stays_in_the_event_above(run):
    text = ("Peru-Japan Forum on Data\n\nDate: 3–4 June 2024\nVenue: Lima\n\n"
            "The second edition of the Peru-Japan Forum on Data was held with 50 experts.\n\n"
            "Programme\n\nTuesday, 4 June\n\nSession 3 discussed semiconductor export controls.")
    [rec] = run(text, "t", "2024-06-07")._.records
    assert "semiconductors" in rec["topics"]


def test_topics_the_sentences_after_a_side_meeting_are_its_own(run):
    text = ("The Chile-Korea Digital Dialogue was held in Santiago on 4 March 2024 and covered e-commerce rules. "
            "Also on 4 March, the minister held talks with the head of the national regulator. "
            "The two sides discussed spectrum auctions and rural broadband. "
            "The Dialogue also reviewed quantum research.\n\n"
            "The ministers said the partnership would grow.")
    recs = run(text, "t", "2024-03-05")._.records
    dialogue = next(r for r in recs if r["event_type"] == "dialogue")
    talks = next(r for r in recs if r is not dialogue)
    assert talks["topics"] == ["ict"]  # not the Dialogue's sentence, not the next paragraph
    assert {"digital_trade", "research_and_innovation"} <= set(dialogue["topics"]) and "ict" not in dialogue["topics"]


def test_topics_a_trip_takes_those_of_its_meetings(run):
    text = ("Minister Tan paid a working visit to Japan from 3 to 5 June 2024. "
            "On 4 June, she held talks with the Minister for Digital Transformation on data flows. "
            "The two sides discussed submarine cables.")
    recs = run(text, "t", "2024-06-07")._.records
    visit = next(r for r in recs if r["event_type"] == "visit")
    talks = next(r for r in recs if r is not visit)
    assert talks["topics"] == ["cross_border_data_flows", "ict"]
    assert visit["topics"] == ["cross_border_data_flows", "ict"]


def test_topics_words_in_the_name_of_an_office_are_not_topics(run):
    text = ("The Minister met the Korean Minister of Science and ICT and the Ambassador-at-Large for Cyberspace "
            "in Seoul on 3 May 2024; the International Telecommunication Union took part. They discussed the digital economy.")
    assert topics_of(run, text) == [["digital_economy"]]


@pytest.mark.parametrize("areas, listed", [
    ("artificial intelligence, data and enterprise software, and semiconductors", True),
    ("vehicle data and cloud computing", False),
    ("data and digital trade", False),
])
def test_topics_data_alone_in_a_list_of_topics_is_data_governance(run, areas, listed):
    [topics] = topics_of(run, f"The two sides held a dialogue in Seoul on 3 May 2024 on {areas}.")
    assert ("data_governance" in topics) == listed


def test_topics_a_side_event_that_opens_its_own_section_owns_it(run):
    text = ("The leaders of Chile and Japan held a summit in Santiago on 4 March 2024 on undersea cables.\n\n"
            "Business forum\n\n"
            "On the margins of the summit, the two leaders attended the Chile–Japan Business Forum.\n\n"
            "President Boric invited Japanese firms to invest in chip packaging. Panels discussed cloud software.\n\n"
            "Outlook\n\n"
            "The leaders also agreed to cooperate on AI safety.")
    recs = run(text, "t", "2024-03-05")._.records
    forum = next(r for r in recs if r["event_type"] == "forum")
    assert forum["topics"] == ["enterprise_software", "semiconductors"]


def test_topics_a_paragraph_opened_by_a_side_meetings_principal_is_that_meetings(run):
    text = ("date 2026-01-07\nBEIJING, Jan. 7 (Xinhua) -- Vice Premier Ding Xuexiang met with Saudi Minister Abdullah "
            "Alswaha in Beijing on Tuesday, and the two discussed the digital economy.\n\n"
            "On Wednesday, Minister Li Lecheng held talks with Alswaha.\n\n"
            "Li said Chinese cloud providers are ready to help build data centres.")
    records = run(text, "t")._.records
    assert [r["topics"] for r in records] == [["digital_economy"], ["enterprise_software"]]


def test_topics_sub_points_under_a_bullet_belong_to_its_meeting(run):
    text = ("□ Minister Kim visited Paris from 13 to 16 October 2025.\n\n"
            "□ On 15 October, Minister Kim held talks with Canada's Minister of Artificial Intelligence, Daniel Mercier.\n\n"
            " ○ The two sides agreed to launch a joint research programme in quantum computing.\n\n"
            "□ Minister Kim said Korea would share its experience with submarine cables.")
    records = run(text, "t", "2025-10-17")._.records
    talks = next(r for r in records if r["event_type"] == "meeting")
    assert talks["topics"] == ["research_and_innovation"]


def test_topics_a_numbered_paragraph_on_the_discussions_belongs_to_the_meeting_above(run):
    text = ("Brussels, 9 May 2025\n\n1. A delegation of the Korea Federation visited Brussels from 6 to 8 May 2025.\n\n"
            "2. On 7 May 2025, the Council hosted the 5th EU-Korea Business Roundtable in Brussels.\n\n"
            "3. The discussions focused on export controls on chips and on the lithography tools used to make them.\n\n"
            "4. On 8 May 2025, the delegation met the Commissioner for Trade on the AI Act.")
    records = run(text, "t")._.records
    roundtable = next(r for r in records if r["title"] and "Roundtable" in r["title"])
    assert "semiconductors" in roundtable["topics"]


def test_topics_a_sentence_going_on_about_a_meeting_is_its_even_when_it_names_an_earlier_visit(run):
    text = ("Rome, 20 June 2025\n\nOn Tuesday, the Minister held talks in Jakarta with the Coordinating Minister. "
            "The two sides took stock of progress since President Prabowo's visit to Rome in April 2025, and "
            "discussed chip supply chains.")
    records = run(text, "t")._.records
    talks = next(r for r in records if r["start_date"] == "2025-06-17")
    visit = next(r for r in records if r["event_type"] == "visit")
    assert "supply_chain" in talks["topics"] and visit["topics"] == []


@pytest.mark.parametrize("sentence", [
    "Ministers agreed to let personal data move safely between member states.",
    "Researchers briefed the visitors on tools for transferring personal data to third countries.",
    "Participants proposed a pilot for cross-border sharing of maintenance data among airlines.",
])
def test_topics_data_moved_between_states_or_transferred_abroad_is_cross_border_data_flows(run, sentence):
    [record] = run("Hanoi, 12 May 2026\n\nThe ministers met in Hanoi on 11 May. " + sentence, "t")._.records
    assert "cross_border_data_flows" in record["topics"]


@pytest.mark.parametrize("phrase", ["the interoperability of registry databases", "opening government datasets to start-ups",
                                    "the stewardship of medical datasets"])
def test_topics_public_datasets_and_their_interoperability_are_data_governance(run, phrase):
    [topics] = topics_of(run, f"The two sides held a dialogue in Seoul on 3 May 2024 on {phrase}.")
    assert "data_governance" in topics


@pytest.mark.parametrize("phrase", ["shortages of mature-node chips", "their reliance on a handful of suppliers",
                                    "the concentration of advanced packaging capacity in one region"])
def test_topics_shortages_dependence_and_concentration_of_supply_are_supply_chain(run, phrase):
    [topics] = topics_of(run, f"The two sides held a dialogue in Seoul on 3 May 2024 on {phrase}.")
    assert "supply_chain" in topics


def test_topics_safe_transfers_of_data_are_cross_border_data_flows(run):
    [topics] = topics_of(run, "The two sides held a dialogue in Rabat on 3 May 2024 to facilitate safe transfers of data.")
    assert "cross_border_data_flows" in topics


def test_topics_an_item_s_contact_line_ends_the_passage_of_the_event_above(run):
    # A daily-news page: "(For more information: …)" closes each item; the next item is no talk of the event.
    text = ("Brussels, 21 January 2026\n\nEU and Chile hold digital dialogue\n\nOn Monday (19 January), the EU and Chile "
            "held their digital dialogue in Santiago on 5G networks.\n\n(For more information: Ana Ruiz – Tel.: +32 2 298 00 00)\n\n\n"
            "Survey: Europeans want action on disinformation\n\nMost Europeans say online platforms should do more "
            "against disinformation.\n\n(For more information: Ana Ruiz – Tel.: +32 2 298 00 00)\n")
    [record] = run(text, "t")._.records
    assert record["topics"] == ["ict"]


def test_topics_a_side_meeting_s_principal_goes_on_in_the_next_sentence(run):
    text = ("Windhoek, 6 March 2025\n\nThe SADC Data Forum was held in Windhoek on 4 and 5 March 2025 on data protection. "
            "The forum opened on Tuesday, shortly after the Zambian Minister paid a courtesy call on Prime Minister "
            "Kuugongelwa that morning. Kuugongelwa briefed her guest on the national rollout of 5G networks.")
    recs = run(text, "t", "2025-03-06")._.records
    [call] = [r for r in recs if r["event_type"] == "meeting"]
    assert call["topics"] == ["ict"]


def test_topics_a_side_meetings_people_go_on_under_a_reporting_clause(run):
    text = ("Lisbon, 9 May 2025\n\nThe Lusophone Digital Ministers' Conference was held in Lisbon on 7 and 8 May 2025 "
            "and discussed digital identity. On its margins on 7 May, the Portuguese minister met her Angolan counterpart. "
            "The two agreed to link their countries' research networks and to share work on quantum computing, Portugal's "
            "science ministry said in a statement.")
    recs = run(text, "t", "2025-05-09")._.records
    [talks] = [r for r in recs if r["event_type"] == "meeting"]
    assert talks["topics"] == ["research_and_innovation"]


def test_topics_bare_discussions_go_on_about_the_meeting_just_told(run):
    text = ("Dakar, 9 May 2025\n\nThe West African Data Forum was held in Dakar on 7 May 2025 and discussed e-commerce. "
            "On 8 May, the minister held talks with the Ghanaian ambassador. Discussions focused on quantum research "
            "partnerships between universities.")
    recs = run(text, "t", "2025-05-09")._.records
    [talks] = [r for r in recs if r["event_type"] == "meeting"]
    assert talks["topics"] == ["research_and_innovation"]
