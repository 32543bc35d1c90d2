"""Ingest links what arrives apart: a denial issued on its own, and incidents split by arrival order.

Each case is ingested in two orders and must give the same ledger; analysts' decisions are never
undone by the automatic merge.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.ledger_fakes import fake_extractor
from warledger.ledger import (
    IncidentFilter,
    get_incident,
    ingest_inputs,
    list_incidents,
    resolve_again,
    review_incident,
)

BYLINE = "{title}\n\nBy A Reporter, {outlet}, 11 March 2024\n\n{body}\n"
REPORT = "incident: type=air_drone_strike; place=Kafranbel; country=SY; date=2024-03-10; killed=18"
OTHER_REPORT = "incident: type=air_drone_strike; place=Kafr Nabl; country=SY; date=2024-03-10; killed=20"
DENIAL = (
    "statement: speaker=Army spokesman; stance=denial; "
    "quote=Our aircraft did not strike the market in Kfar Nabel"
)
SPLIT = {
    "a_undated_place": "incident: date=2024-03-10; weapons=missile",
    "b_typed": (
        "incident: type=air_drone_strike; place=Kafr Nabl; country=SY; date=2024-03-10; weapons=missile"
    ),
    "c_bridge": "incident: place=Kafr Nabl; country=SY; date=2024-03-11; weapons=missile",
}


def written(folder: Path, texts: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Each (outlet, body) as a dated report file; the paths by name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, (outlet, body) in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(BYLINE.format(title=f"Report {name}", outlet=outlet, body=body), encoding="utf-8")
        paths[name] = str(path)
    return paths


def ingest_each(url: str, paths: list[str]) -> None:
    """One document at a time, in this order (one call each, as separate arrivals)."""
    for path in paths:
        ingest_inputs([path], url, extractor=fake_extractor)


@pytest.mark.parametrize("denial_first", [False, True], ids=["denial_last", "denial_first"])
def test_a_denial_published_on_its_own_is_linked_to_the_incident_it_names(
    store_url: str, tmp_path: Path, denial_first: bool
) -> None:
    paths = written(
        tmp_path,
        {
            "observer": ("Levant Observer", REPORT),
            "monitor": ("Idlib Monitor", OTHER_REPORT),
            "army": ("State TV", DENIAL),
        },
    )
    order = ["army", "observer", "monitor"] if denial_first else ["observer", "monitor", "army"]
    ingest_each(store_url, [paths[name] for name in order])
    (incident,) = list_incidents(store_url)
    assert sorted(incident.sources) == ["Idlib Monitor", "Levant Observer"]
    assert [s.source for s in incident.statements if s.stance == "denial"] == ["State TV"]
    (denial,) = [c for c in incident.contradictions if c.kind == "denial_vs_documentation"]
    sides = {side.source for side in denial.sides}
    assert "Army spokesman (via State TV)" in sides and sides & {"Idlib Monitor", "Levant Observer"}
    assert all(side.evidence for side in denial.sides)


def test_a_linked_denial_survives_re_resolving_and_an_analysts_merge(store_url: str, tmp_path: Path) -> None:
    paths = written(
        tmp_path,
        {
            "observer": ("Levant Observer", REPORT),
            "elsewhere": ("Wire", REPORT.replace("Kafranbel", "Saraqib").replace("03-10", "03-09")),
            "army": ("State TV", DENIAL),
        },
    )
    ingest_each(store_url, list(paths.values()))
    assert len(list_incidents(store_url)) == 2
    resolve_again(store_url)
    (named,) = [i for i in list_incidents(store_url) if i.statements]
    assert named.place is not None and named.place.name == "Kafranbel"
    (other,) = [i for i in list_incidents(store_url) if i.id != named.id]
    review_incident(store_url, other.id, "merge", others=[named.id], reason="one strike", by="alice")
    (merged,) = list_incidents(store_url)
    assert [s.source for s in merged.statements if s.stance == "denial"] == ["State TV"]


@pytest.mark.parametrize("reverse", [False, True], ids=["in_order", "reversed"])
def test_an_incident_split_by_arrival_order_is_merged_back_at_ingest(
    store_url: str, tmp_path: Path, reverse: bool
) -> None:
    paths = written(tmp_path, {name: (f"Outlet {name}", body) for name, body in SPLIT.items()})
    order = sorted(paths, reverse=reverse)
    ingest_each(store_url, [paths[name] for name in order])
    (incident,) = list_incidents(store_url)
    assert len(incident.documents) == 3
    answered = {found.id for n in range(1, 4) if (found := get_incident(store_url, str(n)))}
    assert answered == {incident.id}  # an id merged away answers the incident it went into


def test_a_reviewed_incident_is_never_merged_automatically(store_url: str, tmp_path: Path) -> None:
    paths = written(tmp_path, {name: (f"Outlet {name}", body) for name, body in SPLIT.items()})
    ingest_each(store_url, [paths["a_undated_place"], paths["b_typed"]])
    first = next(i for i in list_incidents(store_url) if i.sources == ["Outlet a_undated_place"])
    review_incident(store_url, first.id, "confirm", reason="checked", by="alice")
    ingest_each(store_url, [paths["c_bridge"]])
    incidents = list_incidents(store_url, IncidentFilter(include_rejected=True))
    assert len(incidents) == 2
    kept = get_incident(store_url, first.id)
    assert kept is not None and kept.id == first.id and kept.review.status == "confirmed"


@pytest.mark.parametrize("undated_first", [True, False], ids=["undated_first", "dated_first"])
def test_an_undated_report_and_a_dated_one_of_the_same_strike_meet_in_either_order(
    store_url: str, tmp_path: Path, undated_first: bool
) -> None:
    undated = "incident: type=air_drone_strike; place=Kafranbel; country=SY; killed=18"
    paths = written(tmp_path, {"undated": ("Wire", undated), "dated": ("Levant Observer", REPORT)})
    order = ["undated", "dated"] if undated_first else ["dated", "undated"]
    ingest_each(store_url, [paths[name] for name in order])
    (incident,) = list_incidents(store_url)
    assert sorted(incident.sources) == ["Levant Observer", "Wire"]
    assert incident.date_start == "2024-03-10"
