from __future__ import annotations

import pytest

from comparer import ComparisonSettings, compare, search
from comparer.errors import ComparisonError
from comparer.report.json_report import render_json
from schemas.comparison import MatchKind, SameRule
from schemas.plan import ActionPlan


def test_compare_pairs_mentoring_and_finds_gaps(north: ActionPlan, south: ActionPlan) -> None:
    result = compare([north, south], focus="South University")
    pairs = {(m.a.ref, m.b.ref): m for m in result.matches}
    assert pairs[("1", "A")].kind == MatchKind.SAME
    assert "mentoring" in pairs[("1", "A")].reason.shared_practices
    assert result.findings[0].institution == "South University"
    gaps = {g.practice for g in result.findings[0].gaps}
    assert "technician_survey" in gaps  # North surveys technicians, South does not
    survey_gap = next(g for g in result.findings[0].gaps if g.practice == "technician_survey")
    assert survey_gap.examples[0].institution == "North University"
    assert survey_gap.examples[0].measures == ["Response rate above 40%"]
    unique_north = {a.ref for a in result.findings[1].unique_actions}
    assert "3" in unique_north  # the newsletter has no counterpart


def test_same_input_same_bytes(north: ActionPlan, south: ActionPlan) -> None:
    assert render_json(compare([north, south])) == render_json(compare([north, south]))


def test_input_order_only_swaps_sides(north: ActionPlan, south: ActionPlan) -> None:
    forward = {(m.a.text, m.b.text, m.kind) for m in compare([north, south]).matches}
    backward = {(m.b.text, m.a.text, m.kind) for m in compare([south, north]).matches}
    assert forward == backward


def test_clusters_span_institutions(north: ActionPlan, south: ActionPlan, make_plan) -> None:  # type: ignore[no-untyped-def]
    west = make_plan("West College", [("W1", None, "Start a mentoring scheme for technicians", [])])
    result = compare([north, south, west])
    mentoring = [c for c in result.clusters if c.practice == "mentoring"]
    assert len(mentoring) == 1
    assert mentoring[0].institutions == ["North University", "South University", "West College"]


def test_pillar_is_soft_evidence(make_plan) -> None:  # type: ignore[no-untyped-def]
    from schemas.plan import Pillar

    a = make_plan("A", [("1", Pillar.RECOGNITION, "Launch a mentoring scheme for technicians", [])])
    b = make_plan("B", [("1", Pillar.CAREER_DEVELOPMENT, "Pilot a mentoring programme for technical staff", [])])
    assert [m.kind for m in compare([a, b]).matches] == [MatchKind.SAME]


def test_duplicate_institutions_are_numbered(north: ActionPlan) -> None:
    result = compare([north, north.model_copy()])
    assert [p.institution for p in result.plans] == ["North University", "North University (2)"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"same_threshold": 20, "related_threshold": 40}, "related_threshold"), ({"weights": {"tfidf": -1}}, "tfidf")],
    ids=["thresholds-order", "negative-weight"],
)
def test_bad_settings_name_the_field(north: ActionPlan, south: ActionPlan, settings: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ComparisonError, match=message):
        compare([north, south], settings)


def test_needs_two_plans(north: ActionPlan) -> None:
    with pytest.raises(ComparisonError, match="at least 2"):
        compare([north])


def test_thresholds_are_reported(north: ActionPlan, south: ActionPlan) -> None:
    result = compare([north, south], ComparisonSettings(same_threshold=70, related_threshold=20))
    assert result.thresholds is not None
    assert (result.thresholds.same, result.thresholds.related) == (70, 20)
    assert all(m.score >= 20 for m in result.matches)
    # a mutual pair mainly about one practice that shares a word is `same` from `practice_same_discount` below
    floor = 70 - ComparisonSettings().practice_same_discount
    assert all(m.score >= floor for m in result.matches if m.kind == MatchKind.SAME)
    assert all(
        m.score >= 70 for m in result.matches if m.kind == MatchKind.SAME and m.reason.rule != SameRule.SAME_PRACTICE
    )


def test_search_ranks_by_meaning(north: ActionPlan, south: ActionPlan) -> None:
    result = search("RSciTech registration support", [north, south], limit=2)
    assert [h.action.ref for h in result.hits] == ["2", "B"] or [h.action.ref for h in result.hits] == ["B", "2"]
    assert result.hits[0].score >= result.hits[1].score
    assert search("zzzz qqqq", [north, south]).hits == []


@pytest.mark.parametrize("enabled", [True, False], ids=["gc-on", "gc-off"])
def test_gc_paused_restores_the_collector(enabled: bool) -> None:
    import gc

    from comparer.compare import gc_paused

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), gc_paused():
            raise RuntimeError("boom")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
