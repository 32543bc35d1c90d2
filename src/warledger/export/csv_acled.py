"""The ledger as CSV in ACLED's column layout, so it loads wherever ACLED's data already does.

ACLED's columns come first, in ACLED's order and words (event_type is ACLED's event type, i.e. our
EVENT_CATEGORY; sub_event_type our EVENT_TYPE; ACLED's 1/2/3 precision codes), then our own:
fatalities_min, fatalities_max (the range across sources) and sources (the documents' SHA-256).
The vocabulary mapping is data (data/export/acled_vocabulary.json). An empty ledger is a header line alone.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any, TextIO

import pycountry

from warledger.resolve.models import LedgerIncident

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp",
)  # fmt: skip
OWN_COLUMNS = ("fatalities_min", "fatalities_max", "sources")
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
NOTES_LIMIT = 1000
UNKNOWN_COUNTRY = "XXX"


@cache
def acled_vocabulary() -> dict[str, Any]:
    """data/export/acled_vocabulary.json, loaded once."""
    text = resources.files("warledger.data").joinpath("export/acled_vocabulary.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def country_name(alpha2: str | None) -> str:
    """ACLED's name of a country from its ISO alpha-2 code ("" when unknown)."""
    if not alpha2:
        return ""
    named: str | None = acled_vocabulary()["country_names"].get(alpha2.upper())
    if named:
        return named
    found = pycountry.countries.get(alpha_2=alpha2.upper())
    if found is None:
        return alpha2
    return str(getattr(found, "common_name", None) or found.name)


def country_alpha3(alpha2: str | None) -> str:
    if not alpha2:
        return UNKNOWN_COUNTRY
    special: str | None = acled_vocabulary()["alpha3"].get(alpha2.upper())
    found = pycountry.countries.get(alpha_2=alpha2.upper())
    return special or (found.alpha_3 if found else UNKNOWN_COUNTRY)


def time_precision(incident: LedgerIncident) -> int | str:
    """ACLED's code: 1 the day is known, 2 the week (or a span of a few days), 3 only the month."""
    if not incident.date_start:
        return ""
    codes: dict[str, int] = acled_vocabulary()["time_precision"]
    code = codes.get(incident.date_precision or "day", 3)
    if incident.date_end and incident.date_end != incident.date_start:
        span = (
            datetime.fromisoformat(incident.date_end[:10]) - datetime.fromisoformat(incident.date_start[:10])
        ).days
        code = max(code, 2 if span <= 7 else 3)
    return code


def geo_precision(incident: LedgerIncident) -> int | str:
    """ACLED's code: 1 the town itself, 2 near it or a part of a region, 3 only the region."""
    place = incident.place
    if place is None:
        return ""
    code: int = acled_vocabulary()["geo_precision"].get(place.precision, 3)
    return max(code, 2) if place.qualifier else code


def group_name(group: str, country: str) -> str:
    """A victim group in ACLED's manner: "medical_staff" in Syria -> "Medical Staff (Syria)"."""
    words = group.replace("_", " ").strip()
    label = words.title() if words.islower() else words[:1].upper() + words[1:]
    return f"{label} ({country})" if country else label


def actor_columns(incident: LedgerIncident) -> dict[str, str]:
    """actor1 the first alleged perpetrator, assoc_actor_1 the others; actor2 the civilians or other
    victims hit, assoc_actor_2 the further victim groups, each named with the country as ACLED does."""
    names = [p.name for p in incident.perpetrators]
    country = country_name(incident.place.country if incident.place else None)
    victims = [group_name(v, country) for v in incident.victim_groups if "civilian" not in v.lower()]
    civilians = "civilians" in incident.targets or len(victims) < len(incident.victim_groups)
    if civilians:
        victims.insert(0, group_name("civilians", country))
    return {
        "actor1": names[0] if names else "",
        "assoc_actor_1": "; ".join(names[1:]),
        "actor2": victims[0] if victims else "",
        "assoc_actor_2": "; ".join(victims[1:]),
    }


def notes_of(incident: LedgerIncident) -> str:
    """ACLED-style notes: what the sources say in their words, then each source's figure."""
    seen: list[str] = []
    for evidence in incident.evidence:
        if evidence.text not in seen:
            seen.append(evidence.text)
    figures = [f"{f.source or f.document[:12]}: {f.min if f.min == f.max else f'{f.min}-{f.max}'}"
               for f in (incident.killed.figures if incident.killed else [])]  # fmt: skip
    text = " ".join(seen)
    if figures:
        text += f" [fatalities by source: {'; '.join(figures)}]"
    return text[:NOTES_LIMIT]


def timestamp_of(incident: LedgerIncident) -> int | str:
    """Unix time of the latest report behind the incident (its publication day), "" when unknown."""
    days = [r.published[:10] for r in incident.reports if r.published]
    if not days:
        return ""
    return int(datetime.fromisoformat(max(days)).replace(tzinfo=UTC).timestamp())


def acled_row(incident: LedgerIncident) -> dict[str, Any]:
    """One incident as one ACLED row, plus our columns.

    `fatalities` is the lowest figure any source gives (the conservative reading ACLED also takes),
    with `fatalities_min`/`fatalities_max` beside it so the disagreement is not lost; 0 when no
    source gives a figure, as in ACLED. `source` names the outlets as ACLED does; `sources` gives
    the SHA-256 of every stored document behind the row, the chain of custody back to the originals.
    """
    vocabulary = acled_vocabulary()
    place = incident.place
    killed = incident.killed
    return {
        "event_id_cnty": f"{country_alpha3(place.country if place else None)}{incident.id}",
        "event_date": (incident.date_start or "")[:10],
        "year": (incident.date_start or "")[:4],
        "time_precision": time_precision(incident),
        "event_type": vocabulary["event_type"].get(incident.event_category or "", ""),
        "sub_event_type": vocabulary["sub_event_type"].get(incident.event_type or "", ""),
        **actor_columns(incident),
        "country": country_name(place.country if place else None),
        "admin1": "",
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": "" if place is None or place.lat is None else f"{place.lat:.4f}",
        "longitude": "" if place is None or place.lon is None else f"{place.lon:.4f}",
        "geo_precision": geo_precision(incident),
        "source": "; ".join(incident.sources),
        "notes": notes_of(incident),
        "fatalities": killed.min if killed else 0,
        "timestamp": timestamp_of(incident),
        "fatalities_min": killed.min if killed else "",
        "fatalities_max": killed.max if killed else "",
        "sources": "; ".join(incident.documents),
    }


def write_acled_csv(rows: list[LedgerIncident], out: TextIO) -> None:
    """The incidents as ACLED-layout CSV (a header line alone when there are none)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for incident in rows:
        writer.writerow(acled_row(incident))
