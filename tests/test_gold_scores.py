"""Every plan with a gold file, extracted end to end and scored against its gold.

Targets per file: action F1 >= 0.98 and field accuracy >= 0.95.
"""

from __future__ import annotations

import functools

import pytest
from paths import SAMPLES_DIR, SHARED_PLANS, SHARED_SEEDS

from extractor import extract
from extractor.evaluate import GoldPair, PlanScore, discover_gold_pairs, load_gold, score_plan
from extractor.sources import DOCUMENT_SUFFIXES

TARGET_F1 = 0.98
TARGET_FIELDS = 0.95

PAIRS = discover_gold_pairs(SHARED_PLANS, SHARED_SEEDS, SAMPLES_DIR)
PARAMS = [pytest.param(pair, id=pair.name) for pair in PAIRS]
if not SHARED_PLANS.is_dir():
    PARAMS.append(pytest.param(None, id="shared", marks=pytest.mark.skip(reason=f"no gold plans at {SHARED_PLANS}")))


@functools.cache
def _score(pair: GoldPair) -> PlanScore:
    try:
        plan = extract(pair.input)
    except ImportError as exc:  # a reader not installed in this build
        if pair.input.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise
        pytest.skip(f"no reader for {pair.input.suffix} in this build ({exc})")
    return score_plan(plan, load_gold(pair.gold))


def _details(score: PlanScore) -> str:
    lines = [f"missed: {label}" for label in score.unmatched_gold]
    lines += [f"extra: {label}" for label in score.unmatched_predicted]
    lines += [f"{m.where} {m.field}: expected {m.expected!r}, found {m.found!r}" for m in score.mismatches[:30]]
    return "\n".join(lines)


@pytest.mark.shared
@pytest.mark.parametrize("pair", PARAMS)
def test_action_f1(pair: GoldPair) -> None:
    score = _score(pair)
    assert score.action_f1 >= TARGET_F1, _details(score)


@pytest.mark.shared
@pytest.mark.parametrize("pair", PARAMS)
def test_field_accuracy(pair: GoldPair) -> None:
    score = _score(pair)
    assert score.field_accuracy >= TARGET_FIELDS, _details(score)
