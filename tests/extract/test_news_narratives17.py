"""Long news-like reports weighted to how a death toll is told (a toll that climbed overnight, both sides'
dead in one sentence beside another source's count of one side, the dead broken down after an update, an
AP byline over the dateline): the general causes of what the blind batch "narratives17" of news goldens
(tests/golden/news/expected_narratives17.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> Incident:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return main


def killed_of(text: str, published: date) -> tuple[int, int] | None:
    main = main_of(text, published)
    return (main.killed.min, main.killed.max) if main.killed else None


def test_the_number_of_dead_that_reached_a_figure_updates_the_toll() -> None:
    # "the number of dead had reached 33" brings the count up to date as "the toll had reached 33" does
    found = casualty_figures("An official said the number of dead had reached 33, among them four children.")
    killed = [(f.figure.count.max, f.figure.updated) for f in found if f.figure.kind == "killed"]
    assert killed[:1] == [(33, True)]


def test_a_toll_that_reached_a_figure_after_an_earlier_rise_is_the_latest() -> None:
    # two updates in one sentence: the one told last is the latest toll, not the first
    text = (
        "Bomb kills dozens in market\n\n"
        "PESHAWAR, Pakistan, May 4 (Reuters) - A bomb hidden in a cart exploded in a crowded market in the "
        "town of Hangu on Friday, officials said.\n\n"
        "Officials first said nine people had been killed. By the evening the police said the toll had risen "
        "to 19, and on Saturday morning a hospital official said the number of dead had reached 24."
    )
    assert killed_of(text, date(2012, 5, 5)) == (24, 24)


def test_a_sides_count_beside_a_sentence_that_counts_both_sides_takes_the_other_sides_dead() -> None:
    # "18 of the attackers and three policemen" (21), then residents' "more than 25 bodies of attackers":
    # another source's count of the attackers, with the three policemen it is 28, not a count of all the dead
    text = (
        "Gunmen attack police station\n\n"
        "NIAMEY, June 6 (Reuters) - Gunmen attacked a police station in the town of Ayorou on Saturday, and "
        "18 of the attackers and three policemen were killed in the fighting, the interior ministry said.\n\n"
        "Residents said they had counted more than 25 bodies of attackers around the station."
    )
    assert killed_of(text, date(2018, 6, 6)) == (21, 28)


def test_a_source_that_denies_losses_keeps_its_own_count() -> None:
    # the rebels deny any dead of their own: their 20 soldiers are their whole toll, not one side of it
    text = (
        "Army says rebels routed\n\n"
        "FREETOWN, March 3 (Reuters) - Troops fought rebels near the town of Bo on Sunday, and 15 rebels and "
        "four soldiers were killed, the army said.\n\n"
        "A rebel spokesman denied that any of his men were killed and claimed that 20 soldiers had died."
    )
    assert killed_of(text, date(1995, 3, 3)) == (19, 20)


def test_the_dead_broken_down_after_an_update_are_not_more_dead() -> None:
    # "raised the toll to 10" ... "Eight were killed on the spot" ... "two of them died": the account of the
    # updated toll, not two more dead
    text = (
        "Bus attack toll rises to 10\n\n"
        "CHANDIGARH, May 3. - Two more passengers wounded when gunmen fired on a bus near Ludhiana on Friday "
        "died in hospital, and the toll rose to 10, the police said today.\n\n"
        "Eight persons were killed on the spot and nine others were wounded.\n\n"
        "The wounded were taken to the Civil Hospital, where two of them succumbed to their injuries."
    )
    assert killed_of(text, date(1988, 5, 4)) == (10, 10)


def test_a_dateline_under_a_two_line_byline_is_a_wire_dateline() -> None:
    # "By NAME" over "Associated Press Writer": the dateline is still the wire's, so "on Monday" in Monday's
    # story is that day, not the week before
    text = (
        "Shells hit market\n\n"
        "By ABDI ADEN\n"
        "Associated Press Writer\n\n"
        "BAIDOA, Somalia (AP) - Mortar shells hit the market in Baidoa on Monday, killing at least six "
        "people, police said."
    )
    assert main_of(text, date(2007, 4, 2)).date_start == "2007-04-02"


def test_armed_men_who_raid_a_trading_centre_kill_and_loot_attack_it() -> None:
    # "Rebels of the ... (USM) raided a trading centre ..., killing nine people", then "looted shops and set
    # fire to houses": the raid that killed is ACLED's attack whatever it took; a trading centre is a
    # settlement, and an acronym in brackets may stand between the raiders and their verb
    text = (
        "Rebels kill nine in raid on trading centre\n\n"
        "KAMPALA, March 9 (Reuters) - Rebels of the Uganda Salvation Movement (USM) raided a trading centre "
        "near the northwestern town of Arua on Tuesday night, killing nine people, local officials said.\n\n"
        "About 40 rebels armed with guns and clubs looted shops and set fire to more than 20 houses before "
        "withdrawing into the bush, the officials said."
    )
    assert main_of(text, date(2001, 3, 9)).event_type == "attack"


def test_a_family_killed_counts_its_members() -> None:
    # "killed a family of five and two neighbours": the five members and the two neighbours, seven dead
    text = (
        "Gunmen kill family in Kenya\n\n"
        "NAIROBI, May 4 (Reuters) - Gunmen killed a family of five and two neighbours in a village near "
        "Garissa on Tuesday, police said on Wednesday."
    )
    assert killed_of(text, date(2010, 5, 5)) == (7, 7)
