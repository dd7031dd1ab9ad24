"""Calibration: the grid, constrained fits and leave-one-set-out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import SAMPLES_DIR

from comparer.calibration import (
    AlignedPair,
    CalibrationSet,
    GridScores,
    PreparedSet,
    SetScores,
    grid_settings,
    leave_one_set_out,
    setting_value,
)
from comparer.evaluation import evaluate_alignment
from comparer.loading import read_plan_json
from comparer.settings import ComparisonSettings

ALIGNMENTS = Path(__file__).resolve().parent / "data" / "samples_align.json"


def test_grid_skips_one_way_below_same_and_sets_weights() -> None:
    grid = {"same_threshold": (50.0, 56.0), "one_way_same_threshold": (52.0,), "weights.practice": (0.5, 1.0)}
    settings = grid_settings(grid)
    assert [(s.same_threshold, s.weights.practice) for s in settings] == [(50.0, 0.5), (50.0, 1.0)]
    assert setting_value(settings[1], "weights.practice") == 1.0


def _grid(values: list[list[float]]) -> GridScores:
    """Same F1 = all F1 = value, for settings k (rows) and sets s (columns)."""
    settings = [ComparisonSettings(same_threshold=50.0 + k) for k in range(len(values))]
    scores = [[SetScores(v, v) for v in row] for row in values]
    return GridScores(settings=settings, sets=[f"set{s}" for s in range(len(values[0]))], scores=scores)


def test_leave_one_set_out_fits_on_the_other_sets() -> None:
    # setting 0 is best on set0 only; setting 1 on set1 and set2
    grid = _grid([[0.9, 0.1, 0.1], [0.3, 0.8, 0.8]])
    fitted, rows = leave_one_set_out(grid)
    assert fitted.same_threshold == 51.0
    assert [r.left_out.same_f1 for r in rows] == [0.3, 0.8, 0.8]
    assert [r.in_sample.same_f1 for r in rows] == [0.3, 0.8, 0.8]
    assert rows[1].left_out_settings.same_threshold == 51.0


def test_floors_bind_the_fit_on_the_sets_they_name() -> None:
    grid = _grid([[0.9, 0.1, 0.1], [0.3, 0.8, 0.8]])
    fitted, rows = leave_one_set_out(grid, {"set0": 0.85})
    assert fitted.same_threshold == 50.0  # only setting 0 keeps set0 at 0.85
    assert rows[0].left_out_settings.same_threshold == 51.0  # set0 left out: no floor
    assert grid.best([0, 1, 2], {"set0": 0.99}) == 1  # no setting keeps the floor: dropped


def test_prepared_set_agrees_with_evaluate_alignment() -> None:
    alignment = json.loads(ALIGNMENTS.read_text(encoding="utf-8"))["alignments"][0]
    gold = SAMPLES_DIR / "gold"
    a = read_plan_json(gold / f"{alignment['a']}.gold.json")
    b = read_plan_json(gold / f"{alignment['b']}.gold.json")
    prepared = PreparedSet.build(CalibrationSet("sample", (AlignedPair.from_alignment(a, b, alignment),)))
    for settings in (ComparisonSettings(), ComparisonSettings(same_threshold=60.0, one_way_same_threshold=60.0)):
        expected = evaluate_alignment(a, b, alignment, settings)
        got = prepared.score(settings)
        assert got.same_f1 == pytest.approx(expected.same_f1)
        assert got.all_f1 == pytest.approx(expected.all_f1)
