"""Casualty figures: a rule table of sentences we wrote, and a parser that never crashes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract.casualties import casualty_figures, casualty_mentions
from warledger.extract.casualty_cues import side_of
from warledger.extract.casualty_quantities import quantities_in, value_of_words

# sentence, kind, min, max, approximate, flag ("cumulative", "subset", "updated" or "")
FIGURES = [
    ("Another 40 people were killed in the market.", "killed", 40, 40, False, ""),
    ("The blast killed twenty-three people.", "killed", 23, 23, False, ""),
    ("Gunmen killed a dozen villagers.", "killed", 12, 12, False, ""),
    ("At least 20 people died in the fire.", "killed", 20, 20, False, ""),
    ("More than 15 soldiers were wounded.", "injured", 15, 15, False, ""),
    ("The shelling killed about 300 residents.", "killed", 300, 300, True, ""),
    ("Dozens of civilians were killed.", "killed", 12, 12, True, ""),
    ("Several fighters were killed in the clashes.", "killed", 10, 10, True, ""),
    ("Hundreds of people were injured.", "injured", 100, 100, True, ""),
    ("A family of five was killed when the house collapsed.", "killed", 5, 5, False, ""),
    ("Between 18 and 21 people died.", "killed", 18, 21, False, ""),
    ("The raid left 7 dead.", "killed", 7, 7, False, ""),
    ("Leaders who buried the dead said their own count was 32.", "killed", 32, 32, False, ""),
    ("Officials put the body count at 19.", "killed", 19, 19, False, ""),
    ("Police arrested 14 protesters.", "arrested", 14, 14, False, ""),
    ("Six aid workers are missing.", "missing", 6, 6, False, ""),
    ("The attack killed 3 soldiers and 2 civilians.", "killed", 5, 5, False, ""),
    ("The death toll rose to 61.", "killed", 61, 61, False, "updated"),
    ("The death toll now stands at 40.", "killed", 40, 40, False, "updated"),
    ("Their deaths took the number of dead to eleven.", "killed", 11, 11, False, "updated"),
    ('A security source put the number of dead at "about twenty".', "killed", 20, 20, True, ""),
    ("Since Monday, the strikes have killed 120 people.", "killed", 120, 120, False, "cumulative"),
    ("So far this year 800 people have died in the fighting.", "killed", 800, 800, False, "cumulative"),
    ("A man was shot dead outside his home.", "killed", 1, 1, False, ""),
    ("Militants ambushed the patrol, killing a soldier.", "killed", 1, 1, False, ""),
    ("No one was killed in the explosion.", "killed", 0, 0, False, ""),
    ("Fatalities coded as 4.", "killed", 4, 4, False, "updated"),
    ("2 fatalities.", "killed", 2, 2, False, ""),
    ("Shells hit the ward, killing four patients and a nurse.", "killed", 5, 5, False, ""),
    ("Shrapnel killed two police officers and a 9-year-old girl.", "killed", 3, 3, False, ""),
    ("A 60-year-old woman and a teenage boy selling candles died.", "killed", 2, 2, False, ""),
    ("12 people were killed and a nurse was injured.", "killed", 12, 12, False, ""),
    ("The blast killed 4 soldiers and wounded 6 others.", "killed", 4, 4, False, ""),
    ("Shelling killed three civilians and wounded seven others.", "killed", 3, 3, False, ""),
    ("Troops shot dead two protesters and wounded dozens.", "killed", 2, 2, False, ""),
    ("Two of the dead were teenagers.", "killed", 2, 2, False, "subset"),
    ("An air strike killed a commander and his wife.", "killed", 2, 2, False, ""),
    ("The strike killed three fighters and their commander.", "killed", 4, 4, False, ""),
    ("30 members of the security forces and 60 fighters were killed.", "killed", 90, 90, False, ""),
    ("Bombings and shootings killed at least 25 people across Iraq.", "killed", 25, 25, False, "cumulative"),
    ("Gunmen killed 9 people in a series of attacks on villages.", "killed", 9, 9, False, "cumulative"),
    ("A crowd lynched and burned 6 suspected thieves.", "killed", 6, 6, False, ""),
    ("Militants beheaded 3 farmers near the village.", "killed", 3, 3, False, ""),
    # how many children a parent has is no count: one mother was killed
    ("A mother of three was killed when a rocket hit her house.", "killed", 1, 1, False, ""),
    # "both" of the persons just named, with no number of its own: two
    ("A crowd beat the suspects and set them on fire, killing both, police said.", "killed", 2, 2, False, ""),
    ("Both men were beaten to death by villagers.", "killed", 2, 2, False, ""),
    ("The agency said 62 people, most of them women and children, were killed.", "killed", 62, 62, False, ""),
    # where the counted come from, between them and their verb
    ("Several fighters from both sides were reportedly killed.", "killed", 10, 10, True, ""),
    ("4 soldiers from the 3rd brigade were killed.", "killed", 4, 4, False, ""),
]


@pytest.mark.parametrize(("sentence", "kind", "low", "high", "approximate", "flag"), FIGURES)
def test_casualty_figure_table(
    sentence: str, kind: str, low: int, high: int, approximate: bool, flag: str
) -> None:
    figures = [f.figure for f in casualty_figures(sentence) if not f.figure.subset or flag == "subset"]
    assert figures, f"no figure in {sentence!r}"
    figure = figures[0]
    assert (figure.kind, figure.count.min, figure.count.max) == (kind, low, high)
    assert figure.count.approximate is approximate
    if flag:
        assert getattr(figure, flag) is True


def test_the_second_verb_of_a_coordination_counts_only_its_own_number() -> None:
    figures = casualty_figures("The blast killed 4 soldiers and wounded 6 others.")
    assert [(f.figure.kind, f.figure.count.min) for f in figures] == [("killed", 4), ("injured", 6)]


def test_how_many_died_is_a_question_not_a_count() -> None:
    text = "Residents buried their dead, and officials still differed over how many people were killed."
    assert not [f for f in casualty_figures(text) if f.figure.kind == "killed"]


def test_another_sources_toll_is_a_figure_not_an_update() -> None:
    [figure] = [f.figure for f in casualty_figures("The ministry put the death toll at 43.")]
    assert (figure.kind, figure.count.min, figure.updated) == ("killed", 43, False)


def test_a_witness_s_own_dead_are_a_part_of_the_toll() -> None:
    # "a woman whose husband and two brothers were killed": her relatives among the dead, not the toll
    sentence = '"They had a list," said a 46-year-old woman whose husband and two brothers were killed.'
    assert [f.figure.subset for f in casualty_figures(sentence) if f.figure.kind == "killed"] == [True]


def test_a_list_of_names_of_the_dead_counts_them() -> None:
    sentence = "The parish priest, who buried the dead, compiled a list of 34 names."
    assert [(f.figure.kind, f.figure.count.min) for f in casualty_figures(sentence)] == [("killed", 34)]
    assert casualty_figures("The petition carried a list of 5,000 names.") == []


def test_people_found_alive_are_no_dead() -> None:
    sentence = "Rescuers gave a toll of 28, saying that several people reported dead had been found alive."
    assert [(f.figure.kind, f.figure.count.min) for f in casualty_figures(sentence)] == [("killed", 28)]
    sentence = "Five people were killed and two were found alive under the rubble."
    assert [(f.figure.kind, f.figure.count.min) for f in casualty_figures(sentence)] == [("killed", 5)]


def test_subset_is_kept_apart_from_the_total() -> None:
    figures = casualty_figures("Twenty people, including 3 children, were killed.")
    totals = [f.figure for f in figures if not f.figure.subset]
    subsets = [f.figure for f in figures if f.figure.subset]
    assert [t.count.min for t in totals] == [20]
    assert [s.count.min for s in subsets] == [3]
    assert subsets[0].victim_group == "children"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army fired 82mm mortars at the village.",
        "On 9 May 2020, protesters marched in the capital.",
        "The 25-year-old was arrested in 2019.",
        "Prices rose by 40 percent.",
        "Investigators found the remains of the vehicle's engine 40 metres away.",
        "The minister announced compensation of Rs 10 lakh for the family of each person killed.",
        "The state will pay $5,000 to the family of each person killed.",
        "Relatives of those killed will receive 200,000 naira each.",
        # a question about a death, or no one in particular: no one's death is reported
        "He did not say whether anyone had been killed on the highway.",
        "She could not confirm if anybody was killed in the blast.",
        # a family, a crowd or a group is many people of unknown number, not one
        "Tank shells that killed a family in Beit Lahia",
        "Soldiers fired on the square, wounding a crowd of mourners.",
    ],
)
def test_numbers_that_count_no_casualties_give_no_figure(sentence: str) -> None:
    assert [f for f in casualty_figures(sentence) if not f.figure.subset and f.figure.count.max > 0] == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty-three", 23),
        ("one hundred and five", 105),
        ("a dozen", 12),
        ("two thousand", 2000),
        ("nine", 9),
    ],
)
def test_number_words_have_their_value(words: str, value: int) -> None:
    assert value_of_words(words) == value


def test_ranges_in_digits_and_words() -> None:
    assert [(q.min, q.max) for q in quantities_in("18-21 people")] == [(18, 21)]
    assert [(q.min, q.max) for q in quantities_in("two or three bodies")] == [(2, 3)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_casualty_parser_never_crashes_and_offsets_stay_inside(text: str) -> None:
    for mention in casualty_mentions(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "killed",
                "12",
                "twenty",
                "people",
                "were",
                "at least",
                "dozens",
                ",",
                "and",
                "injured",
                "toll",
                "since",
                "no one",
                "a",
                "man",
                "was",
                "shot",
                "dead",
                ".",
            ]
        ),
        max_size=25,
    )
)
def test_casualty_parser_survives_cue_soup(words: list[str]) -> None:
    text = " ".join(words)
    for mention in casualty_mentions(text, base=5):
        assert 5 <= mention.start < mention.end <= len(text) + 5


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The strike killed 14 people, according to the Syrian Network for Human Rights.", "Syrian Network"),
        ("The Violations Documentation Center documented 40 deaths.", "Violations Documentation Center"),
        (
            "A bomb killed at least 14 people, the International Committee of the Red Cross said.",
            "International",
        ),
        ("Gunmen killed 9 villagers, said Musa Ibrahim, a local chief.", "Musa Ibrahim"),
        ("Gunmen killed 9 villagers, police said.", None),
    ],
)
def test_the_source_of_a_figure_is_who_the_sentence_says_gave_it(sentence: str, source: str | None) -> None:
    from warledger.extract.casualties import source_of

    found = source_of(sentence)
    assert (found is None) if source is None else (found is not None and found.startswith(source))


@pytest.mark.parametrize(
    ("sentence", "cumulative"),
    [
        ("Four truck bombs killed at least 175 people in the deadliest attack since the war began.", False),
        ("It was the worst bombing in the city since 2012; 20 people died.", False),
        ("Since Thursday, the bombing has killed about 350 people.", True),
        ("The shelling has killed 40 civilians so far this year.", True),
    ],
)
def test_a_period_that_ranks_the_event_does_not_make_its_figure_a_total(
    sentence: str, cumulative: bool
) -> None:
    figures = casualty_figures(sentence)
    assert figures and all(f.figure.cumulative is cumulative for f in figures)


def test_a_demonym_between_number_and_noun_is_no_time_of_day() -> None:
    figures = casualty_figures("A roadside bomb killed three American soldiers at 9 am.")
    assert [(f.figure.kind, f.figure.count.min) for f in figures] == [("killed", 3)]


@pytest.mark.parametrize(
    ("sentence", "flag", "value"),
    [
        ("The governor said five children were among the dead.", "subset", True),
        ("The war, which began in February, has killed thousands of civilians.", "cumulative", True),
        ("The conflict has killed more than 500,000 people.", "cumulative", True),
        ("A strike killed 12 people in the war-torn city.", "cumulative", False),
        ("The United Nations says more than 5,000 people have been killed nationwide.", "cumulative", True),
        ("Rebels killed 40 people countrywide, officials said.", "cumulative", True),
        ("Police shot dead 3 people during a nationwide strike.", "cumulative", False),
    ],
)
def test_parts_of_a_toll_and_totals_of_a_war_are_flagged(sentence: str, flag: str, value: bool) -> None:
    figures = casualty_figures(sentence)
    assert figures and getattr(figures[0].figure, flag) is value


@pytest.mark.parametrize(
    ("noun", "side"),
    [
        ("soldiers", "state"),
        ("policemen", "state"),
        ("militants", "armed"),
        ("gunmen", "armed"),
        ("villagers", "civilian"),
        ("children", "civilian"),
        ("people", None),
        (None, None),
    ],
)
def test_counted_nouns_belong_to_a_side(noun: str | None, side: str | None) -> None:
    assert side_of(noun) == side


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Three government soldiers were killed in the attack.", "soldiers"),
        ("At least 15 Abu Sayyaf bandits were killed.", "bandits"),
        ("Five people were killed.", "people"),
        ("Gunmen killed four Afghan policemen.", "policemen"),
    ],
)
def test_the_counted_noun_is_the_head_that_names_a_side(sentence: str, noun: str) -> None:
    [figure] = [f.figure for f in casualty_figures(sentence) if f.figure.kind == "killed"]
    assert figure.victim_group == noun


def test_a_long_name_between_a_number_and_its_cue_is_one_word_of_the_gap() -> None:
    sentence = "He said five rebels of the Revolutionary Armed Forces of Colombia (FARC) were also killed."
    [figure] = [f.figure for f in casualty_figures(sentence)]
    assert (figure.kind, figure.count.max, figure.victim_group) == ("killed", 5, "rebels")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Armed men slit the throats of 43 villagers overnight.", (43, 43)),
        # another source's count in the same sentence spans a range, it does not add up
        (
            "Hospital sources said they had received 60 bodies, while residents spoke of more than 80 dead.",
            (60, 80),
        ),
    ],
)
def test_throats_slit_count_and_a_second_source_spans(sentence: str, killed: tuple[int, int]) -> None:
    counts = [f.figure.count for f in casualty_figures(sentence) if f.figure.kind == "killed"]
    assert [(c.min, c.max) for c in counts] == [killed]


@pytest.mark.parametrize(
    ("sentence", "cumulative"),
    [
        # "since" giving a reason, not a period: the figure is the event's own
        ("Nobody was hurt, since almost all of the inhabitants had already left the area.", False),
        ("No one was killed, since most of the villagers had fled the day before.", False),
        ("Since Thursday, 40 people have been killed in the district.", True),
    ],
)
def test_since_totals_a_period_but_not_when_it_gives_a_reason(sentence: str, cumulative: bool) -> None:
    figures = casualty_figures(sentence)
    assert figures
    assert figures[0].figure.cumulative is cumulative


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a relative clause on the counted says what had become of them; the verb before the number decides
        ("A crowd beat to death two soldiers who had been detained at the station.", "killed"),
        ("Troops shot dead three men who were arrested at the checkpoint last year.", "killed"),
        ("Police detained 12 men who had wounded a guard.", "arrested"),
    ],
)
def test_the_verb_before_a_count_decides_over_a_relative_clause_after_it(sentence: str, kind: str) -> None:
    figures = casualty_figures(sentence)
    assert figures
    assert figures[0].figure.kind == kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the arrested had done is the arrest's background, not its dead; they are the arrest's count
        ("Police arrested three men who killed a trader in the town last month.", [("arrested", 3)]),
        ("Police arrested 5 men suspected of killing 2 farmers in March.", [("arrested", 5)]),
        ("Police arrested 3 men over the killing of 2 farmers.", [("arrested", 3)]),
        ("Gunmen who killed a trader in the town were arrested by police on Friday.", []),
        # a killing in the arrest itself, or an event the arrest only followed, is still counted
        ("Police arrested the suspect, who opened fire, killing 2 officers.", [("killed", 2)]),
        ("Police arrested 20 people after gunmen killed 4 villagers.", [("arrested", 20), ("killed", 4)]),
        ("Residents said that 4 people had died and 12 were arrested.", [("killed", 4), ("arrested", 12)]),
        ("Gunmen who killed 5 villagers fled into the forest.", [("killed", 5)]),
    ],
)
def test_a_killing_told_of_the_arrested_is_the_arrests_background(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert [(f.figure.kind, f.figure.count.max) for f in casualty_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a number with a clause of its own before "and" is no part of the next number's figure
        ("Thousands of people fled and 12 were killed when gunmen attacked the town.", 12),
        ("About 200 villagers took refuge in the church and 9 were killed.", 9),
        # coordinated parts of one figure still add up
        ("Ten soldiers and at least 15 bandits were killed in the fighting.", 25),
    ],
)
def test_a_count_with_its_own_verb_is_no_part_of_the_next(sentence: str, killed: int) -> None:
    figures = [f.figure for f in casualty_figures(sentence) if f.figure.kind == "killed"]
    assert [f.count.min for f in figures] == [killed]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the death a crowd acts on is its grievance, not its dead: the one person who died is "a man", not
        # "a police station ... after a man"
        ("A mob set fire to a police station in Kisumu on Sunday after a man died in custody.", []),
        ("A woman from the next village died in hospital on Monday.", [1]),
        ("A protester hit when police fired tear gas died in hospital.", [1]),
    ],
)
def test_one_person_who_died_is_found_in_their_own_clause(sentence: str, killed: list[int]) -> None:
    figures = [f.figure for f in casualty_figures(sentence) if f.figure.kind == "killed"]
    assert [f.count.min for f in figures] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police said three people died at the scene and two others in hospital.", 5),
        ("Four passengers were killed on the spot and two others later in hospital, police said.", 6),
        ("A bomb killed 4 people on Sunday and 2 more in hospital on Monday.", 6),
        ("Five people died in the raid and hundreds of others fled.", 5),
    ],
)
def test_a_figure_whose_verb_is_gapped_after_and_takes_the_first_figures(text: str, killed: int) -> None:
    """ "three died at the scene and two others in hospital": the two died too; "hundreds of others fled"
    have a verb of their own."""
    found = [f.figure for f in casualty_figures(text) if f.figure.kind == "killed"]
    assert sum(f.count.min for f in found) == killed, found
