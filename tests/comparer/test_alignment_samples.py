"""The comparer against hand-made alignments of the fictional sample plans.

`data/samples_align.json` aligns three pairs of plans in `samples/gold/` by hand
(grade 2 = same practice, grade 1 = related). It is a second, independent check of the
thresholds calibrated on the shared Southampton/Sussex alignment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from paths import SAMPLES_DIR

from comparer.evaluation import AlignmentScores, evaluate_alignment, gold_pairs
from comparer.loading import read_plan_json

ALIGNMENTS = Path(__file__).resolve().parent / "data" / "samples_align.json"
# Means over the aligned pairs today; a drop below these is a regression.
FLOORS = {"same_f1": 0.70, "all_f1": 0.65, "recall_at_3": 0.93}


def _alignments() -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads(ALIGNMENTS.read_text(encoding="utf-8"))
    alignments: list[dict[str, Any]] = data["alignments"]
    return alignments


def _plans(alignment: dict[str, Any]) -> tuple[Any, Any]:
    gold = SAMPLES_DIR / "gold"
    return read_plan_json(gold / f"{alignment['a']}.gold.json"), read_plan_json(gold / f"{alignment['b']}.gold.json")


@pytest.fixture(scope="module")
def scores() -> list[AlignmentScores]:
    return [evaluate_alignment(*_plans(alignment), alignment) for alignment in _alignments()]


@pytest.mark.parametrize("alignment", _alignments(), ids=lambda a: f"{a['a']}-{a['b']}")
def test_alignment_matches_the_plans(alignment: dict[str, Any]) -> None:
    """Every aligned action is found in its plan by the start of its text, so the pairs mean what they say."""
    plan_a, plan_b = _plans(alignment)
    assert plan_a.institution == alignment["a_institution"]
    assert plan_b.institution == alignment["b_institution"]
    pairs = gold_pairs(alignment, plan_a, plan_b)
    assert len(pairs) == len(alignment["pairs"])
    for entry, plan in ((alignment["a_actions"], plan_a), (alignment["b_actions"], plan_b)):
        assert [a.text[:60] for a in plan.actions] == [e["text"] for e in entry]


@pytest.mark.parametrize("metric", sorted(FLOORS), ids=sorted(FLOORS))
def test_no_regression(scores: list[AlignmentScores], metric: str) -> None:
    mean = sum(getattr(s, metric) for s in scores) / len(scores)
    assert mean >= FLOORS[metric], scores


def test_every_pair_finds_some_same_practice(scores: list[AlignmentScores]) -> None:
    for s in scores:
        assert s.same_f1 >= 0.5, s
