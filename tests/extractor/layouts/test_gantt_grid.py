from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from layout_pdfs import AMBER, BLUE, GREEN, GREY, RED, Cell
from paths import SAMPLES_DIR

from extractor.layouts.gantt_grid import parse
from extractor.layouts.pdf_tables import label_columns
from extractor.rows import ColumnRole, LayoutOutput
from extractor.settings import ExtractionSettings
from extractor.sources import open_source

R = ColumnRole
SHADE = BLUE


def read(path: Path) -> LayoutOutput:
    with open_source(path) as source:
        return parse(source, ExtractionSettings())


def fold(text: str | None) -> str | None:
    return None if text is None else " ".join(re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text).split())


def gantt_row(action: str, owner: str, active: set[int], status: Cell | str, periods: int = 4) -> list:
    return [action, owner, *[Cell("", fill=SHADE) if i in active else "" for i in range(periods)], status]


def gantt_header(labels: list[str]) -> list[list[Cell]]:
    return [[Cell(t, bold=True) for t in ["Action", "Owner", *labels, "Status"]]]


def widths(periods: int) -> list[float]:
    return [260, 80, *[50] * periods, 90]


# --- the shared plan: Excel-style Gantt grid ---------------------------------------------


@pytest.fixture(scope="module")
def sussex() -> tuple[LayoutOutput, list[dict]]:
    from paths import SHARED_PLANS

    pdf = SHARED_PLANS / "sussex.pdf"
    if not pdf.is_file():
        pytest.skip(f"gold plans not found at {SHARED_PLANS}")
    gold = json.loads((SHARED_PLANS / "sussex.pdf.gold.json").read_text(encoding="utf-8"))["actions"]
    return read(pdf), gold


@pytest.mark.shared
def test_shared_gantt_every_action_once_in_order(sussex: tuple[LayoutOutput, list[dict]]) -> None:
    output, gold = sussex
    assert [fold(r.cells[R.ACTION]) for r in output.rows] == [a["text"] for a in gold]
    assert [r.section for r in output.rows] == [a["section"] for a in gold]
    assert len(output.period_columns) == 12


@pytest.mark.shared
def test_shared_gantt_timeline_status_rag_notes(sussex: tuple[LayoutOutput, list[dict]]) -> None:
    output, gold = sussex
    assert [list(r.timeline) for r in output.rows] == [a["timeline"] for a in gold]
    assert [fold(r.cells.get(R.STATUS)) for r in output.rows] == [a["status"]["raw"] for a in gold]
    assert [r.rag for r in output.rows] == [a["status"]["rag"] for a in gold]
    assert [fold(r.cells.get(R.NOTES)) for r in output.rows] == [a["notes"] for a in gold]


@pytest.mark.parametrize("name", ["gantt_grid.pdf", "gantt_dates.pdf"])
def test_sample_gantt_plans_match_their_gold(name: str) -> None:
    pdf, gold_path = SAMPLES_DIR / name, SAMPLES_DIR / "gold" / f"{name}.gold.json"
    if not pdf.is_file() or not gold_path.is_file():
        pytest.skip(f"sample {name} not built")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["actions"]
    output = read(pdf)
    assert [fold(r.cells.get(R.ACTION)) for r in output.rows] == [a["text"] for a in gold]
    assert [list(r.timeline) for r in output.rows] == [a["timeline"] for a in gold]
    assert [r.rag for r in output.rows] == [(a["status"] or {}).get("rag") for a in gold]
    assert [fold(r.cells.get(R.NOTES)) for r in output.rows] == [a["notes"] for a in gold]


# --- small Gantt grids ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "months"),
    [
        pytest.param(
            ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
            ["2023-04", "2023-07", "2023-10", "2024-01"],
            id="financial-quarters",
        ),
        pytest.param(
            ["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"],
            ["2024-01", "2024-04", "2024-07", "2024-10"],
            id="calendar-quarters",
        ),
        pytest.param(
            ["Apr-Jun 2023", "Jul-Sep 2023", "Oct-Dec 2023", "Jan-Mar 2024"],
            ["2023-04", "2023-07", "2023-10", "2024-01"],
            id="month-ranges",
        ),
        pytest.param(
            ["01/09/2024", "01/12/2024", "01/03/2025", "01/06/2025"],
            ["2024-09", "2024-12", "2025-03", "2025-06"],
            id="day-first-dates",
        ),
    ],
)
def test_period_headers_give_the_timeline(drawer, labels: list[str], months: list[str]) -> None:
    d = drawer("periods.pdf")
    rows = [gantt_row("Run the survey.", "HR", {0, 1}, "On track"), gantt_row("Write a report.", "TCL", {3}, "")]
    d.table(widths(4), gantt_header(labels), rows)
    output = read(d.save())
    assert output.period_columns == months
    assert [r.timeline for r in output.rows] == [(months[0], months[1]), (months[3],)]


def test_phase_row_above_the_period_row(drawer) -> None:
    d = drawer("phases.pdf")
    header = [
        [
            Cell("Action", bold=True, rowspan=2),
            Cell("Owner", bold=True, rowspan=2),
            Cell("Phase 1 - 2024/25", bold=True, colspan=2),
            Cell("Phase 2 - 2025/26", bold=True, colspan=2),
            Cell("Status (RAG)", bold=True, rowspan=2),
        ],
        [None, None, Cell("01/04/2024"), Cell("01/10/2024"), Cell("01/04/2025"), Cell("01/10/2025"), None],
    ]
    rows = [gantt_row("Review the plan.", "TCL", {1, 2, 3}, Cell("Action needed - 1", fill=RED))]
    d.table(widths(4), header, rows)
    output = read(d.save())
    assert output.period_columns == ["2024-04", "2024-10", "2025-04", "2025-10"]
    assert output.rows[0].timeline == ("2024-10", "2025-04", "2025-10")
    assert output.rows[0].rag == "red"
    assert output.rows[0].cells[R.STATUS] == "Action needed - 1"


@pytest.mark.parametrize(
    ("fill", "rag"),
    [
        pytest.param(RED, "red", id="rgb-red"),
        pytest.param(AMBER, "amber", id="rgb-amber"),
        pytest.param((1.0, 1.0, 0.0), "amber", id="rgb-yellow"),
        pytest.param(GREEN, "green", id="rgb-light-green"),
        pytest.param((0.0, 0.5, 0.0), "green", id="rgb-dark-green"),
        pytest.param((0.0, 1.0, 1.0, 0.0), "red", id="cmyk-red"),
        pytest.param((0.0, 0.3, 1.0, 0.0), "amber", id="cmyk-orange"),
        pytest.param((0.6, 0.0, 1.0, 0.1), "green", id="cmyk-green"),
        pytest.param((0.8,), None, id="grey"),
        pytest.param(GREY, None, id="rgb-grey"),
        pytest.param(BLUE, None, id="blue"),
    ],
)
def test_status_fill_colour_gives_rag(drawer, fill: tuple[float, ...], rag: str | None) -> None:
    d = drawer("rag.pdf")
    d.table(
        widths(4),
        gantt_header(["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]),
        [gantt_row("Run the survey.", "HR", {0}, Cell("", fill=fill))],
    )
    assert read(d.save()).rows[0].rag == rag


def test_marks_instead_of_shading(drawer) -> None:
    d = drawer("marks.pdf")
    rows = [["Run the survey.", "HR", "X", "", "X", "", "Done"]]
    d.table(widths(4), gantt_header(["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]), rows)
    assert read(d.save()).rows[0].timeline == ("2024-01", "2024-07")


def test_row_background_is_not_shading(drawer) -> None:
    d = drawer("zebra.pdf")
    stripe = (0.93, 0.96, 1.0)
    rows = [
        [
            Cell("Run the survey.", fill=stripe),
            Cell("HR", fill=stripe),
            Cell("", fill=SHADE),
            *[Cell("", fill=stripe)] * 3,
            Cell("", fill=stripe),
        ],
        gantt_row("Write a report.", "TCL", {2}, ""),
    ]
    d.table(widths(4), gantt_header(["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]), rows)
    assert [r.timeline for r in read(d.save()).rows] == [("2024-01",), ("2024-07",)]


def test_sections_notes_column_and_unruled_grid(drawer) -> None:
    d = drawer("unruled_gantt.pdf")
    header = [
        [
            Cell(t, bold=True)
            for t in ["Action", "Owner", "Before 2024", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Status"]
        ]
    ]
    rows = [
        [Cell("Visibility", bold=True), "", "", "", "", "", "", ""],
        [
            "Run the survey.",
            "HR",
            "Piloted in 2023",
            Cell("", fill=SHADE),
            Cell("", fill=SHADE),
            "",
            "",
            Cell("On track", fill=GREEN),
        ],
        [Cell("Recognition", bold=True), "", "", "", "", "", "", ""],
        ["Launch the awards.", "TCL", "", "", "", Cell("", fill=SHADE), "", Cell("Delayed", fill=AMBER)],
    ]
    d.table([220, 60, 90, 50, 50, 50, 50, 90], header, rows, ruled=False, row_gap=4)
    output = read(d.save())
    assert [(r.section, r.cells[R.ACTION], r.timeline, r.rag) for r in output.rows] == [
        ("Visibility", "Run the survey.", ("2024-01", "2024-04"), "green"),
        ("Recognition", "Launch the awards.", ("2024-07",), "amber"),
    ]
    assert output.rows[0].cells[R.NOTES] == "Piloted in 2023"


def test_undated_phases_warn(drawer) -> None:
    d = drawer("undated.pdf")
    d.table(
        widths(4),
        gantt_header(["Phase 1", "Phase 2", "Phase 3", "Phase 4"]),
        [gantt_row("Run the survey.", "HR", {0}, "")],
    )
    output = read(d.save())
    assert output.rows[0].timeline == ()
    assert "undated_periods" in [w[0] for w in output.warnings]


def test_rag_dot_and_bars_drawn_as_thick_strokes(drawer) -> None:
    d = drawer("dots.pdf")
    labels = ["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]
    d.table(widths(4), gantt_header(labels), [gantt_row("Run the survey.", "HR", set(), "On track")])
    # the only row sits under the header; draw a bar over Q2-Q3 and a green dot in the status cell
    output_top = d.y - 10 - 8  # the middle of the only row
    q2_left = 36 + 260 + 80 + 50
    d.bar(q2_left + 2, q2_left + 98, output_top, 8, BLUE)
    d.dot(36 + 260 + 80 + 200 + 80, output_top, 3, GREEN)
    output = read(d.save())
    assert output.rows[0].timeline == ("2024-04", "2024-07")
    assert output.rows[0].rag == "green"


@pytest.mark.parametrize("ruled", [pytest.param(True, id="ruled"), pytest.param(False, id="unruled")])
def test_year_row_above_quarter_labels(drawer, ruled: bool) -> None:
    d = drawer("years.pdf")
    header = [
        [
            Cell("Action", bold=True),
            Cell("Owner", bold=True),
            Cell("2024", bold=True, colspan=4),
            Cell("2025", bold=True, colspan=4),
            Cell("Status", bold=True),
        ],
        [
            Cell("", bold=True),
            Cell("", bold=True),
            *[Cell(f"Q{i}", bold=True) for i in (1, 2, 3, 4, 1, 2, 3, 4)],
            Cell("", bold=True),
        ],
    ]
    rows = [gantt_row("Run the survey.", "HR", {3, 4}, "On track", periods=8)]
    d.table([220, 60, *[40] * 8, 80], header, rows, ruled=ruled, row_gap=4)
    output = read(d.save())
    assert output.period_columns == [
        "2024-01",
        "2024-04",
        "2024-07",
        "2024-10",
        "2025-01",
        "2025-04",
        "2025-07",
        "2025-10",
    ]
    assert output.rows[0].timeline == ("2024-10", "2025-01")


@pytest.mark.parametrize(
    ("label", "months"),
    [
        pytest.param("2024", ["2024-01", "2024-04", "2024-07", "2024-10"], id="calendar-year"),
        pytest.param("2024/25", ["2024-04", "2024-07", "2024-10", "2025-01"], id="financial-year"),
    ],
)
def test_year_over_unlabelled_columns_is_divided(drawer, label: str, months: list[str]) -> None:
    d = drawer("spanned.pdf")
    header = [
        [
            Cell("Action", bold=True, rowspan=2),
            Cell("Owner", bold=True, rowspan=2),
            Cell(label, bold=True, colspan=4),
            Cell("Status", bold=True, rowspan=2),
        ],
        [None, None, Cell(""), Cell(""), Cell(""), Cell(""), None],
    ]
    d.table(widths(4), header, [gantt_row("Run the survey.", "HR", {1, 2}, "")])
    output = read(d.save())
    assert output.period_columns == months
    assert output.rows[0].timeline == (months[1], months[2])


def test_year_header_over_body_columns_is_divided(drawer) -> None:
    """One header row: '2025' spans four shaded body columns that have no header cells of their own."""
    d = drawer("span-body.pdf")
    header = [
        [
            Cell("Action", bold=True),
            Cell("Owner", bold=True),
            Cell("2025", bold=True, colspan=4),
            Cell("Status", bold=True),
        ]
    ]
    d.table(widths(4), header, [gantt_row("Run the survey.", "HR", {0, 3}, "")])
    output = read(d.save())
    assert output.period_columns == ["2025-01", "2025-04", "2025-07", "2025-10"]
    assert output.rows[0].timeline == ("2025-01", "2025-10")


def test_shaded_header_row_over_an_unruled_grid(drawer) -> None:
    """No borders anywhere: the header cells are filled, so they alone look like a ruled table.
    The rows are read from the unruled grid under it."""
    d = drawer("shaded-header-gantt.pdf")
    labels = ["Action", "Lead", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Status"]
    xs = [40.0, 300.0, 360.0, 420.0, 480.0, 540.0, 600.0, 700.0]
    for k, label in enumerate(labels):
        d.fill(xs[k], 50, xs[k + 1] - 0.5, 64, GREY)
        d.text(xs[k] + 3, 53, label, bold=True)
    for r, (text, active) in enumerate([("Hold a forum", (2, 3)), ("Write a skills map", (4, 5))]):
        top = 72 + 16 * r
        d.text(xs[0] + 3, top + 2, text)
        d.text(xs[1] + 3, top + 2, "TCL")
        for k in active:
            d.fill(xs[k], top, xs[k + 1], top + 14, BLUE)
        d.text(xs[6] + 3, top + 2, "On track")
    output = read(d.save())
    assert [r.timeline for r in output.rows] == [("2025-01", "2025-04"), ("2025-07", "2025-10")]


@pytest.mark.parametrize(
    ("year", "letters", "months"),
    [
        pytest.param("2025", "JFMAMJJASOND", [f"2025-{m:02d}" for m in range(1, 13)], id="calendar-year"),
        pytest.param(
            "2025/26",
            "AMJJASONDJFM",
            [f"2025-{m:02d}" for m in range(4, 13)] + ["2026-01", "2026-02", "2026-03"],
            id="financial-year",
        ),
    ],
)
def test_month_initials_under_a_year(year: str, letters: str, months: list[str]) -> None:
    """ "J F M A ..." under a merged year: each letter's place gives its month, so the two
    "J"s (June, July) and "M"s (March, May) are told apart."""
    units = [(0.0, 100.0, ("Action",))] + [(100.0 + 10 * k, 110.0 + 10 * k, (year, ch)) for k, ch in enumerate(letters)]
    columns = label_columns(units)
    assert [c.period.month if c.period else None for c in columns[1:]] == months
