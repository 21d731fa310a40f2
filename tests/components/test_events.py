"""press_events: which meetings a text reports, and their title, type, series and edition."""

from __future__ import annotations

import pytest


def records(run, text: str, published: str = "2024-06-30"):
    return run(text, "t", published)._.records


def test_events_heading_sections_each_give_an_event(run, seed_000):
    recs = records(run, seed_000)
    assert [r["title"] for r in recs[:2]] == [
        "2023 U.S.-China Track II Dialogue on the Digital Economy",
        "2022 U.S.-China Track II Dialogue on the Digital Economy",
    ]
    assert [r["edition"] for r in recs] == [6, 5, 4, 3, 2, 1]
    assert all(r["event_type"] == "dialogue" for r in recs)


def test_events_series_is_one_name_per_document(run, seed_000):
    # The plural heading of 2019 and the "inaugural dialogue on the Digital Economy" join the series.
    assert {r["series"] for r in records(run, seed_000)} == {"U.S.-China Track II Dialogue on the Digital Economy"}


def test_events_narrative_title_edition_and_series(run, seed_004):
    [rec] = records(run, seed_004)
    assert rec["title"] == "second China-EU high-level dialogue in the digital field"
    assert rec["edition"] == 2 and rec["event_type"] == "dialogue"
    assert rec["series"] == "China-EU high-level dialogue in the digital field"


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("The fourth ASEAN Digital Ministers' Meeting was held in Singapore on 2 February 2024.", "meeting"),
        ("Leaders gathered in Tianjin on June 27, 2023 for the Annual Meeting of the New Champions.", "meeting"),
        ("The first global AI Safety Summit, convened by the UK Government at Bletchley Park, concluded on 2 November 2023.", "summit"),
        ("RAND Europe convened an online expert roundtable on data standards on 31 October 2023.", "workshop"),
        ("Minister Hung paid a working visit to the United States from February 27 to March 2, 2024.", "visit"),
        ("The two ministers met in Brussels on 14 March 2024 to discuss semiconductors.", "meeting"),
        ("Over 600 delegates attended the Bengal Fintech Conclave in Kolkata on 8 February 2024.", "conference"),
        ("The committee held a public hearing on algorithmic pricing in Strasbourg on 10 April 2024.", "meeting"),
        ("Scholars from nine countries took part in a colloquium on data sovereignty in Lyon on 5 May 2024.", "conference"),
        ("Chancellor Scholz held a summit meeting with President Lula in Berlin on 4 December 2023.", "summit"),
        ("President Yoon and President Marcos held summit talks in Manila on 7 October 2023.", "summit"),
    ],
)
def test_events_trigger_verbs_with_meeting_nouns(run, text, event_type):
    [rec] = records(run, text)
    assert rec["event_type"] == event_type


@pytest.mark.parametrize(
    "text",
    [
        "The two sides will hold the third round of the dialogue in Seoul on 3 June 2024.",
        "The second Council will be held in Brussels next year.",
        "In 2019, the National Committee established a new Track II dialogue on the digital economy.",
        "Since 2015 the ministry has held fourteen rounds of bilateral digital policy dialogues with eleven partners.",
        "Dialogue between the two countries remains essential to manage differences over technology.",
        "The programme convenes a dialogue between Japanese and Chinese experts every year.",
    ],
)
def test_events_texts_that_report_no_concrete_meeting_yield_none(run, text):
    assert records(run, text) == []


def test_events_earlier_meeting_named_in_passing_is_its_own_event(run):
    text = (
        "The sixth ministerial meeting of the EU-US Trade and Technology Council took place on 4-5 April 2024 in Leuven. "
        "Building on the fifth TTC meeting held in Washington, D.C. on 30 January 2024, ministers agreed new steps on chips."
    )
    recs = records(run, text)
    assert [(r["start_date"], r["edition"]) for r in recs] == [("2024-04-04", 6), ("2024-01-30", 5)]
    assert recs[0]["series"] == "EU-US Trade and Technology Council"


def test_events_later_mention_of_the_same_meeting_is_merged(run):
    text = (
        "The Eighth U.S.-China Track II Dialogue on AI was held in Geneva on October 16, 2023. "
        "The dialogue, which met on October 16, 2023, focused on military uses of AI."
    )
    assert len(records(run, text)) == 1


def test_events_title_stops_at_the_headline_verb_and_line(run):
    text = ("CSIS and JIIA Convene Second U.S.-Japan Semiconductor Supply Chain Roundtable\n\n"
            "WASHINGTON — The roundtable was held in Washington on March 12, 2024, with officials from both countries.")
    [rec] = records(run, text)
    assert rec["title"] == "Second U.S.-Japan Semiconductor Supply Chain Roundtable"
    assert rec["edition"] == 2


def test_events_title_is_null_for_an_unnamed_meeting(run):
    [rec] = records(run, "Secretary Raimondo met Minister Nishimura in Tokyo on 3 May 2023.")
    assert rec["title"] is None and rec["event_type"] == "meeting"


def test_events_ids_follow_first_mention(run, seed_000):
    recs = records(run, seed_000)
    assert [r["event_id"] for r in recs] == [f"t#{n}" for n in range(1, 7)]


def test_events_line_breaks_end_sentences(run, seed_000):
    doc = run(seed_000, "t")
    heading = "2023 U.S.-China Track II Dialogue on the Digital Economy"
    start = doc.text.index(heading)
    sentence = doc.char_span(start, start + len(heading), alignment_mode="expand").sent
    assert sentence.text.strip() == heading


def test_events_no_sentence_starts_right_after_a_word_on_its_line(run):
    # The parser alone cuts this line after "GITEX" and after "Africa", and the show is lost.
    doc = run("Marrakech, April 16, 2025\n\nGITEX Africa Morocco was held in Marrakech on 14 April.", "t")
    line = doc.text.index("GITEX")
    assert doc.char_span(line, line + 5).sent.text.strip() == "GITEX Africa Morocco was held in Marrakech on 14 April."
    assert [(r["event_type"], r["start_date"]) for r in doc._.records] == [("other", "2025-04-14")]


@pytest.mark.parametrize("dateline", ["Pekanbaru, Riau (ANTARA) - ", "SURABAYA, March 4 (Reuters) -- ",
                                      "Surabaya, 4 March 2026 — "])
def test_events_a_dateline_ends_before_the_sentence_it_opens(run, dateline):
    text = (f"{dateline}Indonesian Trade Minister Budi Santoso and Malaysian Minister Tengku Zafrul held talks here "
            "on Wednesday on paperless trade.")
    doc = run(text, "t", "2026-03-05")
    opening = doc.char_span(len(dateline), len(dateline) + 10, alignment_mode="expand").sent
    assert opening.start_char == len(dateline)
    assert [(r["event_type"], r["start_date"]) for r in doc._.records] == [("meeting", "2026-03-04")]


@pytest.mark.parametrize("subject, event_type", [
    ("Minister Lindiwe Dube and Minister Kofi Mensah", "meeting"),
    ("The two ministers", "meeting"),
    ("South Africa and Ghana", "dialogue"),
])
def test_events_talks_held_by_people_are_a_meeting(run, subject, event_type):
    text = f"Pretoria, 5 March 2026\n\n{subject} held talks in Pretoria on Wednesday on data centres."
    assert [r["event_type"] for r in run(text, "t")._.records] == [event_type]


def test_events_consultations_chaired_by_officials_stay_a_dialogue(run):
    text = ("Seoul, 5 March 2026\n\nThe consultations were co-chaired by Director-General Park and Director Tanaka "
            "and held in Seoul on 4 March.")
    assert [r["event_type"] for r in run(text, "t")._.records] == ["dialogue"]


def test_events_presiding_over_a_meeting_reports_it(run):
    text = "Lusaka, 5 March 2026\n\nThe Vice-President presided over a dialogue with fintech investors on Tuesday in Lusaka."
    assert [(r["event_type"], r["start_date"]) for r in run(text, "t")._.records] == [("dialogue", "2026-03-03")]


def test_events_a_round_of_trade_agreement_talks_is_a_negotiating_round(run):
    for talks in ("the fourth round of CEPA talks", "the fourth round of talks on the Ecuador-Korea Partnership Agreement"):
        text = f"Quito, 5 March 2026\n\nEcuador and Korea concluded {talks} in Quito on 4 March."
        assert [r["event_type"] for r in run(text, "t")._.records] == ["meeting"]


def test_events_a_dash_in_a_heading_is_no_dateline(run):
    doc = run("ASEAN - Japan Digital Ministers' Meeting opens in Manila with talks on AI governance and cloud", "t")
    assert len(list(doc.sents)) == 1


def test_events_a_dateline_is_not_an_event_section(run):
    text = ("EU and US advance cooperation at sixth ministerial meeting\n\nLeuven, 5 April 2024\n\n"
            "The sixth ministerial meeting of the EU-US Trade and Technology Council took place on 4-5 April 2024 in Leuven.")
    [rec] = records(run, text)
    assert rec["start_date"] == "2024-04-04"
    assert rec["title"] == "sixth ministerial meeting of the EU-US Trade and Technology Council"


def test_events_a_trip_is_one_visit_and_each_meeting_its_own_event(run):
    text = ("Minister Hung paid a working visit to the United States from 27 February to 2 March 2024. "
            "On 27 February, Minister Hung held talks with Alan Davidson at the Department of Commerce. "
            "On 1 March, the Minister visited the headquarters of NVIDIA in Santa Clara.")
    recs = records(run, text)
    assert [r["event_type"] for r in recs] == ["visit", "meeting", "meeting"]
    assert recs[0]["title"] == "working visit to the United States"


def test_events_a_summit_where_something_was_launched_is_still_a_meeting_noun(run):
    from pipeline.components.events import _governed_by_non_event

    doc = run("The Digital Partnership was launched at the 28th EU-Japan Summit in Tokyo on 12 May 2022.", "t")
    summit = next(t for t in doc if t.lower_ == "summit")
    assert not _governed_by_non_event(summit)
    dialogue = next(t for t in run("In 2019 the Committee established a new dialogue on AI.", "t") if t.lower_ == "dialogue")
    assert _governed_by_non_event(dialogue)


@pytest.mark.parametrize(
    "line, is_date_line",
    [("December 9-10, 2023", True), ("30 April 2024 | Brussels", True), ("Date: Tuesday, 21 May 2024", True),
     ("Leuven, 5 April 2024", False), ("December 2022 Consensus Agreement (PDF)", False)],
)
def test_events_date_lines_under_headings(line, is_date_line):
    from pipeline.components.events import _is_date_line, _Line

    assert _is_date_line(_Line(0, len(line), line)) is is_date_line


def test_events_meetings_of_a_trip_take_the_trip_year(run):
    text = ("(MIC) - Minister Hung paid a working visit to the United States from 27 February to 2 March 2024.\n\n"
            "On 27 February, Minister Hung held talks with Alan Davidson at the Department of Commerce.")
    recs = run(text, "t")._.records  # no publication date: the year comes from the trip
    assert [(r["event_type"], r["start_date"]) for r in recs] == [("visit", "2024-02-27"), ("meeting", "2024-02-27")]


def test_events_a_headline_verb_ends_the_title(run):
    text = ("CSIS Hosts Second U.S.-Japan Semiconductor Supply Chain Roundtable\n\n"
            "The roundtable was held in Washington on March 12, 2024.")
    [rec] = records(run, text)
    assert rec["title"] == "Second U.S.-Japan Semiconductor Supply Chain Roundtable"


def _days(recs) -> list[tuple[str, str, str | None]]:
    return [(r["start_date"], r["event_type"], r["title"]) for r in recs]


@pytest.mark.parametrize(
    "side_sentence",
    [
        "Later in the day, Minister Okafor met with Commissioner Lindqvist at the Berlaymont.",
        "On the sidelines of the dialogue, the two ministers held a bilateral meeting with industry leaders.",
        "Following the consultations, both delegations attended a meeting of the Joint Business Council.",
        "Minister Okafor, who also held talks with President Almeida, stressed the need for trusted networks.",
    ],
)
def test_events_a_side_meeting_on_the_same_day_is_its_own_event(run, side_sentence):
    text = ("The third Nigeria-Brazil Digital Economy Dialogue was held in Brasília on 12 March 2024. "
            "The two sides discussed data centres and submarine cables.\n\n" + side_sentence)
    recs = records(run, text)
    assert len(recs) == 2, _days(recs)
    assert recs[0]["title"] == "third Nigeria-Brazil Digital Economy Dialogue"
    assert recs[1]["start_date"] == recs[1]["end_date"] == "2024-03-12"
    assert any(e["field"] == "start_date" for e in recs[1]["evidence"])


def test_events_a_meeting_received_on_another_weekday_is_its_own_event(run):
    text = ("Vienna, 14 May 2025 (Wednesday)\n\nThe fifth Austria-Korea Strategic Dialogue was held in Vienna today.\n\n"
            "On Monday, the Korean Vice Minister was received by Federal President Alexander Bauer at the Hofburg.")
    recs = records(run, text, "2025-05-14")
    assert [r["start_date"] for r in recs] == ["2025-05-14", "2025-05-12"]
    assert recs[1]["title"] is None and recs[1]["event_type"] == "meeting"


@pytest.mark.parametrize(
    "inner_sentence",
    [
        "A stakeholder session was also held on the margins of the dialogue with industry and civil society.",
        "Following a welcome ceremony, the heads of delegation held a restricted meeting before joining the plenary session.",
        "After the talks, the ministers held a joint press conference.",
        "While the plenary was held on the second day, the first day was devoted to a meeting of senior officials.",
        "The two ministers met again in the afternoon.",
    ],
)
def test_events_parts_of_a_meeting_are_not_side_meetings(run, inner_sentence):
    text = ("The third Nigeria-Brazil Digital Economy Dialogue was held in Brasília on 12 March 2024. "
            "The two sides discussed data centres and submarine cables.\n\n" + inner_sentence)
    assert len(records(run, text)) == 1, _days(records(run, text))


def test_events_a_meeting_named_beside_a_founding_keeps_its_date(run):
    text = ("The second Digital Partnership Council between Canada and the EU took place in Ottawa on 20 November 2024. "
            "The Council was established at the EU-Canada Summit in Montreal on 24 November 2023.")
    recs = records(run, text, "2024-11-21")
    assert _days(recs) == [("2024-11-20", "meeting", "second Digital Partnership Council between Canada and the EU"),
                           ("2023-11-24", "summit", "EU-Canada Summit")]


def test_events_a_trigger_verb_takes_the_date_of_its_own_clause(run):
    text = ("Ministers met in Rome on 8 October 2024 for the third Italy-Japan Digital Policy Forum. "
            "They built on the first forum in Tokyo in March 2023 and on the second forum held in Naples on 4 June 2024.")
    recs = records(run, text, "2024-10-09")
    assert sorted(r["start_date"] for r in recs) == ["2023-03-01", "2024-06-04", "2024-10-08"]


def test_events_an_earlier_round_dated_by_its_year_alone_is_its_own_event(run):
    text = ("Rabat, 9 October 2025\n\nThe 4th Morocco-Spain Digital Dialogue was held in Rabat on 8 October 2025. "
            "Delegates reviewed the outcomes of the third round, held in Madrid last year.")
    recs = records(run, text, "2025-10-09")
    assert [(r["start_date"], r["end_date"], r["date_precision"]) for r in recs] == [
        ("2025-10-08", "2025-10-08", "day"), ("2024-01-01", "2024-12-31", "year")]
    # An unnamed round keeps its edition and the document's series, with no title.
    assert (recs[1]["title"], recs[1]["edition"], recs[1]["series"]) == (None, 3, "Morocco-Spain Digital Dialogue")


def test_events_the_first_standing_for_an_earlier_edition_is_its_own_event(run):
    text = ("Montevideo, 5 June 2026\n\nThe agency hosted the Uruguay-Estonia Data Exchange Dialogue on 4 June 2026. "
            "It was the third dialogue between the two agencies. The second, held online in May 2025, dealt with "
            "digital identity.")
    recs = records(run, text, "2026-06-05")
    assert [(r["event_type"], r["start_date"], r["edition"]) for r in recs][1:] == [("dialogue", "2025-05-01", 2)]


def test_events_the_first_of_several_people_is_no_meeting(run):
    text = ("Montevideo, 5 June 2026\n\nThe agency hosted a data dialogue on 4 June 2026 with two speakers. "
            "The first, appointed in May 2025, leads the regulator.")
    assert len(records(run, text, "2026-06-05")) == 1


def test_events_an_earlier_meeting_in_the_same_year_is_not_split_off(run):
    text = ("The 4th Morocco-Spain Digital Dialogue was held in Rabat on 8 October 2025. "
            "It was the second meeting held in 2025.")
    assert len(records(run, text, "2025-10-09")) == 1


def test_events_last_year_reads_against_a_labelled_head_date(run):
    text = ("Event Recap | 14 March 2025\n\nThe Turin Institute convened the second AI Audit Seminar on 12 March 2025. "
            "The first seminar, held last year in Milan, looked at procurement.")
    recs = records(run, text, None)
    assert [(r["start_date"], r["date_precision"]) for r in recs] == [("2025-03-12", "day"), ("2024-01-01", "year")]


def test_events_a_bodys_acronym_gives_its_full_name_as_series(run):
    text = ("The third meeting of the Canada-Mexico Digital Trade Council (CMDTC) took place in Ottawa on 2 May 2024. "
            "It followed the second CMDTC meeting held in Monterrey on 6 November 2023.")
    recs = records(run, text, "2024-05-03")
    assert [r["series"] for r in recs] == ["Canada-Mexico Digital Trade Council"] * 2


def test_events_the_head_of_a_name_with_a_complement_is_its_short_form(run):
    text = ("The second meeting of the Kenya–Rwanda Joint Commission on Digital Infrastructure took place in Kigali on "
            "4 March 2025. The first meeting of the Joint Commission was held in Nairobi on 9 May 2024.")
    recs = records(run, text, "2025-03-05")
    assert [r["series"] for r in recs] == ["Kenya–Rwanda Joint Commission on Digital Infrastructure"] * 2


def test_events_a_label_before_a_colon_is_not_part_of_the_title(run):
    text = ("Joint Statement: Third Meeting of the Norway-Japan Digital Council\n\n"
            "The Third Meeting of the Norway-Japan Digital Council was held in Oslo on 4 April 2024.")
    [rec] = records(run, text, "2024-04-05")
    assert rec["title"] == "Third Meeting of the Norway-Japan Digital Council"
    assert rec["series"] == "Norway-Japan Digital Council"


def test_events_a_summit_ner_reads_as_a_place_is_still_a_meeting(run):
    text = ("The ministers held a video conference on 8 July 2020. The call followed the Nordic-Baltic "
            "Leaders' Virtual Summit on 4 June 2020, where a digital partnership was agreed.")
    recs = records(run, text, "2020-07-09")
    assert ("2020-06-04", "summit") in [(r["start_date"], r["event_type"]) for r in recs]


def test_events_a_past_tense_tagged_as_participle_still_reports_the_event(run):
    text = ("Date: 3–4 June 2024\nVenue: Lisbon\n\n"
            "The second edition of the Portugal-Brazil Forum on Data Governance brought together 60 experts.")
    [rec] = records(run, text, "2024-06-07")
    assert rec["start_date"] == "2024-06-03" and rec["end_date"] == "2024-06-04"


def test_events_a_related_news_list_is_links_not_reports(run):
    text = ("Astana, 12 September 2024\n\nThe 2nd meeting of the Kazakhstan-Japan Digital Working Group was held in Astana "
            "on 11 September 2024.\n\nShare this page: Facebook | X\n\nRelated news\n"
            "10.09.2024  Vice Minister met with delegation of the Asian Development Bank\n"
            "05.09.2024  Delegation of the Ministry visited Seoul to study e-government")
    assert [r["start_date"] for r in records(run, text, "2024-09-12")] == ["2024-09-11"]


def test_events_the_protocol_of_a_meeting_is_no_side_meeting(run):
    text = ("The 2nd meeting of the Kazakhstan-Japan Digital Working Group was held in Astana on 11 September 2024. "
            "Following the meeting, the Protocol of the 2nd meeting of the Working Group was signed.")
    assert len(records(run, text, "2024-09-12")) == 1


def test_events_a_shorter_form_of_the_title_is_the_same_event(run):
    text = ("The 2nd meeting of the Kazakhstan-Japan Digital Working Group was held in Astana on 11 September 2024. "
            "The 2nd meeting of the Working Group took place at the Ministry on 11 September 2024.")
    [rec] = records(run, text, "2024-09-12")
    assert rec["title"] == "2nd meeting of the Kazakhstan-Japan Digital Working Group"


def test_events_a_trip_meeting_dated_by_weekday_or_the_following_day_is_its_own(run):
    text = ("Minister Okafor paid a working visit to Brazil from 2 to 6 June 2025.\n\n"
            "On Tuesday, the Minister held talks with the Minister of Communications on rural broadband.\n\n"
            "The following day, she met the President of the data protection authority, Ana Costa.\n\n"
            "She invited her counterparts to attend the Lagos Digital Forum in October.")
    records = run(text, "t", "2025-06-09")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2025-06-02"), ("meeting", "2025-06-03"), ("meeting", "2025-06-04")]


def test_events_a_trip_described_again_is_not_another_meeting(run):
    text = ("MINISTER ADEYEMI CONCLUDES STATE VISIT TO CANADA\n\n"
            "OTTAWA, Friday, 7 March 2025 — Minister Bola Adeyemi has concluded a four-day State Visit to Canada. "
            "The visit, which ran from 4 to 7 March 2025, took the Minister to Ottawa and Toronto.\n\n"
            "In Toronto, on Thursday, 6 March 2025, the delegation met the Ontario Minister of Economic Development.")
    records = run(text, "t", "2025-03-08")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-03-04", "2025-03-07"), ("meeting", "2025-03-06", "2025-03-06")]
    visit = records[0]
    assert visit["title"] == "State Visit to Canada"  # no duration, not the headline's capitals
    assert visit["series"] is None


@pytest.mark.parametrize("ceremony", [
    "Following the Council, a signing ceremony was held for an arrangement on quantum research.",
    "After the meeting, the co-chairs witnessed a signing ceremony for a memorandum on 6G research.",
])
def test_events_a_signing_ceremony_beside_a_meeting_is_its_own_event(run, ceremony):
    text = f"The second Chile-Japan Digital Partnership Council was held in Tokyo on 2 July 2024. {ceremony}"
    records = run(text, "t", "2024-07-03")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("meeting", "2024-07-02"), ("signing", "2024-07-02")]


def test_events_a_meeting_on_the_final_day_of_a_trip_takes_that_day(run):
    text = ("President Mwangi paid a State Visit to Japan from 10 to 13 June 2024. "
            "On 11 June, he held talks with the Prime Minister on undersea cables.\n\n"
            "On the final day of the visit, the President met the Minister for Digital Transformation, Taro Kono.")
    records = run(text, "t", "2024-06-14")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2024-06-10"), ("meeting", "2024-06-11"), ("meeting", "2024-06-13")]


@pytest.mark.parametrize("sentence, title", [
    ("Delegations met in Canberra on 14 March 2024 for the 4th Indonesia-Australia Digital and Cyber Policy Dialogue.",
     "4th Indonesia-Australia Digital and Cyber Policy Dialogue"),
    ("The second edition of the India–Japan Dialogue on Trusted Telecom and 6G was held in Delhi on 3 May 2024.",
     "India–Japan Dialogue on Trusted Telecom and 6G"),
    ("The Regional Workshop on 5G Security on 4 June 2024 in Bangkok brought together forty experts.",
     "Regional Workshop on 5G Security"),
])
def test_events_a_capitalised_name_is_read_whole_but_not_its_date(run, sentence, title):
    records = run(sentence, "t", "2024-06-30")._.records
    assert records[0]["title"] == title


def test_events_the_next_meeting_does_not_name_the_one_held(run):
    text = ("Delegations from Chile and Peru met in Lima on 3 May 2024 for their annual digital talks. "
            "The fifth Chile-Peru Digital Dialogue is expected to take place in Santiago in 2025.")
    [record] = run(text, "t", "2024-05-04")._.records
    assert record["edition"] != 5 and record["title"] != "fifth Chile-Peru Digital Dialogue"


@pytest.mark.parametrize("sentence, event_type", [
    ("The third Tallinn Digital Summit was held in Tallinn on 10 October 2023 with 400 participants.", "conference"),
    ("The 29th EU-Japan Summit was held in Brussels on 13 July 2023.", "summit"),
    ("The 20th China-ASEAN Expo opened in Nanning on 16 September 2023.", "other"),
])
def test_events_a_summit_named_for_its_city_is_a_conference_and_an_expo_is_other(run, sentence, event_type):
    [record] = run(sentence, "t", "2024-06-30")._.records
    assert record["event_type"] == event_type


def test_events_a_ministry_note_with_bracketed_weekdays_and_days_of_the_month(run):
    text = ("Release date: 2025.10.17 (Fri.)\n\n"
            "□ The Ministry announced that Minister Kim visited Paris, France, from October 13 (Mon.) to 16 (Thu.) "
            "to attend the OECD Ministerial Meeting on the Digital Economy.\n\n"
            "□ The Ministerial Meeting was hosted by the OECD in Paris on October 14 (Tue.) and 15 (Wed.).\n\n"
            "□ On the first day of the meeting (14th), Minister Kim met Japan's Minister for Internal Affairs, Masato Ichikawa.\n\n"
            "□ On the 16th, Minister Kim held talks with France's Minister for Digital Affairs, Claire Duval.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-10-13", "2025-10-16"), ("meeting", "2025-10-14", "2025-10-15"),
        ("meeting", "2025-10-14", "2025-10-14"), ("meeting", "2025-10-16", "2025-10-16")]


def test_events_related_meetings_held_the_same_days_are_each_their_own(run):
    text = ("The Fifth ASEAN Digital Ministers' Meeting (5th ADGMIN) was convened on 16 and 17 January 2025 in Bangkok.\n\n"
            "On 16 January, the ASEAN-China Digital Ministers' Meeting was co-chaired by Minister Prasert and "
            "Vice Minister Shan Zhongde. The Meeting adopted a work plan on 5G networks.\n\n"
            "On 17 January, the 5th ADGMIN adopted the ASEAN Responsible AI Roadmap.")
    records = run(text, "t", "2025-01-18")._.records
    assert [(r["title"], r["start_date"]) for r in records] == [
        ("Fifth ASEAN Digital Ministers' Meeting", "2025-01-16"), ("ASEAN-China Digital Ministers' Meeting", "2025-01-16")]
    related = records[1]
    assert related["topics"] == ["ict"]
    assert {(p["name"], p["role"]) for p in related["participants"]} >= {("Prasert", "co-chair"), ("Shan Zhongde", "co-chair")}


def test_events_a_document_label_is_no_part_of_the_title(run):
    text = ("Joint Statement on the 2nd India-Sweden Dialogue on Emerging Technologies\n\nNovember 19, 2025\n\n"
            "1. The 2nd India-Sweden Dialogue on Emerging Technologies was held in New Delhi on 18 November 2025.")
    [record] = run(text, "t")._.records
    assert record["title"] == "2nd India-Sweden Dialogue on Emerging Technologies"


def test_events_an_event_page_that_says_only_this_event_was_held(run):
    text = ("Events > Event Recap\n\nWednesday, March 6, 2024\n10:00 am – 11:30 am EST\nVirtual\n\n"
            "Smart Homes, Safe Products?\n\nModerator:\nRachel Nguyen, Senior Policy Analyst\n\n"
            "This event was held virtually on Zoom.\n\nPanelists discussed labels for connected devices.")
    [record] = run(text, "t")._.records
    assert (record["start_date"], record["location"]["virtual"]) == ("2024-03-06", True)


def test_events_a_convening_is_a_meeting(run):
    text = ("The inaugural convening of the International Network of AI Safety Institutes took place in "
            "San Francisco on 20 and 21 November 2024.")
    [record] = run(text, "t", "2024-11-22")._.records
    assert (record["title"], record["series"], record["edition"]) == (
        "inaugural convening of the International Network of AI Safety Institutes", "International Network of AI Safety Institutes", 1)


def test_events_sending_a_delegation_is_a_trip_and_its_meetings_are_events(run):
    text = ("From October 15 to 21, 2023, the Council sent a delegation of technology experts to Beijing and Shanghai.\n\n"
            "On October 16, the delegation met with Vice Minister Zhao Chenggang.\n\n"
            "On October 19, the group held a dialogue on data flows with scholars from Fudan University.")
    records = run(text, "t", "2023-11-02")._.records
    assert [(r["event_type"], r["start_date"], r["title"]) for r in records] == [
        ("visit", "2023-10-15", None), ("meeting", "2023-10-16", None), ("meeting", "2023-10-19", None)]


def test_events_a_page_section_whose_sentence_names_no_meeting_takes_its_kind_from_the_heading(run):
    text = ("Workshop on AI Evaluation\n\nOctober 17, 2023\n\nExperts met in Washington for the Workshop on AI Evaluation.\n\n"
            "Follow-up Virtual Workshop\n\nDecember 5, 2023 | Webex\n\nA smaller working group reconvened virtually via Webex.")
    records = run(text, "t", "2023-12-20")._.records
    assert [(r["event_type"], r["start_date"], r["title"]) for r in records][-1] == (
        "workshop", "2023-12-05", "Follow-up Virtual Workshop")


def test_events_bilaterals_announced_then_reported_one_by_one(run):
    text = ("The Minister held bilateral meetings with Ministers from the United Kingdom and Australia on the sidelines "
            "of the G20 Digital Economy Ministers' Meeting, which he chaired in Bengaluru on 19 August 2023.\n\n"
            "In his meeting with UK Minister Paul Scully, the two Ministers discussed artificial intelligence.\n\n"
            "The Minister then met Australia's Minister for Cyber Security, Clare O'Neil.")
    records = run(text, "t", "2023-08-20")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("meeting", "2023-08-19")] * 3


def test_events_a_meeting_on_another_weekday_is_another_meeting(run):
    text = ("date 2026-01-07\nBEIJING, Jan. 7 (Xinhua) -- Vice Premier Ding Xuexiang met with Saudi Minister Abdullah "
            "Alswaha in Beijing on Tuesday.\n\nOn Wednesday, Minister Li Lecheng held talks with Alswaha.\n\n"
            "During President Xi Jinping's state visit to Saudi Arabia in December 2022, the two countries signed a plan.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("meeting", "2026-01-06"), ("meeting", "2026-01-07"), ("visit", "2022-12-01")]


@pytest.mark.parametrize("sentence", [
    "Oral statement, 10 February 2026.\n\nI have met my counterparts from the Gulf and from Europe many times over the past year.",
    "Oral statement, 10 February 2026.\n\nOur regulators have met regularly since 2019 to compare notes on AI.",
])
def test_events_habitual_meetings_are_no_event(run, sentence):
    assert run(sentence, "t", "2026-02-10")._.records == []


@pytest.mark.parametrize("title, series", [
    ("the first global AI Safety Summit", "AI Safety Summit"),
    ("the third Global Semiconductor Supply Chain Summit", "Global Semiconductor Supply Chain Summit"),
    ("Nordic-Baltic Data Summit 2027", "Nordic-Baltic Data Summit"),
    ("2027 Nordic-Baltic Data Summit", "Nordic-Baltic Data Summit"),
])
def test_events_series_drops_its_year_and_a_lowercase_global_but_keeps_global_in_a_name(title, series):
    from pipeline.components.events import series_name

    assert series_name(title) == series


def test_events_a_sentence_event_ends_on_its_last_character(run):
    # A passage that ran over the blank lines after it no longer sat inside its page section,
    # and a year-less date in it lost the section's year.
    text = ("Second EU-Japan Digital Partnership Council\n\n30 April 2024 | Brussels\n\n"
            "Commissioner Breton met Japan's Minister for Digital Transformation, Kono Taro.\n\n"
            "The Council was preceded on 29 April by a half-day workshop on chips, organised by the Commission.\n\n"
            "First EU-Japan Digital Partnership Council\n\n3 July 2023 | Tokyo\n\n"
            "The first Council took place in Tokyo on 3 July 2023.")
    doc = run(text, "t")
    workshop = next(d for d in doc._.events if d["event_type"] == "workshop")
    assert text[workshop["end"] - 1] == "." and workshop["start_date"] == "2024-04-29"


def test_events_a_meeting_named_with_last_weekdays_is_its_own(run):
    text = ("GENEVA, Oct. 9 (Wire) — Negotiators met on Tuesday at the WTO to discuss e-commerce rules.\n\n"
            "The two countries repeated that position at an informal meeting of the Work Programme on "
            "Electronic Commerce last Thursday and Friday.")
    records = run(text, "t", "2024-10-09")._.records
    assert [(r["start_date"], r["end_date"]) for r in records] == [("2024-10-08", "2024-10-08"), ("2024-10-03", "2024-10-04")]


@pytest.mark.parametrize("sentence, day, title", [
    ("Researchers from both countries presented papers during the Korea-Nordic Dialogue on Smart Manufacturing, "
     "which was convened in Helsinki on 5 May 2024.", "2024-05-05", "Korea-Nordic Dialogue on Smart Manufacturing"),
    ("Trade officials sat down in Lima on 2 May 2024 for consultations on e-invoicing.", "2024-05-02", None),
])
def test_events_a_relative_clause_or_sitting_down_reports_the_meeting(run, sentence, day, title):
    [record] = run(sentence, "t", "2024-06-30")._.records
    assert (record["start_date"], record["title"]) == (day, title)


@pytest.mark.parametrize("sentence, title", [
    ("The third meeting of the Chile-Korea Digital Council in Santiago took place on 9 April 2024.",
     "third meeting of the Chile-Korea Digital Council"),
    ("Ministers met on the margins of the BRICS Leaders' Summit in Rio de Janeiro on 6 July 2025.",
     "BRICS Leaders' Summit"),
])
def test_events_a_name_ends_before_the_city_it_met_in(run, sentence, title):
    titles = [r["title"] for r in run(sentence, "t", "2025-07-30")._.records]
    assert title in titles and not any(t and " in " in t for t in titles)


def test_events_met_for_the_nth_time_gives_the_edition(run):
    [record] = run("The Mexico-Canada Digital Council met for the fourth time in Ottawa on 3 March 2025.", "t",
                   "2025-03-04")._.records
    assert record["edition"] == 4


@pytest.mark.parametrize("sentence, event_type", [
    ("The Minister opened the second session of the Lagos Fintech Summit on 3 May 2024.", "conference"),
    ("Over 2,000 founders attended the Global Startup Summit in Dubai on 4 March 2024.", "conference"),
    ("The 13th G20 Leaders' Summit was held in Buenos Aires on 30 November 2018.", "summit"),
    ("The think tank hosted a virtual panel discussion on chip export controls on 2 May 2024.", "workshop"),
])
def test_events_an_industry_summit_is_a_conference_and_a_panel_discussion_a_workshop(run, sentence, event_type):
    [record] = run(sentence, "t", "2024-06-30")._.records
    assert record["event_type"] == event_type


def test_events_a_body_ner_takes_for_a_place_still_ends_the_name(run):
    text = "Vice Ministers co-chaired the 5th Meeting of the Lao - Thai Joint Committee on Digital Cooperation on 2 May 2024."
    [record] = run(text, "t", "2024-05-03")._.records
    assert record["title"] == "5th Meeting of the Lao - Thai Joint Committee on Digital Cooperation"


def test_events_a_negotiating_round_is_a_meeting_dated_by_the_range_told_later(run):
    text = ("GENEVA – The sixth round of negotiations on the Pacific Digital Trade Pact closed on Thursday.\n\n"
            "The round ran from 20 to 23 May 2024 at the Palais des Nations.")
    [record] = run(text, "t", "2024-05-24")._.records
    assert record["event_type"] == "meeting" and record["edition"] == 6
    assert (record["start_date"], record["end_date"]) == ("2024-05-20", "2024-05-23")
    assert record["series"] == "negotiations on the Pacific Digital Trade Pact"


def test_events_a_summit_that_closed_today_keeps_its_opening_day_as_its_own(run):
    text = ("DOHA, 9 May 2024 – The second Gulf Cloud Summit closed today at the Qatar National Convention Centre.\n\n"
            "The three-day Summit, held from 7 to 9 May, drew 2,000 delegates. Opening the Summit on 7 May, "
            "the Minister called for common rules on data centres.")
    records = run(text, "t", "2024-05-09")._.records
    assert len(records) == 1 and records[0]["edition"] == 2


def test_events_a_building_named_for_exhibitions_and_congresses_is_no_meeting(run):
    text = ("The 3rd edition of the Nordic Data Forum ended on Monday. The Forum, organised by the ministry, "
            "took place at the Helsinki Exhibition and Congress Centre on 3 and 4 June 2024.")
    records = run(text, "t", "2024-06-10")._.records
    assert len(records) == 1 and records[0]["edition"] == 3 and records[0]["event_type"] == "forum"


def test_events_a_video_call_is_a_meeting_and_a_summit_prepared_for_is_none(run):
    text = ("Press release 41 | 12.02.2026\n\nThe Chancellor held a video conference with the Prime Minister of Japan today. "
            "They recalled the Prime Minister's visit to Berlin last September and prepared the ground, "
            "in preparation for the G20 summit in Delhi in July.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("meeting", "2026-02-12"), ("visit", "2025-09-01")]


def test_events_the_previous_meeting_of_a_series_is_another_one_and_unnamed(run):
    text = ("Regulators met in Lisbon on 3 and 4 June 2025 for the sixth Atlantic Telecom Regulators' Roundtable. "
            "Building on the previous Roundtable, hosted in Dublin on 5 and 6 June 2024, members reviewed spectrum policy.")
    records = run(text, "t", "2025-06-05")._.records
    assert [r["start_date"] for r in records] == ["2025-06-03", "2024-06-05"]
    assert records[1]["title"] is None


def test_events_a_labelled_dateline_is_no_meeting_date(run):
    text = ("PRESS RELEASE | Oslo, 12.03.2025\n\nLast week, regulators met in Bergen for the 4th Nordic Spectrum Meeting.\n\n"
            "The meeting took place on 05.03.2025 at the harbour.")
    [record] = run(text, "t")._.records
    assert record["start_date"] == "2025-03-05"


def test_events_a_yearless_dateline_is_not_an_earlier_month_of_another_year(run):
    # "April 9" (this year) and "a summit in Manila in April 2022" share a month, not a meeting.
    text = ("MANILA, April 9 -- Trade officials of the Philippines and Australia held talks on chip supply chains "
            "on Wednesday. Relations deepened after the two leaders held a summit in Manila in April 2022.")
    records = run(text, "t", "2025-04-09")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == [("meeting", "2025-04-09"), ("summit", "2022-04-01")]


@pytest.mark.parametrize("sentence", [
    "When the council last met, in Nairobi in October 2023, its agenda was data protection.",
    "The Nordic-Baltic Chip Forum was first held in Tallinn in 2023.",
])
def test_events_an_earlier_meeting_told_with_last_or_first_is_its_own(run, sentence):
    text = "The Nordic-Baltic Chip Forum met in Riga on 14 May 2025 and discussed export controls. " + sentence
    records = run(text, "t", "2025-05-15")._.records
    assert [r["start_date"][:4] for r in records] == ["2025", "2023"]


def test_events_first_held_gives_edition_one(run):
    text = "The Nordic-Baltic Chip Forum met in Riga on 14 May 2025. The Forum was first held in Tallinn in 2023."
    records = run(text, "t", "2025-05-15")._.records
    assert records[1]["edition"] == 1 and records[0]["edition"] is None


def test_events_a_headline_meeting_is_not_dated_by_an_earlier_edition(run):
    text = ("Third Ministerial Meeting of the Canada-Korea Innovation Partnership Held Online\n\n"
            "On 12 March 2025, the two ministers co-chaired the third ministerial meeting by video link. "
            "Building on the second meeting, held in Ottawa in June 2024, they agreed a work plan on batteries.")
    records = run(text, "t", "2025-03-12")._.records
    assert sorted(r["start_date"] for r in records) == ["2024-06-01", "2025-03-12"]


TRAVEL_NOTE = ("Home > Press Releases\nOffice of the Spokesperson\nSecretary's Travel to Chile and Peru\nMEDIA NOTE\nMARCH 8, 2025\n\n"
               "Under Secretary Ana Ruiz traveled to Santiago and Lima, March 3-6, to advance cooperation on critical minerals "
               "and data centers. On Monday, the Under Secretary held talks in Santiago with Foreign Minister Pablo Soto. "
               "Later the same day, she met Economy Minister Carla Vidal. On Wednesday, the delegation travelled to Lima. "
               "The talks built on President Ortiz's visit to Washington in October 2023.")


def test_events_travelling_to_a_place_is_a_trip_and_its_legs_are_no_meetings(run):
    records = run(TRAVEL_NOTE, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-03-03", "2025-03-06"),
        ("meeting", "2025-03-03", "2025-03-03"),  # "On Monday", read against the bare date line
        ("meeting", "2025-03-03", "2025-03-03"),  # "Later the same day"
        ("visit", "2023-10-01", "2023-10-31"),  # another trip, on other days, keeps its type
    ]


@pytest.mark.parametrize("text, event_type, day", [
    ("Latvia played host to the Riga StratCom Dialogue on 11 and 12 June 2024.", "dialogue", "2024-06-11"),
    ("The symposium, themed 'Chips for Growth', drew some 300 engineers to Eindhoven on 2 October 2024.", "conference", "2024-10-02"),
    ("The Cairo ICT Forum attracted 5,000 visitors on 19 November 2024.", "forum", "2024-11-19"),
    ("At the Nordic Digital Ministers' Meeting in Oslo on 5 March 2024, ministers endorsed a plan on e-IDs.", "meeting", "2024-03-05"),
])
def test_events_a_meeting_hosted_drawing_delegates_or_named_as_the_setting_is_reported(run, text, event_type, day):
    [record] = run(text, "t", "2024-12-01")._.records
    assert (record["event_type"], record["start_date"]) == (event_type, day)


@pytest.mark.parametrize("text", [
    "The strategy drew on the conclusions of the summit in May 2024.",
    "At the summit on 5 June 2025, leaders will adopt a declaration on AI.",
])
def test_events_drawing_on_a_summit_or_a_setting_still_to_come_is_no_event(run, text):
    assert run(text, "t", "2024-12-01")._.records == []


@pytest.mark.parametrize("text, event_type, day, edition", [
    ("The Baltic Chip Forum convened for its third edition on 4 June 2024 in Vilnius.", "forum", "2024-06-04", 3),
    ("The Council convened in Brussels on Monday, 3 June 2024, to discuss the Data Act.", "meeting", "2024-06-03", None),
    ("After their meeting in Geneva on 14 May 2024, the two envoys issued a joint statement.", "meeting", "2024-05-14", None),
])
def test_events_a_body_that_convened_and_a_meeting_told_as_past_setting_are_reported(run, text, event_type, day, edition):
    [record] = run(text, "t", "2024-06-30")._.records
    assert (record["event_type"], record["start_date"], record["edition"]) == (event_type, day, edition)


def test_events_an_event_page_with_hours_on_its_date_line_and_no_verb(run):
    text = ("Past Events\n\nRoundtable: Trusted Data Flows in Southeast Asia\nThursday, 6 March 2025, 9 a.m. - 10:30 a.m. SGT\n"
            "Online\n\nPanellists from Malaysia, Thailand and Japan compared data transfer rules.")
    [record] = run(text, "t", "2025-03-20")._.records
    assert (record["event_type"], record["start_date"]) == ("workshop", "2025-03-06")


def test_events_officials_who_gathered_held_a_meeting(run):
    text = "Trade officials of Chile and Korea gathered online on 2 April 2025 to review their digital partnership."
    [record] = run(text, "t", "2025-04-10")._.records
    assert (record["event_type"], record["start_date"]) == ("meeting", "2025-04-02")


@pytest.mark.parametrize("sentence, title", [
    ("Researchers met in Hanoi for the third Vietnam-Japan Workshop on Chip Design on 4 May 2025.",
     "third Vietnam-Japan Workshop on Chip Design"),
    ("The fifth round of the Nordic-Korean Dialogue on Data Policy at the Seoul Global Center took place on 4 May 2025.",
     "fifth round of the Nordic-Korean Dialogue on Data Policy"),
    ("They held the 2nd Joint Committee meeting on Digital Trade in hybrid mode on 4 May 2025.",
     "2nd Joint Committee meeting on Digital Trade"),
])
def test_events_a_name_starts_at_its_article_and_ends_before_where_or_how_it_met(run, sentence, title):
    [record] = run(sentence, "t", "2025-05-10")._.records
    assert record["title"] == title


def test_events_an_earlier_round_in_a_text_about_negotiations_is_a_meeting_of_the_series(run):
    text = ("Peru and Korea concluded the fourth round of negotiations for a digital trade agreement in Lima on 9 May 2025. "
            "The third round was held by videoconference in February.")
    records = run(text, "t", "2025-05-10")._.records
    assert [(r["event_type"], r["edition"]) for r in records] == [("meeting", 4), ("meeting", 3)]


READOUT = ("Readout: Minister Osei at the Commonwealth Trade Ministers' Meeting\n\n"
           "Minister Kwame Osei today wrapped up the Commonwealth Trade Ministers' Meeting in London, held 3 and 4 June 2025. "
           "The meeting was chaired by the United Kingdom's Secretary of State for Business and Trade.\n\n"
           "On the margins of the meeting, Minister Osei held bilateral meetings with several counterparts.\n\n"
           "On 3 June, he met with Anand Rao, India's Minister of Commerce. "
           "Later that day, he sat down with Mia Tane, New Zealand's Trade Minister, for their first meeting since her appointment.\n\n"
           "On the second day of the ministerial, Minister Osei met with Sarah Lewis, Canada's Minister of Trade.")


def test_events_a_readout_of_bilaterals_reports_each_on_its_day_and_no_more(run):
    records = run(READOUT, "t", "2025-06-04")._.records
    assert [(r["start_date"], r["end_date"], r["edition"]) for r in records] == [
        ("2025-06-03", "2025-06-04", None),  # the ministerial; chaired, it is not met again
        ("2025-06-03", "2025-06-03", None),
        ("2025-06-03", "2025-06-03", None),  # "their first meeting since her appointment" has no edition
        ("2025-06-04", "2025-06-04", None),  # "on the second day of the ministerial"
    ]


def test_events_meeting_someone_on_the_margins_of_the_talks_is_a_meeting_beside_them(run):
    text = ("The fourth Nordic-Japanese Digital Consultations were held in Oslo on 5 and 6 May 2025. "
            "The state secretaries also met on the margins of the consultations to discuss quantum research.")
    records = run(text, "t", "2025-05-07")._.records
    assert [r["event_type"] for r in records] == ["dialogue", "meeting"]


def test_events_a_trade_mission_that_wrapped_up_is_dated_by_its_own_clause(run):
    text = ("AUSTIN, Texas, March 14, 2025 /PRNewswire/ -- The Texas Chip Alliance today reported the outcomes of the "
            "Texas Semiconductor Trade Mission to Vietnam, which wrapped up Wednesday in Hanoi.")
    [record] = run(text, "t", "2025-03-14")._.records
    assert (record["event_type"], record["start_date"]) == ("visit", "2025-03-12")


def test_events_a_page_headed_by_a_visit_is_a_trip_whose_named_summit_keeps_its_kind(run):
    text = ("President Lee's Visit to Canada (Results)\n\nJune 18, 2025\n\n"
            "From June 15 to 17, President Lee visited Kananaskis, Canada, to attend the G7 Summit outreach session.\n\n"
            "1. G7 Summit\n\nOn the 17th, President Lee attended the G7 Leaders' Summit hosted by Prime Minister Carney. "
            "The leaders recalled the G7 Leaders' Summit in Apulia in June last year.\n\n"
            "2. Korea-Japan Summit Meeting\n\nOn the 17th, President Lee held a summit meeting with Prime Minister Ishiba.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2025-06-15"), ("summit", "2025-06-17"), ("summit", "2024-06-01"), ("meeting", "2025-06-17")]


def test_events_visiting_a_city_for_a_meeting_is_a_trip_and_the_meeting_a_stop(run):
    text = ("Visit of the Minister to Japan (4-6 March 2025)\n\nMarch 07, 2025\n\n"
            "1. The Minister visited Tokyo from 4 to 6 March 2025 for the inaugural meeting of the India-Japan Chip Partnership. "
            "On arrival on 4 March, the Minister joined a roundtable with Japanese chipmakers hosted by JETRO.\n\n"
            "2. The inaugural meeting of the India-Japan Chip Partnership was held at the Kantei on 5 March 2025.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-03-04", "2025-03-06"), ("meeting", "2025-03-04", "2025-03-04"), ("meeting", "2025-03-05", "2025-03-05")]


def test_events_talks_with_a_named_counterpart_are_a_meeting_in_the_lede_too(run):
    text = ("BERLIN, May 6 (dpa) -- Chancellor Merz held talks with Canadian Prime Minister Mark Carney in Berlin on Tuesday, "
            "officials said, with chip supply chains on the agenda.")
    [record] = run(text, "t", "2025-05-06")._.records
    assert (record["event_type"], record["start_date"]) == ("meeting", "2025-05-06")


def test_events_a_trip_told_first_without_days_takes_the_days_of_its_places(run):
    text = ("Lisbon, 20 May 2025\n\nA delegation of the Assembly's Digital Committee travelled to Korea last week. "
            "From Monday, 12 May, to Thursday, 15 May 2025, the six deputies visited Seoul and Pangyo. "
            "On Tuesday, 13 May, the deputies were received by the Korea Communications Commission.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-05-12", "2025-05-15"), ("meeting", "2025-05-13", "2025-05-13")]


def test_events_a_trip_told_first_without_days_takes_the_days_of_its_round_of_meetings(run):
    text = ("Released 3 April 2025 | Trade and Investment\n\n"
            "The Premier led a trade mission to Chile and Peru to promote the province's clean-tech firms. "
            "Between 24 and 28 March, the Premier met with mining companies, lithium producers and regulators. "
            "On 26 March in Santiago, she held talks with Chile's Minister of Mining.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-03-24", "2025-03-28"), ("meeting", "2025-03-26", "2025-03-26")]


def test_events_a_news_headline_over_the_release_date_is_the_event_the_body_dates(run):
    text = ("Nordic–Japan Quantum Roundtable convened at the Residence\n\n19 June 2025\n\n"
            "The Embassy, with Business Finland, hosted the Nordic–Japan Quantum Roundtable at the Residence "
            "on Monday, 16 June 2025. Some 30 firms took part.\n\n"
            "On the following day, the Ambassador called on the Vice-Minister of Education in Tokyo.")
    records = run(text, "t")._.records
    assert [(r["title"], r["start_date"]) for r in records] == [
        ("Nordic–Japan Quantum Roundtable", "2025-06-16"), (None, "2025-06-17")]


def test_events_participants_meeting_among_themselves_date_the_meeting_just_told(run):
    text = ("Third Andean Data Dialogue\n\nRecap, posted 30 April 2025\n\n"
            "Earlier this month, the Institute brought together 20 experts from five countries for the third round "
            "of the Andean Data Dialogue. They met at the Institute's Lima offices on 8 and 9 April.\n\n"
            "On 7 April, the Institute hosted a public panel on open data at the National Library.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("dialogue", "2025-04-08", "2025-04-09"), ("workshop", "2025-04-07", "2025-04-07")]


def test_events_a_delegation_meeting_someone_is_not_the_meeting_just_told(run):
    text = ("Lima, 30 April 2025\n\nThe Council led a business mission to Peru earlier this month. "
            "On 8 April, the delegation met Vice Minister Ana Torres, who also oversees digital policy.")
    records = run(text, "t")._.records
    assert [r["event_type"] for r in records] == ["visit", "meeting"]


def test_events_two_meetings_reported_for_one_day_of_a_trip_stay_two(run):
    text = ("Brno, 9 June 2024\n\nThe Senate's European Affairs Committee visited Tallinn from 3 to 5 June 2024. "
            "On Monday, 3 June, the senators met the Chancellor of Justice. "
            "Later that afternoon, the senators exchanged views with officials of the Information System Authority on e-ID. "
            "The two sides exchanged views on data protection.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2024-06-03"), ("meeting", "2024-06-03"), ("meeting", "2024-06-03")]


def test_events_a_trip_day_with_a_meeting_noun_is_a_stop_dated_within_the_trip(run):
    text = ("Committee news | Published Wednesday 11 September 2024\n\n"
            "Members of the Committee travelled to Singapore last week. The delegation was in Singapore from Sunday 1 to "
            "Thursday 5 September. The programme opened on Monday with a briefing and a meeting at the Cyber Security Agency. "
            "On Tuesday the Members went to Jurong for talks at a chip plant. "
            "After flying to Kuala Lumpur on Wednesday, the Committee met officials of the Digital Ministry on Thursday.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2024-09-01"),
        ("meeting", "2024-09-02"),  # the trip's Monday, not the Monday before publication (9 September)
        ("meeting", "2024-09-03"),
        ("meeting", "2024-09-05"),  # the day of "met", not of the clause before it
    ]


def test_events_a_weekday_with_no_trip_around_it_is_no_meeting_noun_of_its_own(run):
    text = ("Brussels, 12 June 2024\n\nThe Council adopted its position on the Data Act on Monday. "
            "On Tuesday, a spokesperson gave details of a meeting with industry on chips.")
    assert run(text, "t")._.records == []


def test_events_a_city_playing_host_to_a_delegation_reports_a_trip_whose_tours_are_stops(run):
    text = ("Tampere, 8 November 2024\n\nTampere this week played host to a delegation of 15 Korean battery makers. "
            "The three-day visit, which ran from Tuesday the 5th to Thursday the 7th, was organised by Business Tampere. "
            "On Wednesday the 6th, the guests toured the university's photonics cleanroom.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2024-11-05", "2024-11-07"), ("meeting", "2024-11-06", "2024-11-06")]


def test_events_a_tour_with_no_trip_around_it_is_no_event(run):
    text = "Oulu, 8 November 2024\n\nOn Wednesday, students toured the city's new 6G test network."
    assert run(text, "t")._.records == []


def test_events_a_trip_to_two_countries_runs_over_both_legs_and_had_a_meeting_is_a_stop(run):
    text = ("20/05/2025\n\nForeign Minister Ana Costa paid an official visit to Estonia from 12 to 13 May 2025 and to "
            "Finland from 14 to 16 May 2025. On 15 May, the Minister had a meeting with Finland's Minister for Digital "
            "Affairs. The forum had 300 participants.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["end_date"]) for r in records] == [
        ("visit", "2025-05-12", "2025-05-16"), ("meeting", "2025-05-15", "2025-05-15")]


@pytest.mark.parametrize("sentence, expected", [
    ("The previous edition, held in Kyoto in September 2025, drew 200 delegates.", ("conference", "2025-09-01", "month")),
    ("Last year's symposium in Graz focused on chips.", ("conference", "2025-01-01", "year")),
])
def test_events_an_earlier_edition_told_without_its_name_takes_the_kind_of_the_one_reported(run, sentence, expected):
    text = "Vienna, 20 March 2026\n\nThe Vienna Chip Symposium opened in Vienna on 19 March 2026. " + sentence
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["date_precision"]) for r in records][1:] == [expected]


def test_events_leaders_speaking_by_phone_is_a_call_not_a_later_named_meeting(run):
    text = ("Ottawa, 4 December 2025\n\nThe Prime Minister spoke by phone with the President of Finland on 3 December. "
            "They looked ahead to the Arctic Economic Council Summit next year.")
    [record] = run(text, "t")._.records
    assert (record["event_type"], record["start_date"], record["title"]) == ("meeting", "2025-12-03", None)


def test_events_the_speaker_of_a_parliament_speaking_is_no_call(run):
    text = "Ottawa, 4 December 2025\n\nThe minister spoke about chips at the university on 3 December."
    assert run(text, "t")._.records == []


def test_events_going_somewhere_to_visit_a_site_on_a_trip_is_a_stop(run):
    text = ("Madrid, 14 May 2024\n\nThe Secretary of State visited Japan from 6 to 10 May 2024. "
            "On 7 May, she met the Minister for Digital Transformation. "
            "On the final day of the visit, the delegation flew to Kumamoto to visit a chip plant.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2024-05-06"), ("meeting", "2024-05-07"), ("meeting", "2024-05-10")]


def test_events_going_somewhere_to_visit_is_not_a_plan(run):
    text = "Madrid, 14 May 2024\n\nThe Secretary of State will fly to Tokyo to visit a chip plant on 20 May."
    assert run(text, "t")._.records == []


LISTING_PAGE = ("Centre for Digital Policy\nHome > Events\n\nOur events\n\nUPCOMING\n\n"
                "Webinar | Thursday, 12 December 2024 | 10:00–11:00 CET | Online (Teams)\n"
                "Quantum-safe networks: who pays?\nRegistration is open.\n\n"
                "PAST EVENTS\n\n"
                "Seminar – Wednesday 9 October 2024 – Hôtel de Ville, Lyon\n"
                "Data spaces, health records and the European Health Data Space\n"
                "Speakers discussed how hospitals can share records across borders.\n\n"
                "Episode 4 | Tuesday, 17 September 2024 | 16:00–17:00 CEST | Online (Zoom)\n"
                "Chips Act 2.0: What should Brussels fund next?\n"
                "Our guests looked back at the first two years of the Chips Act.\n")


def test_events_a_listing_line_of_kind_date_and_place_over_a_title_is_an_event(run):
    records = run(LISTING_PAGE, "t", "2024-11-30")._.records
    assert [(r["event_type"], r["start_date"], r["title"], r["series"]) for r in records] == [
        ("workshop", "2024-10-09", "Data spaces, health records and the European Health Data Space", None),
        ("workshop", "2024-09-17", "Chips Act 2.0: What should Brussels fund next?", None),
    ]  # the upcoming webinar is no event


KIND_OVER_DATE_PAGE = ("Institute for Trade Futures\nEvents archive\n\nFORTHCOMING\n\nSeminar\n"
                       "Tuesday, 9 June 2026 | 14:00 – 15:30 CEST | Room 2, Rue de la Loi 42\nWho governs the cloud?\n"
                       "Registration opens in May.\n\nPAST EVENTS\n\nPanel Discussion\n"
                       "Monday, 4 May 2026 | 17:00 – 18:30 CEST | Salle Europa, Brussels\n"
                       "Submarine cables and the new geopolitics of connectivity\n"
                       "Three experts weighed how to protect subsea links.\n\nLECTURE\n"
                       "Friday, 17 April 2026 | 12:30 – 13:30 CEST | Online (Teams)\nOpen-weight models after the AI Act\n"
                       "Our guest reviewed the first year of the rules.\n")


def test_events_a_line_naming_only_the_kind_over_a_date_hours_and_place_line_starts_a_listed_event(run):
    records = run(KIND_OVER_DATE_PAGE, "t", "2026-05-20")._.records
    assert [(r["event_type"], r["start_date"], r["title"], r["series"]) for r in records] == [
        ("workshop", "2026-05-04", "Submarine cables and the new geopolitics of connectivity", None),
        ("workshop", "2026-04-17", "Open-weight models after the AI Act", None),
    ]  # the forthcoming seminar is no event


@pytest.mark.parametrize("line", ["Wednesday, 4 March 2026 | 17:00 – 18:30 CET | Salle Europa, Rue Belliard 12, Brussels",
                                  "12 May 2025 | 9.30 am – 1 pm | Online (Zoom)"])
def test_events_a_date_with_hours_and_place_after_bars_is_a_date_line(line):
    from pipeline.components.events import _is_date_line, _Line

    assert _is_date_line(_Line(0, len(line), line))


@pytest.mark.parametrize("line", ["5 March 2025 | Press release | Ministry of Digital Affairs", "Brussels | 5 March 2025 | 10:00"])
def test_events_a_date_with_no_hours_or_with_a_place_before_it_is_no_event_date_line(line):
    from pipeline.components.events import _hours_and_place_after_date, _Line

    assert not _hours_and_place_after_date(line)


@pytest.mark.parametrize("sentence", [
    "The summit had been preceded on Monday by the preparatory meeting of the foreign ministers.",
    "A meeting of senior trade officials preceded the summit on Monday.",
])
def test_events_a_meeting_that_preceded_another_is_its_own(run, sentence):
    text = "Lima, 16 November 2024\n\nLeaders took part today in the annual Pacific Rim Summit. " + sentence
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == [("meeting", "2024-11-11"), ("summit", "2024-11-16")]


def test_events_what_followed_a_meeting_is_no_meeting_of_its_own(run):
    text = ("Lima, 16 November 2024\n\nThe two presidents held a one-on-one meeting today, which was followed "
            "by delegation-level talks.")
    assert [r["event_type"] for r in run(text, "t")._.records] == ["meeting"]


def test_events_a_side_event_on_a_day_of_the_officials_meeting_is_its_own(run):
    text = ("Apia, 12 June 2025\n\nThe Regional Digital Ministers Meeting took place in Apia on 11 June. It had been preceded "
            "on 9-10 June by the meeting of senior officials. On the afternoon of 10 June, UNDP hosted a side event on "
            "mobile money for women traders.")
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"], r["end_date"]) for r in records) == [
        ("meeting", "2025-06-09", "2025-06-10"), ("meeting", "2025-06-11", "2025-06-11"), ("workshop", "2025-06-10", "2025-06-10")]


@pytest.mark.parametrize("noun", ["working lunch", "working dinner"])
def test_events_a_working_meal_with_a_guest_is_a_meeting(run, noun):
    text = f"Rome, 8 July 2025\n\nThe Minister hosted a {noun} for the visiting Vice Minister of Science of Brazil on 7 July."
    assert [(r["event_type"], r["start_date"]) for r in run(text, "t")._.records] == [("meeting", "2025-07-07")]


@pytest.mark.parametrize("text, expected", [
    ("Jakarta, 9 May 2025\n\nThe Vice President on 8 May hosted a reception for Ms. Ana Ruiz, Chief Executive of "
     "a Spanish chip-design firm.", [("meeting", "2025-05-08")]),
    ("Jakarta, 9 May 2025\n\nThe Ministry hosted a reception for 400 guests on 8 May to mark its anniversary.", []),
])
def test_events_a_reception_hosted_for_a_person_is_a_meeting_with_them(run, text, expected):
    assert [(r["event_type"], r["start_date"]) for r in run(text, "t")._.records] == expected


@pytest.mark.parametrize("sentence, days", [
    ("The Secretary met the French Ambassador on 3 June and the Chief Executive of Orange on 5 June.",
     [("2025-06-03", "2025-06-03"), ("2025-06-05", "2025-06-05")]),
    ("The Secretary held talks with the French Ambassador on Tuesday, 3 June, and with executives of Orange on "
     "Thursday, 5 June.", [("2025-06-03", "2025-06-03"), ("2025-06-05", "2025-06-05")]),
    ("The Secretary met the French Ambassador and the Chief Executive of Orange on 3 and 5 June.",
     [("2025-06-03", "2025-06-05")]),
])
def test_events_people_met_each_on_a_day_of_their_own_are_met_in_meetings_of_their_own(run, sentence, days):
    records = run("Dakar, 6 June 2025\n\n" + sentence, "t")._.records
    assert sorted((r["start_date"], r["end_date"]) for r in records) == days


@pytest.mark.parametrize("text, expected", [
    ("Santiago, 6 March 2025\n\nThe Vice Minister chaired the Pacific Alliance Digital Committee in Santiago on the 5th.",
     [("meeting", "2025-03-05", "Pacific Alliance Digital Committee")]),
    ("Santiago, 6 March 2025\n\nThe Vice Minister has chaired the Pacific Alliance Digital Committee since 2022.", []),
])
def test_events_chairing_a_named_body_on_a_day_is_a_meeting_of_it(run, text, expected):
    assert [(r["event_type"], r["start_date"], r["title"]) for r in run(text, "t")._.records] == expected


def test_events_a_dateline_is_no_listing_line(run):
    text = "Brussels – 12 March 2024\nCouncil agrees position on the Cyber Resilience Act\nMinisters adopted a text."
    assert run(text, "t")._.records == []


def test_events_a_dated_meeting_the_text_tells_of_without_a_meeting_verb_is_reported(run):
    text = "The Nordic AI Summit in Oslo on 4 and 5 June 2024 produced a joint roadmap on compute sharing."
    [record] = run(text, "t", "2024-06-10")._.records
    assert (record["event_type"], record["start_date"], record["end_date"]) == ("summit", "2024-06-04", "2024-06-05")


def test_events_a_dated_meeting_still_to_come_is_not_reported(run):
    text = "Officials said the Nordic AI Summit in Oslo on 4 and 5 June 2026 is expected to adopt a roadmap."
    assert run(text, "t", "2025-06-10")._.records == []


@pytest.mark.parametrize("text", [
    "Lima, 3 March 2025\n\nThe Ministry today opened a public consultation on the digital trade chapter. "
    "The consultation opened today runs until 30 April.",
    "Tokyo, 3 March 2025\n\nJapanese and Dutch officials have held several rounds of consultations on export controls since 2023.",
])
def test_events_a_call_for_comments_or_meetings_counted_are_no_meeting(run, text):
    assert run(text, "t")._.records == []


def test_events_programme_lines_of_date_and_meeting_are_events_of_their_own(run):
    text = ("Lyon Digital Forum 2025\n12-13 May 2025 | Palais des Congrès, Lyon\n\n"
            "The Lyon Digital Forum 2025 was held in Lyon on 12 and 13 May 2025.\n\nSide events\n\n"
            "- 11 May 2025 | 14th Session of the Working Party on Data Governance\n"
            "  Delegates reviewed a draft report.\n"
            "- 14 May 2025, 09:00 | Roundtable on sovereign cloud procurement\n"
            "  Procurement officers compared tender rules.\n")
    records = run(text, "t", "2025-05-20")._.records
    assert [(r["start_date"], r["title"], r["edition"]) for r in records] == [
        ("2025-05-12", "Lyon Digital Forum 2025", None),
        ("2025-05-11", "14th Session of the Working Party on Data Governance", 14),
        ("2025-05-14", "Roundtable on sovereign cloud procurement", None)]


def test_events_meetings_under_the_headings_of_a_programme_day_are_each_an_event_of_that_day(run):
    text = ("Chamber of Commerce\nMission Report\n\nPublished: May 20, 2025\n\n"
            "The Chamber organized its Technology Mission to Poland from May 12 to 13, 2025.\n\n"
            "Day 1 – Monday, May 12 (Warsaw)\n\nMeeting with the Ministry of Digital Affairs\n"
            "The delegation met the Deputy Minister to discuss the AI Act.\n\n"
            "Courtesy call on the Speaker of the Sejm\nThe Speaker received the delegation in the afternoon.\n\n"
            "Day 2 – Tuesday, May 13 (Kraków)\n\nWorking session with the Małopolska Region\n"
            "Officials presented the region's data centre plans.\n\n"
            "About the Chamber\nThe Chamber represents 300 companies.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"], r["title"] if r["event_type"] == "meeting" else None) for r in records] == [
        ("visit", "2025-05-12", None),
        ("meeting", "2025-05-12", "Meeting with the Ministry of Digital Affairs"),
        ("meeting", "2025-05-12", "Courtesy call on the Speaker of the Sejm"),
        ("meeting", "2025-05-13", "Working session with the Małopolska Region"),
    ]


@pytest.mark.parametrize("text, title", [
    ("On 03.06.2024, TechUK hosted the 2nd TechUK–JEITA Roundtable in London.", "2nd TechUK–JEITA Roundtable"),
    ("Side events\n\n- 5 May 2025 | 41st Session of the Working Party on Communication Infrastructures (WPCISP)\n"
     "- 6 May 2025 | Roundtable on cloud security\n", "41st Session of the Working Party on Communication Infrastructures"),
])
def test_events_a_name_keeps_its_camel_case_words_and_ends_before_a_trailing_bracket(run, text, title):
    record = run(text, "t", "2025-05-10")._.records[0]
    assert record["title"] == title


def test_events_touring_a_site_and_meeting_someone_reports_the_meeting(run):
    text = "Hanoi, 12 December 2022\n\nOn Friday, the chief executive toured the planned site and met the Vice Chairman of the Province."
    [record] = run(text, "t")._.records
    assert (record["event_type"], record["start_date"]) == ("meeting", "2022-12-09")


@pytest.mark.parametrize("sentence, day", [
    ("The Minister had the pleasure of meeting the President of Kenya on 3 May.", "2025-05-03"),
    ("Minister Kim was honoured to receive the delegation on 2 May.", "2025-05-02"),
    ("On the sidelines, the Ambassador was pleased to meet the Minister of Communications on 1 May.", "2025-05-01"),
])
def test_events_being_pleased_or_honoured_to_meet_someone_reports_the_meeting(run, sentence, day):
    [record] = run("Rome, 5 May 2025\n\n" + sentence, "t")._.records
    assert (record["event_type"], record["start_date"]) == ("meeting", day)


def test_events_being_pleased_to_meet_in_future_is_no_meeting(run):
    assert run("Rome, 5 May 2025\n\nThe Minister will be pleased to meet the President of Kenya on 13 May.", "t")._.records == []


def test_events_a_stay_in_a_country_is_a_trip_and_a_call_on_an_institution_beside_talks_a_meeting(run):
    text = ("BEIJING, Nov. 21 -- The Vice Minister held talks here on Monday with a visiting Kenyan delegation led by "
            "Minister Eliud Owalo. Earlier on Monday, the Kenyan delegation visited the China Academy of Space Technology. "
            "Owalo is in China from Nov. 18 to 24 at the invitation of the Ministry.")
    records = run(text, "t", "2023-11-21")._.records
    assert sorted((r["event_type"], r["start_date"], r["end_date"]) for r in records) == [
        ("meeting", "2023-11-20", "2023-11-20"), ("meeting", "2023-11-20", "2023-11-20"), ("visit", "2023-11-18", "2023-11-24")]


def test_events_participants_visiting_a_centre_during_a_workshop_is_part_of_it(run):
    text = ("Kigali, 14 February 2026\n\nThe regional workshop on data governance was held in Kigali from 10 to 12 February 2026. "
            "On the second day, participants also visited the national data centre.")
    records = run(text, "t")._.records
    assert [r["event_type"] for r in records] == ["workshop"]


@pytest.mark.parametrize("text, expected", [
    ("Wellington, 9 March 2026\n\nOn the margins of the East Asia Summit on 8 March, Minister Reti met "
     "Fiji's Minister for Communications.", [("meeting", "2026-03-08"), ("summit", "2026-03-08")]),
    ("Santiago, 5 March 2026\n\nDuring his official visit to Chile on 2-4 March 2026, the Minister was received by "
     "President Boric.", [("meeting", "2026-03-02"), ("visit", "2026-03-02")]),
    # "the Forum" is the Public Forum already told; "Alongside" is no word of its name
    ("Geneva, 6 March 2026\n\nThe agency held its annual Public Forum from 2 to 4 March 2026. Alongside the Forum, the "
     "Director met the ministers of Peru and Ghana on 3 March.", [("forum", "2026-03-02"), ("meeting", "2026-03-03")]),
    ("Johannesburg, 24 November 2025\n\nThe G20 Leaders' Summit took place in Johannesburg on 22-23 November 2025. On the "
     "sidelines of the summit, the Prime Minister met the President of Brazil on 22 November.",
     [("meeting", "2025-11-22"), ("summit", "2025-11-22")]),
])
def test_events_meeting_someone_at_another_event_reports_both(run, text, expected):
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == expected


@pytest.mark.parametrize("sentence", [
    "The Minister called on Governor Sato on 3 March.",
    "The Minister called on the Prime Minister on 3 March to discuss data centres.",
    "The Secretary sat down with the heads of four software firms on 3 March.",
    "The King granted an audience to the visiting trade delegation on 3 March.",
    "The Minister welcomed her Thai counterpart to Canberra on 3 March.",
    "The committee members were hosted by the Speaker of Parliament on 3 March.",
    "In Osaka, the Ambassador took the opportunity to meet the Governor on 3 March.",
    "The delegation held discussions with the provincial People's Committee on 3 March.",
])
def test_events_verbs_of_meeting_someone_report_a_meeting(run, sentence):
    [record] = run("Canberra, 5 March 2026\n\n" + sentence, "t")._.records
    assert (record["event_type"], record["start_date"]) == ("meeting", "2026-03-03")


@pytest.mark.parametrize("sentence", [
    "The Secretary-General called on all member states to ratify the convention on 3 March.",
    "The Minister welcomed the adoption of the framework on 3 March.",
])
def test_events_an_appeal_or_a_welcome_of_a_decision_is_no_meeting(run, sentence):
    assert run("Canberra, 5 March 2026\n\n" + sentence, "t")._.records == []


@pytest.mark.parametrize("sentence, expected", [
    ("The Minister arrived in Nairobi on 2 March for a three-day working visit.", ("visit", "2026-03-02")),
    ("The Deputy Minister led a business delegation to Vietnam from 2 to 5 March.", ("visit", "2026-03-02")),
    ("The Deputy Minister led a delegation to the 5th ASEAN Digital Senior Officials' Meeting in Singapore on 2 March.",
     ("meeting", "2026-03-02")),
])
def test_events_arriving_for_a_visit_or_leading_a_delegation_to_a_country_is_a_trip(run, sentence, expected):
    [record] = run("Hanoi, 6 March 2026\n\n" + sentence, "t")._.records
    assert (record["event_type"], record["start_date"]) == expected


def test_events_a_separate_meeting_the_same_day_is_a_second_meeting(run):
    text = ("Berlin, 4 March 2026\n\nThe State Secretary received Korea's Vice Minister of Science and ICT on 3 March. "
            "In a separate meeting the same day, the Vice Minister met representatives of the German AI Association.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("meeting", "2026-03-03"), ("meeting", "2026-03-03")]


@pytest.mark.parametrize("text, expected", [
    # a clause with a day of its own is a meeting of its own
    ("Lima, 20 June 2025\n\nThe Vice Minister was in Chile from 16 to 18 June. On Monday she held talks with the Minister of "
     "Science, and on Wednesday she opened the Andean Data Forum.",
     [("forum", "2025-06-18"), ("meeting", "2025-06-16"), ("visit", "2025-06-16")]),
    # a clause after a leg of the trip, told with "where"
    ("Lima, 20 June 2025\n\nThe Vice Minister was in Chile from 16 to 18 June. On Tuesday she flew to Valparaíso, where she "
     "met the regional Governor.", [("meeting", "2025-06-17"), ("visit", "2025-06-16")]),
    # a meeting on the sidelines of the forum she spoke at
    ("Lima, 20 June 2025\n\nThe Vice Minister spoke on a panel at the Andean Data Forum on 18 June, and met the Minister of "
     "Economy of Ecuador on the sidelines of the forum.", [("forum", "2025-06-18"), ("meeting", "2025-06-18")]),
])
def test_events_a_clause_of_its_own_tells_a_meeting_of_its_own(run, text, expected):
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == expected


@pytest.mark.parametrize("sentence", [
    # one stop told in two verbs
    "On 17 June the Vice Minister visited the Santiago campus of Huawei and held a working session with its engineers.",
    "On 17 June the Vice Minister visited the Data Protection Agency, where she was received by its Director.",
])
def test_events_one_stop_told_in_two_verbs_is_one_event(run, sentence):
    records = run("Lima, 20 June 2025\n\n" + sentence, "t")._.records
    assert [r["start_date"] for r in records] == ["2025-06-17"]


def test_events_bilateral_talks_with_counterparts_of_several_countries_sum_up_the_meetings_told_after(run):
    text = ("Lima, 20 June 2025\n\nThe Minister attended the APEC Digital Ministerial Meeting in Santiago on 16 June, and on its "
            "sidelines held bilateral talks with his counterparts from Chile, Japan and Korea. On 16 June he met Chile's Minister "
            "of Science. On 17 June he met Japan's Minister for Digital Transformation.")
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == [
        ("meeting", "2025-06-16"), ("meeting", "2025-06-16"), ("meeting", "2025-06-17")]


@pytest.mark.parametrize("sentence", [
    "The Minister received a visit from the Ambassador of Finland on 3 May.",
    "The Ambassador paid a courtesy visit to the Minister of Enterprises on 3 May.",
    "The Minister received Mr. Jensen, who is on a working trip to Italy, on 3 May.",
])
def test_events_a_visit_to_someone_is_a_meeting_not_a_trip(run, sentence):
    [record] = run("Rome, 5 May 2025\n\n" + sentence, "t")._.records
    assert (record["event_type"], record["start_date"]) == ("meeting", "2025-05-03")


def test_events_a_panel_at_a_named_forum_reports_the_forum(run):
    text = "Rome, 5 May 2025\n\nThe Minister took part in a panel discussion at the Mediterranean Digital Forum on 3 May."
    [record] = run(text, "t")._.records
    assert (record["event_type"], record["title"]) == ("forum", "Mediterranean Digital Forum")


def test_events_a_bilateral_held_during_a_named_council_reports_both(run):
    text = ("Ottawa, 10 October 2025\n\nDuring the Canada-EU Digital Partnership Council on 9 October, the two ministers also "
            "held a bilateral meeting on AI compute.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["title"]) for r in records] == [
        ("meeting", None), ("meeting", "Canada-EU Digital Partnership Council")]


def test_events_a_delegation_in_a_country_this_week_and_its_meetings_so_far(run):
    text = ("Press release\n14-05-2025 - 10:30\n\nA delegation of five Members of the Trade Committee is in Ottawa from 12 "
            "to 15 May 2025. On Monday, MEPs met officials of Global Affairs Canada on the digital trade chapter. Today, they "
            "are meeting members of the House of Commons trade committee. On Thursday, they will visit a quantum computing "
            "laboratory.")
    records = run(text, "t", None)._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [
        ("visit", "2025-05-12"), ("meeting", "2025-05-12"), ("meeting", "2025-05-14")]


def test_events_an_events_page_with_date_and_place_over_each_title(run):
    text = ("Events\n\nPast events\n\nMonday 3 March 2025, 10:00-11:30 CET\nOnline\nWebinar: Export controls on AI chips\n"
            "Speakers discussed the new rules.\n\nFriday 14 February 2025, 09:00-13:00 CET\nLisbon\nWorkshop on data "
            "spaces for health research\nResearchers compared governance models.\n")
    records = run(text, "t", "2025-03-20")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("workshop", "2025-03-03"), ("workshop", "2025-02-14")]


def test_events_a_meeting_announced_as_next_in_a_series_is_not_reported(run):
    text = ("Recap: Riyadh roundtable on compute\n\nPosted 18 April 2025\n\nOn 15 April, the Institute convened a "
            "closed-door roundtable in Riyadh on compute.\n\nNext in the series: a workshop in Tokyo in September on chip "
            "design talent.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("workshop", "2025-04-15")]


@pytest.mark.parametrize("text, expected", [
    ("Ottawa, 12 May 2026\n\nThe ministers opened the Canada-Mexico Digital Dialogue in Ottawa on 11 May. The day before, "
     "trade officials of both countries held a working-level meeting on customs data.",
     [("dialogue", "2026-05-11"), ("meeting", "2026-05-10")]),
    ("Lima, 12 May 2026\n\nThe Vice Minister received a delegation of Chilean start-up founders on 11 May. Later that day, "
     "she chaired a roundtable with payment providers.", [("meeting", "2026-05-11"), ("workshop", "2026-05-11")]),
])
def test_events_a_meeting_told_a_day_from_the_last_one_is_its_own_event(run, text, expected):
    assert [(r["event_type"], r["start_date"]) for r in run(text, "t")._.records] == expected


def test_events_a_day_told_in_another_verbs_clause_makes_no_second_event(run):
    text = ("Seoul, 12 May 2026\n\nThe two presidents held talks in Seoul on 11 May. They witnessed the exchange of "
            "six documents on battery supply chains and briefed the press the same day.")
    assert [r["event_type"] for r in run(text, "t")._.records] == ["meeting"]  # talks the presidents held


@pytest.mark.parametrize("text, expected", [
    ("Berlin, 4 April 2026\n\nOn the sidelines of Hannover Messe on 1 April, the State Secretary met Japan's "
     "Vice Minister of Economy.", [("meeting", "2026-04-01"), ("other", "2026-04-01")]),
    ("Tallinn, 4 April 2026\n\nThe Minister took part in Latitude59 Tech Week in Tallinn from 1 to 3 April.",
     [("conference", "2026-04-01")]),
    ("Nairobi, 24 April 2026\n\nKenya's ICT Cabinet Secretary opened GITEX Kenya 2026 on 21 April.",
     [("other", "2026-04-21")]),
])
def test_events_a_trade_show_named_by_its_brand_or_by_week_or_messe_is_an_event(run, text, expected):
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == expected


def test_events_a_trade_show_keeps_its_place_and_year_in_its_name(run):
    [record] = run("Nairobi, 24 April 2026\n\nKenya's ICT Cabinet Secretary opened GITEX Kenya 2026 on 21 April.", "t")._.records
    assert record["title"] == "GITEX Kenya 2026"


def test_events_a_brand_named_show_keeps_its_year_and_recurs_under_its_brand(run):
    [record] = run("Paris, 14 June 2026\n\nThe Secretary of State visited VivaTech 2026, where she spoke on 12 June.", "t")._.records
    assert (record["title"], record["series"]) == ("VivaTech 2026", "VivaTech")


def test_events_this_week_names_no_event(run):
    text = "Lima, 12 May 2026\n\nThe ministry held a workshop on open data this week with 40 municipal officials."
    assert [r["event_type"] for r in run(text, "t")._.records] == ["workshop"]


def test_events_bilateral_meetings_with_two_counterparts_are_two_meetings(run):
    text = ("Accra, 12 May 2026\n\nOn 11 May the Minister held bilateral meetings with Togo's Minister of Digital "
            "Economy, Ms Ama Lawson, and with the Deputy Minister of Trade of Benin.")
    assert [(r["event_type"], r["start_date"]) for r in run(text, "t")._.records] == [("meeting", "2026-05-11")] * 2


def test_events_bilateral_meetings_with_ministers_counted_make_no_meeting_each(run):
    text = "Accra, 12 May 2026\n\nThe Minister has held bilateral meetings with several counterparts since January."
    assert run(text, "t")._.records == []


@pytest.mark.parametrize("sentence", [
    "The Authority and the Bank of Ghana today signed a memorandum of understanding on payment data.",
    "On the last day of the fair, the two agencies signed a cooperation agreement on 5G testing.",
])
def test_events_a_signing_told_on_its_day_is_a_signing(run, sentence):
    records = run("Accra, 12 May 2026\n\nThe Accra Tech Fair ran from 10 to 12 May. " + sentence, "t")._.records
    assert "signing" in [r["event_type"] for r in records]


@pytest.mark.parametrize("sentence", [
    "Ghana and Togo have signed an agreement on payment data.",
    "The agreement, signed in 2024, covers payment data.",
])
def test_events_a_bare_mention_of_a_signing_is_no_event(run, sentence):
    assert run("Accra, 12 May 2026\n\n" + sentence, "t")._.records == []


def test_events_a_signing_told_twice_is_one_signing_beside_the_forum_it_closed(run):
    text = ("Accra, 12 May 2026\n\nThe two regulators today signed a memorandum of understanding on spectrum sharing. "
            "The memorandum was signed at a ceremony that closed the West Africa Spectrum Forum, held in Accra on 11 "
            "and 12 May.")
    records = run(text, "t")._.records
    assert sorted((r["event_type"], r["start_date"]) for r in records) == [("forum", "2026-05-11"), ("signing", "2026-05-12")]


def test_events_an_organiser_named_conference_is_not_the_meeting(run):
    text = ("Geneva, 12 May 2026\n\nConvened by the United Nations Conference on Trade and Development, the Digital "
            "Commerce Dialogue took place in Geneva on 11 May.")
    [record] = run(text, "t")._.records
    assert record["title"] == "Digital Commerce Dialogue"


@pytest.mark.parametrize("sentence, expected", [
    ("Deputy Prime Minister Le Van Thanh received and worked with a delegation of the Korea Semiconductor Industry "
     "Association on 11 May.", [("meeting", "2026-05-11")]),
    ("On 11 May the ministry worked with two universities to design a chip course.", []),
])
def test_events_working_with_a_delegation_is_a_meeting_but_not_working_with_partners_on_something(run, sentence, expected):
    records = run("Hanoi, 12 May 2026\n\n" + sentence, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == expected


def test_events_a_meeting_listed_under_coming_up_is_not_reported(run):
    # The page states no date of its own, so "Tuesday, 19 March" cannot be told from a past day by the date.
    text = ("Anglo-Thai Business Council\nMembers' Bulletin\n\nOn 7 February 2024, officials of the Digital Economy "
            "Promotion Agency met a delegation of British fintech firms in Bangkok.\n\n"
            "Coming up\n\nSeminar, Tuesday, 19 March: open banking rules in Thailand.\n\n"
            "Past events\n\nWorkshop, 12 January 2024: cloud adoption by Thai banks.\n")
    kinds = sorted(d["event_type"] for d in run(text)._.events)
    assert kinds == ["meeting", "workshop"]


_RETURNED = ("WELLINGTON, Friday 6 June 2025 – Trade Minister Anna Keller has returned from Chile and Peru, where she "
             "met ministers and business leaders from Monday to Thursday to promote digital trade.\n\n"
             "In Santiago on Monday, Minister Keller held talks with Chile's Minister of Economy, Nicolás Grau, "
             "on paperless trade and data flows.\n\n"
             "Following the talks, the two ministers witnessed the signing of a memorandum on digital trade "
             "between the two trade promotion agencies.\n\n"
             "On Wednesday in Lima, she met Peru's Vice Minister of Foreign Trade to discuss e-commerce rules.")


def test_events_meeting_people_in_places_come_back_from_is_a_trip_with_its_stops(run):
    from pipeline.records import doc_to_records

    told = [(r.event_type, r.start_date.isoformat(), r.end_date.isoformat()) for r in doc_to_records(run(_RETURNED))]
    assert told[0] == ("visit", "2025-06-02", "2025-06-05")
    assert ("meeting", "2025-06-04", "2025-06-04") in told


def test_events_a_signing_following_the_talks_on_a_trip_is_a_signing_that_day(run):
    from pipeline.records import doc_to_records

    told = [(r.event_type, r.start_date.isoformat()) for r in doc_to_records(run(_RETURNED))]
    assert ("signing", "2025-06-02") in told


def test_events_talks_named_inside_another_sentence_set_no_day(run):
    # "issued after the talks" goes on about the talks just told; it opens no meeting of that day.
    text = ("MANILA, 3 March 2025 – The two foreign ministers held talks at the Department of Foreign Affairs on "
            "Monday. In a joint statement issued after the talks, the ministers welcomed progress on "
            "semiconductor supply chains.")
    assert len(run(text)._.records) == 1


def test_events_a_named_assembly_is_a_gathering_and_a_national_assembly_a_body(run):
    text = ("GENEVA, 30 May 2025 – The Seventy-eighth World Health Assembly concluded today at the Palais des Nations.\n\n"
            "Earlier, the Speaker addressed the National Assembly of Zambia on Tuesday 27 May.")
    assert [(r["event_type"], r["title"]) for r in records(run, text, "2025-05-30")] == [
        ("conference", "Seventy-eighth World Health Assembly")]


@pytest.mark.parametrize("text, n", [
    ("The Minister said the draft reflects feedback gathered over the past year from start-ups, and was approved "
     "by the Cabinet in March 2025.", 0),
    ("Ministers from the six Gulf countries gathered in Muscat in March 2025 to discuss data centres.", 1),
    # the parser may hang "gathered" on "countries": parties gather too
    ("Regulators responsible for telecoms from the three Andean countries gathered in Quito on Thursday to agree "
     "on spectrum rules.", 1),
])
def test_events_gathered_reports_a_meeting_only_of_people_or_parties(run, text, n):
    assert len(records(run, text, "2025-04-02")) == n


@pytest.mark.parametrize("text, n", [
    ("BERLIN, 6 May 2025 – On the margins of the fair, the State Secretary held a bilateral with Korea's Vice "
     "Minister of Science and ICT on Monday.", 1),
    ("BERLIN, 6 May 2025 – The two governments agreed on Monday to deepen bilateral cooperation on chip design.", 0),
])
def test_events_a_bilateral_is_a_meeting_only_as_a_noun(run, text, n):
    assert len(records(run, text, "2025-05-06")) == n


def test_events_engaging_people_at_a_meeting_reports_it(run):
    text = ("KIGALI, 12 June 2025 – On Tuesday, the Minister of ICT engaged investors at a roundtable on "
            "incentives for data centres.")
    assert [(r["event_type"], r["start_date"]) for r in records(run, text, "2025-06-12")] == [("workshop", "2025-06-10")]


def test_events_an_object_the_parser_makes_the_subject_of_the_participle_after_it(run):
    # "co-chaired the third round …, held online on …": the small model hangs the round on "held".
    text = ("Santiago, 30 October 2025\n\nThe Undersecretary of International Economic Relations and her New Zealand "
            "counterpart co-chaired the fourth round of DEPA accession talks with Costa Rica, held virtually on 28 and "
            "29 October.")
    assert [r["start_date"] for r in records(run, text, "2025-10-30")] == ["2025-10-28"]


def test_events_a_bulleted_programme_line_names_its_event_after_a_colon(run):
    text = ("ACCRA, 4 October 2024 – The Minister's programme in Singapore:\n\n"
            "- 30 September 2024: meeting with the Minister for Digital Development and Information\n"
            "- 1 October 2024: roundtable with fintech founders at Block71\n")
    told = sorted((r["event_type"], r["start_date"]) for r in records(run, text, "2024-10-04"))
    assert told == [("meeting", "2024-09-30"), ("workshop", "2024-10-01")]


def test_events_a_digest_s_radar_is_no_report_and_lends_no_topics(run):
    text = ("TECH POLICY WEEKLY\nFriday, 14 March 2025\n\n"
            "Kenya and Ghana held their first digital trade dialogue in Nairobi on Tuesday, 11 March, on paperless "
            "customs and e-payments.\n\n"
            "ON OUR RADAR\n- 20 March: webinar on semiconductor export controls, hosted by a think tank\n")
    recs = records(run, text, "2025-03-14")
    assert [r["start_date"] for r in recs] == ["2025-03-11"]
    assert "semiconductors" not in recs[0]["topics"]


def test_events_a_digest_s_items_between_rules_keep_their_own_topics(run):
    text = ("POLICY WATCH | No. 40 | Friday, 14 March 2025\n\n---\n\n"
            "1. KENYA AND GHANA TALK TRADE\n\n"
            "Kenya and Ghana held their first digital trade dialogue in Nairobi on Tuesday, 11 March. "
            "Officials discussed paperless customs.\n\n---\n\n"
            "2. CHIP RULES TIGHTEN\n\n"
            "Ministers from three countries met by video on Wednesday. They compared export controls on "
            "semiconductor equipment.\n\n---\n\n"
            "3. PRIVACY LAW PASSES\n\nParliament passed a personal data protection bill.\n")
    recs = records(run, text, "2025-03-14")
    assert [(r["start_date"], r["topics"]) for r in recs] == [
        ("2025-03-11", ["digital_trade"]), ("2025-03-12", ["semiconductors"])]


def test_events_a_meeting_where_a_trip_ended_is_a_stop_on_that_day(run):
    # The trip's length ("two-day visit") is not the stop's.
    text = ("Brussels, 21 January 2026\n\nThe Commissioner's two-day visit to Ghana ended on Tuesday in Kumasi, where "
            "she toured the university and met researchers working on speech recognition.")
    told = sorted((r["event_type"], r["start_date"], r["end_date"]) for r in records(run, text, "2026-01-21"))
    assert told == [("meeting", "2026-01-20", "2026-01-20"), ("visit", "2026-01-19", "2026-01-20")]


def test_events_an_earlier_round_of_the_dialogue_is_another_meeting(run):
    text = ("SEOUL, 9 October 2025 – Korean and Chilean officials ended two days of talks on Wednesday on rules for "
            "trade in critical minerals.\n\nThe talks follow a first round of the dialogue held in Santiago in May, "
            "which dealt with customs data.")
    told = sorted((r["event_type"], r["start_date"]) for r in records(run, text, "2025-10-09"))
    assert ("dialogue", "2025-05-01") in told and len(told) == 2


def test_events_what_a_signed_agreement_provides_for_is_no_meeting_of_the_signing(run):
    text = ("MUSCAT, 14 November 2024 – The Oman Cyber Summit closed today.\n\nToday, on the summit's second day, the "
            "Authority and the World Bank signed a cooperation agreement under which the two sides will implement a "
            "skills program, including training for young engineers.")
    assert sorted(r["event_type"] for r in records(run, text, "2024-11-14")) == ["conference", "signing"]


def test_events_clauses_a_semicolon_sets_apart_are_read_as_sentences(run):
    # "; on Wednesday she paid courtesy calls on X and on Y": a day of its own and one call per counterpart.
    text = ("Nairobi, 15 March 2025\n\nThe Trade Secretary concluded a working visit to Jakarta on Friday. On Tuesday "
            "she was hosted by Indonesia's Minister of Industry; on Wednesday she paid courtesy calls on the Governor "
            "of Bank Indonesia and on the Chair of the Investment Board.")
    meetings = sorted(r["start_date"] for r in records(run, text, "2025-03-15") if r["event_type"] == "meeting")
    assert meetings == ["2025-03-11", "2025-03-12", "2025-03-12"]


def test_events_a_trip_told_by_its_last_day_begins_with_its_first_stop(run):
    text = ("Nairobi, 15 March 2025\n\nThe Trade Secretary concluded a working visit to Jakarta on Friday. On Tuesday "
            "she held talks with Indonesia's Minister of Industry.")
    [trip] = [r for r in records(run, text, "2025-03-15") if r["event_type"] == "visit"]
    assert (trip["start_date"], trip["end_date"]) == ("2025-03-11", "2025-03-14")


@pytest.mark.parametrize(
    "text, want",
    [
        ("Lagos, 12 June 2025\n\nDuring her stay in Accra from 9 to 11 June, the Nigerian Minister of Communications "
         "met the Ghanaian Minister for Communications.", [("meeting", "2025-06-09"), ("visit", "2025-06-09")]),
        ("Lagos, 12 June 2025\n\nThe court granted a stay of the ruling on 9 June, and the two ministers met in Accra "
         "on 11 June.", [("meeting", "2025-06-11")]),
    ],
)
def test_events_someone_s_stay_in_a_place_is_a_trip(run, text, want):
    assert sorted((r["event_type"], r["start_date"]) for r in records(run, text, "2025-06-12")) == want


def test_events_a_call_paid_before_a_meeting_opened_is_a_meeting_of_its_own(run):
    text = ("Windhoek, 6 March 2025\n\nThe SADC Data Forum was held in Windhoek on 4 and 5 March 2025. The forum opened "
            "on Tuesday, shortly after the Zambian Minister paid a courtesy call on the Prime Minister that morning.")
    told = sorted((r["event_type"], r["start_date"]) for r in records(run, text, "2025-03-06"))
    assert told == [("forum", "2025-03-04"), ("meeting", "2025-03-04")]


def test_events_two_people_exchanging_views_on_the_margins_is_a_meeting(run):
    text = ("Rome, 4 July 2025\n\nDigital ministers of the Three Seas Initiative met in Rome on 3 July 2025. On the "
            "sidelines of the meeting, Minister Rossi and Minister Kowalski exchanged views on satellite links.")
    assert sorted(r["event_type"] for r in records(run, text, "2025-07-04")) == ["meeting", "meeting"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Lisbon, 6 May 2025\n\nOn Monday the Commissioner delivered the keynote address at the Atlantic Data "
         "Symposium in Lisbon.", ["conference"]),
        ("Lisbon, 6 May 2025\n\nOn Monday the Commissioner delivered a statement on data flows.", []),
    ],
)
def test_events_speaking_at_an_event_reports_the_event(run, text, want):
    assert [r["event_type"] for r in records(run, text, "2025-05-06")] == want


@pytest.mark.parametrize(
    "text, series",
    [
        ("The Institute hosted a Workshop on Quantum Supply Chains in Vienna on 4 May 2025.", None),
        ("The Institute hosted the third Vienna Workshop on Quantum Supply Chains on 4 May 2025.",
         "Vienna Workshop on Quantum Supply Chains"),
    ],
)
def test_events_a_workshop_belongs_to_a_series_only_when_numbered(run, text, series):
    [rec] = records(run, text, "2025-05-10")
    assert rec["series"] == series


@pytest.mark.parametrize(
    "text, title",
    [
        ("Lima, 20 May 2025\n\nThe Minister concluded a three-day visit to Peru on 19 May 2025.", None),
        ("Lima, 20 May 2025\n\nThe Minister concluded a three-day working visit to Peru on 19 May 2025.", "working visit to Peru"),
    ],
)
def test_events_a_plain_visit_to_a_country_has_no_title(run, text, title):
    [rec] = records(run, text, "2025-05-20")
    assert rec["title"] == title


def test_events_a_name_keeps_its_list_of_capitalised_words(run):
    text = "The G20 Trade, Investment and Digital Ministers' Meeting was held in Rio de Janeiro on 24 October 2024."
    [rec] = records(run, text, "2024-10-30")
    assert rec["title"] == "G20 Trade, Investment and Digital Ministers' Meeting"


@pytest.mark.parametrize(
    "text, dates",
    [
        # a page with no date of its own: the year alone cannot tell the plan from a meeting held
        ("The 4th Peru–Chile Digital Dialogue closed in Lima on 4 June 2025.\n\nThe two sides agreed to hold the "
         "fifth dialogue in Santiago in 2026.", ["2025-06-04"]),
        ("The 4th Peru–Chile Digital Dialogue closed in Lima on 4 June 2025.\n\nThe two sides agreed that the "
         "fifth dialogue should take place in Santiago in 2026.", ["2025-06-04"]),
        # the meeting that agreed is still a meeting
        ("The Joint Committee, which met in Oslo on 4 June 2025, agreed to set up a working group on e-invoicing.",
         ["2025-06-04"]),
    ],
)
def test_events_a_meeting_agreed_on_is_still_to_come(run, text, dates):
    assert [r["start_date"] for r in run(text)._.records] == dates


@pytest.mark.parametrize(
    "text, want",
    [
        ("Dhaka, 5 May 2025\n\nThe Adviser gathered representatives of twenty telecom operators at the ICT Tower on "
         "4 May 2025 to discuss spectrum pricing.", ["2025-05-04"]),
        ("Dhaka, 5 May 2025\n\nThe Ministry brought together fifty experts from industry and academia in Dhaka on "
         "4 May 2025 to review the draft AI policy.", ["2025-05-04"]),
        # no day: feedback gathered is no meeting
        ("Dhaka, 5 May 2025\n\nThe Ministry gathered feedback from operators on the draft spectrum rules.", []),
    ],
)
def test_events_a_host_gathering_people_on_a_day_held_a_meeting(run, text, want):
    assert [r["start_date"] for r in records(run, text, "2025-05-05") if r["event_type"] == "meeting"] == want
