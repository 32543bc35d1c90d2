"""Grouping rules of the grouping16 session, each on a short text of our own: sentences about the main
incident that had opened incidents of their own (tests/golden/news/README.md's table; the reports pinned
after them are in tests/golden/news/expected_unpinned_fixed10.json)."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident


def main_incident(
    text: str, published: date
) -> tuple[str | None, str | None, str | None, tuple[int, int] | None]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    killed = (main.killed.min, main.killed.max) if main.killed else None
    return main.event_type, main.date_start, main.place.name if main.place else None, killed


def test_a_count_of_the_known_wounded_opens_no_incident() -> None:
    # "the wounded, 25 of whom ..." counts the strike's own hurt; as an anchor it took the health office's 75
    # into an incident of its own, and the main incident kept only the 60
    text = (
        "Aid group alarmed by deadly strike on prison in Saada\n\n"
        "Press release\nGeneva, 12 March 2024\n\n"
        "The aid group is alarmed by the air strike that hit a prison in Saada yesterday, "
        "killing and wounding many inmates.\n\n"
        "The prison, a former school, was hit by several bombs shortly after midnight, "
        "residents said. About 300 inmates were held there.\n\n"
        '"We saw the ruins and the bodies," said the head of the group\'s mission. '
        '"At least 60 people are believed to have been killed. Families are still waiting outside."\n\n'
        "Our teams had visited the inmates of this prison twice last year. "
        "We sent 150 body bags and surgical kits to the hospital in Saada and to the local council, "
        "and are helping to treat the wounded, 25 of whom are in a serious condition.\n\n"
        "Officials of the local health office said on Monday evening that 75 inmates had been killed. "
        "The coalition said its aircraft had hit a military target.\n"
    )
    assert main_incident(text, date(2024, 3, 12)) == ("air_drone_strike", "2024-03-11", "Saada", (60, 75))


def test_a_count_the_lead_s_rising_toll_superseded_joins_the_lead() -> None:
    # "Police had said on Monday that nine ..." under the lead's "raising to 12": the same fight counted
    # earlier, though it retells the fight naming other places; on its own it opened a second incident
    # that took the elders' 15 and outweighed the lead
    text = (
        "Toll from weekend clan fighting rises to 12\n\n"
        "BAIDOA, Somalia (Reuters) - Police in Somalia said on Wednesday they had found three more bodies in "
        "the scrub north of Baidoa, raising to 12 the number of people killed in Saturday's fighting between "
        "rival clan militias.\n\n"
        "Police had said on Monday that nine men were killed when gunmen of a clan militia from Bakool, "
        "which says it defends herders from the neighbouring region of Gedo, and a rival militia fought "
        "with rifles for several hours near the livestock market.\n\n"
        "A police officer said the three bodies were found on Tuesday evening in a dry riverbed near the "
        "market.\n\n"
        "Elders of one of the clans said 15 people had died, among them a herder who was shot near his "
        "camels. They said at least 30 people had been wounded.\n"
    )
    assert main_incident(text, date(2024, 3, 13)) == ("armed_clash", "2024-03-09", "Baidoa", (12, 15))


def test_a_count_given_as_earlier_but_higher_than_the_toll_stays_apart() -> None:
    # the rule is for a count the rising toll replaced: a higher earlier count is no such count
    text = (
        "Toll from weekend clan fighting rises to 12\n\n"
        "BAIDOA, Somalia (Reuters) - Police in Somalia said on Wednesday they had found three more bodies in "
        "the scrub north of Baidoa, raising to 12 the number of people killed in Saturday's fighting between "
        "rival clan militias.\n\n"
        "Police had said on Monday that 40 men were killed when gunmen of a clan militia from Bakool raided "
        "villages in Gedo region.\n"
    )
    incidents = extract_text(text, date(2024, 3, 13)).incidents
    assert len(incidents) == 2
