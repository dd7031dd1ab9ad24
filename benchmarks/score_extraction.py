"""Extract every plan that has a gold file and print how close the extraction is.

    python benchmarks/score_extraction.py            # table + per-field breakdown
    python benchmarks/score_extraction.py -v         # also list every mismatch
    python benchmarks/score_extraction.py --json     # figures as JSON
    python benchmarks/score_extraction.py --samples tests/holdout   # the hold-out plans instead

Pairs come from ../shared/plans (PDF + gold), ../shared/seeds (text, gold chosen by
the institution the text names) and samples/ (samples/gold/<name>.gold.json).
Exit code 0 when every file reaches the targets, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from extractor import extract  # noqa: E402
from extractor.evaluate import (  # noqa: E402
    ACTION_FIELDS,
    PLAN_FIELDS,
    GoldPair,
    PlanScore,
    discover_gold_pairs,
    load_gold,
    score_plan,
)
from schemas.errors import TcPlansError  # noqa: E402

SHARED_DIR = PROJECT_DIR.parent / "shared"
TARGET_F1 = 0.98
TARGET_FIELDS = 0.95


def score_pair(pair: GoldPair) -> tuple[PlanScore | None, str | None]:
    try:
        plan = extract(pair.input)
    except TcPlansError as exc:
        return None, str(exc)
    except Exception as exc:  # a benchmark reports every failure and carries on
        return None, f"{type(exc).__name__}: {exc}"
    return score_plan(plan, load_gold(pair.gold)), None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list mismatches and unmatched actions")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--shared", type=Path, default=SHARED_DIR, help="the shared reference folder")
    parser.add_argument("--samples", type=Path, default=PROJECT_DIR / "samples", help="the samples folder")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")

    pairs = discover_gold_pairs(args.shared / "plans", args.shared / "seeds", args.samples)
    if not pairs:
        print("no (input, gold) pairs found", file=sys.stderr)
        return 1
    results: list[tuple[GoldPair, PlanScore | None, str | None]] = [(p, *score_pair(p)) for p in pairs]

    if args.json:
        print(json.dumps([_as_json(pair, score, error) for pair, score, error in results], indent=2, sort_keys=True))
    else:
        _print_table(results, args.verbose)
    ok = all(
        score is not None and score.action_f1 >= TARGET_F1 and score.field_accuracy >= TARGET_FIELDS
        for _, score, _ in results
    )
    return 0 if ok else 1


def _print_table(results: list[tuple[GoldPair, PlanScore | None, str | None]], verbose: bool) -> None:
    width = max(len(pair.name) for pair, _, _ in results)
    print(f"{'file':<{width}}  {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'fields':>7}")
    for pair, score, error in results:
        if score is None:
            print(f"{pair.name:<{width}}  FAILED: {error}")
            continue
        print(
            f"{pair.name:<{width}}  {score.gold:>4} {score.predicted:>4} {score.action_precision:>6.3f} "
            f"{score.action_recall:>6.3f} {score.action_f1:>6.3f} {score.field_accuracy:>7.3f}"
        )
    print(f"\ntargets: F1 >= {TARGET_F1}, field accuracy >= {TARGET_FIELDS}\n")
    fields = [name for name in (*ACTION_FIELDS, *PLAN_FIELDS) if any(s and name in s.per_field for _, s, _ in results)]
    print("per-field accuracy over matched actions ('-' = field absent from the gold)")
    print(f"{'file':<{width}} " + "".join(f" {name[:8]:>8}" for name in fields))
    pooled: dict[str, list[int]] = {name: [0, 0] for name in fields}
    for pair, score, _ in results:
        if score is None:
            continue
        cells = []
        for name in fields:
            fs = score.per_field.get(name)
            cells.append(f" {fs.accuracy:>8.3f}" if fs else f" {'-':>8}")
            if fs:
                pooled[name][0] += fs.correct
                pooled[name][1] += fs.total
        print(f"{pair.name:<{width}} " + "".join(cells))
    print(f"{'all files':<{width}} " + "".join(f" {c / t if t else 1:>8.3f}" for c, t in pooled.values()))
    if not verbose:
        return
    for pair, score, _ in results:
        if score is None:
            continue
        print(f"\n== {pair.name}")
        for label in score.unmatched_gold:
            print(f"  missed gold   {label}")
        for label in score.unmatched_predicted:
            print(f"  extra found   {label}")
        for m in score.mismatches:
            print(f"  {m.where:<6} {m.field:<10} expected {json.dumps(m.expected)[:200]}")
            print(f"  {'':<6} {'':<10} found    {json.dumps(m.found)[:200]}")


def _as_json(pair: GoldPair, score: PlanScore | None, error: str | None) -> dict[str, object]:
    if score is None:
        return {"file": pair.name, "error": error}
    return {
        "file": pair.name,
        "gold_actions": score.gold,
        "predicted_actions": score.predicted,
        "action_precision": round(score.action_precision, 4),
        "action_recall": round(score.action_recall, 4),
        "action_f1": round(score.action_f1, 4),
        "field_accuracy": round(score.field_accuracy, 4),
        "per_field": {name: [fs.correct, fs.total] for name, fs in sorted(score.per_field.items())},
    }


if __name__ == "__main__":
    sys.exit(main())
