"""Score the comparer against a hand-made alignment of two plans.

The alignment file lists `a_actions` and `b_actions` (each with a `ref` or an `id`), both in
reading order with the start of each action's text, and `pairs` of (a, b, grade):
grade 2 = same practice, grade 1 = related. Actions are found in the plans by the start
of their text (position in reading order as the fallback).

Figures: F1 of predicted `same` pairs against grade-2 pairs; F1 of all predicted pairs
(any kind) against all gold pairs; Recall@3, the share of actions with a gold partner
that have one among their three best-scoring counterparts (both directions).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from comparer.compare import build_corpus, compare
from comparer.loading import LoadedPlan
from comparer.settings import ComparisonSettings
from comparer.text import normalise_text
from schemas.comparison import MatchKind
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AlignmentScores:
    same_f1: float
    same_precision: float
    same_recall: float
    all_f1: float
    all_precision: float
    all_recall: float
    recall_at_3: float
    predicted: int
    predicted_same: int
    gold: int
    gold_same: int


def _find(texts: list[str], prefix: str, position: int) -> int:
    key = normalise_text(prefix)[:60]
    hits = [i for i, t in enumerate(texts) if normalise_text(t).startswith(key)]
    if len(hits) == 1:
        return hits[0]
    if position < len(texts):
        return position
    raise ValueError(f"alignment action not found in plan: {prefix[:40]!r}")


def _action_id(entry: dict[str, Any]) -> str:
    return str(entry["ref"] if "ref" in entry else entry["id"])


def gold_pairs(alignment: dict[str, Any], plan_a: ActionPlan, plan_b: ActionPlan) -> dict[tuple[int, int], int]:
    """(index in plan a, index in plan b) -> grade."""
    a_texts = [a.text for a in plan_a.actions]
    b_texts = [b.text for b in plan_b.actions]
    a_index = {_action_id(x): _find(a_texts, x["text"], n) for n, x in enumerate(alignment["a_actions"])}
    b_index = {_action_id(x): _find(b_texts, x["text"], n) for n, x in enumerate(alignment["b_actions"])}
    return {(a_index[str(p["a"])], b_index[str(p["b"])]): int(p["grade"]) for p in alignment["pairs"]}


def _f1(predicted: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def score_matrix(plan_a: ActionPlan, plan_b: ActionPlan, settings: ComparisonSettings) -> NDArray[np.float32]:
    """Combined score of every (a, b) action pair."""
    corpus = build_corpus([plan_a, plan_b], settings, min_plans=2)
    n_a = len(plan_a.actions)
    vectors = corpus.model.vectors(corpus.prepared)
    rows = np.arange(n_a, dtype=np.int64)
    cols = np.arange(n_a, len(corpus.prepared), dtype=np.int64)
    return corpus.model.score_block(vectors.take(rows), vectors.take(cols)).total


def recall_at(scores: NDArray[np.float32], gold: Sequence[tuple[int, int]], k: int = 3) -> float:
    hits = total = 0
    for axis in (0, 1):
        partners: dict[int, set[int]] = {}
        for a, b in gold:
            mine, other = (a, b) if axis == 0 else (b, a)
            partners.setdefault(mine, set()).add(other)
        matrix = scores if axis == 0 else scores.T
        for mine, others in partners.items():
            row = matrix[mine]
            top = np.lexsort((np.arange(len(row)), -row))[:k]
            total += 1
            hits += bool(others & set(top.tolist()))
    return hits / total if total else 0.0


def evaluate_alignment(
    plan_a: ActionPlan | LoadedPlan,
    plan_b: ActionPlan | LoadedPlan,
    alignment: dict[str, Any],
    settings: ComparisonSettings | None = None,
) -> AlignmentScores:
    pa = plan_a.plan if isinstance(plan_a, LoadedPlan) else plan_a
    pb = plan_b.plan if isinstance(plan_b, LoadedPlan) else plan_b
    return evaluate_gold(pa, pb, gold_pairs(alignment, pa, pb), settings)


def evaluate_gold(
    plan_a: ActionPlan,
    plan_b: ActionPlan,
    gold: Mapping[tuple[int, int], int],
    settings: ComparisonSettings | None = None,
) -> AlignmentScores:
    """Score the comparer on two plans against gold pairs {(index in a, index in b): grade}."""
    resolved = ComparisonSettings.resolve(settings)
    pa, pb = plan_a, plan_b
    result = compare([pa, pb], resolved)
    name_a = result.plans[0].institution
    predicted: set[tuple[int, int]] = set()
    predicted_same: set[tuple[int, int]] = set()
    for m in result.matches:
        a, b = (m.a, m.b) if m.a.institution == name_a else (m.b, m.a)
        predicted.add((a.index, b.index))
        if m.kind == MatchKind.SAME:
            predicted_same.add((a.index, b.index))
    gold_all = set(gold)
    gold_same = {pair for pair, grade in gold.items() if grade >= 2}
    same = _f1(predicted_same, gold_same)
    every = _f1(predicted, gold_all)
    r3 = recall_at(score_matrix(pa, pb, resolved), sorted(gold_all), 3)
    return AlignmentScores(
        same_f1=same[0],
        same_precision=same[1],
        same_recall=same[2],
        all_f1=every[0],
        all_precision=every[1],
        all_recall=every[2],
        recall_at_3=r3,
        predicted=len(predicted),
        predicted_same=len(predicted_same),
        gold=len(gold_all),
        gold_same=len(gold_same),
    )


def load_alignment(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
