"""Rebuild src/warledger/data/event_type/model.json from the training split of the ACLED dev notes.

    .venv/bin/python scripts/train_event_type.py [../shared/eval/acled_dev.jsonl]

Trains a multinomial logistic regression (full-batch Adam, L2, numpy only) on the rows
`warledger.measure.splits.in_training_split` selects (~60%, by a hash of the row id); the other rows
are never read here, so `warledger eval --split heldout` is a fair test. The L2 strength is chosen by
5-fold cross-validation inside the training split. Deterministic: the same input gives the same file.
Only feature names (words, word pairs seen in at least MIN_COUNT notes, cue signals) and weights are
written, never a text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from warledger.extract.event_cues import signals_in
from warledger.extract.event_type_model import features_of, tokens_of
from warledger.measure.splits import TRAINING_PERCENT, in_training_split

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "acled_dev.jsonl"
OUTPUT = ROOT / "src" / "warledger" / "data" / "event_type" / "model.json"
MIN_COUNT = 2
L2_GRID = (1e-4, 3e-4, 1e-3, 3e-3)
EPOCHS = 300
LEARNING_RATE = 0.05
FOLDS = 5
PRUNE_BELOW = 0.005


def training_rows(gold: Path) -> list[tuple[set[str], str]]:
    """(features, gold event type) of every training-split ACLED row."""
    rows = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not in_training_split(row["id"]):
            continue
        label = row["gold"]["incidents"][0]["event_type"]
        rows.append((features_of(tokens_of(row["text"]), signals_in(row["text"])), label))
    return rows


@dataclass(frozen=True)
class SparseRows:
    """A binary design matrix in CSR form: the feature columns of row i are indices[indptr[i]:indptr[i+1]].

    The notes use ~60 of several thousand features each, so sparse products are ~100x cheaper than dense
    ones, and numpy alone does them (no scipy needed to rebuild the model).
    """

    indptr: np.ndarray
    indices: np.ndarray
    columns: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    @cached_property
    def row_of_entry(self) -> np.ndarray:
        return np.repeat(np.arange(self.rows), np.diff(self.indptr))

    @cached_property
    def column_order(self) -> tuple[np.ndarray, np.ndarray]:
        """Entry order sorted by column, and each column's bounds in that order."""
        order = np.argsort(self.indices, kind="stable")
        bounds = np.concatenate([[0], np.cumsum(np.bincount(self.indices, minlength=self.columns))])
        return self.row_of_entry[order], bounds

    def subset(self, mask: np.ndarray) -> SparseRows:
        chosen = np.flatnonzero(mask)
        parts = [self.indices[self.indptr[i] : self.indptr[i + 1]] for i in chosen]
        lengths = np.array([len(p) for p in parts], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        return SparseRows(
            indptr, np.concatenate(parts) if parts else np.array([], dtype=np.int64), self.columns
        )

    def times(self, w: np.ndarray) -> np.ndarray:
        """X @ w, as differences of a running sum over the rows' gathered weight rows."""
        return segment_sums(w[self.indices], self.indptr)

    def transposed_times(self, g: np.ndarray) -> np.ndarray:
        """X.T @ g: the same trick with the entries ordered by column."""
        rows_by_column, bounds = self.column_order
        return segment_sums(g[rows_by_column], bounds)


def segment_sums(values: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Sums of values[bounds[i]:bounds[i+1]] for every i (empty segments give 0)."""
    running = np.concatenate([np.zeros((1, values.shape[1])), np.cumsum(values, axis=0)])
    return running[bounds[1:]] - running[bounds[:-1]]


def design_matrix(rows: list[tuple[set[str], str]], vocabulary: dict[str, int]) -> SparseRows:
    indices: list[int] = []
    indptr = [0]
    for features, _ in rows:
        indices.extend(sorted(vocabulary[f] for f in features if f in vocabulary))
        indptr.append(len(indices))
    return SparseRows(np.array(indptr, dtype=np.int64), np.array(indices, dtype=np.int64), len(vocabulary))


def fitted_weights(x: SparseRows, y: np.ndarray, classes: int, l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch Adam; returns (weights d×k, bias k)."""
    n, d = x.rows, x.columns
    w = np.zeros((d, classes), dtype=np.float64)
    b = np.zeros(classes, dtype=np.float64)
    onehot = np.eye(classes)[y]
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, EPOCHS + 1):
        logits = x.times(w) + b
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad_logits = (probs - onehot) / n
        g_w = x.transposed_times(grad_logits) + l2 * w
        g_b = grad_logits.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w, b


def cross_validated_accuracy(x: SparseRows, y: np.ndarray, classes: int, l2: float) -> float:
    folds = np.arange(len(y)) % FOLDS
    correct = 0
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        w, b = fitted_weights(x.subset(train), y[train], classes, l2)
        correct += int(((x.subset(test).times(w) + b).argmax(axis=1) == y[test]).sum())
    return correct / len(y)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    rows = training_rows(args.gold)
    counts = Counter(f for features, _ in rows for f in features)
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    classes = sorted({label for _, label in rows})
    y = np.array([classes.index(label) for _, label in rows])
    x = design_matrix(rows, vocabulary)
    scores = {l2: cross_validated_accuracy(x, y, len(classes), l2) for l2 in L2_GRID}
    best = max(L2_GRID, key=lambda l2: (scores[l2], l2))
    print(f"{len(rows)} training rows, {len(vocabulary)} features, CV accuracy {scores}, chose l2={best}")
    w, b = fitted_weights(x, y, len(classes), best)
    weights = {
        name: [round(float(v), 3) for v in w[j]]
        for name, j in vocabulary.items()
        if np.abs(w[j]).max() >= PRUNE_BELOW
    }
    model = {
        "about": "warledger event-type model; rebuild with scripts/train_event_type.py",
        "trained_on": {
            "file": args.gold.name,
            "sha256": hashlib.sha256(args.gold.read_bytes()).hexdigest(),
            "split": f"in_training_split (sha256(id) % 100 < {TRAINING_PERCENT})",
            "rows": len(rows),
        },
        "hyperparameters": {
            "l2": best,
            "epochs": EPOCHS,
            "learning_rate": LEARNING_RATE,
            "min_count": MIN_COUNT,
        },
        "classes": classes,
        "bias": [round(float(v), 4) for v in b],
        "weights": weights,
    }
    OUTPUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n")
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size // 1024} kB, {len(weights)} features)")


if __name__ == "__main__":
    main()
