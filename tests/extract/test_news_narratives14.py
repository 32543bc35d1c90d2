"""Long news-like reports whose casualty reporting is what goes wrong (both sides counted in separate
sentences beside a party's claim of both, a source's earlier count told in the pluperfect, a group's own
losses with "only", a claim made by telephone on a later day): the general causes of what the blind batch
"narratives14" of news goldens (tests/golden/news/expected_narratives14.json) got wrong, each on a text of
our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.date_roles import role_and_precision
from warledger.extract.date_values import DateValue
from warledger.measure.scoring import predicted_incident


def killed_of(text: str, published: date) -> list[int] | None:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return [main.killed.min, main.killed.max] if main.killed else None


def role_of(text: str, words: str) -> str:
    start = text.index(words)
    day = date(2010, 8, 22)
    return role_and_precision(text, start, start + len(words), DateValue(day, day, "day", relative=True)).role


def test_a_claim_counting_both_sides_spans_with_the_sum_of_the_one_sided_counts() -> None:
    # the army's four policemen and nine bandits add up (13); the bandits' leader's claim of both sides
    # (20 and one) is another source's total of the same fight, 13-21, not a reason to span 4 with 21
    text = (
        "Bandits attack police post in hills\n\n"
        "Four policemen were killed when armed bandits attacked a police post outside the town of Kitale "
        "on Sunday, the provincial police chief said on Monday.\n\n"
        "He said officers returned fire and that the bodies of nine bandits were recovered near the post "
        "after the fighting.\n\n"
        "A man who said he led the bandits told a local radio station that his men had killed 20 "
        "policemen and that only one of his own men had died."
    )
    assert killed_of(text, date(2011, 3, 15)) == [13, 21]


def test_a_count_a_source_had_reported_earlier_gives_way_to_its_latest() -> None:
    # the agency's "had reported" six is its own earlier count, superseded by the 11 it gives now; the
    # clinic's 15 is another source's and still spans
    text = (
        "Eleven killed in fighting in Bossangoa\n\n"
        "BANGUI, 4 March 2014 (IRIN) - At least 11 people were killed in clashes between armed groups in "
        "Bossangoa on Sunday, a UN agency said on Monday.\n\n"
        "The agency said its staff had counted 11 bodies by Monday afternoon. On Sunday evening, the agency "
        "had reported six dead.\n\n"
        "A local clinic said it had received 15 bodies."
    )
    assert killed_of(text, date(2014, 3, 4)) == [11, 15]


def test_a_side_that_lost_only_some_of_its_men_counts_its_own_dead() -> None:
    from warledger.extract.casualties import casualty_figures

    figures = casualty_figures("The rebels said they had lost only three fighters in the battle.")
    assert [(f.figure.kind, f.figure.count.min) for f in figures] == [("killed", 3)]


def test_a_day_a_spokesman_telephoned_is_when_he_spoke() -> None:
    text = "A spokesman for the commander telephoned Reuters on Monday to say the group had lost four men."
    assert role_of(text, "Monday") == "bare"
    # a call told as an event of its own keeps its day ("the gunmen phoned the family on Monday" is no
    # statement of a source), but no event is dated by it here either way: only the speech form is pinned


def test_a_day_a_source_had_said_earlier_is_when_it_spoke() -> None:
    # an earlier count's day of speaking opens no incident of that day: the sentence is the toll's, told
    # before its update
    text = "State television had said earlier Tuesday that nine people were killed in the shelling."
    assert role_of(text, "Tuesday") == "bare"
    text = "The ministry said earlier on Tuesday that nine people were killed in the shelling."
    assert role_of(text, "Tuesday") == "bare"
