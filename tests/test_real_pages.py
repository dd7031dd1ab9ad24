"""Real published plan pages (stored text, ../shared/real), scored against their golds as one set.

Targets over the set, micro-averaged: action F1 >= 0.95 and field accuracy >= 0.90. The pages
are not the project's: they are read from ../shared/real at run time and the test is skipped
where that folder is absent.
"""

from __future__ import annotations

import pytest
from paths import SHARED_REAL

from extractor import extract
from extractor.evaluate import load_gold, score_plan

TARGET_F1 = 0.95
TARGET_FIELDS = 0.90

PAGES = (
    sorted(p for p in SHARED_REAL.glob("*.txt") if p.with_name(p.name + ".gold.json").is_file())
    if SHARED_REAL.is_dir()
    else []
)


@pytest.mark.shared
@pytest.mark.skipif(not PAGES, reason=f"no real pages with gold at {SHARED_REAL}")
def test_real_pages_meet_targets() -> None:
    gold_n = pred_n = matched = correct = total = 0
    report: list[str] = []
    for page in PAGES:
        score = score_plan(extract(page), load_gold(page.with_name(page.name + ".gold.json")))
        gold_n, pred_n, matched = gold_n + score.gold, pred_n + score.predicted, matched + score.matched
        correct += sum(s.correct for s in score.per_field.values())
        total += sum(s.total for s in score.per_field.values())
        report.append(f"{page.name}: f1={score.action_f1:.3f} fields={score.field_accuracy:.3f}")
        report += [f"  {m.where} {m.field}: expected {m.expected!r}, found {m.found!r}" for m in score.mismatches]
    precision = matched / pred_n if pred_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields = correct / total if total else 0.0
    assert f1 >= TARGET_F1, "\n".join(report)
    assert fields >= TARGET_FIELDS, "\n".join(report)
