"""Long news-like reports weighted to relative dates and death tolls (a toll first put lower that rose within
one sentence, the wounded who died "raising the death toll to" a figure, a source's earlier count told again
with the event after the lead's update): the general causes of what the blind batch "narratives19" of news
goldens (tests/golden/news/expected_narratives19.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.measure.scoring import predicted_incident


def killed_of(text: str, published: date) -> tuple[int, int] | None:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return (main.killed.min, main.killed.max) if main.killed else None


def test_a_toll_first_put_lower_that_rose_in_the_same_sentence_is_the_latest() -> None:
    # "first put the toll at six, but ... it had risen to 11": the rise brings the count up to date; the six
    # is no other source's count of the same dead to span with it (6-11)
    text = (
        "Shells kill 11 in besieged town\n\n"
        "HUAMBO, Angola, March 9 - Rebels shelled the town of Huambo on Monday, killing at least 11 people "
        "who were waiting outside a bakery, officials said.\n\n"
        "The provincial government first put the toll at six, but an official said on Tuesday that it had "
        "risen to 11."
    )
    assert killed_of(text, date(1993, 3, 10)) == (11, 11)


def test_raising_the_death_toll_to_a_figure_updates_it() -> None:
    # "raising the death toll to 30", like "bringing the death toll to 30", gives the latest toll
    found = casualty_figures(
        "Two of the wounded died in hospital overnight, raising the death toll to 17, officials said."
    )
    assert (17, True) in [(f.figure.count.max, f.figure.updated) for f in found if f.figure.kind == "killed"]


def test_a_sources_earlier_count_told_with_the_event_joins_the_update_it_was_superseded_by() -> None:
    # the lead's update (21), then "The police had said on Thursday that 19 people were killed when ..."
    # naming the district: the same dead counted before two more died, not another raid with 19 dead
    text = (
        "Toll in village raid rises to 21\n\n"
        "DIYARBAKIR, Turkey, May 8 (Reuters) - Two people wounded when guerrillas raided a village in "
        "southeast Turkey late on Wednesday died in hospital overnight, raising the death toll to 21, the "
        "governor's office said on Friday.\n\n"
        "The governor's office had said on Thursday that 19 people, among them six children, were killed "
        "when about 20 guerrillas attacked the village in the Silvan district of Diyarbakir province. "
        "The two who died were a woman and a boy, who had been taken to the state hospital in "
        "Diyarbakir.\n\n"
        "Officials said the attackers surrounded the village after dark, fired rockets at houses and then "
        "went from door to door shooting the occupants. Several homes were burned."
    )
    assert killed_of(text, date(1988, 5, 8)) == (21, 21)
