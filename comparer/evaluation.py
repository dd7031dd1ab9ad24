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


def evaluate_joint(
    real_plans: Mapping[str, ActionPlan],
    reference_plans: Mapping[str, ActionPlan],
    gold: Mapping[tuple[str, str], Mapping[tuple[int, int], int]],
    settings: ComparisonSettings | None = None,
) -> dict[tuple[str, str], AlignmentScores]:
    """Score the comparer on every plan compared at once, as `tc-compare` over one folder does.

    Each real plan and each reference plan is one institution of a single comparison; the
    figures of each (real plan, reference plan) combination count the matches listed between
    the two (so the per-action cap on listed matches applies as in a report) against its gold
    pairs {(index in the real plan, index in the reference plan): grade}. Recall@3 ranks by the
    scores of that same comparison (IDF over all its actions).
    """
    resolved = ComparisonSettings.resolve(settings)
    real_names, ref_names = list(real_plans), list(reference_plans)
    labels = [f"set: {name}" for name in real_names] + [f"reference: {name}" for name in ref_names]
    plans = [
        plan.model_copy(update={"institution": label})
        for plan, label in zip([*real_plans.values(), *reference_plans.values()], labels, strict=True)
    ]
    result = compare(plans, resolved)
    number = {label: n for n, label in enumerate(labels)}
    predicted: dict[tuple[int, int], set[tuple[int, int]]] = {}
    predicted_same: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for m in result.matches:
        a, b = (m.a, m.b) if number[m.a.institution] < number[m.b.institution] else (m.b, m.a)
        key = (number[a.institution], number[b.institution])
        predicted.setdefault(key, set()).add((a.index, b.index))
        if m.kind == MatchKind.SAME:
            predicted_same.setdefault(key, set()).add((a.index, b.index))
    corpus = build_corpus(plans, resolved, min_plans=2)
    vectors = corpus.model.vectors(corpus.prepared)
    plan_of = np.array([p.plan for p in corpus.prepared], dtype=np.int64)
    out: dict[tuple[str, str], AlignmentScores] = {}
    for r, real in enumerate(real_names):
        for k, ref in enumerate(ref_names):
            p = len(real_names) + k
            pairs = gold.get((real, ref), {})
            rows = np.flatnonzero(plan_of == r).astype(np.int64)
            cols = np.flatnonzero(plan_of == p).astype(np.int64)
            scores = corpus.model.score_block(vectors.take(rows), vectors.take(cols)).total
            gold_all = set(pairs)
            gold_same = {pair for pair, grade in pairs.items() if grade >= 2}
            mine, mine_same = predicted.get((r, p), set()), predicted_same.get((r, p), set())
            same, every = _f1(mine_same, gold_same), _f1(mine, gold_all)
            out[(real, ref)] = AlignmentScores(
                same_f1=same[0],
                same_precision=same[1],
                same_recall=same[2],
                all_f1=every[0],
                all_precision=every[1],
                all_recall=every[2],
                recall_at_3=recall_at(scores, sorted(gold_all), 3),
                predicted=len(mine),
                predicted_same=len(mine_same),
                gold=len(gold_all),
                gold_same=len(gold_same),
            )
    return out
