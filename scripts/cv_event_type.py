"""Honest event-type errors on the training split: each row typed by a model that never saw it.

    .venv/bin/python scripts/cv_event_type.py [OUT.jsonl] [--gold ../shared/eval/acled_dev.jsonl]

`warledger eval --split train` scores rows the shipped model was trained on, so its event-type figure
(0.99) says little about unseen notes, and the held-out rows must not be read. This script splits the
training rows into `FOLDS` parts by a hash of the row id, trains the model of `train_event_type.py` on
the other parts (same features and hyperparameters as the shipped model), runs the whole extraction
(rules first, then that fold's model) on the part, and prints the type and category figures with a
confusion table; every row's outcome goes to OUT.jsonl for reading. Nothing is written into the package.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_event_type as trainer

from warledger.extract import event_type, event_type_model
from warledger.measure import evaluate, scoring
from warledger.measure.splits import in_training_split

FOLDS = 5


def fold_of(row_id: str) -> int:
    return int(hashlib.sha256(f"cv:{row_id}".encode()).hexdigest()[:8], 16) % FOLDS


def fold_model(rows: list[tuple[set[str], str]], l2: float) -> event_type_model.LinearModel:
    """The model `train_event_type.py` would write, trained on `rows` only."""
    counts = Counter(f for features, _ in rows for f in features)
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= trainer.MIN_COUNT))}
    classes = sorted({label for _, label in rows})
    y = np.array([classes.index(label) for _, label in rows])
    w, b = trainer.fitted_weights(trainer.design_matrix(rows, vocabulary), y, len(classes), l2)
    weights = {
        name: tuple(round(float(v), 3) for v in w[j])
        for name, j in vocabulary.items()
        if np.abs(w[j]).max() >= trainer.PRUNE_BELOW
    }
    return event_type_model.LinearModel(tuple(classes), tuple(round(float(v), 4) for v in b), weights)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("cv_event_type.jsonl"))
    parser.add_argument("--gold", type=Path, default=trainer.DEFAULT_GOLD)
    args = parser.parse_args()
    shipped = event_type_model.model()
    l2 = float(
        json.loads(event_type_model.data_file(event_type_model.MODEL_FILE).read_text())["hyperparameters"][
            "l2"
        ]
    )
    rows = evaluate.gold_rows(args.gold, split="train")
    features = dict(zip([r.id for r in rows], trainer.training_rows(args.gold), strict=True))
    assert shipped is not None and all(in_training_split(r.id) for r in rows)
    confusion: Counter[tuple[str, str]] = Counter()
    outcomes = {"type": 0, "category": 0}
    with args.out.open("w", encoding="utf-8") as out:
        for k in range(FOLDS):
            part = [r for r in rows if fold_of(r.id) == k]
            learned = fold_model([features[r.id] for r in rows if fold_of(r.id) != k], l2)
            original = event_type.model
            event_type.model = lambda learned=learned: learned  # type: ignore[assignment]
            try:
                extracted = list(evaluate.extractions(part))
            finally:
                event_type.model = original
            for row, extraction in zip(part, extracted, strict=True):
                gold = row.gold["incidents"][0]
                predicted = scoring.predicted_incident(extraction.incidents)
                kind = predicted.event_type if predicted else None
                right = scoring.event_type_correct(predicted, gold)
                outcomes["type"] += right
                outcomes["category"] += scoring.event_category_correct(predicted, gold)
                if not right:
                    confusion[(gold["event_type"], str(kind))] += 1
                out.write(
                    json.dumps(
                        {"id": row.id, "fold": k, "gold": gold["event_type"], "predicted": kind, "ok": right},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    n = len(rows)
    print(
        f"{n} training rows, {FOLDS} folds:"
        f" type {outcomes['type'] / n:.3f}, category {outcomes['category'] / n:.3f}"
    )
    for (gold, predicted), count in confusion.most_common(30):
        print(f"{count:4d}  {gold:<45} -> {predicted}")


if __name__ == "__main__":
    main()
