from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from extractor.assemble import build_plan, choose_pillar, resolve_relative_dates, rows_to_actions
from extractor.evaluate import load_gold, score_plan
from extractor.rows import ColumnRole, LayoutOutput, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine
from schemas.plan import ActionPlan, DateValue, Pillar, Provenance, Rag, Recurrence, State

R = ColumnRole


def row(line: int, section: str | None = None, **cells: str) -> RawRow:
    return RawRow(
        cells={ColumnRole(name): value for name, value in cells.items()},
        provenance=Provenance(line=line),
        section=section,
    )


def text_source(lines: list[str]) -> SourceDocument:
    data = "\n".join(lines).encode()
    return SourceDocument(
        path=Path("plan.txt"),
        display_path="plan.txt",
        kind="text",
        sha256=hashlib.sha256(data).hexdigest(),
        lines=[SourceLine(number=i, text=t) for i, t in enumerate(lines, start=1)],
        notes=["decoded as cp1252"],
    )


def test_row_cells_are_normalised() -> None:
    raw = RawRow(
        cells={
            R.REF: " 2.1 ",
            R.THEME: "Grow the\ntechnical pathway",
            R.ACTION: "Write an e-\nlearning   module\nfor managers",
            R.MEASURE: "-Module live\n-Ninety per cent of\nmanagers complete it",
            R.OWNER: "TCSG\nHR Manager",
            R.START: "Jan-\n2024",
            R.END: "Annually",
            R.STATUS: "Action needed - 2",
            R.NOTES: "Follows the\n2023 review",
        },
        provenance=Provenance(page=3),
        section="Career Development",
        timeline=("2024-04", "2024-01", "2024-04"),
        rag="amber",
        unmapped=("extra cell",),
    )
    result = rows_to_actions([raw], {"TCSG": "Technician Commitment Steering Group"})
    assert result.warnings == []
    (action,) = result.actions
    assert action.ref == "2.1"
    assert action.pillar is Pillar.CAREER_DEVELOPMENT
    assert not action.pillar_inferred
    assert action.section == "Career Development"
    assert action.theme == "Grow the technical pathway"
    assert action.text == "Write an e-learning module for managers"
    assert action.measures == ["Module live", "Ninety per cent of managers complete it"]
    assert action.owners == ["TCSG", "HR Manager"]
    assert action.owner_names == ["Technician Commitment Steering Group", "HR Manager"]
    assert action.start == DateValue(raw="Jan- 2024", date="2024-01")
    assert action.end == DateValue(raw="Annually", recurrence=Recurrence.ANNUAL)
    assert action.timeline == ["2024-01", "2024-04"]
    assert action.status is not None
    assert (action.status.state, action.status.priority, action.status.rag) == (State.ACTION_NEEDED, 2, Rag.AMBER)
    assert action.notes == "Follows the 2023 review; extra cell"
    assert action.provenance == Provenance(page=3)


def test_single_end_column_gives_end_only() -> None:
    result = rows_to_actions([row(1, action="Do a thing", end="Q2 2024")])
    (action,) = result.actions
    assert action.start is None
    assert action.end == DateValue(raw="Q2 2024", date="2024-06")  # an end quarter is dated by its last month


@pytest.mark.parametrize(
    ("cell", "pillar", "theme"),
    [
        pytest.param("Career development and progression", Pillar.CAREER_DEVELOPMENT, None, id="pillar-name"),
        pytest.param("Awards", Pillar.RECOGNITION, "Awards", id="theme-in-a-pillar-column"),
    ],
)
def test_pillar_column_holding_a_theme(cell: str, pillar: Pillar, theme: str | None) -> None:
    """A "Commitment area" column whose cells name no pillar holds themes; the pillar then
    comes from the section."""
    result = rows_to_actions([row(1, section="Recognition", action="Do a thing", pillar=cell)])
    (action,) = result.actions
    assert (action.pillar, action.theme) == (pillar, theme)


def test_empty_action_dropped_with_warning() -> None:
    result = rows_to_actions([row(1, action="  ", owner="HR"), row(2, action="Kept"), row(3, end="Dec 2024")])
    assert [a.text for a in result.actions] == ["Kept"]
    assert [w.code for w in result.warnings] == ["empty_action", "empty_action"]
    assert result.warnings[0].provenance == Provenance(line=1)


def test_continuation_row_merged_into_action_above() -> None:
    rows = [
        RawRow(
            cells={R.ACTION: "Hold reviews", R.MEASURE: "\u2022 Reviews held", R.OWNER: "HR", R.THEME: "Careers"},
            provenance=Provenance(page=1),
        ),
        RawRow(
            cells={R.MEASURE: "\u2022 Requests logged", R.OWNER: "TCL", R.THEME: "Careers", R.NOTES: "see annex"},
            provenance=Provenance(page=2),
        ),
    ]
    result = rows_to_actions(rows, {"TCL": "Technician Commitment Lead"})
    (action,) = result.actions
    assert action.measures == ["Reviews held", "Requests logged"]
    assert action.owners == ["HR", "TCL"]
    assert action.owner_names == ["HR", "Technician Commitment Lead"]
    assert action.notes == "see annex"
    assert action.provenance.pages == [1, 2]
    assert [w.code for w in result.warnings] == ["continuation_row"]


def test_blank_row_dropped_silently() -> None:
    result = rows_to_actions([row(1, action="", owner=" ")])
    assert result.actions == []
    assert result.warnings == []


def test_duplicate_refs_kept_with_warning() -> None:
    result = rows_to_actions([row(1, ref="1.1", action="First"), row(2, ref="1.1", action="Second")])
    assert [a.text for a in result.actions] == ["First", "Second"]
    assert [(w.code, w.provenance) for w in result.warnings] == [("duplicate_ref", Provenance(line=2))]


def test_unreadable_date_kept_raw_with_warning() -> None:
    result = rows_to_actions([row(4, action="Act", start="after the review", end="TBC")])
    (action,) = result.actions
    assert action.start == DateValue(raw="after the review")
    assert action.end == DateValue(raw="TBC")
    assert [w.code for w in result.warnings] == ["unparsed_date"]


@pytest.mark.parametrize(
    ("pillar_cell", "section", "theme", "text", "expected"),
    [
        pytest.param("Recognition", "Visibility", None, "x", (Pillar.RECOGNITION, False), id="pillar-cell-first"),
        pytest.param(None, "Visibility", None, "x", (Pillar.VISIBILITY, False), id="section"),
        pytest.param(None, "Our plan", "Sustainability", "x", (Pillar.SUSTAINABILITY, False), id="theme"),
        pytest.param(None, None, None, "Nominate technicians for awards", (Pillar.RECOGNITION, True), id="inferred"),
        pytest.param(None, None, None, "Hold a meeting", (None, False), id="unknown"),
    ],
)
def test_choose_pillar(
    pillar_cell: str | None, section: str | None, theme: str | None, text: str, expected: tuple[Pillar | None, bool]
) -> None:
    assert choose_pillar(pillar_cell, section, theme, text, []) == expected


def test_build_plan_fills_source_settings_and_warnings() -> None:
    source = text_source(["Action\tOwner", "Run a survey\tHR"])
    output = LayoutOutput(
        rows=[row(2, section="Evaluating Impact", action="Run a survey", owner="HR")],
        warnings=[("no_header", "table  without\nheader", Provenance(line=1))],
    )
    settings = ExtractionSettings(institution="University of Testing", title="Test plan")
    plan = build_plan(source, output, "plain_text", settings)
    assert plan.institution == "University of Testing"
    assert plan.title == "Test plan"
    assert plan.source.path == "plan.txt"
    assert plan.source.format == "text"
    assert plan.source.lines == 2
    assert plan.source.pages is None
    assert plan.source.layout == "plain_text"
    assert plan.source.sha256 == source.sha256
    assert [(w.code, w.message) for w in plan.warnings] == [
        ("no_header", "table without header"),
        ("source_note", "decoded as cp1252"),
    ]
    assert plan.actions[0].pillar is Pillar.EVALUATING_IMPACT
    ActionPlan.model_validate_json(plan.model_dump_json())


def test_build_plan_is_deterministic() -> None:
    source = text_source(["x"])
    rows = [row(i, section="Visibility", action=f"Action {i}", owner="A/B", start="2024") for i in range(1, 20)]
    first = build_plan(source, LayoutOutput(rows=rows), "plain_text", ExtractionSettings())
    second = build_plan(source, LayoutOutput(rows=list(rows)), "plain_text", ExtractionSettings())
    assert first.model_dump_json() == second.model_dump_json()


def _rows_printed_like(gold: dict[str, Any]) -> list[RawRow]:
    """Cells as a plan would print the gold values: owners space-separated, measures as dashes."""
    rows = []
    for index, action in enumerate(gold["actions"], start=1):
        cells = {R.ACTION: action["text"].replace(" ", "\n", 3), R.OWNER: "\n".join(action["owners"])}
        for role, key in ((R.REF, "ref"), (R.THEME, "theme"), (R.NOTES, "notes")):
            if action[key]:
                cells[role] = action[key]
        measures = action["measures"]
        if measures:
            cells[R.MEASURE] = measures[0] if len(measures) == 1 else "\n".join(f"-{m}" for m in measures)
        for role, key in ((R.START, "start"), (R.END, "end"), (R.STATUS, "status")):
            if action[key] and action[key]["raw"]:
                cells[role] = action[key]["raw"]
        rag = action["status"]["rag"] if action["status"] else None
        rows.append(
            RawRow(
                cells=cells,
                provenance=Provenance(line=index),
                section=action["section"],
                timeline=tuple(action["timeline"]),
                rag=rag,
            )
        )
    return rows


@pytest.mark.parametrize(
    "gold_name", ["southampton.gold.json", "sussex.pdf.gold.json"], ids=["southampton", "sussex-pdf"]
)
def test_gold_cells_normalise_to_gold_values(shared_plans: Path, gold_name: str) -> None:
    """Given the cells exactly as printed, the normalisers give every gold value."""
    gold = load_gold(shared_plans / gold_name)
    result = rows_to_actions(_rows_printed_like(gold), gold["legend"])
    predicted = {
        "actions": [a.model_dump(mode="json") for a in result.actions],
        **{key: gold[key] for key in ("institution", "title", "period", "legend")},
    }
    score = score_plan(predicted, gold)
    problems = [f"{m.where} {m.field}: {json.dumps(m.expected)} != {json.dumps(m.found)}" for m in score.mismatches]
    assert score.action_f1 == 1.0
    assert problems == []


def _grid_row(page: int, text: str, timeline: tuple[str, ...], **cells: str) -> RawRow:
    texts = {ColumnRole.ACTION: text, **{ColumnRole(k): v for k, v in cells.items()}}
    return RawRow(cells=texts, provenance=Provenance(page=page), timeline=timeline)


def test_row_repeated_beside_the_columns_of_a_later_page_is_merged() -> None:
    """A Gantt too wide for one page: the later quarters and the status print on another page
    beside the repeated Action column; each action is read once, with all its periods."""
    rows = [
        _grid_row(1, "Run a survey", ("2025-04",), owner="PO"),
        _grid_row(1, "Hold a showcase", ("2025-07",), owner="TCW"),
        _grid_row(2, "Run a survey", ("2027-04",), status="Complete"),
        _grid_row(2, "Hold a showcase", (), status="On track"),
    ]
    result = rows_to_actions(rows)
    assert [(a.text, a.owners, a.timeline, a.status.raw if a.status else None) for a in result.actions] == [
        ("Run a survey", ["PO"], ["2025-04", "2027-04"], "Complete"),
        ("Hold a showcase", ["TCW"], ["2025-07"], "On track"),
    ]
    assert [w.code for w in result.warnings] == ["repeated_row", "repeated_row"]
    assert result.actions[0].provenance.pages == [1, 2]


def test_same_action_twice_with_its_own_cells_is_kept_twice() -> None:
    """The same text on two pages with overlapping periods is two actions, not one row split."""
    rows = [
        _grid_row(1, "Run a survey", ("2025-04",), owner="PO", status="Complete"),
        _grid_row(2, "Run a survey", ("2025-04",), owner="PO", status="Complete"),
    ]
    assert len(rows_to_actions(rows).actions) == 2


def test_state_found_around_a_row_fills_a_status_without_one() -> None:
    row = RawRow(
        cells={ColumnRole.ACTION: "Write a guide", ColumnRole.STATUS: "Spring term - progress so far"},
        provenance=Provenance(line=3),
        status_state="complete",
    )
    status = rows_to_actions([row]).actions[0].status
    assert status is not None
    assert status.raw == "Spring term - progress so far"
    assert status.state is State.COMPLETE
    # the cell's own words win over the state around it
    own = RawRow(
        cells={ColumnRole.ACTION: "Write a guide", ColumnRole.STATUS: "Delayed"},
        provenance=Provenance(line=4),
        status_state="complete",
    )
    assert rows_to_actions([own]).actions[0].status.state is State.ACTION_NEEDED


def test_plan_years_resolved_against_the_plans_start() -> None:
    rows = [
        RawRow(cells={ColumnRole.ACTION: "Survey every technician (Y2)"}, provenance=Provenance(line=1)),
        RawRow(cells={ColumnRole.ACTION: "Run a mentoring scheme (Years 1\u20133)"}, provenance=Provenance(line=2)),
        RawRow(cells={ColumnRole.ACTION: "Hold a forum", ColumnRole.END: "Year 3"}, provenance=Provenance(line=3)),
        RawRow(cells={ColumnRole.ACTION: "Host Year 2 students in the labs"}, provenance=Provenance(line=4)),
        RawRow(cells={ColumnRole.ACTION: "Review it in Year 2 and Year 3"}, provenance=Provenance(line=5)),
    ]
    actions = rows_to_actions(rows).actions
    resolve_relative_dates(actions, "2024-09")
    dates = [(a.start.date if a.start else None, a.end.date if a.end else None) for a in actions]
    assert dates == [
        (None, "2025"),
        ("2024", "2026"),
        (None, "2026"),
        (None, None),
        ("2025", "2026"),
    ]
    assert actions[0].end is not None
    assert actions[0].end.raw == "Y2"
    assert actions[0].text == "Survey every technician (Y2)"


def test_plan_years_need_a_stated_start() -> None:
    actions = rows_to_actions(
        [RawRow(cells={ColumnRole.ACTION: "Survey every technician (Y2)"}, provenance=Provenance(line=1))]
    ).actions
    resolve_relative_dates(actions, None)
    assert actions[0].end is None


def test_a_pillar_cell_is_the_section_when_no_heading_names_one() -> None:
    actions = rows_to_actions([row(1, pillar="SUSTAINABILITY", action="Train two apprentices in glassblowing")])
    assert actions.actions[0].section == "SUSTAINABILITY"
    # a row's own pillar cell is nearer the row than a heading over the whole table ("Our plan")
    headed = rows_to_actions([row(1, "Our plan", pillar="Recognition", action="Start a staff award")])
    assert headed.actions[0].section == "Recognition"
    themed = rows_to_actions([row(1, pillar="Awards", action="Start a staff award")])
    assert themed.actions[0].section is None


def test_a_single_from_timescale_is_the_start() -> None:
    begun = rows_to_actions([row(1, action="Open a tool library", end="from Oct 2031")]).actions[0]
    assert begun.start is not None
    assert (begun.start.date, begun.end) == ("2031-10", None)
    ended = rows_to_actions([row(1, action="Open a tool library", end="by Oct 2031")]).actions[0]
    assert ended.start is None
    assert ended.end is not None
