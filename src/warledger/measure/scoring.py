"""The scoring rules of shared/eval/README.md, as small pure functions over one gold/prediction pair.

Kept apart from the runner (`evaluate.py`) so each rule can be unit-tested on hand-made pairs and
reused by other measurements: which predicted incident counts, when a casualty figure is right, when a
place name matches (case and accents ignored), how statements are matched one-to-one by content
overlap, and how actor names are normalised before comparison (through the extract stage's alias
table, so eval and extraction agree on who is who).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from unidecode import unidecode

from warledger.extract.models import CATEGORY_OF, Count, Evidence, Incident

EARTH_RADIUS_KM = 6371.0088
MIN_CONTENT_OVERLAP = 0.5
NEAR_KM = 25.0
PARENTHESES_RE = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Span:
    """A character span of a gold or predicted annotation."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return max(0, self.end - self.start)


def folded(text: str) -> str:
    """Lower-case ASCII with collapsed spaces: "Dar'a", "DARʼA " and "Dâr'a" compare equal."""
    return " ".join(unidecode(text).lower().replace("'", "").replace("`", "").split())


def predicted_incident(incidents: Sequence[Incident]) -> Incident | None:
    """The incident with the most evidence; ties go to the first."""
    best: Incident | None = None
    for incident in incidents:
        if best is None or len(incident.evidence) > len(best.evidence):
            best = incident
    return best


def event_type_correct(predicted: Incident | None, gold: Mapping[str, Any]) -> bool:
    return predicted is not None and predicted.event_type == gold.get("event_type")


def event_category_correct(predicted: Incident | None, gold: Mapping[str, Any]) -> bool:
    """The category implied by the predicted event type (not the predicted category field)."""
    if predicted is None or predicted.event_type is None:
        return False
    return CATEGORY_OF.get(predicted.event_type) == gold.get("event_category")


def killed_correct(predicted: Count | None, gold_killed: int) -> bool:
    """Gold within the predicted [min, max], or gold 0 and nothing (or 0) predicted."""
    if predicted is None:
        return gold_killed == 0
    return predicted.min <= gold_killed <= predicted.max


def killed_exact_min(predicted: Count | None, gold_killed: int) -> bool:
    """The stricter figure: the predicted minimum is the gold number (nothing predicted counts as 0)."""
    return (predicted.min if predicted is not None else 0) == gold_killed


def date_correct(predicted: Incident | None, gold: Mapping[str, Any]) -> bool | None:
    """Predicted date_start equals the gold date; None for rows that are not day-precision."""
    if gold.get("date_precision") != "day":
        return None
    return predicted is not None and predicted.date_start == gold.get("date")


def place_correct(predicted: Incident | None, gold_place: Mapping[str, Any]) -> bool:
    """The predicted place name equals the gold name, admin1, admin2 or admin3 (case, accents ignored)."""
    if predicted is None or predicted.place is None:
        return False
    name = folded(predicted.place.name)
    return any(
        gold_place.get(k) and folded(str(gold_place[k])) == name
        for k in ("name", "admin1", "admin2", "admin3")
    )


def country_correct(predicted: Incident | None, gold_place: Mapping[str, Any]) -> bool:
    if predicted is None or predicted.place is None or not predicted.place.country:
        return False
    return predicted.place.country.upper() == str(gold_place.get("country") or "").upper()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def geo_distance(predicted: Incident | None, gold_place: Mapping[str, Any]) -> float | None:
    """Distance from the predicted point to the gold point, or None when either has no point."""
    if (
        predicted is None
        or predicted.place is None
        or predicted.place.lat is None
        or predicted.place.lon is None
    ):
        return None
    if gold_place.get("lat") is None or gold_place.get("lon") is None:
        return None
    return distance_km(
        predicted.place.lat, predicted.place.lon, float(gold_place["lat"]), float(gold_place["lon"])
    )


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# Actors --------------------------------------------------------------------------------------


class NormalActor(Protocol):
    """What an actor normaliser returns: the extract stage's `Actor` fits."""

    @property
    def name(self) -> str: ...

    @property
    def country(self) -> str | None: ...

    @property
    def kind(self) -> str: ...


Normaliser = Callable[[str], Sequence[NormalActor]]


def alias_table_normaliser() -> Normaliser:
    """The extract stage's alias-table lookup (`data/extract/actors.jsonl`), read there, not copied here."""
    try:
        from warledger.extract.actors import normalised_actors
    except ImportError:
        return lambda name: ()
    return normalised_actors


def actor_keys(name: str, country: str | None, kind: str, normalise: Normaliser) -> set[str]:
    """Keys under which two actor names count as one: plain folded name, and each normalised actor
    (a state actor by its country alone, so "regime forces" meets "Military Forces of Syria (2000-)")."""
    keys = {folded(PARENTHESES_RE.sub("", name))}
    found = [(a.name, a.country, a.kind) for a in normalise(name)] + [(name, country, kind)]
    for actor_name, actor_country, actor_kind in found:
        if actor_kind == "state" and actor_country:
            keys.add(f"state:{actor_country.upper()}")
        elif actor_country:
            keys.add(f"{folded(PARENTHESES_RE.sub('', actor_name))}|{actor_country.upper()}")
    return keys


def actor1_found(predicted: Incident | None, gold: Mapping[str, Any], normalise: Normaliser) -> bool:
    """The predicted perpetrators include ACLED's actor1, both normalised through the alias table."""
    actor1 = next((a["name"] for a in gold.get("actors", []) if a.get("role") == "actor1"), None)
    if predicted is None or not actor1:
        return False
    wanted = actor_keys(actor1, None, "unknown", normalise)
    return any(actor_keys(p.name, p.country, p.kind, normalise) & wanted for p in predicted.perpetrators)


# Statements ----------------------------------------------------------------------------------


def overlap_ratio(a: Span, b: Span) -> float:
    """Characters shared by two spans over the length of the shorter one (0 when either is empty)."""
    shorter = min(a.length, b.length)
    if shorter <= 0:
        return 0.0
    return max(0, min(a.end, b.end) - max(a.start, b.start)) / shorter


def matched_statements(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, best overlaps first, each overlap >= 0.5."""
    candidates = sorted(
        ((overlap_ratio(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for ratio, gi, pi in candidates:
        if ratio < MIN_CONTENT_OVERLAP:
            break
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def spans_overlap(a: Span | None, b: Span | None) -> bool:
    """True when two spans share at least one character."""
    return a is not None and b is not None and min(a.end, b.end) > max(a.start, b.start)


def span_of(value: Mapping[str, Any] | Evidence | None) -> Span | None:
    """A gold span dict or a predicted Evidence as a `Span`."""
    if value is None:
        return None
    if isinstance(value, Evidence):
        return Span(value.start, value.end)
    return Span(int(value["start"]), int(value["end"]))


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
