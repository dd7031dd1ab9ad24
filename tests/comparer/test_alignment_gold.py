"""The comparer against the hand-made Southampton/Sussex alignment (needs ../shared)."""

from __future__ import annotations

from typing import Any

import pytest

from comparer.evaluation import AlignmentScores, evaluate_alignment
from schemas.plan import ActionPlan

pytestmark = pytest.mark.shared

# What the comparer reaches today; a drop below these is a regression.
FLOORS = {"same_f1": 0.80, "all_f1": 0.65, "recall_at_3": 0.93}
# The figures the project aims at (see comparer/README.md).
TARGETS = {"same_f1": 0.75, "all_f1": 0.60, "recall_at_3": 0.90}


@pytest.fixture(scope="module")
def scores(request: pytest.FixtureRequest) -> AlignmentScores:
    gold = request.getfixturevalue("gold_plans")
    plan_a, plan_b, alignment = gold
    return evaluate_alignment(plan_a, plan_b, alignment)


@pytest.fixture(scope="module")
def gold_plans(request: pytest.FixtureRequest) -> tuple[ActionPlan, ActionPlan, dict[str, Any]]:
    import json

    from paths import SHARED_PLANS

    from comparer.loading import read_plan_json

    if not SHARED_PLANS.is_dir():
        pytest.skip(f"gold plans not found at {SHARED_PLANS}")
    alignment = json.loads((SHARED_PLANS / "southampton_sussex.align.json").read_text(encoding="utf-8"))
    a = read_plan_json(SHARED_PLANS / f"{alignment['a']}.gold.json")
    b = read_plan_json(SHARED_PLANS / f"{alignment['b']}.gold.json")
    return a, b, alignment


@pytest.mark.parametrize("metric", sorted(FLOORS), ids=sorted(FLOORS))
def test_no_regression(scores: AlignmentScores, metric: str) -> None:
    assert getattr(scores, metric) >= FLOORS[metric], scores


@pytest.mark.parametrize("metric", sorted(TARGETS), ids=sorted(TARGETS))
def test_target(scores: AlignmentScores, metric: str) -> None:
    assert getattr(scores, metric) >= TARGETS[metric], scores


def test_counts_are_sane(scores: AlignmentScores) -> None:
    assert scores.gold == 43
    assert scores.gold_same == 12
    assert scores.predicted_same <= scores.predicted
