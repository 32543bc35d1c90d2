"""Wire copy whose casualty figures disagree and change (police, hospitals, rebels, monitors; tolls raised by
later deaths; both sides' dead; figures of other incidents as background): the general causes of what the
blind batch "narratives25" of news goldens (tests/golden/news/blind_narratives25.json) got wrong, each on a
text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.casualty_context import is_cumulative
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> dict[str, object]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return {
        "date": main.date_start,
        "place": main.place.name if main.place else None,
        "killed": (main.killed.min, main.killed.max) if main.killed else None,
        "type": main.event_type,
    }


def killed(text: str) -> list[int]:
    return [f.figure.count.max for f in casualty_figures(text) if f.figure.kind == "killed"]


def test_a_total_across_the_country_opening_its_sentence_is_a_total() -> None:
    assert is_cumulative("Across the country at least 20 other people died in violence on polling day.")
    assert is_cumulative("Nationwide, 31 people were killed in the unrest, officials said.")
    assert not is_cumulative("Across the river, two fishermen were shot dead by the gunmen.")


def test_other_dead_across_the_country_do_not_add_to_the_incident() -> None:
    text = (
        "Troops shot dead five people at a checkpoint outside the town of Kisumu on Sunday, police said.\n\n"
        "The soldiers opened fire on a minibus that failed to stop, a police officer said.\n\n"
        "Across the country at least 20 other people were killed in violence on election day, according to "
        "police and party officials."
    )
    assert main_of(text, date(2007, 12, 31))["killed"] == (5, 5)


def test_a_year_named_by_its_number_after_the_first_half_makes_a_total() -> None:
    assert is_cumulative(
        "The mission says 1,500 civilians were killed in the first half of 2011, a rise of 15 percent."
    )


def test_a_lower_count_another_source_verified_after_an_update_spans_with_it() -> None:
    text = (
        "Shelling of a market in the town of Kismayo killed at least 12 people on Monday, local officials "
        "said.\n\n"
        "On Tuesday the district commissioner said the toll had risen to 17 after five of the wounded died "
        "in hospital.\n\n"
        "The United Nations said it had so far confirmed nine deaths in the shelling."
    )
    assert main_of(text, date(2011, 3, 2))["killed"] == (9, 17)


def test_a_lower_count_told_again_as_made_earlier_gives_way_to_the_update() -> None:
    text = (
        "Shelling of a market in the town of Kismayo killed at least 17 people on Monday, local officials "
        "said, after the toll rose to 17 overnight.\n\n"
        "Police had initially confirmed nine deaths in the shelling."
    )
    assert main_of(text, date(2011, 3, 2))["killed"] == (17, 17)


def test_an_age_before_the_persons_verb_is_no_count() -> None:
    assert killed("A boy of nine died when the shell hit the house.") == [1]
    assert killed("A woman aged 70 had been shot dead in the courtyard.") == [1]
    assert killed("Nine died when the shell hit the house.") == [9]


def test_an_update_of_one_sides_toll_brings_that_side_up_to_date() -> None:
    # the officials' 4 soldiers and 9 rebels, with the soldiers' toll raised to 7, are 16; the rebels' claim
    # of 20 soldiers and "only one of their own" is 21
    text = (
        "Rebels attacked an army post outside the town of Kidal before dawn on Tuesday, officials said.\n\n"
        "A military spokesman said four soldiers were killed in the fighting, while nine rebels were killed "
        "when troops repelled the attack.\n\n"
        "Later on Tuesday he said three of the wounded soldiers had died in hospital, raising the troops' "
        "death toll to seven.\n\n"
        "In a statement, the rebels said they had killed 20 soldiers and that only one of their own had died."
    )
    assert main_of(text, date(2014, 5, 20))["killed"] == (16, 21)


def test_the_number_of_a_sides_dead_raised_is_that_sides_count() -> None:
    # four policemen and "dozens" of attackers (12) in the lead; the policemen's count raised to six is
    # in the lead's figure already
    text = (
        "At least six policemen and dozens of attackers were killed when gunmen stormed the police station "
        "of Kidal on Monday night, the ministry said on Wednesday.\n\n"
        "The ministry said on Tuesday that four policemen had been killed.\n\n"
        "Two more policemen died of their wounds on Wednesday, raising the number of police officers killed "
        "to six, an official said."
    )
    assert main_of(text, date(2014, 5, 22))["killed"] == (18, 18)


def test_an_update_of_one_sides_dead_told_beside_other_sides_counts_adds_to_them() -> None:
    text = (
        "At least nine people died when rebels attacked the police station of the town of Kidal on Monday "
        "night, officials said.\n\n"
        "The police said two officers were killed in the attack.\n\n"
        "A shepherd was hit by a stray bullet and his son died in hospital on Tuesday, bringing the number "
        "of civilians killed to two.\n\n"
        "The army said its troops had found the bodies of five rebels near the town."
    )
    assert main_of(text, date(2014, 5, 21))["killed"] == (9, 9)


def test_a_side_word_after_a_preposition_is_no_one_counted() -> None:
    from warledger.extract.casualty_cues import victim_noun
    from warledger.extract.casualty_quantities import quantities_in

    text = "Nine dead in rebel attack on market town"
    quantity = quantities_in(text)[0]
    assert victim_noun(text, quantity) != "rebel"


def test_a_count_initially_reported_below_the_leads_joins_it() -> None:
    # the monitor's first count of the raid, told after the lead's higher one, is the same raid counted
    # earlier, not another incident of the town's province
    text = (
        "Air raid on Syrian bus station kills 14\n\n"
        "BEIRUT, Dec 24 (AFP) - At least 14 civilians were killed yesterday when warplanes struck a bus "
        "station in the rebel-held town of Saraqeb in northwest Syria, a monitor said.\n\n"
        "The monitor initially reported that nine people had died in the raid on the town in the east of "
        "Idlib province.\n\n"
        "Rescuers said more people were trapped under the rubble."
    )
    incidents = extract_text(text, date(2019, 12, 24)).incidents
    assert len([i for i in incidents if i.killed]) == 1
    assert main_of(text, date(2019, 12, 24))["place"] == "Saraqeb"


def test_fighters_killed_in_clashes_at_another_village_are_no_dead_of_the_strike() -> None:
    text = (
        "Air raid on Syrian bus station kills 14\n\n"
        "BEIRUT, Dec 24 (AFP) - At least 14 civilians were killed yesterday when warplanes struck a bus "
        "station in the town of Saraqeb in Idlib province, a monitor said.\n\n"
        "The raid came as government forces pressed an offensive from the south.\n\n"
        "The monitor said 11 soldiers and six rebels were killed in clashes near the village of Tell Qarqur "
        "the same day."
    )
    assert main_of(text, date(2019, 12, 24))["killed"] == (14, 14)


def test_a_lower_count_of_bodies_another_source_recovered_after_an_update_spans_with_it() -> None:
    text = (
        "At least 12 civilians were killed yesterday when warplanes struck a bus station in the town of "
        "Saraqeb, a monitor said.\n\n"
        "By evening the monitor said the toll had risen to 16 as rescuers pulled more bodies from the "
        "rubble.\n\n"
        "The civil defence group said it had recovered 13 bodies."
    )
    assert main_of(text, date(2019, 12, 24))["killed"] == (13, 16)


def test_a_since_in_a_relative_clause_on_the_source_makes_no_total() -> None:
    sentence = (
        "A rights group in the town, which has recorded the attacks in the district since they began, said "
        "at least 30 people had been killed."
    )
    assert not is_cumulative(sentence)
    assert is_cumulative("At least 30 people have been killed in the district since the attacks began.")


def test_the_day_officials_said_they_had_counted_bodies_is_not_the_events() -> None:
    # the count "On Monday" is of the raid of Saturday night, told in the sentence before
    text = (
        "Villagers flee after night raid in eastern Congo\n\n"
        "GOMA, Nov 22 (Reuters) - Gunmen armed with machetes raided the village of Eringeti near Oicha on "
        "the night of Saturday to Sunday and went from house to house, killing residents in their sleep, "
        "witnesses said.\n\n"
        "On Monday, local officials said they had counted 19 bodies.\n\n"
        "The army blamed the ADF rebels."
    )
    incidents = [i for i in extract_text(text, date(2016, 11, 22)).incidents if i.killed]
    assert [i.date_start for i in incidents] == ["2016-11-19"]
