"""press_locations: where each event took place, whether online, and the sides that met."""

from __future__ import annotations

import pytest


def _only_record(run, text: str) -> dict:
    records = run(text)._.records
    assert len(records) == 1, [r["title"] for r in records]
    return records[0]


def _place(record: dict) -> tuple:
    loc = record["location"]
    return loc["venue"], loc["city"], loc["region"], loc["country"], loc["virtual"]


@pytest.mark.parametrize(
    ("text", "venue", "city", "region", "country"),
    [
        ("date 2023-07-14\nThe 29th EU-Japan Summit took place in Brussels on 13 July 2023.",
         None, "Brussels", None, "BE"),
        ("date 2019-03-20\nThe inaugural dialogue on the Digital Economy was held on March 10, 2019 at the Cosmos Club "
         "in Washington, D.C.", "Cosmos Club", "Washington", None, "US"),
        ("date 2024-04-06\nThe sixth ministerial meeting of the EU-US Trade and Technology Council took place on "
         "4-5 April 2024 at the Faculty Club in Leuven, Belgium.", "Faculty Club", "Leuven", None, "BE"),
        # The parser hangs "in Beijing" off the date; it is still where the dialogue was held.
        ("date 2023-09-19\nThe second China-EU high-level dialogue in the digital field was held on September 18th "
         "in Beijing.", None, "Beijing", None, "CN"),
        ("date 2023-05-01\nG7 digital and technology ministers met in Takasaki, Gunma Prefecture, on 29-30 April "
         "2023.", None, "Takasaki", "Gunma Prefecture", "JP"),
        ("date 2023-11-09\nThe 2023 World Internet Conference Wuzhen Summit opened on 8 November 2023 in the canal "
         "town of Wuzhen, drawing guests from over 100 countries.", None, "Wuzhen", None, "CN"),
        ("date 2023-06-01\nThe Atlanta dialogue was held on 20 May 2023 in Atlanta, Georgia, between Kenyan and "
         "American officials.", None, "Atlanta", "Georgia", "US"),
    ],
)
def test_locations_place_from_the_event_sentence(run, text, venue, city, region, country):
    assert _place(_only_record(run, text)) == (venue, city, region, country, False)


@pytest.mark.parametrize(
    ("text", "city", "country", "virtual"),
    [
        ("date 2024-01-20\nOfficials met in the Indonesian capital, Jakarta, on 18 January 2024 for the "
         "Australia-Indonesia digital dialogue.", "Jakarta", "ID", False),
        ("date 2024-01-20\nAustralian and Indonesian officials held the annual digital economy dialogue in a hybrid "
         "format in Jakarta on 18 January 2024.", "Jakarta", "ID", True),
        # An event in two cities has its country and no city.
        ("date 2023-10-20\nThe delegation held talks on 16 October 2023 in Beijing and Shanghai with officials of "
         "the Ministry of Commerce.", None, "CN", False),
        ("WASHINGTON (Reuters) - U.S. and Chinese officials held talks on artificial intelligence on Tuesday, May 14, "
         "2024, in a closed-door meeting.", "Washington", "US", False),
        ("date 2024-01-20\nThe dialogue was held on 18 January 2024 at the Ministry of Foreign Affairs in Hanoi.",
         "Hanoi", "VN", False),
        ("date 2024-01-20\nThe Japan-EU meeting took place on 18 January 2024 at the headquarters of the European "
         "Commission in Brussels.", "Brussels", "BE", False),
        ("date 2024-01-20\nThe dialogue was held on 18 January 2024 at a hotel in Seoul's Jongno district.",
         "Seoul", "KR", False),
        ("date 2024-01-20\nThe U.S.-China talks on artificial intelligence were held in the Chinese capital on 18 "
         "January 2024.", "Beijing", "CN", False),
        ("date 2024-01-20\nOfficials met on 18 January 2024 in India's capital for the second iCET dialogue.",
         "New Delhi", "IN", False),
        ("date 2024-01-20\nThe meeting on 18 January 2024 discussed the Chinese capital market.", None, None, False),
        # A seat of government names its city.
        ("date 2024-05-24\nOn 23 May 2024, President Ruto held bilateral talks with President Joseph R. Biden at the "
         "White House.", "Washington", "US", False),
        # A leader's speech by video does not make the summit hybrid.
        ("date 2023-11-09\nThe summit opened on 8 November 2023 in Wuzhen. President Xi Jinping delivered a speech "
         "via video at the opening ceremony.", "Wuzhen", "CN", False),
    ],
)
def test_locations_more_press_phrasings(run, text, city, country, virtual):
    loc = _only_record(run, text)["location"]
    assert (loc["city"], loc["country"], loc["virtual"]) == (city, country, virtual)


def test_locations_place_on_the_date_line(run):
    text = ("Second EU-Japan Digital Partnership Council\n\n30 April 2024 | Brussels\n\nCommissioner Thierry Breton "
            "met Japan's Minister for Digital Transformation in the second EU-Japan Digital Partnership Council on "
            "30 April 2024.\n")
    record = _only_record(run, text)
    assert (record["location"]["city"], record["location"]["country"]) == ("Brussels", "BE")
    assert record["parties"] == ["EU", "JP"]


def test_locations_paris_texas_only_when_the_text_says_so(run):
    texas = _only_record(run, "date 2023-05-10\nThe U.S.-Japan workshop on chip supply chains was held on 3 May 2023 "
                              "in Paris, Texas.")
    france = _only_record(run, "date 2023-05-10\nThe U.S.-Japan workshop on chip supply chains was held on 3 May "
                               "2023 in Paris.")
    assert (texas["location"]["city"], texas["location"]["region"], texas["location"]["country"]) == ("Paris", "Texas", "US")
    assert (france["location"]["city"], france["location"]["country"]) == ("Paris", "FR")


def test_locations_place_line_under_the_heading(run):
    text = ("2019 U.S.-China Track II Dialogues on the Digital Economy\n\nDecember 9 – 10, 2019\n"
            "Sanya, Hainan, China\n\nThe National Committee on U.S.-China Relations and the Guanchao Cyber Forum "
            "convened their second Track II Dialogue on the Digital Economy on December 9 and 10, 2019.\n")
    record = _only_record(run, text)
    assert _place(record) == (None, "Sanya", "Hainan", "CN", False)
    assert record["parties"] == ["CN", "US"]


def test_locations_dateline_when_the_sentence_names_no_place(run):
    record = _only_record(run, "NEW DELHI, 6 December 2023 — Carnegie India convened the third U.S.-India Track 1.5 "
                               "Dialogue on Critical and Emerging Technologies on 4 and 5 December 2023.")
    assert _place(record) == (None, "New Delhi", None, "IN", False)


def test_locations_venue_line_with_a_postcode(run):
    text = ("EU-Japan Expert Workshop: Operationalising Data Free Flow with Trust\n\nDate: 2023-11-16\n"
            "Venue: ECIPE, Rue Belliard 4-6, 1040 Brussels\n\nThe European Centre for International Political Economy "
            "and Japan's RIETI convened an expert workshop on 16 November 2023 on data free flow with trust.\n")
    record = run(text)._.records[0]
    assert (record["location"]["city"], record["location"]["country"]) == ("Brussels", "BE")


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("date 2024-03-08\nThe Governments of the United States and Japan held the Fourteenth U.S.-Japan Policy "
         "Cooperation Dialogue on the Internet Economy by videoconference on March 6, 2024.", None),
        ("date 2021-06-10\nCSIS and CICIR held the latest round of the U.S.-China Dialogue on Cybersecurity "
         "virtually via Zoom on June 8 and 9, 2021 (June 9 and 10, 2021 in Beijing).", "Zoom"),
        ("CAMBRIDGE, UK — RAND Europe on 31 October 2023 convened an online expert roundtable on AI assurance, "
         "bringing together officials from the United Kingdom, the European Union and the United States.", None),
        ("date 2022-01-27\nChina-US Think Tank Online Dialogue on Digital Economy Cooperation Held by Video Link\n\n"
         "The dialogue on 24 January 2022 was attended by more than twenty former officials and scholars from the "
         "two countries.", None),
    ],
)
def test_locations_online_events_have_no_physical_place(run, text, platform):
    record = _only_record(run, text)
    loc = record["location"]
    assert loc["virtual"] is True and loc["platform"] == platform
    # Neither the dateline (Cambridge) nor the time-zone aside (Beijing) is where an online meeting was.
    assert loc["city"] is None and loc["country"] is None


def test_locations_hybrid_keeps_the_physical_place(run):
    record = _only_record(run, "date 2022-05-09\nThe workshop took place on 3 and 5 May 2022 at the training "
                               "facility in Bangkok, with participants from several member states joining online "
                               "via Zoom.")
    loc = record["location"]
    assert (loc["city"], loc["country"], loc["virtual"], loc["platform"]) == ("Bangkok", "TH", True, "Zoom")


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # A sentence about the Chinese economy does not make China the venue.
        ("date 2023-06-21\nChancellor Olaf Scholz and Premier Li Qiang co-chaired the seventh German-Chinese "
         "Government Consultations in Berlin on 20 June 2023. Premier Li said China was ready to deepen cooperation "
         "with Germany in the digital economy.", "Berlin", "DE"),
        ("date 2023-10-20\nOn October 16, the delegation met with Vice Minister Zhao Chenggang to discuss U.S. "
         "investment in China's electronics sector.", None, None),
        # "online platforms" is a topic, not a format.
        ("date 2023-07-01\nThe Korea-EU Digital Partnership Council met in Seoul on 30 June 2023 and discussed the "
         "regulation of large online platforms.", "Seoul", "KR"),
    ],
)
def test_locations_places_and_cues_that_are_not_about_the_event(run, text, city, country):
    loc = _only_record(run, text)["location"]
    assert (loc["city"], loc["country"], loc["virtual"]) == (city, country, False)


def test_locations_a_clause_dated_otherwise_is_another_meeting(run):
    records = run("date 2023-06-21\nThe seventh German-Chinese Government Consultations were held on 20 June 2023 in "
                  "Berlin. The previous round had taken place by video conference in April 2021.")._.records
    main = next(r for r in records if r["start_date"] == "2023-06-20")
    assert (main["location"]["city"], main["location"]["virtual"]) == ("Berlin", False)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("date 2023-07-14\nThe 29th EU-Japan Summit took place in Brussels on 13 July 2023.", ["EU", "JP"]),
        ("date 2023-06-21\nChancellor Olaf Scholz and Premier Li Qiang co-chaired the seventh German-Chinese "
         "Government Consultations in Berlin on 20 June 2023.", ["CN", "DE"]),
        ("date 2023-11-03\nSenior officials met on 1 November 2023 in Geneva for talks between the United States and "
         "China on artificial intelligence.", ["CN", "US"]),
        ("date 2024-03-08\nThe Governments of the United States and Japan held a policy dialogue on the internet "
         "economy by videoconference on March 6, 2024.", ["JP", "US"]),
        ("date 2023-05-01\nG7 digital and technology ministers met in Takasaki, Gunma Prefecture, on 29-30 April 2023.",
         ["CA", "DE", "EU", "FR", "GB", "IT", "JP", "US"]),
        ("date 2023-09-18\nOfficials from China and the ten ASEAN member states gathered on 17 September 2023 in "
         "Nanning for the China-ASEAN Digital Economy Forum.",
         ["BN", "CN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]),
        ("date 2023-11-11\nBRICS communications ministers met in Durban on 9 November 2023.",
         ["BR", "CN", "IN", "RU", "ZA"]),
        ("date 2024-11-11\nBRICS communications ministers met in Rio de Janeiro on 9 November 2024.",
         ["AE", "BR", "CN", "EG", "ET", "IN", "IR", "RU", "ZA"]),
        ("date 2024-03-02\nA delegation led by Vietnamese Minister Nguyen Manh Hung paid a working visit to the "
         "United States from 27 February to 2 March 2024. Vietnam and the United States upgraded ties in 2023, and "
         "Vietnam hopes for more chip investment.", ["US", "VN"]),
        ("date 2024-01-20\nBritain's technology secretary met her Japanese counterpart in London on 18 January "
         "2024 to discuss semiconductors.", ["GB", "JP"]),
        ("date 2024-05-28\nThe Korea–China–Japan trilateral summit took place in Seoul on 27 May 2024.",
         ["CN", "JP", "KR"]),
        ("date 2023-11-04\nDelegations from 28 countries and the European Union attended the Summit on 1 and 2 "
         "November 2023 in Milton Keynes, among them the United States, China, France and India.",
         ["CN", "EU", "FR", "IN", "US"]),
        # Countries that are a topic are not sides.
        ("date 2024-01-20\nThe meeting on 18 January 2024 discussed Chinese investment in Hungary and Germany's "
         "economy.", []),
        # An open conference names no sides.
        ("date 2023-11-09\nThe 2023 World Internet Conference Wuzhen Summit opened on 8 November 2023 in Wuzhen, "
         "drawing guests from over 100 countries.", []),
    ],
)
def test_locations_parties_are_the_sides_that_meet(run, text, parties):
    assert _only_record(run, text)["parties"] == parties


def test_locations_the_two_sides_resolve_to_the_document_sides(run):
    records = run("date 2024-10-09\nThe second Korea-U.S. Science and Technology Policy Dialogue was held at the "
                  "Wilson Center in Washington, D.C. on 8 October 2024. The two sides first met in Seoul in January "
                  "2023.")._.records
    earlier = next(r for r in records if r["start_date"] and r["start_date"].startswith("2023"))
    assert earlier["parties"] == ["KR", "US"]
    # The inherited sides point at the words they were read from.
    assert any(e["field"] == "parties" and e["text"].startswith("Korea-U.S.") for e in earlier["evidence"])
    assert (earlier["location"]["city"], earlier["location"]["country"]) == ("Seoul", "KR")


def test_locations_visit_takes_the_country_visited(run):
    record = _only_record(run, "date 2024-03-02\nA delegation led by Vietnamese Minister Nguyen Manh Hung paid a "
                               "working visit to the United States from 27 February to 2 March 2024.")
    assert (record["location"]["city"], record["location"]["country"]) == (None, "US")


def test_locations_every_value_has_evidence_offsets(run):
    doc = run("date 2024-04-06\nThe sixth ministerial meeting of the EU-US Trade and Technology Council took place "
              "on 4-5 April 2024 at the Faculty Club in Leuven, Belgium, with some officials joining via Zoom.")
    [record] = doc._.records
    evidence = {e["field"]: e for e in record["evidence"]}
    for field in ("venue", "city", "country", "virtual", "platform"):
        assert record["location"][field] not in (None, False)
        e = evidence[f"location.{field}"]
        assert doc.text[e["start"]:e["end"]] == e["text"] and e["text"]
    assert evidence["location.city"]["text"] == "Leuven"
    assert evidence["location.country"]["text"] == "Belgium"
    assert evidence["location.platform"]["text"] == "Zoom"
    assert record["parties"] == ["EU", "US"] and "parties" in evidence
