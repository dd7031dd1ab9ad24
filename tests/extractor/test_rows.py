"""Header text -> column role, for header wordings found in published plans."""

from __future__ import annotations

import pytest

from extractor.rows import ColumnRole, header_role, map_header_to_roles

R = ColumnRole


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Ref#", R.REF),
        ("Action No.", R.REF),
        ("What we will do", R.ACTION),
        ("Key actions", R.ACTION),
        ("How we will measure success", R.MEASURE),
        ("Measure of success / KPI", R.MEASURE),
        ("Target", R.MEASURE),
        ("Target date", R.END),
        ("Target completion date", R.END),
        ("Key dates", R.END),
        ("Lead(s)", R.OWNER),
        ("Responsible person/team", R.OWNER),
        ("Start", R.START),
        ("Start date", R.START),
        ("Date started", R.START),
        ("Planned start", R.START),
        ("Beginning", R.START),
        ("Finish", R.END),
        ("Timescale", R.END),
        ("By when", R.END),
        ("RAG rating", R.STATUS),
        ("Progress to date", R.STATUS),
        ("Evidence of progress", R.MEASURE),
        ("Progress indicators", R.MEASURE),
        ("Complete by", R.END),
        ("Completed by", R.END),
        ("Comments", R.NOTES),
        ("Progress update", R.NOTES),
        ("Progress update / comments", R.NOTES),
        ("Status / comments", R.STATUS),
        ("Progress (RAG) and comments", R.STATUS),
        ("Commitment pillar", R.PILLAR),
        ("Area of focus", R.THEME),
        ("Budget", None),
    ],
    ids=lambda value: str(value),
)
def test_header_role(header: str, role: ColumnRole | None) -> None:
    assert header_role(header) is role


def test_objective_is_the_theme_when_another_column_names_the_actions() -> None:
    roles = map_header_to_roles(["No.", "Objective", "Actions", "Lead", "Timescale", "Success Measures", "Progress"])
    assert roles == {0: R.REF, 1: R.THEME, 2: R.ACTION, 3: R.OWNER, 4: R.END, 5: R.MEASURE, 6: R.STATUS}


def test_start_and_finish_columns() -> None:
    roles = map_header_to_roles(["Ref#", "Action", "Owner(s)", "Start", "Finish", "Measure of success", "Status"])
    assert roles == {0: R.REF, 1: R.ACTION, 2: R.OWNER, 3: R.START, 4: R.END, 5: R.MEASURE, 6: R.STATUS}
