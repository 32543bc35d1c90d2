"""Lines of contact: what a conflict monitor knows of a village name in a report on a war of fixed fronts.

"Shelling near Serhiivka" in an OSCE report of 2020 is the Serhiivka by the line of contact in Donbas, not
the larger namesake 170 km behind it: Ukraine has dozens of Serhiivkas, and a report on the war names the
ones where it is fought. The lines are data (data/places/front_lines.json: the settlements along each line
in order, the period it held and the words that say a report is about that war); a reading near an active
line gets a bonus in resolution, never a veto, so a container or a nearby place written in the text still
decides.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from warledger.extract.geodesy import km_to_path

FRONT_KM = 25.0  # a village within a day's walk of the line: the register places villages at community seats


@dataclass(frozen=True)
class FrontLine:
    """One line of contact, held from `start` to `end`, in one country."""

    name: str
    country: str
    start: date
    end: date
    cues: re.Pattern[str]
    points: tuple[tuple[float, float], ...]


@cache
def front_lines() -> tuple[FrontLine, ...]:
    """The lines of data/places/front_lines.json."""
    raw = resources.files("warledger").joinpath("data/places/front_lines.json").read_text(encoding="utf-8")
    lines = []
    for line in json.loads(raw)["lines"]:
        words = "|".join(re.escape(c) for c in sorted(line["cues"], key=len, reverse=True))
        lines.append(
            FrontLine(
                name=line["name"],
                country=line["country"],
                start=date.fromisoformat(line["from"]),
                end=date.fromisoformat(line["to"]),
                cues=re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
                points=tuple((float(lat), float(lon)) for _, lat, lon in line["points"]),
            )
        )
    return tuple(lines)


def active_lines(text: str, published: date | str | None) -> tuple[FrontLine, ...]:
    """The lines a report is about: held on its publication day (any day, if it has none) and named by
    one of their cue words."""
    day = _day(published)
    return tuple(
        line
        for line in front_lines()
        if (day is None or line.start <= day <= line.end) and line.cues.search(text)
    )


def _day(published: date | str | None) -> date | None:
    """The publication day; a string that is no ISO date counts as no day (every line may apply)."""
    if not isinstance(published, str):
        return published
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def near_a_line(country: str, lat: float, lon: float, lines: tuple[FrontLine, ...]) -> bool:
    """Whether a place lies within FRONT_KM of one of `lines` in its own country."""
    return any(line.country == country and km_to_path((lat, lon), line.points) <= FRONT_KM for line in lines)
