from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from extractor.evaluate import discover_gold_pairs, match_actions, score_plan, values_equal


def gold_action(**overrides: Any) -> dict[str, Any]:
    action: dict[str, Any] = {
        "ref": None,
        "pillar": "visibility",
        "section": "Visibility",
        "theme": None,
        "text": "Publish technician profiles on the intranet",
        "measures": ["Nine profiles a year"],
        "owners": ["CM"],
        "start": {"raw": "Oct 2023", "date": "2023-10", "recurrence": None},
        "end": None,
        "timeline": [],
        "status": None,
        "notes": None,
    }
    action.update(overrides)
    return action


def plan(actions: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"institution": "University of X", "title": "Plan", "period": None, "legend": {}, **fields,
            "actions": actions}  # fmt: skip


def test_identical_plan_scores_one() -> None:
    gold = plan([gold_action(ref="1"), gold_action(ref="2", text="Run a survey")])
    score = score_plan(copy.deepcopy(gold), gold)
    assert (score.action_precision, score.action_recall, score.action_f1, score.field_accuracy) == (1, 1, 1, 1)
    assert score.per_field["text"].total == 2
    assert "end" not in score.per_field  # null in gold: skipped
    assert score.per_field["institution"].total == 1


def test_missing_and_extra_actions() -> None:
    gold = plan([gold_action(text="Alpha action text"), gold_action(text="Beta action text")])
    predicted = plan([gold_action(text="Alpha action text"), gold_action(text="Completely different")])
    score = score_plan(predicted, gold)
    assert score.matched == 1
    assert score.action_precision == score.action_recall == score.action_f1 == 0.5
    assert score.unmatched_gold == ["#2: Beta action text"]
    assert score.unmatched_predicted == ["#2: Completely different"]


def test_field_mismatches_are_counted() -> None:
    gold = plan([gold_action(status={"raw": "Done", "state": "complete", "priority": None, "rag": "green"})])
    predicted = plan(
        [
            gold_action(
                owners=["CM", "HR"],
                start={"raw": "Oct  2023", "date": "2023-10", "recurrence": None},
                status={"raw": "Done", "state": "complete", "priority": None, "rag": None},
            )
        ],
        institution="Another",
    )
    score = score_plan(predicted, gold)
    assert score.action_f1 == 1.0
    assert sorted(m.field for m in score.mismatches) == ["institution", "owners", "status"]
    assert score.per_field["start"].correct == 1  # whitespace folded


def test_matching_by_ref_beats_text() -> None:
    gold = [gold_action(ref="1.1", text="Same words here"), gold_action(ref="1.2", text="Same words here")]
    predicted = [gold_action(ref="1.2", text="Same words here"), gold_action(ref="1.1", text="Same words here")]
    assert match_actions(predicted, gold) == [(1, 0), (0, 1)]


def test_matching_by_text_prefers_reading_order() -> None:
    gold = [gold_action(text="Repeat"), gold_action(text="Repeat")]
    predicted = [gold_action(text="Repeat"), gold_action(text="Repeat")]
    assert match_actions(predicted, gold) == [(0, 0), (1, 1)]


def test_near_identical_text_matches_but_different_does_not() -> None:
    gold = [gold_action(text="Review the terms of reference for the implementation group every year")]
    close = [gold_action(text="Review the terms of reference for the implementation group every year.")]
    far = [gold_action(text="Review the terms of reference")]
    assert match_actions(close, gold) == [(0, 0)]
    assert match_actions(far, gold) == []


@pytest.mark.parametrize(
    ("name", "expected", "found", "equal"),
    [
        pytest.param("text", "a  b", "a b", True, id="text-folded"),
        pytest.param("text", "a b", "A b", False, id="text-case"),
        pytest.param("owners", ["A", "B"], ["B", "A"], False, id="owners-order"),
        pytest.param("legend", {"A": "x y"}, {"A": "x  y"}, True, id="legend-folded"),
        pytest.param("period", {"start": "2022-01", "end": None}, {"start": "2022-01", "end": None}, True, id="period"),
        pytest.param("period", {"start": None, "end": None}, None, True, id="period-unknown-vs-none"),
        pytest.param("period", {"start": "2022-01", "end": None}, None, False, id="period-missing"),
        pytest.param("start", {"raw": "Annual", "date": None, "recurrence": "annual"}, None, False, id="date-missing"),
        pytest.param("pillar", "visibility", "recognition", False, id="pillar"),
    ],
)
def test_values_equal(name: str, expected: Any, found: Any, equal: bool) -> None:
    assert values_equal(name, expected, found) is equal


def test_discover_gold_pairs(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    seeds = tmp_path / "seeds"
    samples = tmp_path / "samples"
    for folder in (plans, seeds, samples / "gold"):
        folder.mkdir(parents=True)
    (plans / "a.pdf").write_bytes(b"%PDF")
    (plans / "a.pdf.gold.json").write_text(json.dumps(plan([], institution="University of A")))
    (plans / "a.gold.json").write_text(json.dumps(plan([], institution="University of A")))
    (plans / "b.gold.json").write_text(json.dumps(plan([], institution="University of B")))
    (seeds / "001.txt").write_text("Plan of the University of B\nand University of A later")
    (samples / "ruled.pdf").write_bytes(b"%PDF")
    (samples / "gold" / "ruled.pdf.gold.json").write_text("{}")
    (samples / "gold" / "orphan.gold.json").write_text("{}")
    pairs = discover_gold_pairs(plans, seeds, samples)
    assert [(p.name, p.input.name, p.gold.name) for p in pairs] == [
        ("a.pdf", "a.pdf", "a.pdf.gold.json"),
        ("001.txt", "001.txt", "b.gold.json"),
        ("samples/ruled.pdf", "ruled.pdf", "ruled.pdf.gold.json"),
    ]


def test_a_date_inside_the_period_the_gold_names_counts() -> None:
    from extractor.evaluate import months_named, values_equal

    gold = {"raw": "2025/26", "date": "2025", "recurrence": None}
    assert values_equal("end", gold, {"raw": "2025/26", "date": "2026-07", "recurrence": None})
    assert not values_equal("end", gold, {"raw": "2025/26", "date": "2026-09", "recurrence": None})
    quarter = {"raw": "Q2 2027", "date": "2027-04", "recurrence": None}
    assert values_equal("end", quarter, {"raw": "Q2 2027", "date": "2027-06", "recurrence": None})
    assert not values_equal("end", {"raw": "May 2027", "date": "2027-05"}, {"raw": "May 2027", "date": "2027-06"})
    assert months_named("2024-2027") == frozenset()
