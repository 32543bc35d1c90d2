"""Event typing and toll leftovers fixed by the typing15 session, each on short texts of our own: "riot
police" name a force, not an event, and police only present leave a protest peaceful; a crowd's justice on a
suspected thief is mob violence wherever the beating is told; state forces killing an unarmed herder or
farmer is an attack; friendly fire between units is a clash; suicide bombers inside a coordinated assault on
a garrison are a clash; fire "opened on" someone is no movement of forces; an unnumbered plural beside a
single victim makes the toll at least three; "the number of dead had reached N" is the toll so far; "shot
him dead" kills one; a passer-by is a person."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.event_cues import signal_starts, signals_in
from warledger.extract.event_lead_signals import lead_signals
from warledger.extract.event_rules import rule_type
from warledger.extract.event_type import event_type_of
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident


def main(text: str, published: date = date(2024, 5, 9)) -> Incident:
    found = predicted_incident(extract_text(text, published).incidents)
    assert found is not None
    return found


def type_of(text: str) -> str | None:
    return event_type_of(text)[0]


def test_riot_police_guarding_a_place_is_no_event_of_its_own() -> None:
    # "riot" in "riot police" named the force; the sentence became an incident of its own (typed shelling)
    text = (
        "NAIROBI, May 9 - Riot police guarded parliament on Wednesday. Teachers marched peacefully through "
        "Nairobi on Monday to demand a pay rise."
    )
    found = main(text)
    assert (found.event_type, found.date_start) == ("peaceful_protest", "2024-05-06")


def test_riot_police_patrolling_leave_the_attack_the_main_incident() -> None:
    text = (
        "NAIROBI, May 9 - Riot police guarded the streets of Kisumu on Thursday. Gunmen killed five people "
        "at a bar in the town on Tuesday."
    )
    found = main(text)
    assert (found.event_type, found.date_start) == ("attack", "2024-05-07")


def test_dispersal_words_are_event_words_so_riot_police_dispersing_a_crowd_stays_an_event() -> None:
    text = (
        "Riot police dispersed hundreds of youths who were throwing stones and burning tyres in Kisumu on "
        "Tuesday."
    )
    assert main(text).event_type == "violent_demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Students marched through Nairobi on Monday to demand lower fees. Riot police stood guard along the "
        "route on Monday.",
        "On 4 June 2022, traders staged a sit-in at Gikomba market in Nairobi over relocation plans; riot "
        "police stood guard and the traders dispersed peacefully in the afternoon.",
    ],
)
def test_police_only_present_leave_a_protest_peaceful(text: str) -> None:
    assert type_of(text) == "peaceful_protest"


def test_a_crowd_that_dispersed_peacefully_met_no_intervention() -> None:
    assert "intervention" not in signals_in("Riot police stood guard as the traders dispersed peacefully.")
    assert "intervention" in signals_in("Riot police dispersed the traders with tear gas.")


def test_a_crowd_burning_a_suspected_thief_s_house_after_beating_him_is_mob_violence() -> None:
    text = (
        "On 12 May 2021, a crowd in Kisumu set a suspected thief's house on fire after beating him to death."
    )
    assert type_of(text) == "mob_violence"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 April 2021, KDF soldiers shot dead a herder in Mandera.",
        "On 11 January 2022, Burkinabe soldiers shot dead 2 herders near Djibo, accusing them of supplying "
        "militants with fuel.",
    ],
)
def test_state_forces_killing_an_unarmed_person_with_no_fight_is_an_attack(text: str) -> None:
    assert type_of(text) == "attack"


def test_state_forces_killing_militants_in_a_clash_stay_a_clash() -> None:
    assert type_of("On 7 March 2023, soldiers killed two militants in a clash near Gao.") == "armed_clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 23 February 2022, Nigerian soldiers mistakenly opened fire on a patrol of the Civilian JTF near "
        "Gwoza, mistaking them for Boko Haram fighters. 4 CJTF members were killed.",
        "On 5 May 2022, 3 soldiers were killed in a friendly-fire incident near Mubi.",
    ],
)
def test_friendly_fire_between_units_is_a_clash(text: str) -> None:
    assert type_of(text) == "armed_clash"


def test_fire_opened_on_a_patrol_is_no_movement_of_forces() -> None:
    text = (
        "Nigerian soldiers opened fire on a patrol of the Civilian JTF near Gwoza. 4 CJTF members were "
        "killed."
    )
    assert rule_type(lead_signals(signal_starts(text), text)) != "change_to_group_activity"


@pytest.mark.parametrize(
    "text",
    [
        "On 10 December 2019, militants attacked a military camp at Inates with mortars, then suicide "
        "bombers stormed it; 71 soldiers were killed.",
        "On 1 October 2019, JNIM militants shelled the army camp at Boulkessi with mortars, then two suicide "
        "bombers drove explosive-laden vehicles into its gate and dozens of fighters stormed the base, "
        "battling soldiers for several hours.",
    ],
)
def test_suicide_bombers_in_a_coordinated_assault_on_a_garrison_are_a_clash(text: str) -> None:
    assert type_of(text) == "armed_clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 March 2023, a suicide bomber blew himself up at the gate of an army base in Gao, killing 5 "
        "soldiers.",
        "On 7 March 2023, a suicide car bomber attacked a military base in Gao, killing 5 soldiers.",
    ],
)
def test_a_suicide_bomber_alone_stays_a_suicide_bombing(text: str) -> None:
    assert type_of(text) == "suicide_bomb"


@pytest.mark.parametrize(
    "text",
    [
        "On 7 March 2023, gunmen killed a local candidate and members of his family in Gusau.",
        "On 7 March 2023, gunmen shot dead a village chief and his relatives at their home in Gusau.",
    ],
)
def test_an_unnumbered_plural_beside_one_victim_makes_at_least_three_dead(text: str) -> None:
    killed = main(text).killed
    assert killed is not None and (killed.min, killed.approximate) == (3, True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On 7 March 2023, gunmen killed a local candidate and two members of his family in Gusau.", 3),
        ("On 7 March 2023, a man was killed and relatives were injured when gunmen attacked Gusau.", 1),
        ("On 7 March 2023, gunmen killed a farmer and his wife in Gusau.", 2),
    ],
)
def test_a_numbered_plural_or_a_clause_of_its_own_counts_as_before(text: str, count: int) -> None:
    killed = main(text).killed
    assert killed is not None and (killed.min, killed.max, killed.approximate) == (count, count, False)


def test_the_number_of_dead_having_reached_a_figure_is_the_toll_so_far() -> None:
    sentence = (
        "A member of the vigilante group said the number of dead had reached 37 after more bodies were "
        "recovered from the bush."
    )
    (found,) = casualty_figures(sentence)
    assert found.figure.updated and found.figure.count.min == 37
    text = (
        "Gunmen killed at least 30 people in a village near Dikwa on Monday, residents said. A vigilante "
        "said the number of dead had reached 37 after more bodies were recovered."
    )
    killed = main(text).killed
    assert killed is not None and (killed.min, killed.max) == (37, 37)


def test_shot_him_dead_is_an_attack_with_one_dead() -> None:
    text = (
        "On 19 March 2023, gunmen stormed the home of a village head in Kankara, shot him dead and set the "
        "house on fire."
    )
    found = main(text)
    assert found.event_type == "attack"
    assert found.killed is not None and found.killed.min == 1


def test_a_passer_by_is_one_more_of_the_dead() -> None:
    text = (
        "On 25 March 2023, a suicide bomber detonated an explosive vest at a police checkpoint in Mogadishu, "
        "killing 3 policemen and a passer-by."
    )
    killed = main(text).killed
    assert killed is not None and killed.min == 4


@pytest.mark.parametrize(
    "text",
    [
        "On 11 May 2023, riot police fired tear gas at traders protesting new levies in Eldoret. "
        "[size=hundreds]",
        "On 11 May 2023, police fired rubber bullets at students protesting fee increases in Eldoret.",
    ],
)
def test_tear_gas_or_rubber_bullets_fired_at_people_protesting_are_an_intervention(text: str) -> None:
    assert type_of(text) == "protest_with_intervention"


def test_live_fire_at_people_protesting_stays_excessive_force() -> None:
    text = "On 11 May 2023, police fired live rounds at traders protesting new levies in Eldoret."
    assert type_of(text) == "excessive_force_against_protesters"
