"""Score the comparer against hand-made alignments: the shared Southampton/Sussex pair and the sample pairs.

    python benchmarks/score_alignment.py [--plans DIR] [--alignment FILE] [--extracted] [--no-samples]

The shared pair is read from the gold JSONs in ../shared/plans (so the figures do not
depend on the extractor); --extracted reads its PDFs through the extractor instead. The
sample pairs (tests/comparer/data/samples_align.json, plans in samples/gold) are a second,
independent check. The exit code is 0 when the shared pair meets the targets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from comparer.evaluation import AlignmentScores, evaluate_alignment, load_alignment
from comparer.loading import LoadedPlan, load_inputs

PROJECT = Path(__file__).resolve().parent.parent
SHARED_PLANS = PROJECT.parent / "shared" / "plans"
SAMPLE_ALIGNMENTS = PROJECT / "tests" / "comparer" / "data" / "samples_align.json"
SAMPLE_GOLD = PROJECT / "samples" / "gold"
TARGETS = {"same_f1": 0.75, "all_f1": 0.60, "recall_at_3": 0.90}


def _print_scores(label: str, scores: AlignmentScores, elapsed: float) -> None:
    print(f"== {label}")
    print(f"gold pairs: {scores.gold} ({scores.gold_same} same)", end="; ")
    print(f"predicted: {scores.predicted} ({scores.predicted_same} same)")
    print(
        f"same    F1 {scores.same_f1:.3f}  (P {scores.same_precision:.3f} R {scores.same_recall:.3f})"
        f"  target >= {TARGETS['same_f1']}"
    )
    print(
        f"all     F1 {scores.all_f1:.3f}  (P {scores.all_precision:.3f} R {scores.all_recall:.3f})"
        f"  target >= {TARGETS['all_f1']}"
    )
    print(f"Recall@3   {scores.recall_at_3:.3f}  target >= {TARGETS['recall_at_3']}")
    print(f"time {elapsed:.2f}s")


def _load_pair(path_a: Path, path_b: Path) -> tuple[LoadedPlan, LoadedPlan] | None:
    loaded = load_inputs([path_a, path_b])
    for failure in loaded.failures:
        print(f"Error: {failure.path}: {failure.reason}", file=sys.stderr)
    if len(loaded.plans) != 2:
        return None
    return loaded.plans[0], loaded.plans[1]


def _score(label: str, pair: tuple[LoadedPlan, LoadedPlan], alignment: dict[str, Any]) -> AlignmentScores:
    start = time.perf_counter()
    scores = evaluate_alignment(pair[0], pair[1], alignment)
    _print_scores(label, scores, time.perf_counter() - start)
    return scores


def score_samples() -> list[AlignmentScores]:
    data = json.loads(SAMPLE_ALIGNMENTS.read_text(encoding="utf-8"))
    results = []
    for alignment in data["alignments"]:
        pair = _load_pair(SAMPLE_GOLD / f"{alignment['a']}.gold.json", SAMPLE_GOLD / f"{alignment['b']}.gold.json")
        if pair is not None:
            results.append(_score(f"sample {alignment['a']} vs {alignment['b']}", pair, alignment))
    if results:
        print("== samples, mean")
        for name in TARGETS:
            print(f"{name:12s} {sum(getattr(s, name) for s in results) / len(results):.3f}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=Path, default=SHARED_PLANS)
    parser.add_argument("--alignment", type=Path, default=None)
    parser.add_argument("--extracted", action="store_true", help="extract the PDFs instead of reading gold JSON")
    parser.add_argument("--no-samples", action="store_true", help="score the shared pair only")
    args = parser.parse_args(argv)
    met = False
    alignment_path = args.alignment or args.plans / "southampton_sussex.align.json"
    if alignment_path.is_file():
        alignment = load_alignment(alignment_path)
        suffix = ".pdf" if args.extracted else ".gold.json"
        pair = _load_pair(args.plans / f"{alignment['a']}{suffix}", args.plans / f"{alignment['b']}{suffix}")
        if pair is None:
            return 1
        scores = _score(f"{pair[0].source} vs {pair[1].source}", pair, alignment)
        met = all(getattr(scores, name) >= target for name, target in TARGETS.items())
    else:
        print(f"alignment not found: {alignment_path}", file=sys.stderr)
    if not args.no_samples:
        score_samples()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
