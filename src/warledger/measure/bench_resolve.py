"""Resolve measured: pairwise clustering precision/recall and speed on synthetic reports of known events.

Real multi-outlet sets are held out, so the mechanism is measured here on events we make up, each
told by several outlets the way outlets differ: transliterated village names (Urum al-Kubra, Orem al
Kubra), coordinates present or not, dates off by a day or only to the week, figures that disagree,
event types and perpetrators named differently or not at all, reworded evidence. Hard negatives are
built in: a second strike on the same village days later, a nearby village the same day, a running
total ("since Monday, 40 killed") beside the single incidents. Pairwise scores compare every pair
of reports: put together by resolve and by the truth.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from warledger.extract.models import CATEGORY_OF, Count, DocumentInfo, Evidence, Incident, Perpetrator, Place
from warledger.resolve.cluster import ExtractedReport, recluster

PREFIXES = ("Kafr", "Tal", "Deir", "Ain", "Beit", "Jisr", "Khirbet", "Urum", "Maarat", "Qasr", "Tell", "Hazz")
ROOTS = (
    "Kubra",
    "Sughra",
    "Nasr",
    "Zahra",
    "Hamra",
    "Sultan",
    "Shams",
    "Tuffah",
    "Rumman",
    "Jamal",
    "Qadim",
    "Jadid",
    "Wadi",
    "Hadid",
    "Mansura",
    "Karim",
    "Latif",
    "Bahr",
    "Dhahab",
    "Fadl",
)
COUNTRIES = (
    ("SY", 36.0, 37.0),
    ("YE", 15.0, 45.0),
    ("IQ", 34.0, 43.0),
    ("LY", 32.0, 13.0),
    ("AF", 31.6, 65.7),
)
TYPES = (
    "air_drone_strike",
    "shelling_artillery_missile_attack",
    "armed_clash",
    "attack",
    "remote_explosive_landmine_ied",
)
SAME_CATEGORY = {t: [u for u in TYPES if CATEGORY_OF[u] == CATEGORY_OF[t] and u != t] for t in TYPES}
WEAPON_OF = {
    "air_drone_strike": ["missile", "guided_bomb", "drone"],
    "armed_clash": ["small_arms"],
    "shelling_artillery_missile_attack": ["artillery", "mortar", "rocket"],
    "attack": ["small_arms"],
    "remote_explosive_landmine_ied": ["ied", "vehicle_bomb"],
}
ACTORS = (
    ("Russia", "RU"),
    ("Syria", "SY"),
    ("Islamic State", None),
    ("Houthis", None),
    ("Saudi Arabia", "SA"),
    ("Taliban", None),
    ("United States", "US"),
    ("Wagner Group", None),
)
VERBS = {
    "air_drone_strike": ["airstrikes hit", "warplanes bombed", "an air raid struck", "jets pounded"],
    "shelling_artillery_missile_attack": ["shells fell on", "artillery pounded", "rockets struck"],
    "armed_clash": ["fighting broke out in", "clashes erupted in", "gunmen battled troops in"],
    "attack": ["gunmen attacked", "militants raided", "armed men stormed"],
    "remote_explosive_landmine_ied": [
        "a roadside bomb exploded in",
        "a car bomb went off in",
        "an explosive device detonated in",
    ],
}
OPENERS = (
    "Local sources said",
    "Activists reported that",
    "According to residents,",
    "Officials said",
    "A monitoring group said",
    "Witnesses told reporters that",
    "Medics said",
)
DETAILS = (
    "near the main market",
    "close to a school",
    "hitting several homes",
    "near a clinic",
    "on the road to the mill",
    "by the old mosque",
    "at dawn",
    "late in the evening",
    "as families gathered",
    "destroying a bakery",
)
OUTLETS = tuple(f"Outlet {n}" for n in range(1, 31))


@dataclass(frozen=True)
class Event:
    """A made-up event: the truth several reports will tell differently."""

    key: int
    name: str
    country: str
    lat: float
    lon: float
    day: date
    event_type: str
    killed: int
    perpetrator: tuple[str, str | None]
    detail: str
    cumulative_days: int = 0


def village_name(rng: random.Random) -> str:
    return f"{rng.choice(PREFIXES)} al-{rng.choice(ROOTS)}"


def spelling_of(name: str, rng: random.Random) -> str:
    """Another outlet's transliteration: vowels, article, doubled letters and q/k, kh/k vary."""
    variant = name
    swaps = [
        ("u", "o"),
        ("a", "e"),
        ("i", "e"),
        ("ei", "ay"),
        ("q", "k"),
        ("kh", "k"),
        ("al-", "el-"),
        ("al-", "al "),
        ("al-", ""),
    ]
    for old, new in rng.sample(swaps, k=rng.randint(0, 3)):
        variant = variant.replace(old, new, 1)
    if rng.random() < 0.2 and len(variant) > 6:
        i = rng.randrange(2, len(variant) - 2)
        if variant[i].isalpha() and variant[i] not in "aeiou":
            variant = variant[:i] + variant[i] + variant[i:]
    words = variant.split()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def made_up_events(count: int, rng: random.Random) -> list[Event]:
    """`count` events; about a third are hard negatives of an earlier one (same village later, a
    neighbour the same day, a running total over the days around it)."""
    events: list[Event] = []
    start = date(2020, 5, 1)
    while len(events) < count:
        key, roll = len(events), rng.random()
        if events and roll < 0.12:
            base = rng.choice(events)
            later = base.day + timedelta(days=rng.randint(2, 5))
            events.append(fresh_event(key, rng, start, base.name, base.country, base.lat, base.lon, later))
        elif events and roll < 0.24:
            base = rng.choice(events)
            lat, lon = base.lat + rng.choice((-1, 1)) * 0.1, base.lon + rng.choice((-1, 1)) * 0.1
            events.append(fresh_event(key, rng, start, village_name(rng), base.country, lat, lon, base.day))
        elif events and roll < 0.30:
            base = rng.choice(events)
            if base.cumulative_days or any(e.cumulative_days and e.name == base.name for e in events):
                continue
            total = fresh_event(key, rng, start, base.name, base.country, base.lat, base.lon, base.day)
            events.append(
                total.__class__(**{**total.__dict__, "killed": base.killed * 4 + 7, "cumulative_days": 4})
            )
        else:
            country, lat0, lon0 = rng.choice(COUNTRIES)
            lat, lon = lat0 + rng.uniform(-2, 2), lon0 + rng.uniform(-2, 2)
            day = start + timedelta(days=rng.randrange(max(30, count // 6)))
            events.append(fresh_event(key, rng, start, village_name(rng), country, lat, lon, day))
    return events


def fresh_event(
    key: int, rng: random.Random, start: date, name: str, country: str, lat: float, lon: float, day: date
) -> Event:
    return Event(
        key,
        name,
        country,
        lat,
        lon,
        day,
        rng.choice(TYPES),
        rng.randint(1, 40),
        rng.choice(ACTORS),
        rng.choice(DETAILS),
    )


NEAR_TOWN_SHARE = 0.06
"""Reports that place the event only "near" the district town, 10-20 km off, as wire copy often does."""


def near_town(event: Event, rng: random.Random) -> Place:
    """The event placed near its district town: a name of the town's own, a qualifier, the town's point."""
    town = random.Random(event.key * 7919 + 1)
    name = f"{town.choice(PREFIXES)} {town.choice(ROOTS)}"
    return Place(name=name, country=event.country, lat=event.lat + town.choice((-1, 1)) * 0.1,
                 lon=event.lon + town.choice((-1, 1)) * 0.05, qualifier="near")  # fmt: skip


def reported_incident(event: Event, rng: random.Random) -> Incident:
    """One outlet's account of `event`: what extraction would hand resolve."""
    name = event.name if rng.random() < 0.3 else spelling_of(event.name, rng)
    located = rng.random() < 0.6
    place = Place(
        name=name,
        country=event.country if rng.random() < 0.9 else None,
        lat=event.lat + rng.uniform(-0.01, 0.01) if located else None,
        lon=event.lon + rng.uniform(-0.01, 0.01) if located else None,
    )
    if rng.random() < NEAR_TOWN_SHARE:
        place = near_town(event, rng)
    kind = event.event_type
    roll = rng.random()
    if roll < 0.12:
        kind = rng.choice(SAME_CATEGORY[kind] or [kind])
    elif roll < 0.18:
        kind = "attack" if kind != "attack" else "armed_clash"  # another category, as outlets word it
    reported_type = None if roll > 0.88 else kind
    killed = max(0, event.killed + rng.choice((0, 0, 0, 1, 2, -1, 3)))
    weapons = rng.sample(WEAPON_OF[event.event_type], k=1) if rng.random() < 0.5 else []
    actor, code = event.perpetrator
    perpetrators = [Perpetrator(name=actor, country=code)] if rng.random() < 0.6 else []
    text = evidence_text(event, name, killed, rng)
    return Incident(
        event_type=reported_type,  # type: ignore[arg-type]  # drawn from TYPES, all EVENT_TYPEs
        event_category=CATEGORY_OF[reported_type] if reported_type else None,  # type: ignore[arg-type]
        **reported_dates(event, rng),
        place=place,
        perpetrators=perpetrators,
        weapons=weapons,
        killed=Count(min=killed, max=killed, approximate=rng.random() < 0.3),
        evidence=[Evidence(start=0, end=len(text), text=text)],
    )


def reported_dates(event: Event, rng: random.Random) -> dict[str, Any]:
    if event.cumulative_days:
        first = event.day - timedelta(days=event.cumulative_days)
        return {"date_start": first.isoformat(), "date_end": event.day.isoformat(), "date_precision": "day"}
    roll = rng.random()
    if roll < 0.08:
        return {}
    if roll < 0.16:
        shifted = (event.day + timedelta(days=rng.choice((-1, 1)))).isoformat()
        return {"date_start": shifted, "date_end": shifted, "date_precision": "day"}
    day = event.day.isoformat()
    return {"date_start": day, "date_end": day, "date_precision": "day"}


def evidence_text(event: Event, name: str, killed: int, rng: random.Random) -> str:
    if event.cumulative_days:
        weekday = (event.day - timedelta(days=event.cumulative_days)).strftime("%A")
        opener = rng.choice(OPENERS)
        return f"{opener} since {weekday} about {killed} people have been killed in and around {name}."
    verb = rng.choice(VERBS[event.event_type])
    return f"{rng.choice(OPENERS)} {verb} {name} {event.detail}, killing {killed} people."


def synthetic_reports(
    events: int, reports_per_event: int = 5, seed: int = 5, first_document: int = 0
) -> list[tuple[int, ExtractedReport]]:
    """(true event key, report) for `events` made-up events, 1 to 2x`reports_per_event` reports each,
    shuffled as they would arrive; documents are numbered from `first_document`."""
    rng = random.Random(seed)
    found: list[tuple[int, ExtractedReport]] = []
    for event in made_up_events(events, rng):
        for _ in range(rng.randint(1, 2 * reports_per_event - 1)):
            incident = reported_incident(event, rng)
            sha = f"{first_document + len(found):064x}"
            document = DocumentInfo(
                sha256=sha,
                source=rng.choice(OUTLETS),
                published=event.day.isoformat(),
                language="en",
                text=incident.evidence[0].text,
            )
            found.append((event.key, ExtractedReport(incident=incident, document=document)))
    rng.shuffle(found)
    return found


def pairs(sizes: Sequence[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def pairwise_scores(truth: Sequence[int], predicted: Sequence[str]) -> dict[str, float]:
    """Pairwise precision and recall: of report pairs put together, the share truly together, and back."""
    together = pairs(list(Counter(zip(truth, predicted, strict=True)).values()))
    predicted_pairs = pairs(list(Counter(predicted).values()))
    true_pairs = pairs(list(Counter(truth).values()))
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def report_key(document: str, incident: Incident) -> tuple[str, str, str]:
    """A report's identity in a synthetic set: its document and its words."""
    return document, incident.evidence[0].text, incident.place.name if incident.place else ""


def clustering_quality(events: int = 120, reports_per_event: int = 5, seed: int = 5) -> dict[str, Any]:
    """Pairwise precision/recall of resolve on a synthetic set (see the module docstring)."""
    data = synthetic_reports(events, reports_per_event, seed)
    reports = [r for _, r in data]
    incidents = recluster(reports)
    owner = {report_key(rep.document, rep.incident): i.id for i in incidents for rep in i.reports}
    predicted = [owner[report_key(r.document.sha256, r.incident)] for r in reports]
    return {
        "reports": len(reports),
        "events": events,
        "incidents": len(incidents),
        **pairwise_scores([k for k, _ in data], predicted),
    }


def bench_resolve(n: int, seed: int = 11) -> dict[str, Any]:
    """Time resolving `n` synthetic extracted documents (one incident each, ~5 reports an event)."""
    data = synthetic_reports(max(1, n // 5), 5, seed)
    while len(data) < n:
        data += synthetic_reports(max(1, n // 5), 5, seed + len(data), first_document=len(data))
    reports = [r for _, r in data[:n]]
    started = time.perf_counter()
    incidents = recluster(reports)
    seconds = time.perf_counter() - started
    return {
        "docs": n,
        "incidents": len(incidents),
        "seconds": round(seconds, 3),
        "docs_per_s": round(n / seconds, 1) if seconds else 0.0,
    }


PRECISION_OF_ACLED: dict[str | None, str] = {"town": "city", "district": "district", "region": "region"}


def acled_report(number: int, row: dict[str, Any]) -> ExtractedReport:
    """An ACLED gold event as the report a perfect extractor would give (place, date, type, actor, notes)."""
    gold = row["gold"]["incidents"][0]
    place = gold["place"]
    actors = [a["name"] for a in gold.get("actors", []) if a["role"] == "actor1"]
    killed = gold.get("killed")
    incident = Incident(
        event_type=gold["event_type"],
        date_start=gold["date"],
        date_end=gold["date"],
        date_precision=gold.get("date_precision", "day"),
        place=Place(
            name=place["name"],
            country=place["country"],
            lat=place.get("lat"),
            lon=place.get("lon"),
            precision=PRECISION_OF_ACLED.get(place.get("precision"), "city"),  # type: ignore[arg-type]
        ),
        perpetrators=[Perpetrator(name=a) for a in actors],
        killed=Count(min=killed, max=killed) if killed is not None else None,
        evidence=[Evidence(start=0, end=len(row["text"]), text=row["text"])],
    )
    document = DocumentInfo(
        sha256=f"{number:064x}",
        source=row.get("source"),
        published=row.get("published"),
        language="en",
        text="",
    )
    return ExtractedReport(incident=incident, document=document)


def acled_separation(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """How many distinct ACLED events resolve keeps apart: every ACLED row is its own event, so every
    pair put together is a false merge (neighbouring villages, the same town on consecutive days)."""
    reports = [acled_report(n, row) for n, row in enumerate(rows)]
    started = time.perf_counter()
    incidents = recluster(reports)
    seconds = time.perf_counter() - started
    false_pairs = pairs([len(i.reports) for i in incidents])
    return {
        "events": len(reports),
        "incidents": len(incidents),
        "false_pairs": false_pairs,
        "kept_apart": round(sum(len(i.reports) == 1 for i in incidents) / max(1, len(reports)), 4),
        "seconds": round(seconds, 2),
    }
