from __future__ import annotations

from comparer import compare
from schemas.plan import Pillar

AWARD_ROWS = [("1", Pillar.RECOGNITION, "Nominate technicians for national awards", [])]
BROAD_ROWS = [("1", Pillar.RECOGNITION, "Celebrate award winners among technicians", [])]
MENTOR_ROWS = [("1", Pillar.CAREER_DEVELOPMENT, "Launch a mentoring scheme for technicians", [])]


def test_a_child_practice_covers_its_parent(make_plan) -> None:  # type: ignore[no-untyped-def]
    """Nominating for awards is doing something about awards: no 'awards' gap for that plan."""
    plans = [
        make_plan("Nominator", AWARD_ROWS),
        make_plan("Broad One", BROAD_ROWS),
        make_plan("Broad Two", BROAD_ROWS),
        make_plan("Mentor", MENTOR_ROWS),
    ]
    result = compare(plans)
    assert result.coverage.by_practice["Nominator"]["awards"] == 1
    assert result.coverage.by_practice["Nominator"]["award_nominations"] == 1
    assert result.coverage.by_practice["Broad One"]["award_nominations"] == 0
    gaps = {f.institution: {g.practice for g in f.gaps} for f in result.findings}
    assert "awards" not in gaps["Nominator"]
    assert "awards" in gaps["Mentor"]  # three of three peers do something about awards


def test_a_parent_gap_shows_peers_doing_a_child_practice(make_plan) -> None:  # type: ignore[no-untyped-def]
    plans = [make_plan("Nominator", AWARD_ROWS), make_plan("Other", AWARD_ROWS), make_plan("Mentor", MENTOR_ROWS)]
    result = compare(plans)
    mentor = next(f for f in result.findings if f.institution == "Mentor")
    awards = next(g for g in mentor.gaps if g.practice == "awards")
    assert [e.institution for e in awards.examples] == ["Nominator", "Other"]


def test_gap_examples_name_the_practice_in_their_own_text(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A training-budget action whose measures mention job evaluation is no example of a job evaluation gap,
    and does not cover job evaluation either."""
    budget = [("1", Pillar.CAREER_DEVELOPMENT, "Agree a training budget for technicians", ["job evaluation panel"])]
    grading = [("1", Pillar.CAREER_DEVELOPMENT, "Take technical posts through HERA job evaluation", [])]
    plans = [make_plan("Budget", budget), make_plan("Grading", grading), make_plan("Mentor", MENTOR_ROWS)]
    result = compare(plans, {"gap_min_share": 0.5})
    assert result.coverage.by_practice["Budget"]["job_grading"] == 0
    mentor = next(f for f in result.findings if f.institution == "Mentor")
    gap = next(g for g in mentor.gaps if g.practice == "job_grading")
    assert [e.institution for e in gap.examples] == ["Grading"]
    listed = {k.institution: k.practices for m in result.matches for k in (m.a, m.b)}
    assert "job_grading" not in listed.get("Budget", [])
