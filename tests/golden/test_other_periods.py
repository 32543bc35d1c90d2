"""ACLED-style notes of other periods and wars than the May 2020 dev sample, written by us.

The held-out evaluation holds "ACLED notes from other events": Ukraine 2022-2024 (Shahed drones, glide
bombs), Sudan's RSF and SAF, Myanmar's junta and PDF, Gaza and the West Bank, Haiti's gangs, Ethiopia's
Fano, the Sahel's JNIM, ISSP and Africa Corps, the DRC's M23, Somalia, Nigeria's bandits, cartels, Manipur,
Pakistan, Colombia and protests everywhere. `other_periods/notes.jsonl` holds our own notes of such events in
ACLED's style, in the shared/eval row shape, with what a coder would code (event type, date, country, place,
an approximate point, killed, actor1). The floors are per field, not per note: a later change may move
single notes either way as long as the share correct does not drop.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from warledger.measure.evaluate import figures_of, gold_rows, scored_tally

NOTES = Path(__file__).parent / "other_periods" / "notes.jsonl"
# notes9's blind batch (notes 600-639, 2021-2025 in ACLED's country mix, weighted to category boundaries) in
# a file of its own, with floors of its own: its misses are places and a toll (see other_periods/README.md).
NOTES9 = Path(__file__).parent / "other_periods" / "notes9.jsonl"
# notes10's blind batch (notes 700-739, 2021-2025, weighted to how notes write places and points): its
# misses left are villages and units the gazetteer lacks (see other_periods/README.md).
NOTES10 = Path(__file__).parent / "other_periods" / "notes10.jsonl"
# notes11's blind batch (notes 800-849, 2020-2021 in the May 2020 country mix, weighted to ACLED's sub-event
# boundaries) in a file of its own: its misses were event types at those boundaries (see the README).
NOTES11 = Path(__file__).parent / "other_periods" / "notes11.jsonl"
# notes12's blind batch (notes 900-944, 2016-2025 in ACLED's proportions of categories over 27 countries):
# its misses were two sources' tolls added up and rare wordings of blame, office and appointment; left are
# villages and districts the gazetteer lacks (see the README).
NOTES12 = Path(__file__).parent / "other_periods" / "notes12.jsonl"
# notes13's blind batch (notes 1000-1044, 2015-2024 outside the May 2020 year, over 18 under-represented
# countries and every category): its misses were wordings of blame, disarmament, agreement and mines (see
# the README).
NOTES13 = Path(__file__).parent / "other_periods" / "notes13.jsonl"
# notes14's blind batch (notes 1100-1129, 2016-2023 over 19 countries none of notes13's, weighted to the
# category boundaries): its misses were a grievance, a drone, a seizure and a surrender (see the README).
NOTES14 = Path(__file__).parent / "other_periods" / "notes14.jsonl"
# notes15's blind batch (notes 1500-1544, 2012-2025 over countries the earlier batches barely hold: Latin
# America, South and Southeast Asia, the Sahel, the Great Lakes, the Caucasus and Central Asia): its misses
# were an intervention, a base, a demobilisation, places abroad of the doer's country and tolls (see README).
NOTES15 = Path(__file__).parent / "other_periods" / "notes15.jsonl"
# notes16's blind batch (notes 1600-1619, 2017-2024 over 11 countries, weighted to mob violence against
# attack, clash against attack, the protest ladder, suicide bomb against clash and friendly fire): its misses
# were a state's killing of herders, a friendly fire, a coordinated assault on a camp, "shot him dead" and a
# passer-by.
NOTES16 = Path(__file__).parent / "other_periods" / "notes16.jsonl"
# notes17's blind batch (notes 1700-1729, 2019-2022 over 17 countries ACLED covers most, every one of the 25
# event types, weighted to the confusable ones): its misses were a "military point", a crowd that caught a
# suspect before beating him (twice) and villagers who fled a threat (see the README).
NOTES17 = Path(__file__).parent / "other_periods" / "notes17.jsonl"
# notes18's blind batch (notes 1800-1829, 1992-2021 over 25 countries the earlier batches barely hold:
# Central America, the Andes, the West African coast, the Horn, the Caucasus, the Balkans of the 1990s,
# South-East Asia, the Pacific): its misses were wordings of arson, crowd justice, a base, a handover, a
# takeover, a rally, a raid and a deployment, and states the demonym table lacked; left are named groups the
# alias table lacks (see the README).
NOTES18 = Path(__file__).parent / "other_periods" / "notes18.jsonl"
# The share correct reached when the notes were pinned; raise a floor when a change lifts a field. Batch 5
# (notes 182-216) left towns the gazetteer lacks at their district or region: within 25 km fell to 0.81.
# Batch 7 (notes 400-434, on the category boundaries) raised event type to 0.972 and actors to 0.951 over
# all 286 notes. Batch 8 (notes 500-539, all right after its fixes) raised them over 326 notes to event type
# 0.976, category 0.991, within 25 km 0.856, actors 0.957. notes13's "handed over ... to" raised actors to
# 0.963, and its namesake municipality's seat ("Aguililla (Aguililla, Michoacan)") within 25 km to 0.865.
FLOORS = {
    "event_type": 0.975,
    "event_category": 0.99,
    "killed": 1.0,
    "date": 1.0,
    "place": 0.98,
    "country": 1.0,
    "geo_within_25km": 0.86,
    "actors": 0.96,
}


# notes9.jsonl after its fixes (blind: event type 0.800, category 0.875, actors 0.850).
FLOORS_9 = {
    "event_type": 0.975,
    "event_category": 1.0,
    "killed": 0.975,
    "date": 1.0,
    "place": 0.9,
    "country": 0.975,
    "geo_within_25km": 0.925,
    "actors": 0.975,
}


# notes10.jsonl after its fixes (blind: event type 0.975, place 0.950, within 25 km 0.900).
FLOORS_10 = {
    "event_type": 1.0,
    "event_category": 1.0,
    "killed": 1.0,
    "date": 1.0,
    "place": 0.975,
    "country": 1.0,
    "geo_within_25km": 0.9,
    "actors": 1.0,
}


# notes11.jsonl after its fixes (blind: event type 0.820, category 0.860, actors 0.820).
FLOORS_11 = {
    "event_type": 0.98,
    "event_category": 0.98,
    "killed": 1.0,
    "date": 1.0,
    "place": 0.98,
    "country": 0.98,
    "geo_within_25km": 0.88,
    "actors": 0.86,
}


# notes12.jsonl after its fixes, just below them (45 notes: one note is 0.022): event type, category, killed,
# date, country and actors 1.000, place 0.978, within 25 km 0.956 (blind: event type 0.911, category 0.933,
# killed 0.867, place 0.933, within 25 km 0.889, actors 0.911).
FLOORS_12 = {
    "event_type": 0.99,
    "event_category": 0.99,
    "killed": 0.99,
    "date": 0.99,
    "place": 0.97,
    "country": 0.99,
    "geo_within_25km": 0.95,
    "actors": 0.99,
}


# notes13.jsonl after its fixes, just below them (45 notes: one note is 0.022): event type 0.956, category
# 0.956, killed, date and country 1.000, place 0.978, within 25 km 0.933, actors 0.956 (blind: event type
# 0.822, category 0.867, killed 1.000, date 1.000, place 0.933, country 0.978, within 25 km 0.911, actors
# 0.867; one gold, a kidnapping in which an escort was shot dead, was set after the run from abduction to
# attack, as the training notes code a killing told beside an abduction: blind with it, event type 0.844).
# typing15 raised event type and category to 0.978 (the suicide bombers of the Inates camp assault: a clash).
FLOORS_13 = {
    "event_type": 0.97,
    "event_category": 0.97,
    "killed": 0.99,
    "date": 0.99,
    "place": 0.97,
    "country": 0.99,
    "geo_within_25km": 0.93,
    "actors": 0.95,
}


# notes14.jsonl after its fixes, just below them (30 notes: one note is 0.033): event type, category, killed,
# date, place and country 1.000, within 25 km 0.900, actors 0.933 (blind: event type 0.867, category 0.933,
# killed, date, place and country 1.000, within 25 km 0.900, actors 0.867).
FLOORS_14 = {
    "event_type": 0.99,
    "event_category": 0.99,
    "killed": 0.99,
    "date": 0.99,
    "place": 0.99,
    "country": 0.99,
    "geo_within_25km": 0.89,
    "actors": 0.93,
}


# notes15.jsonl after its fixes, just below them (45 notes: one note is 0.022): event type, category, date,
# place and country 1.000, killed 0.956, within 25 km 0.978, actors 0.978 (blind: event type 0.933, category
# 0.978, killed 0.933, date 1.000, place 0.978, country 0.956, within 25 km 0.911, actors 0.933).
FLOORS_15 = {
    "event_type": 0.99,
    "event_category": 0.99,
    "killed": 0.95,
    "date": 0.99,
    "place": 0.99,
    "country": 0.99,
    "geo_within_25km": 0.97,
    "actors": 0.97,
}


# notes16.jsonl after its fixes, just below them (20 notes: one note is 0.05): event type, category, killed,
# date, place, country and actors 1.000, within 25 km 0.850 (Elwak, Kiunga and Boulkessi, which the gazetteer
# lacks, are placed at their district's seat) (blind: event type 0.800, category 0.800, killed 0.900, date,
# place, country and actors 1.000, within 25 km 0.850).
FLOORS_16 = {
    "event_type": 0.99,
    "event_category": 0.99,
    "killed": 0.99,
    "date": 0.99,
    "place": 0.99,
    "country": 0.99,
    "geo_within_25km": 0.84,
    "actors": 0.99,
}


# notes17.jsonl after its fixes, just below them (30 notes: one note is 0.033): event type, category, killed,
# date, place and country 1.000, within 25 km 0.900 (Shortepa, Zamboanga City and Mindat are placed 66-182 km
# off), actors 0.867 (blind: event type 0.867, category 0.900, killed, date, place and country 1.000, within
# 25 km 0.900, actors 0.800).
FLOORS_17 = {
    "event_type": 0.99,
    "event_category": 0.99,
    "killed": 0.99,
    "date": 0.99,
    "place": 0.99,
    "country": 0.99,
    "geo_within_25km": 0.89,
    "actors": 0.86,
}


# notes18.jsonl after its fixes, just below them (30 notes: one note is 0.033): event type, category, killed,
# date and country 1.000, place and within 25 km 0.967 (Mataje, which the gazetteer lacks, is placed at its
# province's point 113 km off), actors 0.600 (named groups the alias table lacks) (blind: event type 0.700,
# category 0.800, killed, date and country 1.000, place and within 25 km 0.933, actors 0.333).
FLOORS_18 = {
    "event_type": 0.99,
    "event_category": 0.99,
    "killed": 0.99,
    "date": 0.99,
    "place": 0.96,
    "country": 0.99,
    "geo_within_25km": 0.96,
    "actors": 0.59,
}


# Each batch's file and its floors: one test per batch and field.
BATCHES: dict[str, tuple[Path, dict[str, float]]] = {
    "notes": (NOTES, FLOORS),
    "notes9": (NOTES9, FLOORS_9),
    "notes10": (NOTES10, FLOORS_10),
    "notes11": (NOTES11, FLOORS_11),
    "notes12": (NOTES12, FLOORS_12),
    "notes13": (NOTES13, FLOORS_13),
    "notes14": (NOTES14, FLOORS_14),
    "notes15": (NOTES15, FLOORS_15),
    "notes16": (NOTES16, FLOORS_16),
    "notes17": (NOTES17, FLOORS_17),
    "notes18": (NOTES18, FLOORS_18),
}


@functools.cache
def figures(batch: str) -> dict[str, tuple[float | None, int]]:
    """A batch's figures, scored once per process (every field of a batch reads the same extraction)."""
    return figures_of(scored_tally(gold_rows(BATCHES[batch][0])))


@pytest.mark.parametrize(
    ("batch", "field"), [(batch, field) for batch, (_, floors) in BATCHES.items() for field in sorted(floors)]
)
def test_share_correct_on_each_batch_stays_at_its_floor(batch: str, field: str) -> None:
    floor = BATCHES[batch][1][field]
    value, rows = figures(batch)[field]
    assert rows > 0 and value is not None
    assert value >= floor - 1e-9, f"{batch} {field}: {value:.3f} < floor {floor}"
