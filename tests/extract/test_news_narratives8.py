"""News-like narratives of older wire copy: the general causes of what the eighth blind batch of news goldens
got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.dates import date_values
from warledger.extract.event_type import event_type_of


def test_an_old_reuter_dateline_is_wire_copy_so_its_own_weekday_is_the_filing_day() -> None:
    # Reuters wrote its name "Reuter" in the 1980s: "on Thursday" in Thursday's story is that day
    text = (
        "Sri Lanka: troops sweep northern town\n\n"
        "COLOMBO, May 14 (Reuter) - Soldiers shot dead five suspected separatists in the town of Point Pedro "
        "on Thursday, the army said."
    )
    found = main_incident(text, date(1987, 5, 14))
    assert found.date_start == "1987-05-14"


def test_a_vehicle_packed_with_dynamite_is_a_car_bomb() -> None:
    text = (
        "A van packed with dynamite blew up outside the army barracks in Ayacucho late on Sunday, killing "
        "four soldiers and a street vendor, police said."
    )
    kind, _ = event_type_of(text)
    assert kind == "remote_explosive_landmine_ied"


def test_armed_men_who_took_people_away_from_their_homes_abducted_them() -> None:
    text = (
        "SAN SALVADOR, Oct 3 (AP) - Armed men in plain clothes took away four trade unionists from their "
        "homes in the town of Apopa on Monday night, relatives said on Wednesday."
    )
    found = main_incident(text, date(1985, 10, 3))
    assert found.event_type == "abduction_forced_disappearance"
    assert found.date_start == "1985-09-30"


def test_a_weekday_a_modal_puts_ahead_is_planned_not_an_event_day() -> None:
    text = "The union said it would take the case to the labour court on Friday."
    (found,) = [f for f in date_values(text, date(1990, 3, 14)) if "Friday" in text[f.start : f.end]]
    assert found.value.role == "bare"
    said = "Police said gunmen shot the guard on Friday."
    (plain,) = date_values(said, date(1990, 3, 14))
    assert plain.value.role == "event"


def test_a_victim_numbered_after_the_count_is_one_more_of_the_dead() -> None:
    (figure,) = casualty_figures(
        "One farmer was killed when a mortar hit his house, and a second man died in hospital on Sunday."
    )
    assert (figure.figure.count.min, figure.figure.count.max) == (2, 2)
    (alone,) = casualty_figures("Three soldiers were killed, and a second patrol came under fire.")
    assert alone.figure.count.min == 3


def test_an_accusation_before_an_after_clause_is_no_other_event_of_the_sentence() -> None:
    text = (
        "KHARTOUM, Feb 10 (AFP) - Rebels on Saturday accused the government of bombing civilians after an "
        "Antonov plane dropped bombs on the market in Kurmuk on Wednesday, killing nine people."
    )
    found = main_incident(text, date(1997, 2, 10))
    assert found.date_start == "1997-02-05"


def test_a_curfew_imposed_after_rioting_is_dated_by_the_rioting() -> None:
    text = (
        "DHAKA, Dec 9 (Reuter) - Authorities imposed a curfew in the port city of Chittagong on Sunday after "
        "rioting between rival student groups that began on Thursday spread to the old town. Mobs burned "
        "shops and buses on Thursday, police said."
    )
    found = main_incident(text, date(1990, 12, 9))
    assert found.date_start == "1990-12-06"


def test_those_killed_when_militiamen_attacked_are_no_armed_victims() -> None:
    text = (
        "Police have recovered the bodies of 26 people killed when militiamen attacked a village school near "
        "Ambon on Sunday, most of them pupils and teachers hacked to death with machetes."
    )
    kind, _ = event_type_of(text)
    assert kind == "attack"


def test_leaders_or_officials_in_a_city_speak_there_the_event_is_elsewhere() -> None:
    # "X leaders in the provincial capital Y said", "a Z Ministry official in Y said", "officials of the
    # administration, speaking in Y": where the source spoke, so the count is another source's of the same
    # dead, not an incident of its own at Y
    text = (
        "JAKARTA, Jan 20 - Gunmen killed at least 14 villagers in an attack on the village of Tobelo on "
        "Monday, police said on Tuesday.\n\n"
        "Church leaders in the provincial capital Ternate said more than 30 people had been killed."
    )
    found = main_incident(text, date(2000, 1, 20))
    assert found.killed is not None and (found.killed.min, found.killed.max) == (14, 30)
    assert found.place is not None and found.place.name == "Tobelo"
    spoken = (
        "COLOMBO, Aug 4 - Rebels shelled the town of Mutur on Wednesday, killing at least nine civilians, "
        "the military said.\n\n"
        "Officials of the district administration, speaking in Trincomalee, put the number of dead at 12."
    )
    found = main_incident(spoken, date(2006, 8, 4))
    assert found.killed is not None and (found.killed.min, found.killed.max) == (9, 12)


def test_shells_that_began_falling_on_a_town_are_the_events_report() -> None:
    text = (
        "NICOSIA, July 21 (Reuter) - Families fled the village of Kythrea on Thursday. Shells and mortar "
        "bombs began falling on the centre of the village late on Tuesday, residents said."
    )
    incidents = extract_text(text, date(1974, 7, 25)).incidents
    shelled = [i for i in incidents if i.date_start == "1974-07-23"]
    assert shelled and shelled[0].event_type == "shelling_artillery_missile_attack"


def test_an_overnight_the_text_says_began_late_on_a_day_is_dated_by_that_day() -> None:
    # "overnight" in Monday's paper, then "began falling late on Sunday and went on until the early hours of
    # Monday": the night began on Sunday (as "on Friday night and into the early hours of Saturday" did)
    text = (
        "Rebels shell Dera overnight, six dead\n\n"
        "KABUL (Reuters) - Rebel gunners shelled the town of Dera overnight, killing six people, a police "
        "chief said on Monday.\n\n"
        "A doctor said the rockets began falling late on Sunday and went on until the early hours of Monday."
    )
    found = main_incident(text, date(1994, 5, 9))
    assert found.date_start == "1994-05-08"


def test_the_day_a_victim_died_of_the_wounds_is_no_day_of_the_violence_told_before() -> None:
    text = (
        "TEGUCIGALPA, Sept 14 - Gunmen fired on a bus near the town of Danli on Friday night, the police "
        "said.\n\n"
        "One passenger was killed when the gunmen opened fire, and a second man died in hospital in "
        "Tegucigalpa on Sunday."
    )
    found = main_incident(text, date(1988, 9, 14))
    assert found.date_start == "1988-09-09"
    assert found.killed is not None and found.killed.min == 2


def test_a_town_the_gazetteer_lacks_south_of_a_known_one_is_the_place_at_its_point() -> None:
    # "near Latifiya, south of Baghdad": the coder codes the town named (at the known town's point), as
    # "Marla, about 50 kilometers south of Nyala" is, not Baghdad
    text = (
        "Gunmen stopped a minibus on the highway near Latifiya, south of Baghdad, on Tuesday and shot 11 "
        "passengers dead, police said."
    )
    found = main_incident(text, date(2005, 3, 3))
    assert found.place is not None and found.place.name == "Latifiya"
    assert found.place.country == "IQ" and found.place.lat is not None


def test_where_the_victims_were_travelling_from_is_no_place_of_another_event() -> None:
    text = (
        "KARACHI, June 2 - Gunmen fired on a bus on the coastal highway near Hub on Monday, killing nine "
        "passengers, police said.\n\n"
        "A provincial official said on Tuesday that 12 people had been killed, all of them labourers "
        "travelling from Quetta to Karachi."
    )
    found = main_incident(text, date(1998, 6, 2))
    assert found.killed is not None and (found.killed.min, found.killed.max) == (9, 12)
