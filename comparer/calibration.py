"""Calibrate the comparer's thresholds on hand alignments, and check them leave-one-set-out.

A *calibration set* is one or more hand-aligned pairs of plans written together (the
shared reference pair, the three sample pairs, real actions aligned with a reference
plan). Its figures pool the pairs of all its alignments (micro F1).

Fitting picks, from a grid of settings, the one with the best mean objective over the
sets it is given (the objective of a set: the mean of its same-practice F1 and its
all-pairs F1). Leave-one-set-out fits on every set but one and scores the one left out:
figures that say how the settings hold on material they were not tuned on. Each set's
plans are prepared once; a grid point only re-scores and re-assigns.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from comparer.compare import Corpus, build_corpus, score_corpus
from comparer.evaluation import gold_pairs
from comparer.scoring import ScoringModel
from comparer.settings import ComparisonSettings
from schemas.plan import ActionPlan

logger = logging.getLogger(__name__)

# The grid swept by `leave_one_set_out`: the decision thresholds (100 turns a rule off), the
# focus share and the practice part's weight (names with a "weights." prefix set a `ScoreWeights` field).
DEFAULT_GRID: dict[str, tuple[float | bool, ...]] = {
    "same_threshold": (48.0, 52.0, 56.0),
    "one_way_same_threshold": (48.0, 52.0, 56.0, 60.0, 100.0),
    "strong_same_threshold": (56.0, 62.0, 100.0),
    "related_threshold": (30.0,),
    "focus_share": (0.3, 0.5),
    "weights.practice": (0.5, 0.75, 1.0),
    "review_apart": (False, True),
    "object_same_threshold": (36.0, 42.0, 100.0),
    "practice_same_discount": (0.0, 6.0),
}
WEIGHT_PREFIX = "weights."


@dataclass(frozen=True)
class AlignedPair:
    """Two plans and the hand-graded pairs between them: (index in a, index in b) -> grade (2 same, 1 related)."""

    plan_a: ActionPlan
    plan_b: ActionPlan
    gold: Mapping[tuple[int, int], int]
    label: str = ""

    @classmethod
    def from_alignment(cls, plan_a: ActionPlan, plan_b: ActionPlan, alignment: Mapping[str, Any]) -> AlignedPair:
        """From an alignment file of the shape `comparer.evaluation` reads (actions found by their text)."""
        return cls(plan_a, plan_b, gold_pairs(dict(alignment), plan_a, plan_b))


@dataclass(frozen=True)
class CalibrationSet:
    name: str
    pairs: tuple[AlignedPair, ...]


@dataclass(frozen=True)
class SetScores:
    """Pooled figures of one set under one setting."""

    same_f1: float
    all_f1: float
    same_tp: int = 0
    predicted_same: int = 0
    gold_same: int = 0

    @property
    def objective(self) -> float:
        return (self.same_f1 + self.all_f1) / 2


def _f1(tp: int, predicted: int, gold: int) -> float:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class _PreparedPair:
    corpus: Corpus
    n_a: int
    gold: Mapping[tuple[int, int], int]
    label: str


@dataclass
class PreparedSet:
    """A calibration set with its plans prepared once, scored under any setting."""

    name: str
    pairs: list[_PreparedPair] = field(default_factory=list)

    @classmethod
    def build(cls, cset: CalibrationSet) -> PreparedSet:
        base = ComparisonSettings()
        prepared = cls(cset.name)
        for pair in cset.pairs:
            corpus = build_corpus([pair.plan_a, pair.plan_b], base, min_plans=2)
            prepared.pairs.append(_PreparedPair(corpus, len(pair.plan_a.actions), pair.gold, pair.label))
        return prepared

    def score(
        self,
        settings: ComparisonSettings,
        label: str | None = None,
        model_for: Callable[[int, Corpus], ScoringModel] | None = None,
    ) -> SetScores:
        """Pooled figures over the set's pairs (those whose label starts with `label`, when given).

        `model_for(position of the pair, its corpus)` gives the scoring model of each pair, for a
        benchmark that tries another one; by default the comparer's own."""
        tp_same = pred_same = gold_same = tp_all = pred_all = gold_all = 0
        for position, pair in enumerate(self.pairs):
            if label is not None and not pair.label.startswith(label):
                continue
            model = (
                model_for(position, pair.corpus)
                if model_for is not None
                else ScoringModel(pair.corpus.prepared, pair.corpus.taxonomy, settings)
            )
            table = score_corpus(replace(pair.corpus, model=model), settings)
            predicted: set[tuple[int, int]] = set()
            same: set[tuple[int, int]] = set()
            for a, b, is_same in zip(table.a.tolist(), table.b.tolist(), table.same.tolist(), strict=True):
                key = (a, b - pair.n_a) if a < pair.n_a else (b, a - pair.n_a)
                predicted.add(key)
                if is_same:
                    same.add(key)
            gold_s = {k for k, grade in pair.gold.items() if grade >= 2}
            tp_same += len(same & gold_s)
            pred_same += len(same)
            gold_same += len(gold_s)
            tp_all += len(predicted & set(pair.gold))
            pred_all += len(predicted)
            gold_all += len(pair.gold)
        return SetScores(
            same_f1=_f1(tp_same, pred_same, gold_same),
            all_f1=_f1(tp_all, pred_all, gold_all),
            same_tp=tp_same,
            predicted_same=pred_same,
            gold_same=gold_same,
        )


def grid_settings(grid: Mapping[str, Sequence[float | bool]] = DEFAULT_GRID) -> list[ComparisonSettings]:
    """Every valid combination of the grid's values (invalid orderings of thresholds skipped)."""
    names = sorted(grid)
    out = []
    for values in itertools.product(*(grid[name] for name in names)):
        flat = dict(zip(names, values, strict=True))
        if flat.get("one_way_same_threshold", 100.0) < flat.get("same_threshold", 0.0):
            continue
        overrides: dict[str, Any] = {k: v for k, v in flat.items() if not k.startswith(WEIGHT_PREFIX)}
        weights = {k.removeprefix(WEIGHT_PREFIX): v for k, v in flat.items() if k.startswith(WEIGHT_PREFIX)}
        if weights:
            overrides["weights"] = weights
        try:
            out.append(ComparisonSettings(**overrides))
        except ValueError:
            continue
    return out


def setting_value(settings: ComparisonSettings, name: str) -> float:
    """The value of a grid name ("margin", "weights.practice") in `settings` (a flag as 0 or 1)."""
    if name.startswith(WEIGHT_PREFIX):
        return float(getattr(settings.weights, name.removeprefix(WEIGHT_PREFIX)))
    return float(getattr(settings, name))


@dataclass(frozen=True)
class GridScores:
    """Figures of every set under every grid point: scores[k][s] for settings[k] and sets[s]."""

    settings: list[ComparisonSettings]
    sets: list[str]
    scores: list[list[SetScores]]

    def best(self, using: Iterable[int], floors: Mapping[str, float] | None = None) -> int:
        """Index of the setting with the best mean objective over the sets `using` (ties: the first).

        `floors` maps set names to the same-practice F1 a setting must keep on them (when the
        set is among `using`); when no setting keeps every floor, the floors are dropped.
        """
        chosen = list(using)
        means = [sum(row[s].objective for s in chosen) / len(chosen) for row in self.scores]
        bounded = [(self.sets.index(name), floor) for name, floor in (floors or {}).items() if name in self.sets]
        bounded = [(s, floor) for s, floor in bounded if s in chosen]
        allowed = [k for k, row in enumerate(self.scores) if all(row[s].same_f1 >= f for s, f in bounded)]
        pool = allowed or list(range(len(means)))
        return max(pool, key=lambda k: (means[k], -k))

    def rank(self, k: int, using: Iterable[int]) -> int:
        """1-based rank of setting k by mean objective over `using`."""
        chosen = list(using)
        means = [sum(row[s].objective for s in chosen) / len(chosen) for row in self.scores]
        return 1 + sum(1 for m in means if m > means[k])


def score_grid(sets: Sequence[PreparedSet], settings: Sequence[ComparisonSettings]) -> GridScores:
    rows = [[prepared.score(s) for prepared in sets] for s in settings]
    return GridScores(settings=list(settings), sets=[p.name for p in sets], scores=rows)


@dataclass(frozen=True)
class LosoRow:
    """One set: its figures under the setting fitted on every set, and under the one fitted without it."""

    name: str
    in_sample: SetScores
    left_out: SetScores
    left_out_settings: ComparisonSettings


def leave_one_set_out(
    grid: GridScores, floors: Mapping[str, float] | None = None
) -> tuple[ComparisonSettings, list[LosoRow]]:
    """The setting fitted on all sets, and per set its in-sample and left-out figures.

    `floors` (set name -> same-practice F1) bound the fit on the sets they name, when those
    sets are fitted on; a left-out set is never a constraint.
    """
    every = range(len(grid.sets))
    fitted = grid.best(every, floors)
    rows = []
    for s, name in enumerate(grid.sets):
        others = [t for t in every if t != s] or [s]
        k = grid.best(others, floors)
        rows.append(LosoRow(name, grid.scores[fitted][s], grid.scores[k][s], grid.settings[k]))
    return grid.settings[fitted], rows
