"""Dates of incidents in news-like reports: relative words resolved against publication, and undated
incidents dated from their context (nearest dated sentence, lead date, publication) at week precision,
never from a historical reference."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident

# A Monday: "on Friday" is 2016-09-23, "yesterday" 2016-09-25.
PUBLISHED = date(2016, 9, 26)


def main_incident(text: str, published: date | None = PUBLISHED) -> Incident:
    found = predicted_incident(extract_text(text, published).incidents)  # the one eval scores
    assert found is not None, text
    return found


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        (
            "Warplanes bombed a crowded market in the town of Maarat al-Numan on Friday night, killing at "
            "least 12 civilians, local rescue workers said.",
            "2016-09-23",
            "day",
        ),
        (
            "A car bomb exploded outside a police station in the city yesterday, killing four officers and "
            "wounding nine bystanders, officials said.",
            "2016-09-25",
            "day",
        ),
        (
            "Two days ago, militants ambushed an army convoy on the highway, killing six soldiers.",
            "2016-09-24",
            "day",
        ),
        (
            "Helicopters dropped barrel bombs on the village last week, killing at least 20 people, "
            "according to a monitoring group.",
            "2016-09-19",
            "week",
        ),
        (
            "Earlier this month, gunmen attacked a school in the district and killed three teachers, the "
            "ministry said.",
            "2016-09-01",
            "month",
        ),
    ],
)
def test_relative_dates_resolve_against_publication(text: str, start: str, precision: str) -> None:
    incident = main_incident(text)
    assert (incident.date_start, incident.date_precision) == (start, precision)


NARRATIVE = (
    "Town Mourns After Night of Shelling\n\n"
    "On Friday night, rebel artillery shelled residential districts of the town, residents said.\n\n"
    "The mayor described scenes of panic in the streets. Families fled towards the hills. Schools were "
    "closed and the market stayed empty. The power station has been out of service for weeks.\n\n"
    "Shells hit a hospital and a bakery, killing 9 people, including 4 children, the health ministry said."
)


def test_undated_incident_takes_the_lead_date_at_week_precision() -> None:
    incidents = extract_text(NARRATIVE, PUBLISHED).incidents
    hospital = next(i for i in incidents if any("bakery" in e.text for e in i.evidence))
    assert hospital.date_start == "2016-09-23"
    assert hospital.date_precision in ("day", "week")


def test_undated_incident_takes_the_nearest_date_before_it_in_its_paragraph() -> None:
    text = (
        "Jets struck a fuel depot outside the city on Sunday, state media said. Officials gave no figures. "
        "Residents described a huge fire. Smoke could be seen from miles away. Later a missile hit a bus "
        "station, killing 7 passengers."
    )
    incidents = extract_text(text, PUBLISHED).incidents
    bus = next(i for i in incidents if any("bus" in e.text for e in i.evidence))
    assert bus.date_start == "2016-09-25"


def test_undated_report_takes_the_publication_date_at_week_precision() -> None:
    incident = main_incident(
        "Gunmen opened fire on worshippers leaving a mosque in the northern city, killing five people, "
        "police said."
    )
    assert (incident.date_start, incident.date_end, incident.date_precision) == (
        "2016-09-26",
        "2016-09-26",
        "week",
    )


@pytest.mark.parametrize(
    "history",
    [
        "In 1994, militias killed 800 people in the same town.",
        "The town was first bombed on 15 March 2011, residents recalled.",
    ],
)
def test_a_historical_reference_never_becomes_the_incident_date(history: str) -> None:
    text = (
        f"{history}\n\nGunmen opened fire on worshippers leaving a mosque in the town, killing five people, "
        "police said."
    )
    incidents = extract_text(text, PUBLISHED).incidents
    mosque = next(i for i in incidents if any("mosque" in e.text for e in i.evidence))
    assert mosque.date_start == "2016-09-26"
    assert mosque.date_precision == "week"


def test_without_publication_date_an_undated_report_stays_undated() -> None:
    incident = main_incident(
        "Gunmen opened fire on worshippers leaving a mosque in the northern city, killing five people.",
        published=None,
    )
    assert incident.date_start is None


def test_a_later_chunk_takes_the_lead_date_of_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    import warledger.extract as extract

    monkeypatch.setattr(extract, "CHUNK_CHARS", 300)
    filler = "Residents described the night as the worst in months. " * 8
    text = (
        "On Friday night, rebel artillery shelled residential districts of the town, residents said.\n\n"
        f"{filler}\n\n{filler}\n\n"
        "Shells hit a hospital and a bakery, killing 9 people, the health ministry said."
    )
    incidents = extract_text(text, PUBLISHED).incidents
    hospital = next(i for i in incidents if any("bakery" in e.text for e in i.evidence))
    assert (hospital.date_start, hospital.date_precision) == ("2016-09-23", "week")


def test_a_historical_date_beside_a_current_one_is_not_the_incident_date() -> None:
    incident = main_incident(
        "As on 15 March 2011, warplanes bombed the market of the town on Sunday, killing 6 people."
    )
    assert (incident.date_start, incident.date_precision) == ("2016-09-25", "day")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # wire copy names the day of filing by its weekday
        (
            "Car bomb kills nine in Mogadishu\n\nMOGADISHU, Somalia (AP) — A car bomb exploded near a "
            "checkpoint in Mogadishu on Monday, killing nine people, police said.",
            "2016-09-26",
        ),
        (
            "BAGHDAD (Reuters) - A suicide bomber killed 11 people at a market in Baghdad on Monday, "
            "officials said.",
            "2016-09-26",
        ),
        # older copy dates the dateline itself, and Xinhua writes a double hyphen
        (
            "PESHAWAR, Pakistan, Sept 26 (Reuters) - A drone fired missiles at a house in North Waziristan "
            "on Monday, killing four militants, officials said.",
            "2016-09-26",
        ),
        (
            "KABUL, Afghanistan, (Xinhua) -- A roadside bomb killed six soldiers in Kabul on Monday, "
            "police said.",
            "2016-09-26",
        ),
        # other days of the week are still the most recent before publication
        (
            "BAGHDAD (Reuters) - A suicide bomber killed 11 people at a market in Baghdad on Saturday.",
            "2016-09-24",
        ),
        # without a dateline, a Monday report's "on Monday" is the Monday before, as in the seed report
        (
            "A suicide bomber killed 11 people at a market in Baghdad on Monday, officials announced today.",
            "2016-09-19",
        ),
    ],
)
def test_a_datelined_story_names_its_own_day_by_its_weekday(text: str, start: str) -> None:
    assert main_incident(text).date_start == start


def test_a_victim_dying_in_hospital_dates_the_death_not_the_attack() -> None:
    """The lead dates the death ("died in hospital on Sunday after a crowd attacked him"); the day of the
    beating comes from the sentence that sets its scene ("gathered ... on Saturday evening"), just before
    the undated sentence telling the beating: the incident is Saturday's."""
    text = (
        "QUETTA, Sept 26 - A shopkeeper died in hospital on Sunday after a crowd accused him of theft and "
        "attacked him outside his shop in the town of Multan, police said.\n\n"
        "Dozens of people gathered in the bazaar on Saturday evening after word spread of the accusation, "
        "officials said. The crowd beat him with clubs and set fire to his stall before police arrived.\n\n"
        "He died of his wounds early on Sunday, a police spokesman said."
    )
    found = main_incident(text)
    assert (found.date_start, found.date_precision) == ("2016-09-24", "day")
