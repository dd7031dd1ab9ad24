"""The tagging checks in comparer/data/calibration/tagging_cases.toml: shape, coverage, own wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import SHARED_DIR

from comparer.calibration_sets import NO_PRACTICE, TAGGING_CASES, load_tagging_cases
from comparer.errors import ComparisonError
from comparer.taxonomy import load_taxonomy

MIN_POSITIVES, MAX_POSITIVES = 3, 5
MIN_NEGATIVES, MAX_NEGATIVES = 2, 3


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_practice_of_the_taxonomy_has_cases() -> None:
    cases = load_tagging_cases()
    missing = sorted(set(load_taxonomy().ids) - set(cases.practices))
    assert not missing, f"practices without tagging cases in {TAGGING_CASES.name}: {missing}"


def test_cases_name_known_practices_once() -> None:
    cases = load_tagging_cases()
    known = set(load_taxonomy().ids) | set(cases.proposed)
    assert len(set(cases.practices)) == len(cases.practices)
    assert set(cases.practices) <= known
    for case in cases.cases:
        for negative in case.negatives:
            assert negative.about in known | {NO_PRACTICE}, (case.practice, negative.text)
            assert negative.about != case.practice, negative.text


def test_case_counts_and_unique_texts() -> None:
    cases = load_tagging_cases()
    texts: list[str] = []
    for case in cases.cases:
        assert MIN_POSITIVES <= len(case.positives) <= MAX_POSITIVES, case.practice
        assert MIN_NEGATIVES <= len(case.negatives) <= MAX_NEGATIVES, case.practice
        texts += [*case.positives, *(n.text for n in case.negatives)]
    folded = [_fold(t) for t in texts]
    assert len(set(folded)) == len(folded), "a text is listed twice"


def test_bad_cases_file_is_a_comparison_error(tmp_path: Path) -> None:
    path = tmp_path / "cases.toml"
    path.write_text('[[case]]\npractice = "mentoring"\npositives = []\n', encoding="utf-8")
    with pytest.raises(ComparisonError, match="tagging cases"):
        load_tagging_cases(path)


def test_case_texts_are_not_taken_from_the_shared_plans() -> None:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared reference material not found at {SHARED_DIR}")
    theirs = set()
    for path in [*(SHARED_DIR / "real").glob("*.gold.json"), *(SHARED_DIR / "plans").glob("*.gold.json")]:
        theirs |= {_fold(a["text"]) for a in json.loads(path.read_text(encoding="utf-8"))["actions"]}
    cases = load_tagging_cases()
    ours = {_fold(t) for case in cases.cases for t in [*case.positives, *(n.text for n in case.negatives)]}
    assert not ours & theirs, sorted(ours & theirs)
