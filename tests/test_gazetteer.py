"""The offline gazetteer: country names and short forms, cities to countries, regions, blocs."""

from __future__ import annotations

import pytest

from pipeline import gazetteer


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("U.S.", "US"),
        ("the United States", "US"),
        ("United States of America", "US"),
        ("America", "US"),
        ("PRC", "CN"),
        ("the Chinese mainland", "CN"),
        ("People's Republic of China", "CN"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Republic of Korea", "KR"),
        ("Viet Nam", "VN"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("the Netherlands", "NL"),
    ],
)
def test_gazetteer_country_names_and_short_forms(name, code):
    assert gazetteer.place_country(name) == code
    assert gazetteer.country_code(name) == code


@pytest.mark.parametrize(("name", "code"), [("Chinese", "CN"), ("American", "US"), ("the European Union", "EU"),
                                            ("European Commission", "EU"), ("Sino", "CN")])
def test_gazetteer_sides_that_are_not_places(name, code):
    # A demonym or a bloc names a side of a meeting, never the country it took place in.
    assert gazetteer.country_code(name) == code
    assert gazetteer.place_country(name) is None


@pytest.mark.parametrize(
    ("city", "country"),
    [("Beijing", "CN"), ("Brussels", "BE"), ("Washington", "US"), ("Suzhou", "CN"), ("Luleå", "SE"),
     ("Lulea", "SE"), ("Duesseldorf", "DE"), ("Takasaki", "JP"), ("Wuzhen", "CN"), ("New Delhi", "IN"),
     ("Geneva", "CH"), ("Milton Keynes", "GB")],
)
def test_gazetteer_city_gives_its_country(city, country):
    found = gazetteer.city(city)
    assert found is not None and found.country == country


def test_gazetteer_paris_is_in_france_unless_the_text_says_texas():
    assert gazetteer.city("Paris").country == "FR"
    texas = gazetteer.region("Texas")
    assert texas == ("US-TX", "US")
    found = gazetteer.city("Paris", texas[1], texas[0])
    assert found is not None and (found.country, found.region) == ("US", "TX")


def test_gazetteer_city_in_another_country_is_not_found():
    assert gazetteer.city("Brussels", "CN") is None


@pytest.mark.parametrize("name", ["Asia", "Europe", "Southeast Asia", "the Middle East"])
def test_gazetteer_continents_are_not_cities(name):
    # geonames lists a town called "Asia" in the Philippines; "partners in Asia" is not a venue.
    assert gazetteer.is_not_place(name)
    assert gazetteer.city(name) is None


def test_gazetteer_alternate_names_do_not_turn_buildings_into_cities():
    # "Dar el Beida" (Casablanca) is also "White House" in geonames' alternate names.
    found = gazetteer.city("White House")
    assert found is None or found.country != "MA"


@pytest.mark.parametrize(("name", "code"), [("Hainan", "CN"), ("Gunma Prefecture", "JP"), ("Zhejiang Province", "CN"),
                                            ("KwaZulu-Natal", "ZA"), ("California", "US")])
def test_gazetteer_regions(name, code):
    found = gazetteer.region(name)
    assert found is not None and found[1] == code


@pytest.mark.parametrize(
    ("bloc", "on", "members"),
    [
        ("G7", None, {"CA", "DE", "EU", "FR", "GB", "IT", "JP", "US"}),
        ("the Group of Seven", None, {"CA", "DE", "EU", "FR", "GB", "IT", "JP", "US"}),
        ("ASEAN", "2023-09-17", {"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"}),
        ("BRICS", "2023-11-09", {"BR", "CN", "IN", "RU", "ZA"}),
        ("BRICS", "2024-06-10", {"AE", "BR", "CN", "EG", "ET", "IN", "IR", "RU", "ZA"}),
    ],
)
def test_gazetteer_blocs_expand_to_their_members_at_the_time(bloc, on, members):
    assert set(gazetteer.bloc_members(bloc, on)) == members


def test_gazetteer_unknown_names_give_none():
    assert gazetteer.country_code("Track II") is None
    assert gazetteer.bloc_members("Digital Partnership Council") is None
    assert gazetteer.city("Cosmos Club") is None


@pytest.mark.parametrize(("country", "capital"), [("CN", "Beijing"), ("IN", "New Delhi"), ("US", "Washington")])
def test_gazetteer_capitals(country, capital):
    assert gazetteer.capital(country) == capital
