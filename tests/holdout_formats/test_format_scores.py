"""Hold-out check for the Word, Excel and web-page readers: plans the extractor was not developed
on, each scored against its frozen gold with the project's scorer (`extractor.evaluate`).

A file whose kind the installed extractor does not read yet (its suffix is not a plan file name,
or extraction fails with the "unsupported" code) is skipped, not failed; once a reader for the kind
exists, its files count. Any other failure, and any score under the targets, fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract_plan
from extractor.errors import ErrorCode
from extractor.evaluate import PlanScore, load_gold, score_plan
from extractor.sources import is_plan_file_name

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"
TARGET_F1 = 0.98
TARGET_FIELDS = 0.95
SUFFIXES = (".docx", ".xlsx", ".html")
INPUTS = sorted(p.name.removesuffix(".gold.json") for p in GOLD_DIR.glob("*.gold.json"))


def _describe(score: PlanScore) -> str:
    lines = [
        f"F1 {score.action_f1:.3f} (gold {score.gold}, found {score.predicted}), fields {score.field_accuracy:.3f}"
    ]
    lines += [f"missed {label}" for label in score.unmatched_gold]
    lines += [f"extra {label}" for label in score.unmatched_predicted]
    for m in score.mismatches:
        lines.append(f"{m.where} {m.field}: expected {json.dumps(m.expected)[:120]} found {json.dumps(m.found)[:120]}")
    return "\n".join(lines)


def test_every_kind_has_files() -> None:
    assert len(INPUTS) >= 15
    for suffix in SUFFIXES:
        assert sum(name.endswith(suffix) for name in INPUTS) >= 4, suffix
    assert all((HERE / name).is_file() for name in INPUTS)


@pytest.mark.parametrize("name", INPUTS)
def test_format_scores(name: str) -> None:
    path = HERE / name
    if not is_plan_file_name(name):
        pytest.skip(f"the installed extractor does not read {path.suffix} files yet")
    result = extract_plan(path)
    if result.plan is None:
        codes = {problem.code for problem in result.problems}
        if ErrorCode.UNSUPPORTED.value in codes:
            pytest.skip(f"the installed extractor does not read {path.suffix} files yet")
        pytest.fail("; ".join(problem.message for problem in result.problems) or "no plan")
    score = score_plan(result.plan, load_gold(GOLD_DIR / f"{name}.gold.json"))
    report = _describe(score)
    assert score.action_f1 >= TARGET_F1, report
    assert score.field_accuracy >= TARGET_FIELDS, report
