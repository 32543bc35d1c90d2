"""`make eval`: score extraction on ../shared/eval and rewrite the README's accuracy table.

    .venv/bin/python scripts/update_readme_eval.py [--eval-dir ../shared/eval] [--readme README.md]

Each dev file is extracted once; the ACLED figures are then tallied twice from the same extractions,
over every row and over the held-out rows only (the ~40% the event-type model never trained on,
`warledger.measure.splits`). The section between `<!-- eval:start -->` and `<!-- eval:end -->` is
replaced; nothing else in the README changes. The JSON summaries are printed too.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path

from warledger.measure import evaluate
from warledger.measure.splits import in_training_split

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- eval:start -->", "<!-- eval:end -->"
# Figure name -> (label, issue target, naive baseline); from issues 3 and 4.
ROWS = {
    "event_type": ("event type (sub-event)", ">= 0.85", "0.50"),
    "event_category": ("event category", ">= 0.92", "0.54"),
    "killed": ("killed (gold within [min, max])", ">= 0.95", "0.85"),
    "killed_exact_min": ("killed, exact minimum", "", ""),
    "date": ("date (day-precision rows)", ">= 0.98", "0.99"),
    "place": ("place name", ">= 0.90", "0.64"),
    "country": ("country", ">= 0.97", "0.00"),
    "geo_within_25km": ("within 25 km", ">= 0.80", "0.00"),
    "geo_median_km": ("median distance (km)", "", ""),
    "actors": ("actor1 among perpetrators", "(reported)", ""),
    "statement_precision": ("statement precision", "", ""),
    "statement_recall": ("statement recall", ">= 0.70", "0.24"),
    "statement_f1": ("statement F1", ">= 0.75", "0.36"),
    "speaker": ("speaker found, of matched", ">= 0.85", "0.00"),
}


def shown(value: float | None, name: str) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if name.endswith("_km") else f"{value:.3f}"


def figures_for(rows: list[evaluate.GoldRow], extracted: list) -> dict[str, float | None]:
    return {
        name: value for name, (value, _) in evaluate.figures_of(evaluate.tally_of(rows, extracted)).items()
    }


def measured(eval_dir: Path) -> tuple[dict[str, dict[str, float | None]], dict[str, int], float]:
    """Figures per column (ACLED all, ACLED held-out, PolNeAR), the row counts, and the seconds taken."""
    started = time.perf_counter()
    acled = evaluate.gold_rows(eval_dir / "acled_dev.jsonl")
    polnear = evaluate.gold_rows(eval_dir / "polnear_dev.jsonl")
    acled_out = list(evaluate.extractions(acled))
    polnear_out = list(evaluate.extractions(polnear))
    held = [i for i, row in enumerate(acled) if not in_training_split(row.id)]
    columns = {
        "acled_all": figures_for(acled, acled_out),
        "acled_heldout": figures_for([acled[i] for i in held], [acled_out[i] for i in held]),
        "polnear": figures_for(polnear, polnear_out),
    }
    counts = {"acled_all": len(acled), "acled_heldout": len(held), "polnear": len(polnear)}
    return columns, counts, time.perf_counter() - started


def table(columns: dict[str, dict[str, float | None]], counts: dict[str, int], seconds: float) -> str:
    """The Markdown section put between the markers."""
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    lines = [
        f"Measured {day} by `make eval` ({seconds:.0f} s) on `../shared/eval`. Held-out = the "
        f"{counts['acled_heldout']} ACLED rows the event-type model was not trained on (it learns from "
        "the other ~60%, split by a hash of the row id); other fields are rules and tables.",
        "",
        f"| field | ACLED dev, all {counts['acled_all']} | ACLED held-out {counts['acled_heldout']} "
        f"| PolNeAR dev, {counts['polnear']} articles | target | naive baseline |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, (label, target, baseline) in ROWS.items():
        acled = name not in ("statement_precision", "statement_recall", "statement_f1", "speaker")
        cells = (
            [shown(columns["acled_all"].get(name), name), shown(columns["acled_heldout"].get(name), name), ""]
            if acled
            else ["", "", shown(columns["polnear"].get(name), name)]
        )
        lines.append(f"| {label} | {' | '.join(cells)} | {target} | {baseline} |")
    return "\n".join(lines)


def rewritten(readme: str, section: str) -> str:
    """The README with the marked section replaced (markers kept)."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(readme):
        raise SystemExit(f"README has no {START} ... {END} section")
    return pattern.sub(lambda _: f"{START}\n{section}\n{END}", readme, count=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args()
    columns, counts, seconds = measured(args.eval_dir)
    for column, figures in columns.items():
        print(json.dumps({"dataset": column, "rows": counts[column], "fields": figures}))
    section = table(columns, counts, seconds)
    args.readme.write_text(rewritten(args.readme.read_text(encoding="utf-8"), section), encoding="utf-8")
    print(f"updated {args.readme}")


if __name__ == "__main__":
    main()
