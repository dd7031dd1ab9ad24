"""The grading rules of `comparer/data/calibration/README.md` as checks (round 13).

Each rule is met with wordings of our own, against the reference actions it names; the reference plans are
read from `../shared` at run time (the tests skip when they are absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tag_reading import main_practice

from comparer.text import ActionTextProcessor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from paths import SHARED_PLANS


def reference_grades(make_plan, texts: list[str]) -> dict[tuple[int, str], int]:  # type: ignore[no-untyped-def]
    """Each text as a one-action plan compared with both reference plans at once, as `tc-compare` over one
    folder compares them: {(text index, reference ref): 2 for same, 1 for related}."""
    from comparer.calibration_sets import REFERENCE_PLANS, read_plan_json, reference_refs
    from comparer.compare import compare
    from schemas.comparison import MatchKind

    if not SHARED_PLANS.is_dir():
        pytest.skip(f"reference plans not found at {SHARED_PLANS}")
    refs: dict[str, list[str]] = {}
    plans = [make_plan(f"Own {n}", [(None, None, text, [])]) for n, text in enumerate(texts)]
    for name, gold in REFERENCE_PLANS.items():
        plan = read_plan_json(SHARED_PLANS / gold)
        refs[name] = reference_refs(plan)
        plans.append(plan.model_copy(update={"institution": name}))
    out: dict[tuple[int, str], int] = {}
    for m in compare(plans).matches:
        own, ref = (m.a, m.b) if m.a.institution.startswith("Own ") else (m.b, m.a)
        if own.institution.startswith("Own ") and ref.institution in refs:
            grade = 2 if m.kind == MatchKind.SAME else 1
            out[(int(own.institution.removeprefix("Own ")), refs[ref.institution][ref.index])] = grade
    return out


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        # A portal is a site; one named for technicians is their hub.
        ("Setting up a portal for technicians", "technician_hub"),
        ("A new web portal for booking the shared microscopes", "web_presence"),
        # A festival for technicians is their event; a science festival stays outreach.
        ("Hosts a yearly festival for technicians", "technician_events"),
        ("Staff a stand at the city science festival", "outreach"),
        # Becoming professionally registered is registration.
        ("Support technicians to become professionally registered", "professional_registration"),
        # Making leaders aware of what technicians contribute is briefing them.
        ("Make heads of department aware of what technicians contribute", "senior_visibility"),
        # Update sessions are an internal channel.
        ("Hold termly update sessions for the technical community", "internal_communications"),
    ],
)
def test_round13_terms(processor: ActionTextProcessor, text: str, practice: str) -> None:
    assert main_practice(processor, text) == practice


def test_the_grading_rules_against_the_reference_plans(make_plan) -> None:  # type: ignore[no-untyped-def]
    """Rules the comparer follows, each in a wording no earlier rule met."""
    texts = [
        "Setting up a portal for technicians",  # web site of unstated purpose: same as each site action
        "Hosts a yearly festival for technicians",  # generic events: same as the annual conference
        "Organise events for technical staff across the university",  # same as conference and networking events
        "Support technicians to become professionally registered",  # broad: same as funding registration
        "Build a career ladder for technical roles",  # career ladder: same as the roadmap of career stages
        "A scheme of outgoing and incoming placements with partner institutes",  # same as 9.2, related to 9.1
        "Fund professional recognition for technicians",  # same as registration funding, related to 14.2
        "The steering group meets every month",  # related to the governance reviews, not same
    ]
    expected = {
        (0, "11.1"): 2, (0, "11.3"): 2, (0, "S07"): 2,
        (1, "10.2"): 2,
        (2, "10.2"): 2, (2, "S17"): 2,
        (3, "15.1"): 2, (3, "S12"): 2,
        (4, "S28"): 2, (4, "5.2"): 1,
        (5, "9.2"): 2, (5, "9.1"): 1,
        (6, "15.1"): 2, (6, "S16"): 2, (6, "S12"): 2, (6, "14.2"): 1,
        (7, "2.1"): 1, (7, "S02"): 1,
    }  # fmt: skip
    grades = reference_grades(make_plan, texts)
    assert {key: grades.get(key) for key in expected} == expected


def test_a_terse_channel_is_a_member_of_an_open_class_under_the_related_floor(make_plan) -> None:  # type: ignore[no-untyped-def]
    """A newsletter, a mailing list, update sessions: each is one of "any other means of general communication"
    though a terse statement of it scores under the `related` floor (`assignment.open_member_floor`)."""
    texts = [
        "Producing a regular newsletter",
        "Set up a mailing list for technicians",
        "Hold termly update sessions for the technical community",
    ]
    grades = reference_grades(make_plan, texts)
    assert [grades.get((n, "S08")) for n in range(len(texts))] == [2, 2, 2]


def test_open_member_floor_follows_its_setting(make_plan) -> None:  # type: ignore[no-untyped-def]
    from comparer.compare import compare
    from schemas.comparison import MatchKind

    opened = make_plan(
        "Open", [(None, None, "Reach lab staff through forums or any other means of general communication", [])]
    )
    member = make_plan("Member", [(None, None, "Producing a regular newsletter", [])])
    low = compare([opened, member], {"open_same_threshold": 1.0})
    assert [m.kind for m in low.matches] == [MatchKind.SAME]
    assert not compare([opened, member], {"open_same_threshold": 100.0}).matches


def test_open_member_cells_reads_only_open_classes_and_members() -> None:
    """Cells in the band under the `related` floor are found only where one side names an open class and the
    other a thing made or run; a cell whose row and column are both is found once."""
    import numpy as np

    from comparer.assignment import open_member_cells

    total = np.array([[28.0, 10.0, 29.0], [27.0, 40.0, 26.0]], dtype=np.float32)
    open_rows, member_rows = np.array([True, False]), np.array([True, True])
    open_cols, member_cols = np.array([False, False, True]), np.array([True, True, False])
    rows, cols = open_member_cells(
        total, np.float32(25.0), np.float32(30.0), (open_rows, member_rows, open_cols, member_cols)
    )
    assert sorted(zip(rows.tolist(), cols.tolist(), strict=True)) == [(0, 0), (0, 2), (1, 2)]
