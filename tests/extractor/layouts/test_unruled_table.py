from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from layout_pdfs import Cell
from paths import SAMPLES_DIR

from extractor.layouts.unruled_table import parse
from extractor.rows import ColumnRole, LayoutOutput
from extractor.settings import ExtractionSettings
from extractor.sources import open_source

R = ColumnRole


def read(path: Path) -> LayoutOutput:
    with open_source(path) as source:
        return parse(source, ExtractionSettings())


def fold(text: str | None) -> str | None:
    return None if text is None else " ".join(re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text).split())


def bold(*texts: str) -> list[list[Cell]]:
    return [[Cell(t, bold=True) for t in texts]]


LONG = (
    "Publish a technician profile series on the staff intranet, featuring at least one technician from every faculty."
)


def test_sample_unruled_plan_matches_its_gold() -> None:
    pdf, gold_path = SAMPLES_DIR / "unruled_table.pdf", SAMPLES_DIR / "gold" / "unruled_table.pdf.gold.json"
    if not pdf.is_file() or not gold_path.is_file():
        pytest.skip("unruled sample not built")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["actions"]
    output = read(pdf)
    assert [fold(r.cells.get(R.ACTION)) for r in output.rows] == [a["text"] for a in gold]
    assert [r.section for r in output.rows] == [a["section"] for a in gold]
    assert [fold(r.cells.get(R.MEASURE)) for r in output.rows] == [" ".join(a["measures"]) for a in gold]
    assert [fold(r.cells.get(R.END)) for r in output.rows] == [(a["end"] or {}).get("raw") for a in gold]


def test_rows_split_at_gaps_when_there_are_no_refs(drawer) -> None:
    d = drawer("gaps.pdf")
    d.heading("Visibility")
    rows = [[LONG, "TCL\nTN", "Mar-24"], ["Name technicians on signage.", "FM", "Dec 2024"], [LONG, "MKT", "Annual"]]
    d.table([300, 100, 100], bold("Action", "Owner", "Deadline"), rows, ruled=False, row_gap=6)
    output = read(d.save())
    assert [fold(r.cells[R.ACTION]) for r in output.rows] == [LONG, "Name technicians on signage.", LONG]
    # "TN" would have fitted after "TCL": the break was typed, and a blank line says so
    assert [r.cells[R.OWNER] for r in output.rows] == ["TCL\n\nTN", "FM", "MKT"]
    assert [r.cells[R.END] for r in output.rows] == ["Mar-24", "Dec 2024", "Annual"]
    assert {r.section for r in output.rows} == {"Visibility"}


def test_refs_start_rows_and_a_centred_theme_covers_its_group(drawer) -> None:
    d = drawer("refs.pdf")
    rows = [
        ["1.1", Cell("Raise the profile of technical staff", rowspan=3), LONG, "CM"],
        ["1.2", None, "Hold a yearly showcase with posters.", "TN"],
        ["1.3", None, LONG, "TN"],
        ["1.4", "Give technicians a voice", "Seat a technician on each committee.", "TCSG"],
    ]
    d.table([40, 150, 300, 80], bold("Ref", "Theme", "Action", "Lead"), rows, ruled=False, row_gap=2)
    output = read(d.save())
    assert [r.cells[R.REF] for r in output.rows] == ["1.1", "1.2", "1.3", "1.4"]
    assert [fold(r.cells.get(R.THEME)) for r in output.rows] == ["Raise the profile of technical staff"] * 3 + [
        "Give technicians a voice"
    ]


def test_theme_printed_once_at_the_top_of_its_group(drawer) -> None:
    d = drawer("ditto.pdf")
    rows = [
        ["1.1", "Recognise excellence", "Launch yearly awards.", "HR"],
        ["1.2", "", "Nominate technicians for national awards.", "TCL"],
        ["2.1", "Credit research work", "Issue authorship guidance.", "RIO"],
    ]
    d.table([40, 150, 300, 80], bold("Ref", "Theme", "Action", "Lead"), rows, ruled=False, row_gap=4)
    output = read(d.save())
    assert [r.cells.get(R.THEME) for r in output.rows] == [
        "Recognise excellence",
        "Recognise excellence",
        "Credit research work",
    ]


def test_headings_between_tables_and_owner_key_after_them(drawer) -> None:
    d = drawer("headings.pdf")
    header = bold("Action", "Owner", "Deadline", "Measure of success")
    d.heading("Recognition")
    d.paragraph("A sentence that introduces the recognition actions, long enough to cross every column of the table.")
    d.table([300, 80, 80, 250], header, [["Launch yearly awards.", "HR", "Annual", "Awards held"]], ruled=False)
    d.heading("Sustainability")
    d.table([300, 80, 80, 250], header, [["Start apprenticeships.", "HR", "Sep 2024", "Three starters"]], ruled=False)
    d.heading("Owner key")
    for line in ("HR: Human Resources", "TCL: Technician Commitment Lead"):
        d.text(d.margin, d.y, line)
        d.y += 12
    output = read(d.save())
    assert [(r.cells[R.ACTION], r.section) for r in output.rows] == [
        ("Launch yearly awards.", "Recognition"),
        ("Start apprenticeships.", "Sustainability"),
    ]


def test_table_continues_on_a_page_without_header(drawer) -> None:
    d = drawer("continued.pdf")
    rows = [[f"Action number {i} of the plan.", "HR", f"Q{i % 4 + 1} 2025"] for i in range(40)]
    d.table([300, 100, 100], bold("Action", "Owner", "Deadline"), rows, ruled=False, row_gap=5, repeat_header=False)
    output = read(d.save())
    assert [r.cells[R.ACTION] for r in output.rows] == [r[0] for r in rows]
    assert output.rows[-1].provenance.page == 2


def test_page_numbers_are_not_rows(drawer) -> None:
    d = drawer("footer.pdf")
    d.table([300, 100, 100], bold("Action", "Owner", "Deadline"), [["Run the survey.", "HR", "Annual"]], ruled=False)
    d.text(400, 560, "Page 1 of 1")
    output = read(d.save())
    assert [r.cells[R.ACTION] for r in output.rows] == ["Run the survey."]


def test_wrapped_header_and_synonyms(drawer) -> None:
    d = drawer("wrapped.pdf")
    header = bold("No.", "Planned activity", "Success criteria", "Responsible person", "By when")
    rows = [["A1", "Run the survey.", "Response above 40%", "HR", "Jun 2025"]]
    d.table([40, 250, 150, 60, 80], header, rows, ruled=False)
    output = read(d.save())
    assert output.rows[0].cells == {
        R.REF: "A1",
        R.ACTION: "Run the survey.",
        R.MEASURE: "Response above 40%",
        R.OWNER: "HR",
        R.END: "Jun 2025",
    }


def test_no_header_gives_a_warning_and_no_rows(drawer) -> None:
    d = drawer("prose.pdf")
    d.paragraph("This page has prose only: no table, no header, nothing to read as rows. " * 3)
    output = read(d.save())
    assert output.rows == []
    assert [w[0] for w in output.warnings] == ["no_header"]


def test_row_split_over_a_page_break_is_joined(drawer) -> None:
    d = drawer("unruled-split.pdf")
    long_text = " ".join(f"Sentence {i} of a long action that goes on to the next page." for i in range(130))
    rows = [["1.1", "Short action.", "HR"], ["1.2", long_text, "TCL"], ["1.3", "Last action.", "HR"]]
    d.table([40, 400, 100], bold("Ref", "Action", "Lead"), rows, ruled=False, row_gap=4, split_rows=True)
    output = read(d.save())
    assert [r.cells[R.REF] for r in output.rows] == ["1.1", "1.2", "1.3"]
    assert fold(output.rows[1].cells[R.ACTION]) == long_text
    assert output.rows[1].provenance.pages == [1, 2]


def test_data_row_with_status_words_is_not_a_header(drawer) -> None:
    d = drawer("status-words.pdf")
    header = bold("Action", "Owner", "Notes", "Status")
    rows = [
        ["Add a technician to the committee.", "REG", "Agreed in principle by Senate", "Action needed - 1"],
        ["Run the survey.", "HR", "", "On track"],
    ]
    d.table([300, 80, 200, 100], header, rows, ruled=False, row_gap=4)
    output = read(d.save())
    assert [r.cells[R.ACTION] for r in output.rows] == ["Add a technician to the committee.", "Run the survey."]
    assert output.warnings == []


def test_short_introduction_after_a_heading_is_not_a_row(drawer) -> None:
    d = drawer("intro.pdf")
    header = bold("Ref", "Action", "Lead", "Deadline")
    d.heading("Recognition")
    d.table([40, 300, 80, 80], header, [["1.1", "Launch yearly awards.", "HR", "Annual"]], ruled=False)
    d.heading("Governance")
    d.paragraph("How the plan is steered and reported.")
    d.table([40, 300, 80, 80], header, [["2.1", "Refresh the steering group.", "TCL", "Dec 2023"]], ruled=False)
    output = read(d.save())
    assert [(r.cells[R.REF], r.section) for r in output.rows] == [("1.1", "Recognition"), ("2.1", "Governance")]


def _all_pdfs() -> list[Path]:
    from paths import SHARED_PLANS

    found = sorted(SAMPLES_DIR.glob("*.pdf")) + sorted(SHARED_PLANS.glob("*.pdf"))
    return found or [Path("missing.pdf")]


@pytest.mark.parametrize("pdf", _all_pdfs(), ids=lambda p: p.name)
def test_reads_any_plan_pdf_without_error(pdf: Path) -> None:
    """Even a ruled or Gantt plan read as an unruled table gives rows, not an exception."""
    if not pdf.is_file():
        pytest.skip("no sample or shared PDFs")
    output = read(pdf)
    if pdf.name in LIST_PDFS:  # headings and bullets, no table: a warning, not rows
        assert [w[0] for w in output.warnings] == ["no_header"]
    else:
        assert output.rows


LIST_PDFS = {"bullets.pdf"}


def _draw_lines(d, x: float, top: float, lines: list[str], step: float = 10.0) -> None:
    for k, line in enumerate(lines):
        d.text(x, top + k * step, line)


COLUMNS_X = (40.0, 330.0, 430.0, 530.0)  # Action | Owner | Deadline | Measure


def _unruled_rows(d, rows: list[tuple[float, list[list[str]], list[float]]]) -> None:
    """Header, then each row as (top, cell lines per column, offset of each cell from the row top)."""
    for x, label in zip(COLUMNS_X, ("Action", "Owner", "Deadline", "Measure of success"), strict=True):
        d.text(x, 60.0, label, bold=True)
    d.text(COLUMNS_X[0], 80.0, "Career Development", bold=True)
    for top, cells, offsets in rows:
        for x, lines, offset in zip(COLUMNS_X, cells, offsets, strict=True):
            _draw_lines(d, x, top + offset, lines)


def test_vertically_centred_cells_stay_in_their_row(drawer) -> None:
    """Cells centred on their row: a one-line cell sits level with the middle of a wrapped
    action, and a tall measure cell starts above its action's first line."""
    d = drawer("centred.pdf")
    _unruled_rows(
        d,
        [
            (
                100.0,
                [["Hold a forum for", "technicians", "every term."], ["TCL"], ["Annual"], ["Forum held"]],
                [0, 10, 10, 10],
            ),
            (
                140.0,
                [["Fund two places on a course."], ["HR"], ["Mar 2026"], ["Two places", "funded each", "year"]],
                [10, 10, 10, 0],
            ),
            (180.0, [["Write a skills map", "for every team."], ["LM"], ["2026/27"], ["Map written"]], [0, 5, 5, 5]),
        ],
    )
    rows = read(d.save()).rows
    assert [fold(r.cells[R.ACTION]) for r in rows] == [
        "Hold a forum for technicians every term.",
        "Fund two places on a course.",
        "Write a skills map for every team.",
    ]
    assert [r.cells[R.OWNER] for r in rows] == ["TCL", "HR", "LM"]
    assert [fold(r.cells[R.MEASURE]) for r in rows] == ["Forum held", "Two places funded each year", "Map written"]
    assert {r.section for r in rows} == {"Career Development"}


def test_second_paragraph_of_a_cell_is_not_a_row(drawer) -> None:
    """Top-aligned cells; the measure cell has two paragraphs with paragraph spacing between."""
    d = drawer("paragraphs.pdf")
    _unruled_rows(
        d,
        [
            (
                100.0,
                [["Give every technician a", "development review."], ["LM"], ["Annual"], ["• Reviews held"]],
                [0, 0, 0, 0],
            ),
            (100.0, [[], [], [], ["• Requests logged"]], [0, 0, 0, 17]),
            (140.0, [["Fund two places on a course."], ["HR"], ["Mar 2026"], ["Two places"]], [0, 0, 0, 0]),
        ],
    )
    rows = read(d.save()).rows
    assert [fold(r.cells[R.ACTION]) for r in rows] == [
        "Give every technician a development review.",
        "Fund two places on a course.",
    ]
    # a separate paragraph: the blank line marks the break as typed, not wrapped
    assert [r.cells[R.MEASURE] for r in rows] == ["• Reviews held\n\n• Requests logged", "Two places"]


def _gantt_plans() -> list[tuple[Path, Path]]:
    from paths import SHARED_PLANS

    pairs = [(SHARED_PLANS / "sussex.pdf", SHARED_PLANS / "sussex.pdf.gold.json")]
    pairs += [(pdf, SAMPLES_DIR / "gold" / f"{pdf.name}.gold.json") for pdf in sorted(SAMPLES_DIR.glob("gantt_*.pdf"))]
    return pairs


@pytest.mark.parametrize(("pdf", "gold_path"), _gantt_plans(), ids=lambda p: p.name)
def test_gantt_grids_read_by_whitespace_alone(pdf: Path, gold_path: Path) -> None:
    """Ignoring their ruling lines, Gantt plans still read right: tight multi-row period headers
    ("Apr-Jun" over "2024", "Jan-Mar 2026" run into "RAG"), shading, RAG fills, a key after the table."""
    if not pdf.is_file() or not gold_path.is_file():
        pytest.skip(f"{pdf.name} not available")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["actions"]
    output = read(pdf)
    assert [fold(r.cells.get(R.ACTION)) for r in output.rows] == [a["text"] for a in gold]
    assert [list(r.timeline) for r in output.rows] == [a["timeline"] for a in gold]
    assert [r.rag for r in output.rows] == [(a["status"] or {}).get("rag") for a in gold]
    assert [r.section for r in output.rows] == [a["section"] for a in gold]


def test_horizontal_rules_alone_separate_rows(drawer) -> None:
    """Rows set tight, with rules between them and no cell borders: the rules mark the rows."""
    d = drawer("hrules.pdf")
    rows = [
        ["Publish technician profiles.\nEach faculty is covered.", "CM\nTN", "Oct 2024"],
        ["Hold a yearly showcase.\nStudents are invited.", "TN\nMKT", "Annual"],
        ["Name technicians on signage.", "FM", "Dec 2024"],
    ]
    d.table([300, 100, 100], bold("Action", "Owner", "Deadline"), rows, ruled=False, padding=0.5, hrules=True)
    output = read(d.save())
    assert [r.cells[R.OWNER] for r in output.rows] == ["CM\nTN", "TN\nMKT", "FM"]
    assert [fold(r.cells[R.ACTION]) for r in output.rows] == [
        "Publish technician profiles. Each faculty is covered.",
        "Hold a yearly showcase. Students are invited.",
        "Name technicians on signage.",
    ]


def test_gantt_quarters_on_the_header_line_with_years_above_and_below(drawer) -> None:
    """Quarter labels on the header line, their wrapped two-digit years on the line below, and
    a centred year label over each group of four: every quarter column gets its month."""
    d = drawer("gantt-quarters.pdf")
    quarters = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"] * 2
    years = ["24", "24", "24", "25", "25", "25", "25", "26"]
    xs = [300.0 + 36 * k for k in range(8)]
    d.text(xs[1] + 5, 50, "Year 1 (2024/25)", bold=True)
    d.text(xs[5] + 5, 50, "Year 2 (2025/26)", bold=True)
    d.text(40, 62, "Action", bold=True)
    d.text(240, 62, "Owner", bold=True)
    for x, quarter, year in zip(xs, quarters, years, strict=True):
        d.text(x + 2, 62, quarter, bold=True)
        d.text(x + 10, 71, year, bold=True)
    d.text(600, 62, "Status", bold=True)
    d.text(40, 90, "Hold a technicians' forum every quarter", size=8)
    d.text(240, 90, "TCL")
    d.text(600, 90, "On track")
    for x in xs[2:5]:
        d.fill(x, 88, x + 36, 100, (0.36, 0.61, 0.84))
    rows = read(d.save()).rows
    assert [r.timeline for r in rows] == [("2024-10", "2025-01", "2025-04")]


def test_a_header_cell_wrapping_round_a_one_line_header_keeps_its_column(drawer) -> None:
    """ "Complete by" wraps over two lines centred on the one-line header: "Complete" above the
    header line and "by" below it, between the neighbouring header phrases."""
    d = drawer("wrapped_around.pdf")
    for x, label in ((40.0, "Action"), (330.0, "Owner"), (530.0, "Evidence of progress")):
        d.text(x, 65.0, label, bold=True)
    d.text(430.0, 60.0, "Complete", bold=True)
    d.text(430.0, 70.0, "by", bold=True)
    _draw_lines(d, 40.0, 100.0, ["Fund two places on a course."])
    _draw_lines(d, 330.0, 100.0, ["HR"])
    _draw_lines(d, 430.0, 100.0, ["Mar 2026"])
    _draw_lines(d, 530.0, 100.0, ["Two places"])
    rows = read(d.save()).rows
    assert [r.cells for r in rows] == [
        {R.ACTION: "Fund two places on a course.", R.OWNER: "HR", R.END: "Mar 2026", R.MEASURE: "Two places"}
    ]


def test_a_second_header_row_that_goes_on_in_lower_case_joins_the_header(drawer) -> None:
    """ "Target" over "date" and "Success" over "measure", the second words a full row below
    (a header row of its own), while "Visibility" a row further down is a section."""
    d = drawer("two_row_header.pdf")
    for x, label in ((40.0, "Action"), (330.0, "Owner"), (430.0, "Target"), (530.0, "Success")):
        d.text(x, 60.0, label, bold=True)
    d.text(430.0, 77.0, "date", bold=True)
    d.text(530.0, 77.0, "measure", bold=True)
    d.text(40.0, 94.0, "Visibility", bold=True)
    _draw_lines(d, 40.0, 111.0, ["Fund two places on a course."])
    _draw_lines(d, 330.0, 111.0, ["HR"])
    _draw_lines(d, 430.0, 111.0, ["Mar 2026"])
    _draw_lines(d, 530.0, 111.0, ["Two places"])
    rows = read(d.save()).rows
    assert [r.cells for r in rows] == [
        {R.ACTION: "Fund two places on a course.", R.OWNER: "HR", R.END: "Mar 2026", R.MEASURE: "Two places"}
    ]
    assert [r.section for r in rows] == ["Visibility"]


def _row_tops(source_path: Path, settings: ExtractionSettings) -> list[float]:
    with open_source(source_path) as source:
        rows = parse(source, settings).rows
    return [row.provenance.bbox.top for row in rows if row.provenance.bbox is not None]


def test_a_run_reads_with_its_own_tolerances() -> None:
    """A row's band is padded by `row_box_pad`: a run that sets it reads other boxes, and a run
    with the defaults reads what it always did."""
    pdf = SAMPLES_DIR / "unruled_table.pdf"
    if not pdf.is_file():
        pytest.skip("unruled sample not built")
    default = _row_tops(pdf, ExtractionSettings())
    padded = _row_tops(pdf, ExtractionSettings(tolerances={"row_box_pad": 6.0}))
    assert default
    assert len(padded) == len(default)
    pad = ExtractionSettings().tolerances.row_box_pad
    assert padded == pytest.approx([top - (6.0 - pad) for top in default], abs=0.011)
    assert _row_tops(pdf, ExtractionSettings()) == default


def test_page_readings_are_cached_per_set_of_tolerances() -> None:
    """Detection, parsing and metadata share a page's reading, but never across tolerances: a
    page read for one run's settings is not handed to a run with others."""
    from extractor.layouts.pdf_page import page_data
    from extractor.settings import LayoutTolerances

    pdf = SAMPLES_DIR / "unruled_table.pdf"
    if not pdf.is_file():
        pytest.skip("unruled sample not built")
    wide = LayoutTolerances(line_tolerance=4.0)
    with open_source(pdf) as source:
        first = page_data(source, 1)
        assert page_data(source, 1) is first
        other = page_data(source, 1, wide)
        assert other is not first
        assert other.tol == wide
        assert first.tol == LayoutTolerances()
        assert page_data(source, 1, LayoutTolerances(line_tolerance=4.0)) is other
