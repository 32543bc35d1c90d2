"""Resolution rules of warledger_places measured on ACLED notes: candidates, other spellings, containers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.gazetteer import km, name_key
from warledger.extract.mentions import mentions_of
from warledger.extract.models import Place
from warledger.extract.places import Candidate, Evidence, candidates, place_for
from warledger.extract.places.evidence import _road_country
from warledger.extract.places.mentions import _only_country
from warledger.extract.places.resolution import _entries
from warledger.extract.places.view import _Doc


def _keys(nlp: Language, text: str) -> list[str]:
    return [c.key for c in candidates(_Doc(nlp(text)))[0]]


def test_a_unit_named_after_two_places_is_one_name(nlp: Language) -> None:
    keys = _keys(nlp, "Herders clashed with farmers in Bula (Yamaltu/Deba LGA, Gombe State) on Monday.")
    assert "yamaltu deba" in keys
    assert "deba" not in keys


def test_a_skeleton_region_elsewhere_in_the_country_is_not_believed() -> None:
    """ "Kwadon" has the consonants of Kaduna; the text names Gombe, so Kaduna state is not meant."""
    evidence = Evidence()
    evidence["NG"] = 3
    evidence.regions[("NG", "Gombe")] = 1
    found = _entries(Candidate(0, 1, "kwadon"), evidence)
    assert not any(e.name == "Kaduna" for e in found)


def _place(nlp: Language, text: str) -> Place | None:
    return place_for(nlp(text), 0, len(text))


def test_a_slip_of_spelling_inside_a_known_unit_is_its_town(nlp: Language) -> None:
    place = _place(nlp, "Police dispersed a march in Apatzigan, Michoacan.")
    assert place is not None and place.name == "Apatzingan" and place.precision == "city"


def test_a_name_unlike_any_in_the_unit_stays_at_the_unit(nlp: Language) -> None:
    place = _place(nlp, "Gunmen attacked a bus in Xqzvwu, Michoacan.")
    assert place is not None and place.name == "Xqzvwu" and place.precision == "region"


def test_a_town_of_a_district_far_from_its_seat_is_still_inside_it(nlp: Language) -> None:
    """Mzuzu lies 66 km from the point of Mzimba District, but inside it."""
    place = _place(nlp, "Troops clashed with rebels in Mzuzu (Mzimba, Northern) on Friday.")
    assert place is not None and place.name == "Mzuzu" and place.geonames_id is not None


def test_a_demonym_said_again_is_one_cue(nlp: Language) -> None:
    """Three mentions of the attacker's nationality do not outvote the town's own name."""
    text = (
        "A Palestinian man stabbed a guard at a bus stop in Kfar Saba; police said the Palestinian attacker,"
        " a Palestinian from Qalqilya, was shot by an Israeli bystander."
    )
    place = _place(nlp, text)
    assert place is not None and place.country == "IL"


def test_a_country_cue_said_again_is_one_cue(nlp: Language) -> None:
    """ "Maoists" points to India's insurgency as well as Nepal's: said three times it is still one vote, and
    "Nepal rebels" (a country's name used as a demonym) points to Nepal, so Dailekh stays Nepal's town."""
    text = (
        "Nepal rebels storm town\n\nMaoist rebels stormed the headquarters of the district of Dailekh."
        " The Maoists burnt a bank. The Maoists freed prisoners. The Maoists fled at dawn."
    )
    place = _place(nlp, text)
    assert place is not None and place.country == "NP" and place.geonames_id is not None


def test_a_town_written_before_another_town_far_away_is_a_list_not_a_part(nlp: Language) -> None:
    text = "Lebanese activists held after rallies in Sidon, Tripoli, Baalbek and Zahle said they were beaten."
    place = _place(nlp, text)
    assert place is not None and place.name == "Sidon" and place.geonames_id is not None
    assert place.lat is not None and place.lat < 34.0  # Sidon, not Tripoli 100 km north


def test_a_container_of_no_place_is_the_place(nlp: Language) -> None:
    """ "the al Alam square in Tyre": the square's name is no place, so Tyre is not only its container."""
    text = "Crowds gathered at the al Alam square in Tyre on Friday; activists in Tripoli called a strike."
    place = _place(nlp, text)
    assert place is not None and place.name == "Tyre"


def test_a_name_in_parentheses_before_a_unit_word_is_the_units_other_name(nlp: Language) -> None:
    """ "Nahri Sarah (Girishk) district": Girishk is the district's centre, not its container."""
    text = "A roadside bomb hit a police pickup in the Bagh area of Nahri Sarah (Girishk) district, Helmand."
    place = _place(nlp, text)
    assert place is not None and place.name == "Girishk" and place.geonames_id is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air strikes hit militant hideouts south of Sheikh Zuweid (Rafah, North Sinai).", "Sheikh Zuweid"),
        ("Two policemen were killed in Imam Sahib district, Kunduz.", "Imam Sahib"),
    ],
)
def test_a_title_word_may_begin_a_place_name(nlp: Language, text: str, name: str) -> None:
    place = _place(nlp, text)
    assert place is not None and place.name == name and place.country in ("EG", "AF")


def test_a_part_of_a_town_is_not_a_namesake_far_away(nlp: Language) -> None:
    """Ganeshpur in Maharashtra is 750 km from Kasganj: the Ganeshpur area of Kasganj is placed at Kasganj."""
    place = _place(
        nlp, "Two families fought with sticks in the Ganeshpur area of Kasganj town (UP) on Sunday."
    )
    assert place is not None and place.name == "Kasganj" and place.lat is not None and place.lat > 27


def test_a_report_naming_only_a_country_is_placed_at_its_capital(nlp: Language) -> None:
    place = _place(nlp, "The government said it would withdraw two missile batteries from Saudi Arabia.")
    assert place is not None and place.country == "SA" and place.precision == "country"
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (24.69, 46.72)) < 25  # Riyadh


def test_a_container_is_read_in_the_country_of_the_one_written_around_it(nlp: Language) -> None:
    """ "La Guajira, Zulia state": Zulia is Venezuelan, so La Guajira is not the Colombian department."""
    place = _place(
        nlp, "Taxi drivers protested over fuel shortages in Kazuzu, La Guajira, Zulia state, on Monday."
    )
    assert place is not None and place.country == "VE"


def test_a_governors_office_names_the_province_it_governs(nlp: Language) -> None:
    place = _place(nlp, "On Monday, Hakkari Governor's Office banned all demonstrations for fifteen days.")
    assert place is not None and place.country == "TR" and place.name == "Hakkari"


def test_a_near_spelling_inside_the_units_the_text_names_is_believed(nlp: Language) -> None:
    """The OSCE mission points to Donetsk and Luhansk: "Holubivske" is by Holubivka; the words stay."""
    place = _place(nlp, "The OSCE SMM recorded twelve explosions near Holubivske on Tuesday.")
    assert place is not None and place.name == "Holubivske" and place.country == "UA"
    assert place.lat is not None and place.lon is not None and km((place.lat, place.lon), (48.64, 38.64)) < 25


def test_a_regions_own_name_is_not_a_towns_other_name(nlp: Language) -> None:
    """ "Bihar" is the state's name and only an alternate name of Bihar Sharif."""
    place = _place(nlp, "Bihar police arrested four men after a clash on Sunday.")
    assert place is not None and place.name == "Bihar" and place.precision == "region"


def test_a_road_named_after_two_towns_says_the_country_of_an_unknown_village(nlp: Language) -> None:
    """The village is not in the gazetteer; the Sidon-Tyr highway beside it is in Lebanon."""
    place = _place(
        nlp, "Protesters blocked the Sidon-Tyr highway at the Kfar Zibdine intersection on Monday."
    )
    assert place is not None and place.name == "Kfar Zibdine" and place.country == "LB"


def test_a_road_between_towns_of_two_countries_is_no_evidence(nlp: Language) -> None:
    def road(text: str) -> str | None:
        doc = _Doc(nlp(text))
        return _road_country(doc, candidates(doc)[1])

    assert road("Protesters blocked the Sidon-Tyr highway on Monday.") == "LB"
    assert road("Protesters blocked the Baku-Sidon highway on Monday.") is None
    assert road("Protesters marched from Sidon to Tyr on Monday.") is None


def test_a_country_hint_needs_a_close_spelling_not_only_the_same_consonants() -> None:
    assert _only_country(name_key("Tsirnacha")) is None  # not Sea Ranch, California
    assert _only_country(name_key("Horlivka")) == "UA"


def test_a_compass_word_opening_a_container_is_part_of_its_name(nlp: Language) -> None:
    # "in the east of Y" skips filler words before Y; but the "South" of "South Kordofan" begins Y itself
    cands = candidates(_Doc(nlp("Raiders burnt huts near Umm Zaraiba in South Kordofan on Sunday.")))[0]
    hamlet = next(c for c in cands if c.key == "umm zaraiba")
    assert [k.key for k in hamlet.containers] == ["south kordofan"]


def test_the_followers_of_a_doctrine_are_no_place(nlp: Language) -> None:
    keys = _keys(nlp, "Clashes between Maoist guerrillas and Salafist fighters erupted near Dantewada.")
    assert "maoist" not in keys and "salafist" not in keys
    assert "dantewada" in keys


def test_a_misspelt_middle_link_of_a_chain_is_looked_for_inside_the_unit_after_it(nlp: Language) -> None:
    # "Bilslanda" is a slip for Bilsanda, a town of Pilibhit district: found once Pilibhit is known, the
    # unknown village before it is placed there, not at the district's seat 45 km away
    place = _place(nlp, "A mob clashed with police in Bhikhampur village, Bilslanda, Pilibhit (UP) on Sunday")
    assert place is not None and place.name == "Bhikhampur" and place.precision == "city"
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (28.24, 79.95)) < 5


def test_a_village_placed_at_its_district_is_more_specific_than_the_state_named_before(nlp: Language) -> None:
    # the unknown Barhat lies in Jamui district: it is in the unit of the state named first, so it wins
    text = "Bihar police exchanged fire with Maoist rebels at Barhat forest area (Jamui, Bihar) on Sunday."
    place = _place(nlp, text)
    assert place is not None and place.name == "Barhat" and place.precision == "district"


def test_a_place_written_then_in_the_municipality_of_another_lies_in_it(nlp: Language) -> None:
    # Guerrero has another El Paraíso 110 km away: ", in the municipality of Chilapa" says which one
    text = "Gunmen shot at a cockfight in the village of El Paraíso, in the municipality of Chilapa, Guerrero"
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (17.60, -99.17)) < 25


def test_a_district_of_a_country_the_text_names_no_unit_of_is_not_believed(nlp: Language) -> None:
    """A report on Norte de Santander (Colombia) warning of a crisis "in the Catatumbo region": the only
    Catatumbo the gazetteer has is a Venezuelan municipality, in a country the text names no unit of."""
    doc = nlp(
        "Two soldiers were killed when rebels attacked a patrol in rural Tibu, near the border with "
        "Venezuela, the army said. Aid groups warned of a crisis in the Catatumbo region.\n\nThe area, in "
        "the department of Norte de Santander, grows much of the country's coca."
    )
    assert "VE" not in {m.value.country for m in mentions_of(doc, "place")}


def test_where_a_spokesman_told_reporters_is_not_the_place_of_the_attack(nlp: Language) -> None:
    text = (
        "Police spokesman Orlando Mudumane told reporters in Pemba that the attack took place on Tuesday, "
        "when armed men entered a neighbourhood on the edge of Mueda, set fire to houses and killed 12 "
        "residents who tried to flee."
    )
    place = _place(nlp, text)
    assert place is not None
    assert place.name == "Mueda"


def test_a_city_named_after_its_province_is_the_city(nlp: Language) -> None:
    """ "Buenos Aires (Buenos Aires)": GeoNames files the city under its federal district, the note under the
    province of its name; the town is meant, also when a building in it is named first."""
    for text in (
        "On 12 June 2024, protesters threw stones at police in Buenos Aires (Buenos Aires).",
        "On 12 June 2024, protesters threw stones near Congress in Buenos Aires (Buenos Aires).",
    ):
        place = _place(nlp, text)
        assert place is not None and place.precision == "city", text
        assert km((place.lat or 0, place.lon or 0), (-34.61, -58.38)) < 25, text


def test_a_town_the_gazetteer_places_in_no_unit_may_lie_in_the_written_one(nlp: Language) -> None:
    """GeoNames' Buthidaung has no first-level unit in the index: it lies in Rakhine, as the note says, and
    keeps the note's name (not "Buthidaung Town")."""
    place = _place(nlp, "On 19 May 2024, fighters detained 30 men in Buthidaung (Maungdaw, Rakhine).")
    assert place is not None and place.name == "Buthidaung" and place.precision == "city"
    assert km((place.lat or 0, place.lon or 0), (20.87, 92.53)) < 10


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the hospital's town named in a later sentence does not narrow the region of the lead
        (
            "Herdsmen killed 9 people in a village in Benue state on Tuesday night. The wounded were "
            "taken to hospital in Otukpo.",
            "Benue",
        ),
        (
            "Gunmen killed 9 people in a village in Plateau state on Tuesday. Survivors were treated in Jos.",
            "Plateau",
        ),
        # a place opening the sentence as where the doctors are
        (
            "In Otukpo, doctors treated 14 people wounded when gunmen stormed a church in Ugbokolo on "
            "Sunday.",
            "Ugbokolo",
        ),
        (
            "In Jos, hospital officials said they had received the bodies of 12 villagers killed in Bokkos.",
            "Bokkos",
        ),
        # a town joined to a hospital's town treated the wounded too; every place such: the first stays
        (
            "A car bomb killed 19 people on Friday. Hospitals in Baalbek and the nearby town of Hermel "
            "treated 63 wounded.",
            "Baalbek",
        ),
        # the same opening for the event's own town, and a hospital town that is the only place, stay
        ("In Bokkos, doctors said, gunmen killed 12 villagers on Monday.", "Bokkos"),
        ("Gunmen killed 9 people on Tuesday night. The wounded were taken to hospital in Otukpo.", "Otukpo"),
    ],
)
def test_where_the_victims_were_treated_is_no_place_of_the_event(nlp: Language, text: str, name: str) -> None:
    found = place_for(nlp(text), 0, len(text))
    assert found is not None and found.name == name


def test_a_two_word_demonym_points_to_its_country(nlp: Language) -> None:
    """ "South African police": the pair is the people ("African" alone names none), so the text points to
    South Africa."""
    from warledger.extract.places.evidence import country_evidence

    doc = _Doc(nlp("Mobs attacked foreigners on Sunday, South African police said."))
    cands, runs = candidates(doc)
    assert country_evidence(doc, cands, runs)[0].get("ZA") == 1


@pytest.mark.parametrize("region", ["East Rand", "West Rand"])
def test_a_compass_named_district_is_no_namesake_abroad(nlp: Language, region: str) -> None:
    """GeoNames calls Des Plaines, Illinois, "Rand" and "East Rand", and has a hamlet Rand in West Virginia;
    in a report on South Africa, neither is the "East Rand" or "West Rand" of Johannesburg."""
    text = f"Mobs attacked foreigners in townships on the {region} on Sunday, South African police said."
    place = _place(nlp, text)
    assert place is None or place.country != "US"


def test_a_dateline_report_on_the_east_rand_stays_in_south_africa() -> None:
    """GeoNames gives Des Plaines, Illinois, the other name "East Rand"; a Johannesburg report on the East
    Rand whose "South African police" point to South Africa does not mean it."""
    from datetime import date

    from warledger.extract import extract_text

    text = (
        "JOHANNESBURG, May 20 (Reuters) - Mobs attacked foreigners in townships on the East Rand on Sunday, "
        "killing 12 people, South African police said."
    )
    (incident,) = extract_text(text, date(2008, 5, 20)).incidents
    assert incident.place is not None and incident.place.country == "ZA"


def test_a_namesake_in_the_unit_of_another_named_town_is_meant(nlp: Language) -> None:
    """ "the road that connects Frontera to Villahermosa": Mexico has a larger Frontera in Coahuila, 1,300 km
    away, but the one meant shares Tabasco with Villahermosa, though it lies beyond the anchors' 60 km."""
    place = _place(
        nlp, "On 8 May 2020, on the road that connects Frontera to Villahermosa, a gunman shot a nurse."
    )
    assert place is not None and place.name == "Frontera"
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (17.99, -92.93)) < 100  # Villahermosa
