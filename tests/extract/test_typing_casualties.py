"""Casualty figures of news-like reports: other sources' counts, a crowd's grievance, campaign totals."""

from __future__ import annotations

import pytest

from warledger.extract.casualties import casualty_figures


def killed(sentence: str) -> list[tuple[int, int, bool]]:
    return [
        (f.figure.count.min, f.figure.count.max, f.figure.cumulative)
        for f in casualty_figures(sentence)
        if f.figure.kind == "killed"
    ]


def test_a_second_sources_toll_in_the_same_sentence_spans_a_range() -> None:
    sentence = (
        "The opposition coalition said more than 1,300 people died, while a monitoring group put the toll "
        "at 136."
    )
    assert killed(sentence) == [(136, 1300, False)]


def test_a_toll_disputed_in_the_same_sentence_spans_a_range() -> None:
    """ "police said, disputing local accounts that put the toll at more than 50": the second count is
    another source's of the same dead, not 50 more."""
    sentence = (
        "Insurgents killed at least 12 people near the town, police said on Saturday, disputing local "
        "accounts that put the toll at more than 50."
    )
    assert [(a, b) for a, b, _ in killed(sentence)] == [(12, 50)]


def test_figures_of_different_victims_in_one_sentence_still_add_up() -> None:
    assert killed("Three soldiers and two civilians were killed, while four others were wounded.") == [
        (5, 5, False)
    ]


def test_a_killing_a_crowd_acted_over_is_not_the_riots_toll() -> None:
    sentence = (
        "Protesters torched a police station and blocked roads in the town on Saturday after a civilian was "
        "killed during a police raid, witnesses said."
    )
    assert killed(sentence) == []


def test_a_killing_after_the_crowds_action_in_a_new_clause_counts() -> None:
    assert killed("Police opened fire on protesters after they torched a station, killing 3.") == [
        (3, 3, False)
    ]


def test_a_groups_toll_over_its_campaign_is_cumulative() -> None:
    sentence = "The sect has killed thousands of people in its five-year campaign to carve out a state."
    assert killed(sentence) == [(1000, 1000, True)]


def test_a_mob_beating_a_man_to_death_kills_one() -> None:
    sentence = "A mob beat a 24-year-old man to death on suspicion of stealing a motorcycle, police said."
    assert killed(sentence) == [(1, 1, False)]


def test_a_killing_days_before_a_march_is_its_own_dated_event() -> None:
    sentence = "Mourners marched through the town on Tuesday, a day after an air strike killed 25 people."
    assert killed(sentence) == [(25, 25, False)]


def test_hacked_to_death_before_the_number_counts_the_dead() -> None:
    assert killed("Rebels hacked to death at least 36 villagers with machetes overnight.") == [
        (36, 36, False)
    ]


def test_one_of_those_the_sentence_counted_is_the_toll_when_alone() -> None:
    sentence = "Youths beat three opposition supporters with clubs on Sunday, leaving one of them dead."
    assert killed(sentence) == [(1, 1, False)]


def test_a_part_of_a_toll_given_before_stays_a_subset() -> None:
    assert [f.figure.subset for f in casualty_figures("Two of them were killed by snipers.")] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "A policeman and two civilians died.",
        "Gunmen killed a policeman and two civilians on Monday.",
        "Gunmen shot dead a farmer and his two sons.",
    ],
)
def test_one_person_named_before_the_counted_ones_adds_one(sentence: str) -> None:
    assert killed(sentence) == [(3, 3, False)]


def test_a_person_killed_and_others_wounded_stay_apart() -> None:
    assert killed("The bombing killed a man and wounded two women.") == [(1, 1, False)]


def test_the_people_a_witness_buried_are_dead() -> None:
    assert killed("A resident said he had helped bury 42 people on Friday.") == [(42, 42, False)]


def test_bringing_the_toll_to_a_number_updates_it() -> None:
    sentence = "Two people died of their wounds on Tuesday, bringing the toll to 9."
    assert [f.figure.updated for f in casualty_figures(sentence) if f.figure.count.min == 9] == [True]


def test_tens_of_people_is_a_vague_ten() -> None:
    assert killed("Tens of people were killed in the fighting.") == [(10, 10, False)]


def test_hundreds_of_thousands_is_one_figure() -> None:
    assert [f.figure.count.min for f in casualty_figures("Hundreds of thousands were killed.")] == [100000]


def test_ranks_are_persons_too() -> None:
    """ "an army lieutenant and a sergeant": two soldiers named by rank (casualty_cues.json v23)."""
    assert killed("Gunmen killed an army lieutenant and a sergeant near the base.") == [(2, 2, False)]


def test_several_single_persons_before_the_counted_ones_all_count() -> None:
    assert killed("Gunmen killed a man, his wife and their three children.") == [(5, 5, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two car bombs killed 70 people in a crowded market on Tuesday.", [(70, 70, False)]),
        ("Two roadside bombs killed seven civilians on Sunday.", [(7, 7, False)]),
        ("Three gunmen have killed four villagers.", [(4, 4, False)]),
        ("Two soldiers killed, 5 wounded in blast.", [(2, 2, False)]),
        ("Two soldiers were killed 3 km from the border.", [(2, 2, False)]),
    ],
)
def test_a_number_whose_verb_counts_victims_of_its_own_counts_the_doers(
    sentence: str, expected: list[tuple[int, int, bool]]
) -> None:
    assert killed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("3 soldiers, 2 civilians and 1 child were killed in the blast.", 6),
        ("4 local policemen, 2 militia members, and 1 soldier were killed, and 8 were wounded.", 7),
        ("Gunmen killed 5 villagers, 3 women and 2 men, in the raid on Sunday.", 5),
        ("The strike killed 2 women, 3 men and 4 children.", 9),
    ],
)
def test_a_comma_list_of_groups_adds_up_but_a_breakdown_of_a_total_does_not(
    sentence: str, count: int
) -> None:
    assert killed(sentence) == [(count, count, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants attacked the village, beheaded 1 person and burned several huts.",
        "The dismembered body of a woman was found in a wooded area on Monday.",
        "Gunmen ambushed a patrol vehicle near the bridge, killing 1 of them and injuring 3 others.",
        "A trader who was abducted from his shop by armed men last week, was found dead near the highway.",
        "A man from the town died as a result of torture in the military prison.",
        "A member of the local security committee was found killed on the road to the city.",
        "A police officer was shot in the head by a sniper and died.",
    ],
)
def test_one_victim_told_in_many_ways_is_one_dead(sentence: str) -> None:
    assert killed(sentence) == [(1, 1, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatives of a newborn baby who died in the clinic protested outside the hospital.",
        "A day after the commander died, his supporters marched through the town.",
    ],
)
def test_someone_who_died_told_as_background_is_no_toll(sentence: str) -> None:
    assert killed(sentence) == []


def test_an_acronym_in_brackets_does_not_part_a_number_from_its_verb() -> None:
    sentence = "Twelve personnel of the Central Reserve Police Force (CRPF) were killed in the ambush."
    assert killed(sentence) == [(12, 12, False)]


def test_a_number_before_an_active_killing_of_one_counts_the_killers() -> None:
    assert killed("Two gunmen shot and killed a shopkeeper outside the mosque.") == [(1, 1, False)]


def test_a_protest_against_a_death_does_not_count_it() -> None:
    sentence = (
        "Residents blocked an avenue with burning tyres to demonstrate against the death of a teenager."
    )
    assert killed(sentence) == []


def test_a_coders_rounded_figure_and_a_range_of_fatalities_are_read() -> None:
    assert killed("Fatalities were reported as half, rounded down to 3.") == [(3, 3, False)]
    assert killed("Information on fatalities range from 1 to 2.") == [(1, 2, False)]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "On 8 May, 8 rebels were killed in air strikes. Fatalities are split across 2 events (4).",
            (4, 4),
        ),
        (
            "On 1 May, 6 soldiers were killed in clashes. Fatalities split between 2 events.",
            (3, 3),
        ),
        (
            "On 1 May, fighters were killed. Fatalities coded as 10 and split up between 3 events.",
            (3, 4),
        ),
    ],
)
def test_a_split_toll_gives_each_event_its_share(text: str, share: tuple[int, int]) -> None:
    from datetime import date

    from warledger.extract import extract_text

    incidents = extract_text(text, date(2020, 5, 10)).incidents
    assert [(i.killed.min, i.killed.max) for i in incidents if i.killed] == [share]


def test_killing_all_of_a_group_counts_them() -> None:
    assert killed("A mine went off under a farmer and his two sons on Sunday, killing all three.") == [
        (3, 3, False)
    ]


def test_parts_counted_of_a_named_group_still_add_up() -> None:
    sentence = "A drone strike hit a car, killing four members of a local armed group and two passers-by."
    assert killed(sentence) == [(6, 6, False)]


def test_a_person_described_by_a_relative_clause_is_one_dead() -> None:
    assert killed("A guard who tried to close the gate behind the gunmen was shot dead.") == [(1, 1, False)]


def test_the_dead_of_a_whole_unrest_are_a_running_total() -> None:
    assert killed("More than 60 people have been killed in the unrest, a rights group says.") == [
        (60, 60, True)
    ]


def test_beheading_a_person_kills_them() -> None:
    assert killed("Militants raided the village, beheaded 1 person and burned several huts.") == [
        (1, 1, False)
    ]


def test_a_part_a_killing_verb_takes_is_the_toll() -> None:
    assert killed("Troops retook the town after a battle with rebels, killing 40 of them.") == [
        (40, 40, False)
    ]
    assert killed("The blast killed 12 people, 3 of them children.") == [(12, 12, False)]


def test_counted_people_described_by_a_relative_clause() -> None:
    assert killed("Two men who tried to stop the gunmen were shot dead.") == [(2, 2, False)]
    assert killed("Three men who killed a farmer fled on Friday.") == [(1, 1, False)]
    # the same men arrested: their killing is the arrest's background (test_casualties, arrest_background)
    assert killed("Three men who killed a farmer were arrested on Friday.") == []


def test_a_number_of_dead_that_rose_is_an_update_however_long_its_subject() -> None:
    sentence = (
        "The number of people killed in Friday's bombing of a crowded bus station in the city rose to 27 on "
        "Saturday, officials said."
    )
    [figure] = [f.figure for f in casualty_figures(sentence) if f.figure.kind == "killed"]
    assert (figure.count.min, figure.count.max, figure.updated) == (27, 27, True)
    assert [f.figure.updated for f in casualty_figures("Death toll in bus blast climbs to 27")] == [True]
    assert killed("Fuel prices rose to 31 after the attack killed 5.") == [(5, 5, False)]


def test_a_number_of_things_is_no_toll() -> None:
    assert killed("The attackers stopped two vehicles and executed the passengers.") == []
    assert killed("Bombers kill 12 at mosque in the city") == [(12, 12, False)]


def test_the_second_attack_this_year_ranks_the_event_it_does_not_total_a_period() -> None:
    sentence = (
        "Gunmen killed 37 civilians on Monday, the second deadly attack on civilians in the region this year."
    )
    assert killed(sentence) == [(37, 37, False)]


def test_rumours_that_someone_had_died_are_no_death_of_this_event() -> None:
    assert killed("The unrest was fuelled by rumours that a worker had died in custody last week.") == []


def test_people_kidnapped_and_killed_are_dead_not_missing() -> None:
    sentence = "3 villagers including a former local commander were kidnapped and killed by militants."
    assert killed(sentence) == [(3, 3, False)]


def test_the_full_stops_of_an_abbreviation_do_not_end_the_clause() -> None:
    assert killed("Four U.S. Marines were killed by a roadside bomb on Friday.") == [(4, 4, False)]


def test_the_toll_of_fighting_that_began_on_a_day_is_cumulative() -> None:
    """A relative clause on when the fighting began makes its toll a period's total, not one event's."""
    sentence = "The fighting, which began in the capital on Dec. 15, has killed thousands of people."
    assert killed(sentence) == [(1000, 1000, True)]


def test_a_number_that_believes_or_speaks_counts_no_victims() -> None:
    """A number that believes ("many believe ... deaths") counts believers: the deaths are no figure."""
    assert killed("In the region many believe illnesses and deaths can be caused by sorcery.") == []
    assert killed("Dozens said their relatives had been killed in the raid.") == []


def test_no_one_had_been_killed_is_a_zero() -> None:
    """ "no one had been killed" is a figure of 0, not the number one."""
    assert killed("He said no one had been killed.") == [(0, 0, False)]
