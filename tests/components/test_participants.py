"""press_participants: who convened, chaired, led, spoke at and took part in each event."""

from __future__ import annotations

import pytest

ROUNDTABLE = (
    "date 2024-03-12\n"
    "The Center for Strategic and International Studies (CSIS) and the Japan Institute of International Affairs "
    "(JIIA) convened the second U.S.-Japan Semiconductor Supply Chain Roundtable in Washington on March 5, 2024. "
    "The roundtable opened with a keynote address by H.E. Takeshi Morimoto, Minister for Economic Affairs at the "
    "Embassy of Japan in the United States. The discussion that followed was moderated by Dr. Sarah K. Lindqvist, "
    "senior adviser at CSIS. Panelists included Ken Aoyama, senior fellow at JIIA. Mr. Morimoto stressed that no "
    "single country can build a resilient chip ecosystem alone."
)

TRACK_TWO = (
    "date 2019-03-20\n"
    "The National Committee on U.S.-China Relations (NCUSCR) convened the inaugural dialogue on the digital economy "
    "in Washington on March 10, 2019, in partnership with the Guanchao Cyber Forum. Admiral Dennis Blair led the "
    "U.S. delegation. The National Committee thanks the Henry Luce Foundation, whose generous support makes the "
    "dialogue series possible."
)

WIRE = (
    "date 2024-06-17\n"
    "U.S., Chinese AI experts hold closed-door talks in Singapore\n\n"
    "By Priya Raman\n\n"
    "SINGAPORE, June 17 (Asia Policy Wire) - American and Chinese AI scientists met in Singapore on Friday for "
    "closed-door talks hosted by the S. Rajaratnam School of International Studies (RSIS) and co-organised by the "
    "Carnegie Endowment for International Peace. Carnegie's Jonathan Ferris, who moderated the sessions, said a "
    "joint statement was not planned.\n\n"
    "(Reporting by Priya Raman; Editing by Mark Lee)"
)


def participants(run, text: str) -> dict[str, dict]:
    [record] = run(text, "t")._.records
    return {p["name"]: p for p in record["participants"]}


def test_participants_seed_004_co_chairs_with_titles(run, seed_004):
    found = participants(run, seed_004)
    assert set(found) == {"Zhang Guoqing", "Jaurova"}
    assert found["Zhang Guoqing"]["role"] == found["Jaurova"]["role"] == "co-chair"
    # "Zhang Guoqing, member of the Political Bureau … and Vice Premier of the State Council": the rank is the title.
    assert found["Zhang Guoqing"]["title"] == "Vice Premier of the State Council"
    assert found["Zhang Guoqing"]["affiliation"] == "State Council"
    assert found["Jaurova"]["title"] == "European Commission Vice President"
    assert found["Jaurova"]["country"] == "EU"
    # "China‘s digital economy" is tagged ORG by the model: a country is a party, never a participant.
    assert "China" not in found


@pytest.mark.parametrize(
    "name, role",
    [
        ("Center for Strategic and International Studies", "organizer"),  # "X and Y convened …", acronym expanded
        ("Japan Institute of International Affairs", "organizer"),
        ("Takeshi Morimoto", "speaker"),  # "a keynote address by H.E. …"
        ("Sarah K. Lindqvist", "chair"),  # "moderated by"
        ("Ken Aoyama", "speaker"),  # "Panelists included …"
    ],
)
def test_participants_roles_from_the_parse(run, name, role):
    assert participants(run, ROUNDTABLE)[name]["role"] == role


def test_participants_affiliations_and_repeats_are_not_extra_participants(run):
    found = participants(run, ROUNDTABLE)
    # "senior adviser at CSIS": the affiliation resolves to the full name; "Mr. Morimoto" is the same person.
    assert found["Sarah K. Lindqvist"]["affiliation"] == "Center for Strategic and International Studies"
    assert found["Sarah K. Lindqvist"]["title"] == "senior adviser"
    assert len(found) == 5
    assert not {"CSIS", "JIIA", "Morimoto", "Embassy of Japan"} & set(found)


def test_participants_partners_leaders_and_short_forms(run):
    found = participants(run, TRACK_TWO)
    assert found["National Committee on U.S.-China Relations"]["role"] == "organizer"
    assert found["National Committee on U.S.-China Relations"]["country"] == "US"
    assert found["Guanchao Cyber Forum"]["role"] == "organizer"  # "in partnership with"
    assert found["Dennis Blair"] == {"name": "Dennis Blair", "kind": "person", "role": "delegation-leader",
                                     "title": "Admiral", "affiliation": None, "country": None}
    # "NCUSCR" and "the National Committee" are the same organization; the series' funder is not an event's.
    assert set(found) == {"National Committee on U.S.-China Relations", "Guanchao Cyber Forum", "Dennis Blair"}


def test_participants_wire_story_hosts_and_moderator_without_its_byline(run):
    found = participants(run, WIRE)
    assert found["S. Rajaratnam School of International Studies"]["role"] == "organizer"
    assert found["Carnegie Endowment for International Peace"]["role"] == "organizer"  # "co-organised by"
    assert found["Jonathan Ferris"]["role"] == "chair"  # "who moderated the sessions"
    assert not {"Priya Raman", "Mark Lee"} & set(found)


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("The Indian delegation was led by Ms. Anuradha Menon, Joint Secretary, Ministry of External Affairs.",
         "Anuradha Menon", "delegation-leader"),
        ("The dialogue was co-chaired by Vice Premier He Lifeng and Executive Vice-President Valdis Dombrovskis.",
         "He Lifeng", "co-chair"),
        ("The Chinese team was headed by Prof. Liang Weiming, director of CISS.", "Liang Weiming", "delegation-leader"),
        ("Ambassador Lu Zhengming said in his opening speech that cooperation must continue.", "Lu Zhengming",
         "speaker"),
        ("Officials from the U.S. Department of State attended the dialogue as observers.", "U.S. Department of State",
         "participant"),
    ],
)
def test_participants_role_cues(run, sentence, name, role):
    text = ("date 2023-05-06\nThe sixth India-France Cyber Dialogue was held in New Delhi on 3 May 2023. " + sentence)
    assert participants(run, text)[name]["role"] == role


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Admiral Dennis Blair", "Dennis Blair", "Admiral"),
        ("Secretary of State Antony J. Blinken", "Antony J. Blinken", None),
        ("Dr. Chang Shih-chieh", "Chang Shih-chieh", None),
        ("European Commission President Ursula von der Leyen", "Ursula von der Leyen", None),
        ("Eng. Wanjiru Kamau", "Wanjiru Kamau", None),  # the model's tokenizer ended the sentence on "Eng."
    ],
)
def test_participants_names_lose_honorifics_and_titles(run, text, name, title):
    doc = run(f"date 2023-06-01\nThe summit was held in Brussels on 30 May 2023 and was attended by {text}.", "t")
    [person] = [p for p in doc._.records[0]["participants"] if p["kind"] == "person"]
    assert person["name"] == name
    if title:
        assert person["title"] == title


def test_participants_entity_ruler_repairs_an_honorific_name_tagged_org(run):
    doc = run(ROUNDTABLE, "t")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("H.E. Takeshi Morimoto") == "PERSON"


def test_participants_side_events_keep_their_own_people(run):
    text = (
        "date 2023-11-02\n"
        "From October 15 to 21, 2023, the National Committee on U.S.-China Relations sent a delegation of technology "
        "policy experts to Beijing and Shanghai. The group was led by Dr. Nathaniel Burke. On October 19, the group "
        "held a dialogue on cross-border data flows with scholars from the Shanghai Institutes for International "
        "Studies (SIIS)."
    )
    records = run(text, "t")._.records
    names = [{p["name"] for p in r["participants"]} for r in records]
    assert any("Shanghai Institutes for International Studies" in n for n in names)
    assert "Nathaniel Burke" in names[0]
    if len(records) > 1:  # the side dialogue, when press_events finds it, owns its hosts
        assert "Shanghai Institutes for International Studies" not in names[0]


FORUM = (
    "date 2024-02-10\n"
    "The ASEAN Digital Ministers' Meeting was held in Singapore on February 2, 2024. The meeting was chaired by "
    "Singapore's Minister for Communications and Information Josephine Teo, with Thailand's Minister of Digital "
    "Economy and Society Prasert Jantararuangtong as vice-chair. Representatives of Google, Microsoft and Grab also "
    "attended. The session on AI governance was led by Wendy Cutler. Speaking at the closing session, Kenyan Cabinet "
    "Secretary Eliud Owalo called for deeper cooperation. Last year, President Joe Biden and Prime Minister Fumio "
    "Kishida agreed to deepen cooperation. The meeting was funded by the Korea International Cooperation Agency."
)


@pytest.mark.parametrize(
    "name, role",
    [
        ("Josephine Teo", "chair"),  # a name the model leaves untagged after a long job title
        ("Prasert Jantararuangtong", "participant"),  # "with … as vice-chair" does not share the chair
        ("Google", "participant"),  # the untagged first of a list of companies
        ("Wendy Cutler", "chair"),  # "the session was led by": a moderator, not a delegation leader
        ("Eliud Owalo", "speaker"),  # "Speaking at the closing session, …"
        ("Korea International Cooperation Agency", "participant"),  # the funder of this one meeting
    ],
)
def test_participants_forum_cues(run, name, role):
    assert participants(run, FORUM)[name]["role"] == role


def test_participants_people_told_of_another_time_are_left_out(run):
    found = participants(run, FORUM)
    assert found["Josephine Teo"]["title"] == "Minister for Communications and Information"
    assert not {"Joe Biden", "Fumio Kishida"} & set(found)


def test_participants_event_page_lists_give_roles(run):
    text = (
        "date 2024-05-20\n"
        "Webinar: Securing Undersea Cables in the Indo-Pacific\n\n"
        "May 16, 2024\nOnline\n\n"
        "The Hudson Institute held a webinar on undersea cable security on May 16, 2024.\n\n"
        "Speakers:\nJane Smith, Director, Pacific Security Program\nJohn Lee, Professor, Keio University\n\n"
        "Moderator: Anna Kim, Senior Fellow, Hudson Institute\n"
    )
    found = participants(run, text)
    assert {n: p["role"] for n, p in found.items()} == {
        "Hudson Institute": "organizer", "Jane Smith": "speaker", "John Lee": "speaker", "Anna Kim": "chair"}
    assert found["John Lee"]["affiliation"] == "Keio University"


def test_participants_two_ministers_who_co_chaired(run):
    text = (
        "date 2024-04-12\n"
        "Indian Minister of External Affairs S. Jaishankar met his Japanese counterpart Yoko Kamikawa in Tokyo on "
        "April 8, 2024 for the 16th India-Japan Foreign Ministers' Strategic Dialogue. The two ministers co-chaired "
        "the dialogue and reviewed cooperation on semiconductors."
    )
    found = participants(run, text)
    assert found["S. Jaishankar"]["role"] == found["Yoko Kamikawa"]["role"] == "co-chair"
    assert found["S. Jaishankar"]["country"] == "IN"


def test_participants_a_side_meeting_keeps_the_sentence_that_goes_on_about_it(run):
    text = (
        "date 2023-09-25\n"
        "From September 18 to 22, 2023, Minister of Information and Communications Nguyen Manh Hung led a "
        "delegation on a working visit to the United States.\n\n"
        "On September 21, the U.S.-ASEAN Business Council hosted a roundtable for the delegation with executives "
        "from Google, Apple and Intel. The roundtable was chaired by Ted Osius, President of the Council."
    )
    records = run(text, "t")._.records
    by_event = [{p["name"]: p["role"] for p in r["participants"]} for r in records]
    roundtable = next(p for p in by_event if "U.S.-ASEAN Business Council" in p)
    assert roundtable["Ted Osius"] == "chair" and roundtable["U.S.-ASEAN Business Council"] == "organizer"
    assert {"Google", "Apple", "Intel"} <= set(roundtable)
    if len(records) > 1:  # the visit, when press_events reports it apart, keeps only its own people
        visit = by_event[0]
        assert visit.get("Nguyen Manh Hung") == "delegation-leader" and "Ted Osius" not in visit


def test_participants_names_that_only_label_something_or_stayed_away(run):
    text = (
        "date 2023-10-20\n"
        "The Biden administration sent a delegation to the fourth U.S.-Taiwan Technology Trade and Investment "
        "Collaboration dialogue, held in Taipei on October 18, 2023. Under Secretary Marisa Lago led the U.S. side. "
        "Thierry Breton did not attend. Huawei was not discussed, according to Bonnie Glaser, an analyst who did not "
        "attend."
    )
    found = participants(run, text)
    assert found["Marisa Lago"]["role"] == "delegation-leader"
    assert not {"Biden", "Thierry Breton", "Bonnie Glaser", "Huawei"} & set(found)


def test_participants_what_was_said_at_a_forum_is_a_speech(run):
    text = (
        "date 2023-09-18\n"
        "The 2023 China-ASEAN Digital Economy Development and Cooperation Forum was held in Nanning on September 16, "
        "2023. Liu Ning, Party secretary of Guangxi, said the region would serve as a gateway for digital exchanges."
    )
    assert participants(run, text)["Liu Ning"]["role"] == "speaker"


def test_participants_one_name_in_two_spellings_does_not_loop(run):
    # "BusinessEurope" and "BUSINESSEUROPE" each took the other for its full name, without end.
    text = ("BusinessEurope and Keidanren held their 11th Roundtable in Brussels on 7 October 2025. "
            "BUSINESSEUROPE Director General Markus Beyrer co-chaired the meeting.\n\n"
            "About BUSINESSEUROPE\nBUSINESSEUROPE represents enterprises of all sizes.")
    [record] = run(text, "t", "2025-10-08")._.records
    assert {"BusinessEurope", "BUSINESSEUROPE"} & {p["name"] for p in record["participants"]}
