"""Long news-like reports whose place is what goes wrong (a bus between two towns hit near a third, ...):
the general causes of what the blind batch "narratives15" of news goldens
(tests/golden/news/expected_narratives15.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident


def place_of(text: str, published: date) -> str | None:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None and main.place is not None
    return main.place.name


def test_a_journeys_end_written_before_near_is_not_placed_beside_the_town_after_it() -> None:
    # "from Gulu to Kitgum near Pader": the bus was hit near Pader; Kitgum is where it was going, so
    # "Kitgum near Pader" does not make Kitgum the event's own town placed from Pader
    text = (
        "Rebels kill nine on northern Uganda road\n\n"
        "KAMPALA, Uganda (Reuters) - Rebels ambushed a bus travelling from Gulu to Kitgum near Pader on "
        "Tuesday, shooting dead nine passengers, the army said on Wednesday.\n\n"
        "The attackers fired on the bus from both sides of the road and then looted the luggage, "
        "survivors said."
    )
    assert place_of(text, date(2003, 6, 11)) == "Pader"


def test_towns_a_bus_travelled_between_are_the_journeys_ends_not_where_it_was_hit() -> None:
    # "travelling between Quetta and Karachi near Khuzdar": both towns end the journey, as "from Quetta to
    # Karachi" does; the event is near Khuzdar
    text = (
        "Gunmen kill bus passengers in Baluchistan\n\n"
        "QUETTA, Pakistan (Reuters) - Gunmen stopped a bus travelling between Quetta and Karachi near "
        "Khuzdar on Thursday and shot dead nine passengers, officials said."
    )
    assert place_of(text, date(2012, 8, 17)) == "Khuzdar"


def test_fighting_between_two_towns_is_no_journey() -> None:
    # only a verb of travel makes the two towns a journey's ends: fighting "between" them is still placed
    # at the first town, as before
    text = (
        "Clashes in the north\n\n"
        "Troops and rebels fought between Gulu and Kitgum on Tuesday, leaving 12 rebels dead, the army "
        "said on Wednesday."
    )
    assert place_of(text, date(2003, 6, 11)) == "Gulu"


def test_a_known_town_written_in_a_district_the_gazetteer_files_it_under_no_district_of_is_the_town() -> None:
    # the gazetteer files Teliamura under Tripura but under no district: "in West Tripura district" must not
    # make it a name the gazetteer lacks, placed at (and renamed to) the district
    text = (
        "Militants kill nine in Tripura\n\n"
        "AGARTALA, March 4. Nine people were killed when suspected militants opened fire on a bus stand "
        "near Teliamura in West Tripura district on Sunday evening, police said today."
    )
    assert place_of(text, date(2001, 3, 5)) == "Teliamura"


def test_a_town_a_distance_is_measured_from_gives_way_to_the_town_of_the_region_named_as_itself() -> None:
    # the lead names the province; "about 15 kilometers west of Chimaltenango" only measures where Patzicia
    # is, so the province gives way to Patzicia, not to the provincial capital the distance starts from
    text = (
        "Gunmen kill five in Guatemalan highlands\n\n"
        "GUATEMALA CITY (AP) - Gunmen killed five peasants on Saturday in the highland province of "
        "Chimaltenango, police said.\n\n"
        "The peasants were shot about 15 kilometers (9 miles) west of Chimaltenango, in the main square of "
        "Patzicia, as they left a meeting, police said."
    )
    assert place_of(text, date(1985, 11, 4)) == "Patzicia"


def test_a_spokesman_in_the_capital_is_where_the_source_spoke() -> None:
    # "A police spokesman in Kabul said": the spokesman's seat, not where the bomb went off
    text = (
        "Roadside bomb kills five\n\n"
        "KABUL (Reuters) - A police spokesman in Kabul said a roadside bomb killed five civilians on Sunday "
        "near Ghazni, south of the capital."
    )
    assert place_of(text, date(2009, 8, 31)) == "Ghazni"


def test_a_town_people_fled_to_is_not_where_the_event_was() -> None:
    # "Survivors who fled to Maiduguri said": where they ran to; the village lay 20 km north of Dikwa
    text = (
        "Gunmen kill villagers\n\n"
        "MAIDUGURI, Nigeria (AFP) - Survivors who fled to Maiduguri said gunmen killed 20 villagers on "
        "Sunday in a village 20 km north of Dikwa."
    )
    assert place_of(text, date(2014, 3, 5)) == "Dikwa"


def test_a_town_reached_by_telephone_from_is_where_the_source_spoke() -> None:
    # "residents reached by telephone from Nairobi said": where the call was made, not where they fought
    text = (
        "Clan militias clash\n\n"
        "NAIROBI (Reuters) - Clan militias fought in Galkayo on Sunday, killing eight people, residents "
        "reached by telephone from Nairobi said."
    )
    assert place_of(text, date(2009, 8, 31)) == "Galkayo"
