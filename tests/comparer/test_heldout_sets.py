"""Readers and scorers for material written apart: held-out tagging files and alignment sets."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from paths import SHARED_DIR, TESTS_DIR

from comparer.calibration_sets import load_alignment_set, load_heldout_tagging, read_pillar
from comparer.compare import text_processor
from comparer.errors import ComparisonError
from comparer.evaluation import evaluate_joint
from comparer.tagging import HeldoutScores, accepted_practices, score_heldout
from comparer.taxonomy import load_taxonomy
from comparer.text import prepare_actions
from schemas.plan import Action, Pillar, Provenance

FIXTURES = TESTS_DIR / "comparer" / "fixtures"
SET_FILE = FIXTURES / "alignment_set.json"
HELDOUT_FILE = FIXTURES / "tagging_heldout.toml"
needs_shared = pytest.mark.skipif(not (SHARED_DIR / "plans").is_dir(), reason="shared reference plans absent")


def test_read_pillar_is_loose() -> None:
    assert read_pillar("Career development") == Pillar.CAREER_DEVELOPMENT
    assert read_pillar("evaluating-impact") == Pillar.EVALUATING_IMPACT
    assert read_pillar("recognition") == Pillar.RECOGNITION
    assert read_pillar("something else") is None
    assert read_pillar(None) is None


@needs_shared
def test_alignment_set_reads_plans_and_pairs() -> None:
    calibration = load_alignment_set(SET_FILE, SHARED_DIR)
    assert list(calibration.real_plans) == ["Wrenfield University", "Corrin Institute"]
    wrenfield = calibration.real_plans["Wrenfield University"]
    assert [a.pillar for a in wrenfield.actions] == [Pillar.CAREER_DEVELOPMENT, Pillar.RECOGNITION, None]
    assert set(calibration.reference_plans) == {"southampton", "sussex"}
    assert sum(len(p) for p in calibration.pairs.values()) == 7
    assert set(calibration.pairs[("Wrenfield University", "southampton")].values()) == {1, 2}
    assert calibration.pairs[("Corrin Institute", "southampton")] == {(0, 0): 2}


@needs_shared
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["pairs"].append({**d["pairs"][0], "institution": "Nowhere"}), "unlisted institution"),
        (lambda d: d["pairs"].append({**d["pairs"][0], "index": 9}), "has no action 9"),
        (lambda d: d["pairs"].append({**d["pairs"][0], "ref": "99.9"}), "has no action 99.9"),
        (lambda d: d["pairs"].append(dict(d["pairs"][0])), "listed twice"),
        (lambda d: d["plans"].append(d["plans"][0]), "institution listed twice"),
        (lambda d: d["pairs"].append({**d["pairs"][0], "grade": 3}), "cannot read"),
    ],
)
def test_alignment_set_errors(tmp_path: Path, change: object, message: str) -> None:
    data = json.loads(SET_FILE.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ComparisonError, match=message):
        load_alignment_set(bad, SHARED_DIR)


@needs_shared
def test_joint_evaluation_scores_each_institution_and_plan() -> None:
    calibration = load_alignment_set(SET_FILE, SHARED_DIR)
    figures = evaluate_joint(calibration.real_plans, calibration.reference_plans, calibration.pairs)
    assert set(figures) == set(calibration.pairs)
    mentoring = figures[("Wrenfield University", "sussex")]
    assert mentoring.gold == 2
    assert mentoring.gold_same == 2
    assert mentoring.same_recall > 0  # the mentoring pair is found
    for scores in figures.values():
        assert 0.0 <= scores.same_f1 <= 1.0
        assert 0.0 <= scores.recall_at_3 <= 1.0


def test_heldout_tagging_file_reads() -> None:
    labelled = load_heldout_tagging(HELDOUT_FILE)
    assert [a.main for a in labelled] == ["mentoring", "professional_registration", "none"]
    assert labelled[1].also == ("development_funding",)


def test_heldout_tagging_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[action]]\ntext = "x"\n', encoding="utf-8")
    with pytest.raises(ComparisonError, match="held-out"):
        load_heldout_tagging(bad)


def test_accepted_practices_take_parent_and_children() -> None:
    taxonomy = load_taxonomy()
    assert {"awards", "award_nominations", "staff_awards"} <= accepted_practices(taxonomy, ["awards"])
    assert "awards" in accepted_practices(taxonomy, ["award_nominations"])


def _score(labels: list[tuple[str, str, tuple[str, ...]]]) -> HeldoutScores:
    taxonomy = load_taxonomy()
    entries = [(0, "", n, Action(text=t, provenance=Provenance())) for n, (t, _, _) in enumerate(labels)]
    prepared = prepare_actions(entries, text_processor(taxonomy))
    return score_heldout(labels, prepared, taxonomy)


def test_score_heldout_counts_first_among_and_specificity() -> None:
    scores = _score(
        [
            ("Pair every new technician with a mentor from another department", "mentoring", ()),
            ("Pair every new technician with a mentor from another department", "induction", ()),
            ("Hold a lunchtime quiz for the whole department", "none", ()),
            ("A text labelled with a practice nobody has", "no_such_practice", ()),
        ]
    )
    assert scores.labelled == 2
    assert scores.main_first == 1
    assert scores.unknown == ["no_such_practice"]
    mentoring = scores.per_practice["mentoring"]
    assert (mentoring.gold, mentoring.first, mentoring.precision, mentoring.recall) == (1, 2, 0.5, 1.0)
    # the induction-labelled text is tagged mentoring, which it is not about: one false tag
    assert 0.99 < scores.specificity < 1.0


@pytest.mark.parametrize(
    ("plan", "ref", "expected"),
    [("sussex", "S7", "S07"), ("sussex", " s12 ", "S12"), ("sussex", "3", "S03"), ("southampton", " 7.4 ", "7.4")],
)
def test_refs_are_read_loosely(plan: str, ref: str, expected: str) -> None:
    from comparer.calibration_sets import SetPair, normalise_ref

    assert normalise_ref(plan, ref) == expected
    pair = SetPair.model_validate(
        {"institution": "X", "index": 0, "plan": plan.title(), "ref": ref, "grade": 2, "reason": "r"}
    )
    assert (pair.plan, pair.ref) == (plan, expected)


HELDOUT_DIR = Path(__file__).resolve().parents[2] / "comparer" / "data" / "heldout"


def _frozen_digests() -> list[tuple[str, str]]:
    digests: list[tuple[str, str]] = []
    for manifest in sorted(HELDOUT_DIR.glob("MANIFEST*.sha256")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            digest, name = line.split(maxsplit=1)
            digests.append((name.lstrip("*"), digest))
    return digests


@pytest.mark.parametrize(("name", "digest"), _frozen_digests())
def test_heldout_files_are_as_frozen(name: str, digest: str) -> None:
    """A held-out file changed after it was frozen would no longer measure anything unseen."""
    assert hashlib.sha256((HELDOUT_DIR / name).read_bytes()).hexdigest() == digest


@needs_shared
@pytest.mark.parametrize("name", sorted(p.name for p in HELDOUT_DIR.glob("alignment_heldout*.json")))
def test_heldout_alignment_sets_load(name: str) -> None:
    calibration = load_alignment_set(HELDOUT_DIR / name, SHARED_DIR)
    assert len(calibration.real_plans) >= 5
    assert all(grade in (1, 2) for pairs in calibration.pairs.values() for grade in pairs.values())
