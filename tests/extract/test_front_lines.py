"""Lines of contact (places/front_lines.py, data/places/front_lines.json, geodesy.km_to_path):

1. the data file: every point is the gazetteer's place of that name, and the points follow one another;
2. a line counts only for a report published while it held that uses one of its words;
3. in such a report, a village with namesakes all over the country is the one by the line; outside it, not;
4. distances to a path (property tests).

The texts are our own, written the way monitoring-mission reports on Donbas put these things.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from warledger.extract.gazetteer import gazetteer, km, name_key
from warledger.extract.geodesy import km_to_path
from warledger.extract.models import Place
from warledger.extract.places import place_for, resolution
from warledger.extract.places.front_lines import FRONT_KM, active_lines, front_lines

RAW = json.loads(resources.files("warledger").joinpath("data/places/front_lines.json").read_text("utf-8"))
DONBAS = front_lines()[0]
SMM_NOTE = "On 12 March 2019, the SMM recorded 40 explosions near Molodizhne."


@pytest.mark.parametrize("line", RAW["lines"], ids=lambda line: line["country"])
def test_each_point_is_the_gazetteers_place_of_its_name(line: dict[str, object]) -> None:
    points = line["points"]
    assert isinstance(points, list) and len(points) >= 2
    for name, lat, lon in points:
        near = [
            e for e in gazetteer().lookup(name_key(name)) if e.country == line["country"] and not e.registered
        ]
        assert any(km((e.lat, e.lon), (lat, lon)) < 3 for e in near), name
    for (_, *a), (_, *b) in itertools.pairwise(points):
        assert km(tuple(a), tuple(b)) < 60, "a gap in the line"  # type: ignore[arg-type]
    assert date.fromisoformat(str(line["from"])) < date.fromisoformat(str(line["to"]))


def test_a_line_counts_only_while_it_held_and_in_a_report_on_its_war() -> None:
    assert active_lines(SMM_NOTE, date(2019, 3, 13)) == (DONBAS,)
    assert active_lines(SMM_NOTE, "2019-03-13") == (DONBAS,)
    assert active_lines(SMM_NOTE, date(2023, 3, 13)) == ()  # the front had moved
    assert active_lines("Protesters gathered in Molodizhne on Sunday.", date(2019, 3, 13)) == ()
    assert active_lines("the Donbassov family", None) == ()  # whole words only
    assert active_lines(SMM_NOTE, "2019-03-13T08:00:00") == (DONBAS,)
    assert active_lines(SMM_NOTE, "last spring") == (DONBAS,)  # no day to rule the line out


def _place(nlp: Language, text: str, published: date) -> Place:
    doc = nlp.make_doc(text)
    doc._.published = published
    place = place_for(nlp(doc), 0, len(text))
    assert place is not None and place.lat is not None and place.lon is not None
    return place


def test_a_village_in_a_report_on_the_war_is_the_one_by_the_line(nlp: Language) -> None:
    place = _place(nlp, SMM_NOTE, date(2019, 3, 13))
    assert place.name == "Molodizhne" and place.country == "UA"
    assert km_to_path((place.lat, place.lon), DONBAS.points) <= FRONT_KM  # type: ignore[arg-type]
    later = _place(nlp, "On 12 March 2024, residents of Molodizhne, Ukraine, protested.", date(2024, 3, 13))
    assert km_to_path((later.lat, later.lon), DONBAS.points) > 100  # type: ignore[arg-type]


def test_without_the_bonus_the_bigger_namesake_far_behind_the_line_wins(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resolution, "FRONT_BONUS", 0.0)
    place = _place(nlp, SMM_NOTE, date(2019, 3, 13))
    assert km_to_path((place.lat, place.lon), DONBAS.points) > FRONT_KM  # type: ignore[arg-type]


LAT = st.floats(min_value=-60, max_value=60)
LON = st.floats(min_value=-170, max_value=170)


@given(st.lists(st.tuples(LAT, LON), min_size=1, max_size=6), st.tuples(LAT, LON))
def test_a_path_is_no_farther_than_its_nearest_point(
    path: list[tuple[float, float]], p: tuple[float, float]
) -> None:
    nearest = min(km(p, q) for q in path)
    assert km_to_path(p, tuple(path)) <= nearest * 1.05 + 1e-6 or nearest > 2000


@given(st.floats(min_value=0, max_value=1), st.floats(min_value=40, max_value=50))
def test_a_point_on_a_segment_is_on_the_path(t: float, lat: float) -> None:
    a, b = (lat, 30.0), (lat, 31.0)
    assert km_to_path((lat, 30.0 + t), (a, b)) < 1e-6


def test_a_russian_spelling_is_the_village_by_the_line_of_that_skeleton(nlp: Language) -> None:
    # Komyshuvakha by Popasna, written in its Russian form; the exact name only finds Zaporizhzhia's town
    place = _place(nlp, "On 3 June 2019, the SMM recorded 20 explosions near Kamyshevakha.", date(2019, 6, 4))
    assert km_to_path((place.lat, place.lon), DONBAS.points) <= FRONT_KM  # type: ignore[arg-type]
    assert place.name == "Kamyshevakha"  # named as the text names it
    elsewhere = _place(
        nlp, "On 3 June 2024, residents of Kamyshevakha, Ukraine, protested.", date(2024, 6, 4)
    )
    assert km_to_path((elsewhere.lat, elsewhere.lon), DONBAS.points) > 100  # type: ignore[arg-type]


def test_the_very_name_in_a_unit_the_report_points_to_needs_no_other_spelling(nlp: Language) -> None:
    place = _place(nlp, "On 3 June 2019, the SMM recorded 5 explosions near Petrivske.", date(2019, 6, 4))
    exact = [
        (e.lat, e.lon)
        for e in gazetteer().lookup(name_key("Petrivske"))
        if e.country == "UA" and e.admin1 in ("Donetsk", "Luhansk")
    ]
    assert (place.lat, place.lon) in exact
