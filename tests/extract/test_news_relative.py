"""Older, news-like reports that date their incident only relatively ("overnight into Sunday" under a
dateline naming the day of filing) and name places that are no places of the event: a capital a speaker
appeals to ("called on Moscow to"), a person's first name that is also an oblast's ("Vladimir")."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract import extract_text
from warledger.extract.dates import date_values
from warledger.extract.incident_counts import sides_total
from warledger.extract.models import Count
from warledger.measure.scoring import predicted_incident

TUESDAY = date(2000, 2, 8)
LEAD = (
    "Chechnya: villagers say bombs killed 17 in Shatoy\n\n"
    "Residents of Shatoy, a mountain village in southern Chechnya, say Russian aircraft bombed the village "
    "on Sunday, killing at least 17 civilians sheltering in the cellars of their homes."
)


def test_overnight_into_a_day_is_the_night_that_began_the_day_before() -> None:
    found = date_values("Aircraft bombed the village overnight into Sunday, killing 17.", TUESDAY)
    assert [(str(f.value.start), f.value.night) for f in found] == [("2000-02-05", True)]


def test_the_night_into_the_publication_day_began_the_day_before() -> None:
    found = date_values("Shells fell on the town in the night to Sunday.", date(2000, 2, 6))
    assert [str(f.value.start) for f in found] == ["2000-02-05"]


def test_a_datelines_weekday_is_the_filing_day_not_the_incidents() -> None:
    text = (
        "NAZRAN, Russia, Tuesday - Residents of Shatoy, a mountain village in Chechnya, say Russian aircraft "
        "bombed the village overnight into Sunday, killing at least 17 civilians."
    )
    assert main_incident(text, TUESDAY).date_start == "2000-02-05"


def test_a_capital_a_speaker_appeals_to_is_its_government_not_a_place() -> None:
    text = (
        f"{LEAD}\n\nHuman Rights Watch said it had collected the names of 17 people killed in Shatoy and "
        "called on Moscow to allow independent observers into the area."
    )
    place = main_incident(text, TUESDAY).place
    assert place is not None and place.name == "Shatoy"


def test_a_persons_first_name_is_no_oblast_the_text_points_to() -> None:
    text = f"{LEAD}\n\nVladimir Kalamanov, the Kremlin's envoy, said he would look into all complaints."
    place = main_incident(text, TUESDAY).place
    assert place is not None and place.name == "Shatoy"


def test_more_than_cut_at_the_figures_reach_is_no_count_of_other_victims() -> None:
    text = (
        "Car bomb kills 19 in Baalbek market street\n\n"
        "BAALBEK, Lebanon (AP) - Mourners buried the dead today, two days after a car packed with explosives "
        "blew up outside a row of shops, killing 19 people and wounding more than 60."
    )
    killed = main_incident(text, date(1986, 8, 17)).killed
    assert killed is not None and (killed.min, killed.max) == (19, 19)


def test_no_count_left_after_restated_ones_adds_nothing() -> None:
    assert sides_total([], "killed") == Count(min=0, max=0, approximate=False)


def test_the_day_inside_a_tolls_phrase_dates_the_event_not_the_update() -> None:
    text = (
        "Death toll in missile strike rises to 13\n\n"
        "Rescue workers in Zaporizhzhia pulled the last bodies from the ruins of an apartment block today, "
        "bringing the death toll from a Russian missile strike on the city on Saturday evening to 13, "
        "officials said."
    )
    assert main_incident(text, date(2023, 3, 7)).date_start == "2023-03-04"


def test_a_part_of_the_leads_toll_recounted_after_a_later_days_aftermath_joins_the_lead() -> None:
    text = (
        "Police post falls after FARC assault\n\n"
        "BOGOTA, Feb 3 (wire) - Seven policemen and four guerrillas were killed when rebels overran the "
        "police post in the town of Barbacoas last Thursday, the police said on Monday.\n\n"
        "Army reinforcements only arrived on Friday morning, after the rebels had withdrawn into the "
        "jungle.\n\n"
        "Police commander General Teodoro Campo said seven officers were killed and nine wounded.\n\n"
        "The bodies of four guerrillas were found in the streets around the post, he said."
    )
    incidents = extract_text(text, date(2003, 2, 3)).incidents
    main = predicted_incident(incidents)
    assert main is not None and main.date_start == "2003-01-30"


def test_an_age_written_after_the_person_is_no_count() -> None:
    from warledger.extract.casualties import casualty_figures

    found = casualty_figures("Fourteen peasants, among them four women and a child of nine, were killed.")
    assert all(f.figure.count.max != 9 for f in found)


def test_who_came_on_a_day_inside_the_leads_week_gives_the_incidents_day() -> None:
    text = (
        "Guerrillas blamed for massacre of 14 villagers\n\n"
        "AYACUCHO - Fourteen peasants were killed earlier this week in a hamlet in the highlands above "
        "Huanta, the army said.\n\n"
        "Survivors said about forty armed men and women, some in ski masks, entered the hamlet on Tuesday "
        "night, gathered the villagers in the schoolyard and accused the community's leaders of "
        "collaborating with the army."
    )
    assert main_incident(text, date(1984, 7, 14)).date_start == "1984-07-10"


def test_a_lines_first_word_is_no_sentence_of_its_own() -> None:
    from warledger.extract.pipeline import build_pipeline

    doc = build_pipeline()("Summary\nEight civilians, five of them children, were killed two days ago.")
    assert [s.text.strip() for s in doc.sents][1].startswith("Eight civilians")


def test_how_many_of_them_were_children_between_a_toll_and_its_verb_keeps_the_toll() -> None:
    from warledger.extract.casualties import casualty_figures

    found = casualty_figures(
        "Eight civilians, five of them children, were killed when an aircraft bombed a house."
    )
    assert [(f.figure.count.max, f.figure.subset) for f in found] == [(8, False), (5, True)]


def test_fighting_told_as_earlier_that_day_does_not_type_the_air_strike() -> None:
    text = (
        "CIVILIANS KILLED IN AIR STRIKE NEAR ASADABAD\n\n"
        "Eight civilians were killed two days ago when an international military aircraft bombed a house on "
        "the outskirts of Asadabad, the capital of Kunar province, elders said.\n\n"
        "Neighbours say foreign and Afghan troops had clashed with armed men in the hills above the area "
        "earlier in the afternoon, and that the fighters had withdrawn before the strike."
    )
    assert main_incident(text, date(2009, 1, 1)).event_type == "air_drone_strike"
