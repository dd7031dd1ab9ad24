"""Score the comparer against the real-page alignment gold (comparer/data/calibration/real_vs_reference.json).

    python benchmarks/score_real_alignment.py [--shared DIR] [--set FILE] [--pairwise] [--verbose]

Each real page (../shared/real, its gold actions), or each institution of an alignment set
(`--set`, the JSON read by `comparer.calibration_sets.load_alignment_set`), is one plan of a
single comparison with the two reference plans (Southampton, Sussex), as `tc-compare` over
one folder compares them; `--pairwise` compares each page with each reference plan on its
own instead (the calibration's way). The figures are pooled over the (page, plan) combinations:
F1 of predicted `same` pairs against grade-2 pairs, F1 of all predicted pairs against all
gold pairs, and Recall@3 (share of actions with a gold partner that have one among their
three best-scoring counterparts, both directions), each per reference plan and overall.
It prints figures only; there are no targets yet, so the exit code is 0 unless the files
cannot be read (1).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from comparer.calibration_sets import load_alignment_set, load_calibration_set
from comparer.evaluation import AlignmentScores, evaluate_gold, evaluate_joint
from extractor.errors import TcPlansError

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"


@dataclass
class Pooled:
    """Counts summed over several comparisons, for micro-averaged figures."""

    predicted: int = 0
    predicted_same: int = 0
    gold: int = 0
    gold_same: int = 0
    hits_all: int = 0
    hits_same: int = 0
    r3_hits: float = 0.0
    r3_total: int = 0

    def add(self, scores: AlignmentScores, partnered: int) -> None:
        self.predicted += scores.predicted
        self.predicted_same += scores.predicted_same
        self.gold += scores.gold
        self.gold_same += scores.gold_same
        self.hits_all += round(scores.all_precision * scores.predicted)
        self.hits_same += round(scores.same_precision * scores.predicted_same)
        self.r3_hits += scores.recall_at_3 * partnered
        self.r3_total += partnered

    def line(self, label: str) -> str:
        return (
            f"{label:12s} gold {self.gold} ({self.gold_same} same); predicted {self.predicted}"
            f" ({self.predicted_same} same)\n"
            f"{'':12s} same F1 {_f1(self.hits_same, self.predicted_same, self.gold_same)}"
            f"   all F1 {_f1(self.hits_all, self.predicted, self.gold)}"
            f"   Recall@3 {self.r3_hits / self.r3_total if self.r3_total else 0.0:.3f}"
        )


def _f1(hits: int, predicted: int, gold: int) -> str:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{f1:.3f} (P {precision:.3f} R {recall:.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder holding real/ and plans/")
    parser.add_argument(
        "--set",
        type=Path,
        default=None,
        help="an alignment set file (institutions' actions and their pairs with the reference plans, JSON)"
        " instead of the real pages",
    )
    parser.add_argument(
        "--pairwise",
        action="store_true",
        help="compare each page with each reference plan on its own (the calibration's way) instead of"
        " every plan in one comparison",
    )
    parser.add_argument("--verbose", action="store_true", help="print the figures of every page and plan")
    args = parser.parse_args(argv)
    try:
        if args.set is not None:
            calibration = load_alignment_set(args.set, args.shared)
        else:
            calibration = load_calibration_set(args.shared)
    except TcPlansError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    if args.pairwise:
        figures = {
            key: evaluate_gold(*calibration.alignment(*key)[:2], gold) for key, gold in calibration.pairs.items()
        }
    else:
        figures = evaluate_joint(calibration.real_plans, calibration.reference_plans, calibration.pairs)
    pooled = {plan: Pooled() for plan in calibration.reference_plans}
    overall = Pooled()
    for (real_file, plan), gold in calibration.pairs.items():
        scores = figures[(real_file, plan)]
        partnered = len({a for a, _ in gold}) + len({b for _, b in gold})
        pooled[plan].add(scores, partnered)
        overall.add(scores, partnered)
        if args.verbose:
            print(
                f"{real_file} vs {plan}: gold {scores.gold} ({scores.gold_same} same), predicted"
                f" {scores.predicted} ({scores.predicted_same} same), same F1 {scores.same_f1:.3f},"
                f" all F1 {scores.all_f1:.3f}, R@3 {scores.recall_at_3:.3f}"
            )
    print("mode: " + ("each page with each reference plan" if args.pairwise else "every plan in one comparison"))
    for plan, pooled_figures in pooled.items():
        print(pooled_figures.line(plan))
    print(overall.line("all"))
    print(f"time {time.perf_counter() - start:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
