"""Score the comparer against the hand-made Southampton/Sussex alignment in ../shared.

    python benchmarks/score_alignment.py [--plans DIR] [--alignment FILE]

Plans are read from the gold JSONs (so the figures do not depend on the extractor);
pass --extracted to read the PDFs through the extractor instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from comparer.evaluation import evaluate_alignment, load_alignment
from comparer.loading import load_inputs

SHARED_PLANS = Path(__file__).resolve().parent.parent.parent / "shared" / "plans"
TARGETS = {"same_f1": 0.75, "all_f1": 0.60, "recall_at_3": 0.90}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=Path, default=SHARED_PLANS)
    parser.add_argument("--alignment", type=Path, default=None)
    parser.add_argument("--extracted", action="store_true", help="extract the PDFs instead of reading gold JSON")
    args = parser.parse_args(argv)
    alignment_path = args.alignment or args.plans / "southampton_sussex.align.json"
    if not alignment_path.is_file():
        print(f"alignment not found: {alignment_path}", file=sys.stderr)
        return 2
    alignment = load_alignment(alignment_path)
    suffix = ".pdf" if args.extracted else ".gold.json"
    loaded = load_inputs([args.plans / f"{alignment['a']}{suffix}", args.plans / f"{alignment['b']}{suffix}"])
    for failure in loaded.failures:
        print(f"Error: {failure.path}: {failure.reason}", file=sys.stderr)
    if len(loaded.plans) != 2:
        return 1
    start = time.perf_counter()
    scores = evaluate_alignment(loaded.plans[0], loaded.plans[1], alignment)
    elapsed = time.perf_counter() - start
    print(f"plans: {loaded.plans[0].source} vs {loaded.plans[1].source}")
    print(f"gold pairs: {scores.gold} ({scores.gold_same} same)")
    print(f"predicted:  {scores.predicted} ({scores.predicted_same} same)")
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
    met = all(getattr(scores, name) >= target for name, target in TARGETS.items())
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
