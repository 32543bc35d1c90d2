"""Long news-like reports of older wire copy (villages written inside districts and provinces, sources that
disagree on the toll, a march broken up, a roadblock kidnapping): the general causes of what the blind
batch "narratives11" of news goldens (tests/golden/news/expected_narratives11.json) got wrong, each on a text
of our own."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text
from warledger.extract.dates import date_values
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> tuple[str | None, str | None, list[int] | None]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    killed = [main.killed.min, main.killed.max] if main.killed else None
    return main.event_type, main.place.name if main.place else None, killed


@pytest.mark.parametrize(
    ("text", "village"),
    [
        # the gazetteer reads the container as a town (Gali, Gudermes); the text calls it a district
        (
            "Abkhaz militia and Georgian guerrillas fought overnight in the village of Saberio, in the Gali "
            "district of Abkhazia, and at least 12 people were killed, officials said on Thursday.",
            "Saberio",
        ),
        (
            "A suicide bomber blew herself up at a festival in the village of Iliskhan-Yurt, in the Gudermes "
            "district of Chechnya, yesterday, killing at least 16 people, officials said.",
            "Iliskhan-Yurt",
        ),
        (
            "At least 17 people died when rebels fought an army patrol near the village of Llochegua in "
            "Huanta province late Tuesday, military officials said.",
            "Llochegua",
        ),
    ],
)
def test_a_village_written_inside_a_unit_is_the_place(text: str, village: str) -> None:
    # "the village of X, in the Y district of Z": the village, not its container, however the gazetteer
    # reads the container's name
    assert main_of(text, date(1998, 5, 21))[1] == village


def test_a_count_from_a_leadership_in_its_capital_is_another_source_of_the_same_fight() -> None:
    # "The Abkhaz leadership in Sukhumi said": where the source sits, not another place of the event
    text = (
        "TBILISI, May 21 (Reuters) - Abkhaz militia and Georgian guerrillas fought overnight in the "
        "village of Saberio, and at least 12 people were killed, Georgian officials said on Thursday. "
        "The ministry said 12 people had been killed, among them eight guerrillas and four militiamen. "
        "The Abkhaz leadership in Sukhumi said 17 people had died in the fighting in Saberio, among them "
        "three Abkhaz fighters and 14 guerrillas."
    )
    assert main_of(text, date(1998, 5, 21))[2] == [12, 17]


def test_where_the_wounded_were_flown_is_no_place_of_the_event() -> None:
    # "several of the wounded were taken by helicopter to Kathmandu": the hospitals' 38 is another count
    text = (
        "Landmine blows up crowded bus in Chitwan, 35 dead\n\n"
        "A police official in Bharatpur said on Tuesday that 35 bodies had been recovered. The district "
        "hospital in Bharatpur and a mission hospital in the town said they had received 38 bodies between "
        "them, and several of the wounded were taken by helicopter to Kathmandu."
    )
    assert main_of(text, date(2005, 6, 8))[2] == [35, 38]


def test_a_source_that_puts_the_number_of_dead_at_n_is_another_count_not_a_tally() -> None:
    # "Bosnian government radio put the number of dead at 12" after the doctors' nine: sources disagree
    text = (
        "From Our Correspondent in Zenica\n\n"
        "Serb artillery shells fell on the market square of Tesanj yesterday, killing at least nine people, "
        "according to doctors at the town's hospital. Bosnian government radio put the number of dead at 12."
    )
    assert main_of(text, date(1993, 6, 9))[2] == [9, 12]


def test_a_different_account_is_another_source_of_the_same_incident() -> None:
    # "Peasants who reached Huanta on Wednesday gave a different account.": the same clash told again, its
    # count another source's, not a second incident dated the day the peasants arrived
    text = (
        "LIMA, Peru, May 16 (Reuter) - At least 17 people died when guerrillas fought an army patrol "
        "near the village of Llochegua late Tuesday, military officials said on Thursday. Fourteen "
        "guerrillas and three soldiers were killed in the fighting, the statement said.\n\n"
        "Peasants who reached Huanta on Wednesday gave a different account. They said the rebels had fired "
        "from the houses by the river. A man from Llochegua told reporters that 22 people had died."
    )
    incidents = extract_text(text, date(1991, 5, 16)).incidents
    main = predicted_incident(incidents)
    assert main is not None and main.killed is not None
    assert (main.killed.min, main.killed.max, str(main.date_start)) == (17, 22, "1991-05-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The marchers had gathered at the market to demand a national conference and the release of "
            "opposition activists arrested last week.",
            ["bare"],
        ),
        ("Relatives called for the return of the students seized on Friday.", ["bare"]),
        # the arrest told as the event keeps its day
        ("Police arrested 60 opposition activists last week.", ["event"]),
    ],
)
def test_the_day_people_were_taken_whose_release_is_demanded_is_no_event_day(
    text: str, expected: list[str]
) -> None:
    assert [f.value.role for f in date_values(text, date(1991, 5, 14))] == expected


def test_a_sentence_opening_on_how_many_doers_came_elaborates_the_lead() -> None:
    # "About 30 armed rebels, some of them wearing army uniforms, blocked the road ...": the lead's doers,
    # told right after it, so the roadblock's account is the kidnapping's, placed where the lead placed it
    text = (
        "BOGOTA, April 17 (Reuters) - Guerrillas stopped dozens of vehicles at a roadblock near San Alberto "
        "on Saturday and kidnapped at least 19 people, police said on Monday.\n\n"
        "About 30 armed rebels, some of them wearing army uniforms, blocked the road with a burning truck "
        "and checked the identity papers of the passengers, survivors said."
    )
    incidents = extract_text(text, date(2000, 4, 17)).incidents
    assert len(incidents) == 1 and len(incidents[0].evidence) == 2


def test_a_town_the_gazetteer_lacks_with_its_area_before_the_distance_is_the_place() -> None:
    # "at Bandarmudhe, in the Madi valley of Chitwan district about 30 km south of Bharatpur": the unknown
    # town, placed 30 km south of the known one, not the known one
    text = (
        "KATHMANDU, June 8 (AP) - A landmine blew up a crowded bus as it crossed a bridge at Bandarmudhe, in "
        "the Madi valley of Chitwan district about 30 km south of Bharatpur, early on Monday, killing at "
        "least 35 people, police said."
    )
    main = predicted_incident(extract_text(text, date(2005, 6, 8)).incidents)
    assert main is not None and main.place is not None
    assert main.place.name == "Bandarmudhe" and main.place.lat is not None and main.place.lat < 27.5
