"""The general causes of news goldens left unpinned (tests/golden/news/README.md's table) fixed by the
"unpin4" session, each on a short text of our own; the reports pinned after them are in
tests/golden/news/expected_unpinned_fixed4.json."""

from __future__ import annotations

from datetime import date

from report_helpers import killed, main_incident

from warledger.extract.event_cues import signals_in

TUESDAY = date(2009, 6, 9)


def test_members_of_the_security_forces_are_a_side_added_to_the_other() -> None:
    text = (
        "KANO, June 9 - Gunmen raided a police station in the town of Wudil on Monday, officials said.\n\n"
        "A spokesman said 6 members of the security forces had been killed. The army said later that "
        "at least 11 gunmen had died in the fighting."
    )
    assert killed(main_incident(text, TUESDAY)) == (17, 17)


def test_a_partys_own_losses_are_its_side_added_to_the_other() -> None:
    text = (
        "LAGOS, June 9 - Hundreds of insurgents stormed the town of Bama on Monday, officials said.\n\n"
        "The defence ministry said 20 soldiers were killed in the fighting. Insurgent leaders said their "
        "own losses were 8 dead."
    )
    assert killed(main_incident(text, TUESDAY)) == (28, 28)


def test_own_losses_of_the_side_the_other_party_counted_span_with_its_count() -> None:
    text = (
        "LAGOS, June 9 - Troops fought insurgents in the town of Bama on Monday, officials said.\n\n"
        "The army said 30 insurgents were killed in the fighting. Insurgent leaders said their own losses "
        "were 12 dead."
    )
    assert killed(main_incident(text, TUESDAY)) == (12, 30)


def test_own_losses_of_a_speaker_naming_no_side_are_another_side() -> None:
    text = (
        "LAGOS, June 9 - Hundreds of insurgents stormed the town of Bama on Monday, officials said.\n\n"
        "The defence ministry said 20 soldiers were killed in the fighting. The group's commanders said "
        "their own losses were 8 dead."
    )
    assert killed(main_incident(text, TUESDAY)) == (28, 28)


def test_the_dead_a_side_left_behind_as_it_retreated_are_that_sides() -> None:
    text = (
        "ABUJA, June 9 - Troops repelled an attack on their base near the town of Damboa on Monday, the "
        "army said.\n\n"
        "After two hours of fighting the attackers retreated into the forest, leaving behind 25 dead. "
        "The army said four soldiers had been killed."
    )
    assert killed(main_incident(text, TUESDAY)) == (29, 29)


def test_a_figure_some_have_spoken_of_is_another_count_of_the_same_dead() -> None:
    text = (
        "BANGUI, June 9 - Armed men attacked a camp for displaced people in the town of Bria on Monday.\n\n"
        "Officials said at least 30 people died, and some of them have spoken of up to 50."
    )
    assert killed(main_incident(text, TUESDAY)) == (30, 50)


def test_a_bare_number_a_source_counted_of_the_dead_is_its_count() -> None:
    text = (
        "BANGUI, June 9 - Armed men attacked a camp for displaced people in the town of Bria on Monday, "
        "killing at least 25 people, officials said.\n\n"
        "The Red Cross, which collected the bodies, said its volunteers counted about 40."
    )
    assert killed(main_incident(text, TUESDAY)) == (25, 40)


def test_a_source_spoken_of_after_a_semicolon_spans_with_the_first() -> None:
    text = (
        "BANGUI, June 9 - Armed men attacked a camp for displaced people in the town of Bria on Monday.\n\n"
        "A rights group said it had confirmed 35 deaths; the UN mission has spoken of as many as 70."
    )
    assert killed(main_incident(text, TUESDAY)) == (35, 70)


def test_a_counted_number_with_a_noun_of_its_own_counts_no_dead() -> None:
    text = (
        "BANGUI, June 9 - Armed men attacked a camp for displaced people in the town of Bria on Monday, "
        "killing 12 people.\n\n"
        "Aid workers who buried the dead said they counted 200 burned shelters."
    )
    assert killed(main_incident(text, TUESDAY)) == (12, 12)


NUEVA_ECIJA_LEAD = (
    "MANILA, June 9 - Soldiers killed nine people in a farming village in the province of Nueva Ecija on "
    "Monday, villagers said.\n\n"
)


def test_a_town_the_incident_names_in_the_leads_district_is_the_place() -> None:
    text = NUEVA_ECIJA_LEAD + (
        "An army officer said troops on patrol near the town of Guimba had come under fire and that nine "
        "rebels were killed."
    )
    place = main_incident(text, TUESDAY).place
    assert place is not None and place.name == "Guimba"


def test_the_town_of_a_hospital_or_a_lead_naming_no_village_keeps_the_district() -> None:
    hospital = NUEVA_ECIJA_LEAD + (
        "An army officer said troops on patrol had come under fire and that nine rebels were killed. The "
        "wounded were taken to a hospital in the town of Guimba."
    )
    no_village = NUEVA_ECIJA_LEAD.replace("in a farming village in the province", "in the province") + (
        "An army officer said troops on patrol near the town of Guimba had come under fire and that nine "
        "rebels were killed."
    )
    for text in (hospital, no_village):
        place = main_incident(text, TUESDAY).place
        assert place is not None and place.name == "Nueva Ecija", text


def test_a_facility_of_the_town_seized_is_no_takeover_of_the_town() -> None:
    seized = signals_in("Rebel mutineers seized the town's radio station on Tuesday and broadcast an appeal.")
    assert not seized & {"nonstate_takeover", "nonstate_took_town"}
    taken = signals_in("Rebels seized the town on Tuesday and broadcast an appeal from its radio station.")
    assert {"nonstate_takeover", "nonstate_took_town"} <= taken
