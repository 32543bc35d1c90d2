"""The seat of an office holder who speaks ("The mayor of Medellin said ...") is where the source sits, not
where the event was, when the sentence names another place; the seat of an office holder who is the victim
("The mayor of Tlalixcoyan was shot dead") is the event's place."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text
from warledger.extract.places.incident_places import spoken_by_its_office
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2010, 5, 3)


def place_name(text: str) -> str | None:
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None and found.place is not None
    return found.place.name


def test_a_speaking_mayors_seat_gives_way_to_the_place_of_the_event() -> None:
    text = (
        "BOGOTA (Reuters) - The mayor of Medellin said on Monday that four people were killed when gunmen "
        "attacked a bar in the town of Bello."
    )
    assert place_name(text) == "Bello"


def test_a_murdered_mayors_seat_is_the_place_of_the_event() -> None:
    text = (
        "VERACRUZ, Mexico (Reuters) - The mayor of Tlalixcoyan was shot dead outside his home late on "
        "Sunday, state prosecutors said."
    )
    assert place_name(text) == "Tlalixcoyan"


@pytest.mark.parametrize(
    ("text", "name", "spoken"),
    [
        ("The governor of Borno State said on Sunday", "Borno", True),
        ("The mayor of Medellin, Alonso Salazar, told reporters", "Medellin", True),
        ("the parish priest of Tibu has said", "Tibu", True),
        ("The mayor of Tlalixcoyan was shot dead", "Tlalixcoyan", False),
        ("gunmen killed the governor of Kunduz and said", "Kunduz", False),
    ],
)
def test_the_seat_of_an_office_holder_who_speaks(text: str, name: str, spoken: bool) -> None:
    start = text.index(name)
    assert spoken_by_its_office(text, start, start + len(name)) is spoken
