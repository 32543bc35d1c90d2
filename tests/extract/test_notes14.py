"""What the fourteenth blind batch of self-written notes (notes 1100-1129, 2016-2023 over 19 countries from
Nigeria to Venezuela) taught: a government that "doubled" or "tripled" prices gives a riot its grievance (a
violent demonstration), as "raised" does; an explosive-laden, kamikaze or loitering drone is an air strike
however it is flown; a state's arrest told with what it "seized" in the same breath is the arrest, not
looting; fighters who surrendered to troops or handed over their rifles changed their group's activity (the
rifles handed over are no shooting); a national army written by its acronym (UPDF, KDF, ZDF, FACA, FADM,
FANB, TNI) is its state's; youths or villagers who fought raiders with dane guns, shotguns, hunting
rifles or locally made guns fought a clash (armed), not a mob; "the Government of Colombia" is
Colombia, not a bare "the Government"."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident


def perpetrator_names(text: str) -> set[str]:
    found = predicted_incident(extract_text(text, date(2024, 12, 1)).incidents)
    assert found is not None
    return {p.name for p in found.perpetrators}


def type_of(text: str) -> str | None:
    return et.event_type_of(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2021, youths in Kano town blocked roads with burning tyres and looted kiosks after the "
        "government doubled the price of kerosene. [size=dozens]",
        "On 9 May 2018, hundreds of residents barricaded roads with burning tyres and stoned police in "
        "Mutare after the authorities tripled bus fares. [size=hundreds]",
    ],
)
def test_prices_doubled_by_the_government_give_rioters_their_grievance(text: str) -> None:
    assert type_of(text) == "violent_demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 April 2021, militants crashed a bomb-laden drone into an army checkpoint near Dara, "
        "wounding 2 soldiers.",
        "On 11 May 2023, Russian forces sent loitering drones against a fuel depot in Odesa, "
        "killing 1 guard.",
    ],
)
def test_an_explosive_laden_or_loitering_drone_is_an_air_strike(text: str) -> None:
    assert type_of(text) == "air_drone_strike"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2018, police arrested 3 suspected militants in Surabaya and seized detonators and "
        "fertiliser from a workshop behind their home.",
        "On 12 February 2022, soldiers detained 5 men at a checkpoint in Gao and confiscated 2 motorcycles "
        "and a truck.",
    ],
)
def test_an_arrest_with_a_seizure_is_an_arrest_not_looting(text: str) -> None:
    assert type_of(text) == "arrests"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 July 2021, 45 militants surrendered to the army in Konduga, handing over their AK-47 rifles "
        "and ammunition.",
        "On 19 January 2019, some 30 rebels and their families surrendered to government forces in Kaga "
        "Bandoro after months in the bush.",
    ],
)
def test_fighters_who_surrendered_changed_their_group_activity(text: str) -> None:
    assert type_of(text) == "change_to_group_activity"


def test_a_surrender_after_a_fight_of_the_day_is_still_the_fight() -> None:
    text = (
        "On 6 June 2021, troops clashed with militants in Konduga, killing 12 of them; 4 others surrendered "
        "to the troops after the battle."
    )
    assert type_of(text) != "change_to_group_activity"


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            "On 8 March 2021, a UPDF soldier raped a girl in Moroto town while she was collecting firewood.",
            "Uganda",
        ),
        (
            "On 3 May 2019, FACA soldiers and 3R fighters exchanged fire for two hours in Bocaranga.",
            "Central African Republic",
        ),
        ("On 1 August 2018, ZDF soldiers fired live rounds at opposition supporters in Harare.", "Zimbabwe"),
    ],
)
def test_a_national_army_written_by_its_acronym_is_that_state(text: str, army: str) -> None:
    assert army in perpetrator_names(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("On 5 May 2023, Russian Su-25 jets bombed Marinka, killing 2 civilians.", "Russia"),
        ("On 9 March 2022, Russian Iskander-M missiles hit an airfield in Vinnytsia.", "Russia"),
        ("On 3 June 2023, Ukrainian Bayraktar drones struck a convoy near Kreminna.", "Ukraine"),
    ],
)
def test_a_weapon_model_between_a_demonym_and_the_weapon_keeps_the_state(text: str, state: str) -> None:
    assert state in perpetrator_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 April 2018, herdsmen raided Agasha village; local youths armed with dane guns fought them off, "
        "and 3 youths and 2 attackers died.",
        "On 9 May 2019, villagers with shotguns fought the bandits who attacked Kwatas, and 4 people died.",
    ],
)
def test_youths_who_fought_raiders_with_local_guns_fought_a_clash_not_a_mob(text: str) -> None:
    assert type_of(text) == "armed_clash"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "On 2 May 2017, the Government of Nigeria and Boko Haram agreed in Maiduguri to exchange "
            "prisoners.",
            "Nigeria",
        ),
        (
            "On 12 July 2019, the Government of Sudan signed a power-sharing deal with the opposition in "
            "Khartoum.",
            "Sudan",
        ),
    ],
)
def test_the_government_of_a_named_country_is_that_state_not_a_bare_government(text: str, state: str) -> None:
    assert state in perpetrator_names(text)
