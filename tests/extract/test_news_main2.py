"""News reports whose main incident competes with others: the general causes of what the blind batch "main2"
of news goldens got wrong, each on a text of our own (an arrest for an old killing, a retaliation that leads
before the attack it answers, a round-up of election-day clashes, a headline that gives both sides' dead,
armed men raiding a village)."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract.event_type import event_type_of


def test_an_arrest_on_suspicion_of_a_killing_is_the_arrest() -> None:
    # "on suspicion of" tells what the arrested are said to have done, as "suspected of" does
    text = (
        "Police in Kragujevac arrested a former army officer on Monday on suspicion of taking part in the "
        "killing of 12 villagers near Pec in 1999, prosecutors said.\n\n"
        "He was detained at his flat and will be questioned by an investigating judge on Wednesday."
    )
    found = main_incident(text, date(2006, 3, 14))
    assert found.event_type == "arrests"
    assert found.killed is None


def test_a_lead_whose_round_up_cue_is_a_circumstance_clause_keeps_its_own_figure() -> None:
    # ", as violence across the country marred the vote" says where else there was unrest: the lead's two
    # dead are its own clash's, not a total that the smaller incident told next would stand for
    text = (
        "Two killed in Kenema as clashes mar Sierra Leone vote\n\n"
        "FREETOWN, March 8 (Reuters) - Supporters of rival parties fought with machetes and stones outside a "
        "polling station in the eastern town of Kenema on Wednesday, killing two people, as violence across "
        "the country marred the presidential election, police said.\n\n"
        "Police said dozens of young men attacked each other after a dispute over the queue.\n\n"
        "Elsewhere, one man was killed when rival groups fought with sticks near a polling booth in Makeni, "
        "police said.\n\n"
        "A police spokesman in Freetown said turnout had been high."
    )
    found = main_incident(text, date(2007, 3, 9))
    assert found.place is not None and found.place.name == "Kenema"
    assert found.killed is not None and (found.killed.min, found.killed.max) == (2, 2)


def test_a_headline_second_story_after_a_semicolon_does_not_add_to_the_lead_count() -> None:
    # "...; Armenia reports one dead" is the other side's dead, told elsewhere, not more of the lead's
    text = (
        "Armenian shelling kills four in Tartar, Azerbaijan says; Armenia reports one dead\n\n"
        "BAKU, April 3 (Reuters) - Armenian forces shelled the Azerbaijani town of Tartar on Saturday, "
        "killing four civilians, Azerbaijan's defence ministry said.\n\n"
        "Shells hit houses near the town's market in the afternoon, the ministry said."
    )
    found = main_incident(text, date(2016, 4, 3))
    assert found.killed is not None and (found.killed.min, found.killed.max) == (4, 4)


def test_a_fight_told_of_people_in_a_who_had_clause_does_not_type_the_raid() -> None:
    # "youths who had fought in the town" says what those people did before: the raid on the village,
    # armed men killing residents with no fight told, is an attack, not a crowd's clash
    passage = (
        "Armed men attacked a village near Kaduna on Tuesday, killing nine people and burning houses, police "
        "said. Three women were among the dead. Survivors said the attackers had accused the villagers of "
        "hiding youths who had fought in the town last month."
    )
    assert event_type_of(passage)[0] == "attack"


def test_rockets_fired_by_jets_are_an_air_strike() -> None:
    # aircraft that fired rockets struck from the air: no shelling, and so the account goes on with the
    # lead's air raid instead of opening a second incident of another weapon
    assert event_type_of("Two jets fired rockets at the depot outside Nabatieh shortly after dawn.")[0] == (
        "air_drone_strike"
    )
    assert event_type_of("The aircraft fired missiles at a house in the camp, witnesses said.")[0] == (
        "air_drone_strike"
    )
