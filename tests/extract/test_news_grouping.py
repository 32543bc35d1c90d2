"""News reports' incident grouping: a sentence counting more victims adds to the incident, a claim of
responsibility joins the attack it follows."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.models import Incident

TUESDAY = date(2021, 9, 14)


def main_incident(text: str, published: date = TUESDAY) -> Incident:
    incidents = extract_text(text, published).incidents
    assert incidents, text
    return max(incidents, key=lambda i: len(i.evidence))


def test_a_sentence_counting_other_victims_adds_to_the_count_instead_of_closing_it() -> None:
    text = (
        "KANDAHAR, Afghanistan - Border guards killed five smugglers in a firefight near the crossing at "
        "Spin Boldak on Tuesday, officials said. A guard was also killed and three others were hurt in "
        "the shootout, which lasted two hours."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert (incident.killed.min, incident.killed.max) == (6, 6)


def test_a_claim_of_responsibility_joins_the_bombing_it_follows() -> None:
    text = (
        "QUETTA, Pakistan - A bomb hidden in a parked motorcycle exploded near a police van in Quetta on "
        "Tuesday, killing at least nine officers, police said. The Pakistani Taliban claimed "
        "responsibility. Doctors said several of the wounded were in a serious condition."
    )
    incidents = extract_text(text, TUESDAY).incidents
    assert len(incidents) == 1
    assert "The Pakistani Taliban claimed responsibility." in [e.text for e in incidents[0].evidence]
    assert any("Taliban" in p.name or p.name == "TTP" for p in incidents[0].perpetrators)


def test_the_bodies_a_witness_saw_do_not_lower_the_count_of_the_dead() -> None:
    text = (
        "HOMS, Syria - Several villagers were killed when rockets hit a crowded square in Homs on Tuesday, "
        "activists said. Local journalists saw three bodies near the fountain."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert incident.killed.min == 10


def test_a_sighting_above_a_vague_count_still_stands() -> None:
    text = (
        "HOMS, Syria - Several villagers were killed when rockets hit a crowded square in Homs on Tuesday, "
        "activists said. Local journalists saw 25 bodies near the fountain."
    )
    incident = main_incident(text)
    assert incident.killed is not None
    assert incident.killed.max == 25
