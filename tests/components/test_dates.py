"""press_dates: which date is the event's, and how it becomes start, end, precision and sessions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def _dates(record: dict) -> tuple:
    sessions = [(s["start"], s["end"]) for s in record["sessions"]]
    return record["start_date"], record["end_date"], record.get("date_precision", "day"), sessions


SECTION_PAGE = """2021 U.S.-China Track II Dialogue on the Digital Economy

November 17 – 18, 2021
Zoom meeting

The National Committee convened the fourth Track II Dialogue on the Digital Economy virtually through Zoom on November 17 and 18, 2021 (November 18 and 19, 2021 in China).

2020 U.S.-China Track II Dialogue on the Digital Economy

December 2 – 4, 2020
Zoom meeting

The National Committee convened the third Track II Dialogue on the Digital Economy virtually through Zoom on December 2 and 3, 2020 (December 3 and 4, 2020 in China).

March 10 – 12, 2019
Washington, DC

The inaugural dialogue on the Digital Economy was held in March 2019 at the Cosmos Club in Washington, D.C.
"""


def test_dates_section_pages_prefer_the_first_stated_time_zone(run):
    records = run(SECTION_PAGE, "sections")._.records
    assert [_dates(r) for r in records] == [
        ("2021-11-17", "2021-11-18", "day", [("2021-11-17", "2021-11-18")]),
        # The sentence is more exact than the date line, which spans both time zones.
        ("2020-12-02", "2020-12-03", "day", [("2020-12-02", "2020-12-03")]),
        # "in March 2019" is less precise than the date line: the date line wins.
        ("2019-03-10", "2019-03-12", "day", [("2019-03-10", "2019-03-12")]),
    ]


CASES = [
    # (press text, --published, expected (start, end, precision, sessions))
    pytest.param(
        "The sixth ministerial meeting of the Trade and Technology Council took place on 4-5 April 2024 "
        "at the Faculty Club in Leuven, Belgium.",
        None, ("2024-04-04", "2024-04-05", "day", [("2024-04-04", "2024-04-05")]), id="range-in-sentence"),
    pytest.param(
        "European Commission - Press release\n\nLeuven, 5 April 2024\n\nThe sixth ministerial meeting of the "
        "Trade and Technology Council took place on 4-5 April 2024 in Leuven.",
        None, ("2024-04-04", "2024-04-05", "day", [("2024-04-04", "2024-04-05")]), id="dateline-is-not-the-event"),
    pytest.param(
        "NEW DELHI, 6 December 2023 — Carnegie India convened the third Track 1.5 Dialogue on Critical and "
        "Emerging Technologies on 4 and 5 December at the Taj Palace.",
        None, ("2023-12-04", "2023-12-05", "day", [("2023-12-04", "2023-12-05")]), id="year-from-dateline"),
    pytest.param(
        "ST. JOHN'S, N.L., March 12, 2024 – The province yesterday hosted a roundtable on ocean data with Atlantic firms.",
        None, ("2024-03-11", "2024-03-11", "day", [("2024-03-11", "2024-03-11")]), id="dateline-place-with-abbreviations"),
    pytest.param(
        "6th India-France Cyber Dialogue\n\nMay 06, 2023\n\nThe 6th India-France Cyber Dialogue was held in "
        "New Delhi on 3 and 5 May 2023.",
        None, ("2023-05-03", "2023-05-05", "day", [("2023-05-03", "2023-05-03"), ("2023-05-05", "2023-05-05")]),
        id="two-sittings-not-the-date-line"),
    pytest.param(
        "The Track II dialogue convened virtually on December 19, 2022 and February 13, 2023 (December 20, 2022 "
        "and February 14, 2023 in China).",
        None, ("2022-12-19", "2023-02-13", "day", [("2022-12-19", "2022-12-19"), ("2023-02-13", "2023-02-13")]),
        id="sessions-across-years"),
    pytest.param(
        "The two sides convened the dialogue by video link on January 24, 2022, or January 25, 2022 Beijing time.",
        None, ("2022-01-24", "2022-01-24", "day", [("2022-01-24", "2022-01-24")]), id="time-zone-restated-with-or"),
    pytest.param(
        "date 2024-03-12\nOn Tuesday, CSIS and JIIA convened the second U.S.-Japan Semiconductor Supply Chain "
        "Roundtable in Washington. The inaugural roundtable was convened in Tokyo in September 2023.",
        None, ("2024-03-12", "2024-03-12", "day", [("2024-03-12", "2024-03-12")]), id="weekday-is-publication-day"),
    pytest.param(
        "ACME FEDERATION\nNewsroom | Trade and investment | 14.03.2024\n\nOn Tuesday, the federation's board met "
        "the Economy Minister in Vienna to discuss chip subsidies.",
        None, ("2024-03-12", "2024-03-12", "day", [("2024-03-12", "2024-03-12")]), id="weekday-after-two-labels-and-dotted-date"),
    pytest.param(
        "Home > Briefings\n\nSpokesperson Li Na's Regular Press Conference on March 14, 2024\n\nQ: Yesterday the foreign "
        "minister met his Thai counterpart in Beijing. Can you share more?",
        None, ("2024-03-13", "2024-03-13", "day", [("2024-03-13", "2024-03-13")]), id="briefing-heading-dates-the-transcript"),
    pytest.param(
        "Seoul, 13 March 2025\n\nMinister Kim held the '2nd Korea-Chile Digital Dialogue' with his counterpart on the "
        "12th (Wed.) in Seoul.",
        None, ("2025-03-12", "2025-03-12", "day", [("2025-03-12", "2025-03-12")]), id="day-of-month-from-the-dateline"),
    pytest.param(
        "Department of Industry\n\nNews release\n\nMinisters meet on quantum networks\n\nFrom: Department of "
        "Industry\n\nMarch 6, 2025 – Halifax, Nova Scotia\n\nOn Tuesday, ministers from both countries gathered in "
        "Halifax for the first Atlantic Quantum Dialogue.",
        None, ("2025-03-04", "2025-03-04", "day", [("2025-03-04", "2025-03-04")]), id="date-then-place-dateline-far-down"),
    pytest.param(
        "MANILA, PHILIPPINES (14 March 2025) — The 12th meeting of the Regional Digital Trade Committee was held at "
        "the Bank's headquarters on Wednesday.",
        None, ("2025-03-12", "2025-03-12", "day", [("2025-03-12", "2025-03-12")]), id="dateline-in-brackets"),
    pytest.param(
        "Posted: 07/03/2026 - 09:15\n\nDoha, Mar 7 (QNA) -- The Minister of Communications held talks on Thursday "
        "with the visiting Estonian Minister of Digital Affairs.",
        None, ("2026-03-05", "2026-03-05", "day", [("2026-03-05", "2026-03-05")]), id="yearless-dateline-takes-the-year-above"),
    pytest.param(
        "American and Chinese scientists met in Singapore on Friday and Saturday for closed-door talks on AI.",
        "2024-06-17", ("2024-06-14", "2024-06-15", "day", [("2024-06-14", "2024-06-15")]), id="weekday-pair-cli-date"),
    pytest.param(
        "Durban, 10 November 2023 — The Minister today hosted the BRICS Communications Ministers' Meeting "
        "in Durban.",
        None, ("2023-11-10", "2023-11-10", "day", [("2023-11-10", "2023-11-10")]), id="today-is-the-dateline-day"),
    pytest.param(
        "Durban, 10 November 2023 — The Minister today hosted the BRICS Communications Ministers' Meeting. "
        "Delegates from ten countries attended the meeting, held on 9 and 10 November at the convention centre.",
        None, ("2023-11-09", "2023-11-10", "day", [("2023-11-09", "2023-11-10")]), id="explicit-confirms-today"),
    pytest.param(
        "The G20 Digital Economy Ministers' Meeting concluded today in Bengaluru after two days of talks.",
        "2023-08-19", ("2023-08-18", "2023-08-19", "day", [("2023-08-18", "2023-08-19")]), id="two-day-meeting-concluded"),
    pytest.param(
        "The Wuzhen Summit opened Wednesday in the canal town of Wuzhen. The three-day event runs through Nov. 10.",
        "2023-11-08", ("2023-11-08", "2023-11-10", "day", [("2023-11-08", "2023-11-10")]), id="runs-through"),
    pytest.param(
        "The inaugural dialogue was held in March 2019 at the Cosmos Club in Washington.",
        None, ("2019-03-01", "2019-03-31", "month", []), id="month-precision"),
    pytest.param(
        "The sixth round was held by video conference in 2021.",
        None, ("2021-01-01", "2021-12-31", "year", []), id="year-precision"),
    pytest.param(
        "The Japan Institute, founded in 1959, convened a workshop on chips supply chains on 12 March 2024.",
        None, ("2024-03-12", "2024-03-12", "day", [("2024-03-12", "2024-03-12")]), id="founding-year-skipped"),
    pytest.param(
        "date 2023-10-19\nThe agreement, which was signed in February 2022, was reviewed when the Joint "
        "Committee met in London on Tuesday.",
        None, ("2023-10-17", "2023-10-17", "day", [("2023-10-17", "2023-10-17")]), id="weekday-before-signing"),
    pytest.param(
        "date 2023-10-19\nMinisters met in London to review the Digital Economy Agreement, which was signed "
        "in February 2022.",
        None, (None, None, "day", []), id="signing-date-is-not-the-meeting"),
    pytest.param(
        "date 2024-05-13\nThe Forum, founded in May 2015, held its annual meeting in Geneva last week.",
        None, ("2024-05-06", "2024-05-12", "day", []), id="founding-date-skipped"),
    pytest.param(
        "date 2024-05-13\nThe working group met in Brussels and delivered its proposals by 30 April 2024.",
        None, (None, None, "day", []), id="deadline-skipped"),
    pytest.param(
        "date 2023-11-10\nMinisters held a meeting on 9 November, and agreed that new members join "
        "from 1 January 2024.",
        None, ("2023-11-09", "2023-11-09", "day", [("2023-11-09", "2023-11-09")]), id="future-date-skipped"),
    pytest.param(
        "The dialogue was held in Beijing on September 18th.",
        "2023-09-20", ("2023-09-18", "2023-09-18", "day", [("2023-09-18", "2023-09-18")]), id="year-from-published"),
    pytest.param(
        "The dialogue was held in Beijing on September 18th.",
        None, (None, None, "day", []), id="no-year-no-date"),
    pytest.param(
        "The delegation met in Tokyo on December 28 to discuss export controls.",
        "2024-01-05", ("2023-12-28", "2023-12-28", "day", [("2023-12-28", "2023-12-28")]), id="held-is-in-the-past"),
    pytest.param(
        "2021 Track II Dialogue on the Digital Economy\n\nNovember 17 – 18\n\nThe National Committee convened "
        "the fourth Track II Dialogue virtually through Zoom.",
        "2024-05-01", ("2021-11-17", "2021-11-18", "day", [("2021-11-17", "2021-11-18")]), id="year-from-heading"),
    pytest.param(
        "Trade ministers met in Osaka two days ago to discuss export controls.",
        "2024-03-12", ("2024-03-10", "2024-03-10", "day", [("2024-03-10", "2024-03-10")]), id="days-ago-entity"),
    pytest.param(
        "The AJCCBC last week held a hybrid workshop on critical infrastructure in Bangkok.",
        "2022-05-09", ("2022-05-02", "2022-05-08", "day", []), id="last-week-is-vague"),
    pytest.param(
        "The second round of the Dialogue was held in Lisbon in 2022.",
        "2024-05-01", ("2022-01-01", "2022-12-31", "year", []), id="year-alone"),
    pytest.param(
        "The next round was held in 2031, the ministers said.",
        "2024-05-01", (None, None, "day", []), id="a-year-after-publication-is-no-date"),
]


PROJECT_STAGES = ["press_topic_ruler", "press_events", "press_dates", "press_locations", "press_participants",
                  "press_topics", "press_records"]


def resolve(nlp, text: str, published: str | None) -> dict:
    """Run press_dates alone on one event draft: the passage is the body, the trigger its first past meeting verb.

    The events stage is bypassed so these cases test the choice of date, not the finding of events.
    """
    from datetime import date

    from pipeline.drafts import new_draft
    from pipeline.extract import prepare_doc
    from pipeline.sources import SourceText, split_published_header

    header, body_start = split_published_header(text)
    source = SourceText("case", "case", text, "-", header or (date.fromisoformat(published) if published else None))
    with nlp.select_pipes(disable=[p for p in PROJECT_STAGES if p in nlp.pipe_names]):
        doc = nlp(prepare_doc(nlp, source))
    trigger = next(s for s in doc.sents if any(t.tag_ in ("VBD", "VBN") for t in s) and s.end_char > body_start)
    draft = new_draft(body_start, len(text), trigger.start_char)
    draft["trigger"] = [trigger.start_char, trigger.end_char]
    draft["event_type"] = "meeting"
    offset, previous = 0, None
    for line in text.split("\n"):  # a short line that is only a date is the event page's date line
        if line.strip() and len(line) < 30 and line.strip()[0].isalpha() and line.strip()[-1].isdigit():
            draft["date_line"] = [offset, offset + len(line)]
            draft["heading"] = previous  # the line above it names the event
        if line.strip():
            previous = [offset, offset + len(line)]
        offset += len(line) + 1
    doc._.events = [draft]
    nlp.get_pipe("press_dates")(doc)
    return draft


@pytest.mark.parametrize("text, published, expected", CASES)
def test_dates_event_dates_from_press_phrasing(nlp, text, published, expected):
    draft = resolve(nlp, text, published)
    assert _dates(draft) == expected


@pytest.mark.parametrize("text, published, expected", [c for c in CASES if c.id in ("range-in-sentence", "month-precision")])
def test_dates_records_carry_the_dates_end_to_end(run, text, published, expected):
    [record] = run(text, "e2e", published)._.records
    assert _dates(record) == expected


def test_dates_evidence_points_at_the_date_read(run):
    text = "The sixth ministerial meeting took place on 4-5 April 2024 in Leuven."
    doc = run(text, "evidence")
    [draft] = doc._.events
    evidence = {e["field"]: e for e in draft["evidence"] if e["field"] in ("start_date", "end_date")}
    assert evidence["start_date"]["text"] == "4-5 April 2024"
    assert text[evidence["end_date"]["start"] : evidence["end_date"]["end"]] == "4-5 April 2024"


def test_dates_session_gap_is_a_setting(nlp):
    from pipeline.components.dates import DateResolver

    assert nlp.get_pipe("press_dates").session_gap_days == 1
    assert DateResolver("x", session_gap_days=3).session_gap_days == 3


@settings(max_examples=25, deadline=3000)
@given(text=st.lists(st.sampled_from([
    "The dialogue was held on ", "December 9-10, 2023", "3 and 5 May", " (December 3 in China)", "Tuesday",
    " today", " last week", "\n\n", "Leuven, 5 April 2024\n", "founded in 2019", ", ", " and ", "2023-02-30",
    "99/99/2023", "-", "–", "31 February", " two-day meeting concluded", " runs through Nov. 10", "date 2024-03-12\n",
]), min_size=1, max_size=25).map("".join), published=st.one_of(st.none(), st.dates().map(str)))
def test_dates_stage_never_fails_on_odd_text(run, text, published):
    doc = run(text, "odd", published)
    for record in doc._.records:
        assert record["start_date"] is None or record["end_date"] is None or record["start_date"] <= record["end_date"]


def test_dates_last_month_is_the_latest_before_publication(run):
    text = ("The second round of the Korea-Netherlands Chip Dialogue was held in Seoul on 2 June 2025. "
            "The first round of the dialogue, held in The Hague last November, focused on export controls.")
    records = run(text, "t", "2025-06-03")._.records
    assert [_dates(r) for r in records] == [
        ("2025-06-02", "2025-06-02", "day", [("2025-06-02", "2025-06-02")]),
        ("2024-11-01", "2024-11-30", "month", [])]


@pytest.mark.parametrize("when, month", [
    ("in May last year", "2024-05-01"),
    ("in February of last year", "2024-02-01"),
    ("in March this year", "2025-03-01"),
])
def test_dates_a_month_of_last_or_this_year_reads_against_publication(run, when, month):
    text = ("The third round of the Korea-Netherlands Chip Dialogue was held in Seoul on 2 June 2025. "
            f"The second round of the dialogue, held in The Hague {when}, focused on export controls.")
    records = run(text, "t", "2025-06-03")._.records
    assert records[1]["start_date"] == month


def test_dates_a_date_under_a_date_and_venue_label_is_the_meetings_not_the_releases(run):
    text = ("Third Meeting of the Japan-Canada Digital Policy Council\n\nMarch 4, 2025\n\n1. Date and venue\n\n"
            "Monday, March 3, 2025 (local time), Global Affairs Canada, Ottawa\n\n2. Summary\n\n"
            "The meeting was co-chaired by Minister Kono and Minister Joly.")
    [record] = run(text, "t", None)._.records
    assert record["start_date"] == "2025-03-03"


def test_dates_a_place_and_a_range_of_days_over_a_paragraph_is_no_dateline(run):
    text = ("Member Update | March 2026\n\nOur delegations this winter\n\nMombasa, 9-12 February 2026\n"
            "Nine member companies travelled to Kenya on a trade mission organised with the embassy. On 10 February "
            "the group was received by Eng. Wanjiru Kamau, Principal Secretary for ICT.")
    records = run(text, "t")._.records
    assert [(r["event_type"], r["start_date"]) for r in records] == [("visit", "2026-02-09"), ("meeting", "2026-02-10")]


def test_dates_a_year_less_day_heading_takes_the_year_of_the_page_s_first_full_date(run):
    # No publication date: the event page's own date line is the only year a reader has.
    from pipeline.records import doc_to_records

    text = ("NORDIC INSTITUTE FOR DIGITAL POLICY\nAarhus University, Aarhus\n\nEvents | Andean Programme\n\n"
            "Nordic–Andean Roundtable on Digital Public Goods\n\n"
            "2–3 September 2025 | Casa de la Moneda, Bogotá\n\n"
            "The Nordic Institute and Universidad de los Andes convened the third Nordic–Andean Roundtable "
            "on Digital Public Goods in Bogotá, bringing together thirty officials and scholars.\n\n"
            "Day 1 – Tuesday 2 September\n\n"
            "Vice Minister Carolina Restrepo opened the roundtable. Delegates compared national rules on "
            "personal data protection and the sharing of compute for machine learning research.\n")
    [roundtable] = doc_to_records(run(text, "year"))
    assert (roundtable.start_date.isoformat(), roundtable.end_date.isoformat()) == ("2025-09-02", "2025-09-03")
    assert {"privacy", "artificial_intelligence"} <= set(roundtable.topics)  # the day's passage is the roundtable's


_BULLETIN = ("Anglo-Thai Business Council\nMembers' Bulletin | March 2024 issue\n\nFebruary at the Council\n\n"
             "From 5 to 8 February, a delegation of nine British fintech firms visited Bangkok and Chiang Mai.\n\n"
             "On Wednesday the 7th, the delegation met officials of the Digital Economy Promotion Agency "
             "to discuss cloud adoption.\n\n"
             "Coming up\n\nSeminar, Tuesday, 19 March: open banking rules in Thailand.\n")


def test_dates_a_page_dated_by_month_gives_its_year_to_year_less_days(run):
    from pipeline.records import doc_to_records

    visit = next(r for r in doc_to_records(run(_BULLETIN, "bulletin")) if r.event_type == "visit")
    assert (visit.start_date.isoformat(), visit.end_date.isoformat()) == ("2024-02-05", "2024-02-08")


def test_dates_on_a_weekday_the_nth_is_that_day_of_the_month_spoken_of(run):
    from pipeline.records import doc_to_records

    meeting = next(r for r in doc_to_records(run(_BULLETIN, "bulletin")) if r.event_type == "meeting")
    assert meeting.start_date.isoformat() == "2024-02-07"


def test_dates_last_month_counts_back_from_the_page_s_date_when_none_is_published(run):
    # "Date: 2024-07-12" amid page furniture is not read as a dateline; it still tells what "last September" is.
    text = ("Ministry of Digital Affairs\n\nNews | Cooperation\n\nSource: Office of the Spokesperson for Digital Affairs    Date: 2024-07-12    Share: X | Facebook\n\n"
            "On July 10, the Andes–Pacific Digital Working Group met in Lima for its second meeting. Officials "
            "reviewed the outcomes of the first meeting of the Working Group, held in Quito last September.")
    first = next(r for r in run(text)._.records if r["edition"] == 1)
    assert (first["start_date"], first["date_precision"]) == ("2023-09-01", "month")


def test_dates_on_the_day_of_a_named_event_is_that_event_s_day(run):
    text = ("ACCRA, 6 June 2025 – Minister Ama Owusu travelled to Ghana from 2 to 5 June for a working visit.\n\n"
            "She addressed the West Africa Digital Youth Forum, held in Accra on 4 June, on mobile money for young founders.\n\n"
            "On the day of the Forum, she met the ITU Secretary-General to discuss broadband targets.")
    told = [(r["event_type"], r["start_date"]) for r in run(text, "t", "2025-06-06")._.records]
    assert ("meeting", "2025-06-04") in told


def test_dates_a_gathering_that_closed_today_spans_the_days_its_passage_states(run):
    text = ("GENEVA, 30 May 2025 – The Seventy-eighth World Health Assembly concluded today at the Palais des Nations. "
            "Over nine days, from 22nd to 30th May, delegates from 190 Member States discussed digital health.")
    [assembly] = run(text, "t", "2025-05-30")._.records
    assert (assembly["start_date"], assembly["end_date"]) == ("2025-05-22", "2025-05-30")


@pytest.mark.parametrize("text, day", [
    # "Week 46 | Friday, 19 November 2021" over the items: the page's date, for reading "on Tuesday".
    ("ASIA TECH DIGEST\nWeek 46 | Friday, 19 November 2021\n\n"
     "Officials of Japan and Vietnam held a cyber dialogue by video conference on Tuesday.", "2021-11-16"),
    # a Gulf agency's dateline gives the Hijri date first and its code after
    ("Doha, Jumada al-Ula 12, 1446, November 14, 2024, QNA -- The Minister of Communications received the "
     "Estonian Ambassador yesterday to discuss digital identity.", "2024-11-13"),
])
def test_dates_a_newsletter_issue_line_or_a_hijri_first_dateline_dates_the_page(run, text, day):
    assert [r["start_date"] for r in run(text)._.records] == [day]


@pytest.mark.parametrize("text", [
    # the length told in the next sentence ("The two-day dialogue, hosted by …")
    "CANBERRA, 11 April 2025 – Australia and Chile on Thursday concluded their first digital trade dialogue in "
    "Canberra. The two-day dialogue was hosted by the Department of Foreign Affairs and Trade.",
    # the days told as two ("Over the two days, 9 and 10 April")
    "CANBERRA, 10 April 2025 – The Australia–Chile digital trade dialogue closed today in Canberra. Over the two "
    "days, 9 and 10 April, officials compared rules on electronic invoicing.",
])
def test_dates_a_meeting_that_closed_on_a_day_spans_the_days_told_beside_it(run, text):
    [dialogue] = run(text, "t")._.records
    assert (dialogue["start_date"], dialogue["end_date"]) == ("2025-04-09", "2025-04-10")


def test_dates_a_stop_told_without_a_day_was_made_on_the_day_its_paragraph_opened_with(run):
    text = ("OTTAWA, 14 February 2025 – The Minister of Innovation today wrapped up a four-day visit to Japan.\n\n"
            "On Thursday she travelled to Osaka. The Minister also met Japanese researchers working on solid-state cells.")
    meetings = [r["start_date"] for r in run(text, "t")._.records if r["event_type"] == "meeting"]
    assert meetings == ["2025-02-13"]


def test_dates_a_meeting_held_in_two_parts_is_one_event_with_two_sessions(run):
    text = ("LISBON, 20 July 2025 – The Centre convened the third Atlantic Workshop on Data and Trade. The workshop was "
            "held in two parts: in Lisbon on 3 and 4 June 2025, followed by a closing session online on 1 July 2025.\n\n"
            "The online session on 1 July reviewed the draft recommendations.")
    [workshop] = run(text, "t")._.records
    assert _dates(workshop) == ("2025-06-03", "2025-07-01", "day", [("2025-06-03", "2025-06-04"), ("2025-07-01", "2025-07-01")])


@pytest.mark.parametrize("text, end", [
    ("KUNMING, Sept. 17 (Xinhua) -- The 9th South Asia Expo kicked off Wednesday in Kunming and will run through "
     "Sunday, with pavilions on AI and smart manufacturing.", "2025-09-21"),
    # the run of another name's relative clause is not the forum's
    ("KUNMING, Sept. 17 (Xinhua) -- A forum on AI cooperation was held Wednesday on the sidelines of the 9th South "
     "Asia Expo, which kicked off the same day and will run through Sunday.", "2025-09-17"),
])
def test_dates_running_through_a_weekday_ends_on_the_coming_one(run, text, end):
    [first, *_] = run(text, "t", "2025-09-17")._.records
    assert (first["start_date"], first["end_date"]) == ("2025-09-17", end)
