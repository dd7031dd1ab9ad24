"""The real-page alignment gold in comparer/data/calibration/real_vs_reference.json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from paths import SHARED_DIR

from comparer.calibration_sets import (
    CALIBRATION_DIR,
    REAL_ALIGNMENT,
    load_calibration_set,
    load_real_alignment,
    reference_refs,
)
from comparer.errors import ComparisonError
from comparer.evaluation import evaluate_gold


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def test_real_alignment_matches_its_frozen_checksum() -> None:
    """The README records the file's sha256; a changed gold must say so there."""
    digest = hashlib.sha256(REAL_ALIGNMENT.read_bytes()).hexdigest()
    readme = (CALIBRATION_DIR / "README.md").read_text(encoding="utf-8")
    assert digest in readme, f"{REAL_ALIGNMENT.name} changed: update its sha256 and counts in the README"


def test_real_alignment_counts_match_the_readme() -> None:
    pairs = load_real_alignment().pairs
    readme = (CALIBRATION_DIR / "README.md").read_text(encoding="utf-8")
    for plan in ("southampton", "sussex"):
        same = sum(1 for p in pairs if p.plan == plan and p.grade == 2)
        related = sum(1 for p in pairs if p.plan == plan and p.grade == 1)
        assert f"| {plan} | {same} | {related} | {same + related} |" in readme, plan


@pytest.fixture(scope="module")
def shared_dir() -> Path:
    if not (SHARED_DIR / "real").is_dir() or not (SHARED_DIR / "plans").is_dir():
        pytest.skip(f"shared reference material not found at {SHARED_DIR}")
    return SHARED_DIR


def test_real_alignment_file_holds_no_plan_text() -> None:
    data = json.loads(REAL_ALIGNMENT.read_text(encoding="utf-8"))
    for pair in data["pairs"]:
        assert set(pair) == {"real_file", "real_index", "plan", "ref", "grade", "reason"}


def test_real_alignment_resolves(shared_dir: Path) -> None:
    calibration = load_calibration_set(shared_dir)
    alignment = load_real_alignment()
    assert set(calibration.real_plans) == set(alignment.real_files)
    assert sum(len(p) for p in calibration.pairs.values()) == len(alignment.pairs)
    for (real_file, plan), pairs in calibration.pairs.items():
        real, reference, same = calibration.alignment(real_file, plan)
        assert same is pairs
        for (a, b), grade in pairs.items():
            assert a < len(real.actions)
            assert b < len(reference.actions)
            assert grade in (1, 2)


def test_real_plans_are_distinct_from_the_reference_institutions(shared_dir: Path) -> None:
    calibration = load_calibration_set(shared_dir)
    names = [plan.institution for plan in calibration.real_plans.values()]
    references = {plan.institution for plan in calibration.reference_plans.values()}
    assert len(set(names)) == len(names)
    assert not set(names) & references


def test_sussex_refs_are_numbered_in_reading_order(shared_dir: Path) -> None:
    calibration = load_calibration_set(shared_dir)
    refs = reference_refs(calibration.reference_plans["sussex"])
    assert refs[0] == "S01"
    assert refs[-1] == f"S{len(refs):02d}"


def test_unknown_reference_is_an_error(shared_dir: Path, tmp_path: Path) -> None:
    data = json.loads(REAL_ALIGNMENT.read_text(encoding="utf-8"))
    data["pairs"] = [{**data["pairs"][0], "ref": "99.9", "plan": "southampton"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ComparisonError, match=r"no action 99\.9"):
        load_calibration_set(shared_dir, bad)


def test_reasons_are_our_own_words(shared_dir: Path) -> None:
    theirs = set()
    for path in [*(shared_dir / "real").glob("*.gold.json"), *(shared_dir / "plans").glob("*.gold.json")]:
        theirs |= {_fold(a["text"]) for a in json.loads(path.read_text(encoding="utf-8"))["actions"]}
    ours = {_fold(p.reason) for p in load_real_alignment().pairs}
    assert not ours & theirs, sorted(ours & theirs)


def test_pairs_score_with_evaluate_gold(shared_dir: Path) -> None:
    """The pairs plug into the comparer's scorer as they are (one real page against Sussex)."""
    calibration = load_calibration_set(shared_dir)
    real_file = load_real_alignment().real_files[0]
    real, reference, gold = calibration.alignment(real_file, "sussex")
    scores = evaluate_gold(real, reference, gold)
    assert scores.gold == len(gold)
    assert scores.gold_same == sum(1 for grade in gold.values() if grade == 2)
    assert 0.0 <= scores.recall_at_3 <= 1.0
