"""Long, news-like narratives whose main incident is told among others (earlier attacks, funerals, later
shootings, statements) and dated only relatively: the general causes of what the fifth batch of news
goldens got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract.casualties import casualty_figures
from warledger.extract.casualty_context import is_cumulative

THURSDAY = date(1985, 5, 16)


def test_a_day_after_the_old_toll_a_rise_starts_from_is_when_it_was_given() -> None:
    text = (
        "Officials said on Thursday that 40 people had now died after gunmen opened fire on pilgrims in the "
        "town of Kurunegala on Tuesday evening, raising the toll from 31 given by the police on Wednesday."
    )
    assert main_incident(text, THURSDAY).date_start == "1985-05-14"


def test_two_sources_counts_joined_by_and_span_a_range() -> None:
    found = casualty_figures(
        "Doctors at the hospital said they had received 31 bodies with gunshot wounds, and a local rights "
        "group, which compiled the names of the dead, said 39 people had been killed."
    )
    assert [(f.figure.count.min, f.figure.count.max) for f in found] == [(31, 39)]


def test_two_sources_counts_of_two_sides_still_add_up() -> None:
    found = casualty_figures(
        "Police said three civilians were killed, and the army said it had killed two militants."
    )
    assert [f.figure.count.max for f in found] == [3, 2]


WEDNESDAY = date(2003, 4, 30)
AFTERMATH_LEAD = (
    "FALLUJA, Iraq, April 30 - Anger was growing on Wednesday in this conservative town west of Baghdad "
    "after soldiers fired on a crowd of protesters late on Monday, killing 13 people, the hospital said."
)


def test_an_after_clause_holding_the_toll_under_an_aftermath_is_the_event_and_its_day() -> None:
    found = main_incident(AFTERMATH_LEAD, WEDNESDAY)
    assert (found.event_type, found.date_start) == ("excessive_force_against_protesters", "2003-04-28")


def test_an_after_clause_stays_a_cause_when_the_sentence_tells_its_own_event() -> None:
    text = (
        "Hundreds of people marched through the town on Tuesday after soldiers fired on a crowd late on "
        "Sunday, killing 13 people."
    )
    assert main_incident(text, WEDNESDAY).date_start == "2003-04-29"


def test_this_town_near_a_city_is_the_datelines_town_in_its_capitals_spelling() -> None:
    place = main_incident(AFTERMATH_LEAD, WEDNESDAY).place
    assert place is not None and (place.name, place.country) == ("Falluja", "IQ")


NAZRAN_WEDNESDAY = date(2004, 6, 23)
HUNT_LEAD = (
    "MOSCOW, June 23 - Russian troops were combing villages in Ingushetia on Wednesday for the gunmen who "
    "staged night attacks on police buildings in the town of Nazran.\n\n"
)


def test_a_sentence_opening_on_the_known_event_gives_its_day() -> None:
    text = (
        f"{HUNT_LEAD}The raid, which began late on Monday and lasted until dawn, was the boldest by the "
        "rebels in years. Officials said on Tuesday that 57 people had been killed in Nazran."
    )
    found = main_incident(text, NAZRAN_WEDNESDAY)
    assert (found.date_start, found.killed and found.killed.max) == ("2004-06-21", 57)


def test_the_same_days_account_after_background_goes_on_with_the_incident() -> None:
    text = (
        f"{HUNT_LEAD}The raid, which began late on Monday, was the boldest by the rebels in years. Officials "
        "said 57 people had been killed.\n\nIngushetia has long been the quieter neighbour of Chechnya. "
        "Thousands of refugees fled there when the second war began in 1999. The republic's leaders have "
        "been under pressure to send them back.\n\nWitnesses said armed men "
        "set up checkpoints on the main roads into Nazran at around 11 p.m. on Monday, stopping cars. Other "
        "groups attacked the interior ministry building and a border guard post. Others raided an arms depot "
        "and loaded trucks with weapons. Gun battles between the raiders and police went on for hours, and "
        "the ministry building was set on fire."
    )
    found = main_incident(text, NAZRAN_WEDNESDAY)
    assert (found.date_start, found.killed and found.killed.max) == ("2004-06-21", 57)


def test_the_dead_numbered_is_a_toll() -> None:
    found = casualty_figures("Health officials said on Wednesday the dead numbered 92, including civilians.")
    assert [(f.figure.kind, f.figure.count.max) for f in found] == [("killed", 92)]


def test_ethnic_rioting_is_mob_violence() -> None:
    text = (
        "The number of people killed in ethnic rioting in the southern city of Osh has risen to 77, the "
        "health ministry said on Sunday, as thousands fled towards the border."
    )
    assert main_incident(text, date(2010, 6, 13)).event_type == "mob_violence"


def test_an_undated_incident_takes_the_day_its_scene_setting_paragraph_names() -> None:
    text = (
        "Police break up teachers' march with tear gas\n\n"
        "TEGUCIGALPA, Aug. 12 - The interim government insists that the removal of the president on June 28 "
        "was lawful.\n\n"
        "On Tuesday that pressure met the police in San Pedro Sula. Several thousand teachers set off from "
        "the university campus in the morning.\n\n"
        "Riot police blocked the avenue near the central park. When the marchers refused to turn back, "
        "officers fired tear gas and turned water cannon on the crowd. Police said 62 people had been "
        "detained."
    )
    assert main_incident(text, date(2009, 8, 12)).date_start == "2009-08-11"


def test_guerrillas_overrunning_a_garrison_take_the_town() -> None:
    text = "Guerrillas overran the army garrison of the town of Suchitoto on Tuesday after a day of fighting."
    assert main_incident(text, date(1984, 2, 2)).event_type == "non_state_actor_overtakes_territory"


HOMOINE = (
    "MAPUTO, July 21 - The government said on Tuesday that rebels had killed 386 people in an attack on "
    "the town of Homoine on Saturday.\n\n"
    "The government blamed the rebels, who have fought the government since 1976.\n\n"
    "According to survivors, several hundred rebels entered Homoine at dawn on Saturday from the north. "
    "The attackers went from house to house, killing men, women and children with machetes. They looted "
    "the hospital and burned many homes before leaving. A woman survived by lying beneath the bodies of "
    "two of her neighbours, she said."
)


def test_an_account_going_back_to_the_incidents_day_and_place_goes_on_with_it() -> None:
    found = main_incident(HOMOINE, date(1987, 7, 21))
    assert any(e.text.startswith("According to survivors") for e in found.evidence)
    assert (found.date_start, found.killed and found.killed.max) == ("1987-07-18", 386)


def test_some_of_a_speakers_own_people_among_the_dead_are_a_part_of_the_toll() -> None:
    found = main_incident(HOMOINE, date(1987, 7, 21))
    assert found.killed is not None and (found.killed.min, found.killed.max) == (386, 386)


def test_the_day_one_of_the_dead_was_found_does_not_date_the_count() -> None:
    text = (
        "Mobs attacked foreigners in the township of Alexandra on Sunday night, killing two men, police "
        "said. Community leaders in Alexandra said three people had been killed, one of them a man whose "
        "body was found in a stream on Monday morning."
    )
    found = main_incident(text, date(2008, 5, 14))
    killed = found.killed and (found.killed.min, found.killed.max)
    assert (found.date_start, killed) == ("2008-05-11", (2, 3))


def test_has_since_spread_is_no_period_total() -> None:
    assert not is_cumulative(
        "Residents went from shack to shack, killing two men, in an outbreak of violence that has since "
        "spread to other settlements."
    )
    assert is_cumulative("The rebels have since split into small groups and killed more than 100 civilians.")


def test_the_named_district_of_a_city_is_placed_at_the_city() -> None:
    text = (
        "Shelling kills 28 in Tripoli\n\n"
        "BEIRUT, Nov. 10 - A shell hit a crowded shelter beneath an apartment block in the Zahriyeh district "
        "late on Tuesday, killing 28 people, police said. Artillery in the hills fired hundreds of shells "
        "into Tripoli, the country's second city."
    )
    place = main_incident(text, date(1983, 11, 10)).place
    assert place is not None and (place.name, place.country) == ("Tripoli", "LB")
