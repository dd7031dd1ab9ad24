"""Table rules of the interpreter, each on a hand-made table."""

from __future__ import annotations

from dataclasses import replace

from document_builders import cell, table

from extractor.document import Table, TableCell
from extractor.interpret.tables import (
    FROM_DOCUMENT,
    FROM_PAGES,
    SourceTable,
    TableColumns,
    TableReading,
    TableSource,
    cell_rag,
    columns_from_header,
    continues_table,
    find_header,
    header_extent,
    is_mark_note,
    is_marked,
    is_section_row,
    key_line,
    key_table_entries,
    read_tables,
    repeats_header,
    row_timeline,
    starts_key_lines,
)
from extractor.layouts.pdf_tables import CellBand, build_table, label_columns, place
from extractor.rows import ColumnRole, LayoutOutput

HEADER = ["Ref", "Theme", "Action", "Lead", "Status"]


def read_one(t: Table, section: str | None = None) -> TableReading:
    """One document table read alone under the section in force."""
    return read_tables([SourceTable(t, section)], FROM_DOCUMENT).tables[0]


def read_pages(*tables: Table) -> LayoutOutput:
    """Tables measured on a PDF's pages, read together."""
    return read_tables([SourceTable(t) for t in tables], FROM_PAGES).output


def test_header_found_below_title_rows() -> None:
    grid = table([["University of Eastmoor Action Plan"], [], HEADER, ["1.1", "T", "Run a survey", "HR", ""]]).grid()
    assert find_header(grid) == 2


def test_no_header_in_prose_table() -> None:
    grid = table([["Version", "3"], ["Date", "May 2024"]]).grid()
    assert find_header(grid) is None


def test_years_over_quarters_join_the_header() -> None:
    years = [cell(0, 2, "2023/24", cols=2), cell(0, 4, "2024/25", cols=2)]
    grid = table([["", "", "", "", "", ""], ["Action", "Lead", "Q1", "Q2", "Q1", "Q2"]], years).grid()
    top, last = header_extent(grid, find_header(grid) or 0)
    columns = columns_from_header(grid, top, last)
    assert (top, last) == (0, 1)
    assert columns.periods == ["2023-04", "2023-07", "2024-04", "2024-07"]
    assert columns.columns[1].role is ColumnRole.OWNER


def test_merged_theme_fills_down() -> None:
    theme = cell(1, 1, "Engagement", rows=2)
    reading = read_one(
        table([HEADER, ["1.1", "", "Run a survey", "HR"], ["1.2", "", "Hold a forum", "TC"]], [theme]),
    )
    assert [row.cells[ColumnRole.THEME] for row in reading.rows] == ["Engagement", "Engagement"]


def test_section_row_spanning_the_table() -> None:
    band = cell(1, 0, "Visibility", cols=5)
    t = table([HEADER, ["", "", "", "", ""], ["1.1", "", "Run a survey", "HR", "Done"]], [band])
    grid = t.grid()
    columns = columns_from_header(grid, 0, 0)
    assert is_section_row(grid[1], 1, columns, dense=True)
    assert not is_section_row(grid[2], 2, columns, dense=True)
    reading = read_one(t, "Heading above")
    assert [row.section for row in reading.rows] == ["Visibility"]


def test_first_cell_alone_in_a_dense_table_is_a_section() -> None:
    rows = [HEADER, ["Career development"], ["1.1", "", "Run a survey", "HR", "Done"], ["1.2", "", "Mentor", "HR", "x"]]
    reading = read_one(table(rows))
    assert [row.section for row in reading.rows] == ["Career development", "Career development"]


def test_a_ref_alone_is_not_a_section() -> None:
    t = table([HEADER, ["1.1"], ["1.2", "", "Run a survey", "HR", "Done"]])
    grid = t.grid()
    assert not is_section_row(grid[1], 1, columns_from_header(grid, 0, 0), dense=True)


def test_repeated_header_is_skipped() -> None:
    t = table([HEADER, ["1.1", "", "Run a survey", "HR", ""], HEADER, ["1.2", "", "Hold a forum", "TC", ""]])
    grid = t.grid()
    assert repeats_header(grid[2], 2, columns_from_header(grid, 0, 0))
    assert [row.cells[ColumnRole.REF] for row in read_one(t).rows] == ["1.1", "1.2"]


def test_status_fill_and_text_colour_give_rag() -> None:
    assert cell_rag(cell(0, 0, "On track", fill="#4caf50")) == "green"
    assert cell_rag(cell(0, 0, "Delayed", color="#ff0000")) == "red"
    assert cell_rag(cell(0, 0, "Not started", fill="#ffffff")) is None
    status = cell(1, 4, "Delayed", fill="#ffc107")
    reading = read_one(table([HEADER, ["1.1", "", "Run a survey", "HR", ""]], [status]))
    assert reading.rows[0].rag == "amber"


def test_gantt_marks() -> None:
    assert is_marked(cell(0, 0, "", fill="#5b9bd5"), None)
    assert is_marked(cell(0, 0, "X"), None)
    assert not is_marked(cell(0, 0, "", fill="#f2f2f2"), "#f2f2f2")  # zebra stripe, same as the action cell
    assert not is_marked(cell(0, 0, "", fill="#ffffff"), None)
    assert not is_marked(None, None)
    rows = [["Action", "Lead", "Q1 2024", "Q2 2024", "Q3 2024"], ["Run a survey", "HR", "", "", ""]]
    bars = [cell(1, 2, "", fill="#5b9bd5"), cell(1, 4, "", fill="#5b9bd5")]
    reading = read_one(table(rows, bars))
    assert reading.rows[0].timeline == ("2024-01", "2024-07")
    assert reading.columns is not None
    assert reading.columns.periods == ["2024-01", "2024-04", "2024-07"]


def test_key_below_the_table_feeds_the_legend() -> None:
    rows = [
        ["Action", "Lead"],
        ["Run a survey", "HR"],
        ["Key"],
        ["HR", "Human Resources"],
        ["TC", "Technical Committee"],
    ]
    reading = read_one(table(rows))
    assert [row.cells[ColumnRole.ACTION] for row in reading.rows] == ["Run a survey"]
    assert reading.legend == [("HR", "Human Resources"), ("TC", "Technical Committee")]


def test_key_table() -> None:
    assert key_table_entries(table([["Code", "Name"], ["HR", "Human Resources"], ["TCL", "Lead"]]).grid()) == [
        ("HR", "Human Resources"),
        ("TCL", "Lead"),
    ]
    assert key_table_entries(table([["Run a survey", "HR", "2024"]]).grid()) == []
    reading = read_one(table([["HR", "Human Resources"], ["TCL", "Lead"]]))
    assert reading.legend == [("HR", "Human Resources"), ("TCL", "Lead")]
    assert not reading.rows


def test_continued_table_keeps_the_header() -> None:
    first = read_one(table([HEADER, ["1.1", "", "Run a survey", "HR", ""]]))
    rest = table([["1.2", "", "Hold a forum", "TC", ""]])
    assert continues_table(rest, first.columns)
    whole = table([HEADER, ["1.1", "", "Run a survey", "HR", ""]])
    both = read_tables([SourceTable(whole), SourceTable(rest)], FROM_DOCUMENT)
    assert both.tables[1].rows[0].cells[ColumnRole.ACTION] == "Hold a forum"


def test_row_provenance_is_the_action_cell() -> None:
    reading = read_one(table([["Title"], HEADER, ["1.1", "", "Run a survey", "HR", ""]]))
    assert (reading.rows[0].provenance.sheet, reading.rows[0].provenance.cell) == ("Plan", "C3")


def test_ongoing_merged_over_start_and_end() -> None:
    dates = cell(1, 2, "Ongoing", cols=2)
    reading = read_one(
        table([["Action", "Lead", "Start", "End"], ["Run a survey", "HR", "", ""]], [dates]),
    )
    assert reading.rows[0].cells[ColumnRole.START] == reading.rows[0].cells[ColumnRole.END] == "Ongoing"


def test_merged_action_cell_collects_the_rows_beside_it() -> None:
    action = cell(1, 0, "Run a survey", rows=2)
    rows = [["Action", "Measure", "Lead"], ["", "Response rate", "HR"], ["", "Report", ""]]
    reading = read_one(table(rows, [action]))
    assert len(reading.rows) == 1
    assert reading.rows[0].cells[ColumnRole.MEASURE] == "Response rate\n\nReport"


def test_every_break_in_a_cell_is_typed() -> None:
    from extractor.interpret.tables import typed_breaks

    assert typed_breaks("• One\n• Two\n\n") == "• One\n\n• Two"
    rows = [["Action", "Measure", "Lead"], ["Run a survey", "Survey sent\nResults shared", "HR\nTC"]]
    reading = read_one(table(rows))
    assert reading.rows[0].cells[ColumnRole.MEASURE] == "Survey sent\n\nResults shared"


def test_a_by_column_is_the_end_date() -> None:
    from extractor.rows import header_role

    assert header_role("By") is ColumnRole.END


def test_band_above_the_header_is_the_section() -> None:
    from extractor.interpret.tables import section_above_header

    band = cell(0, 0, "Recognition", cols=5)
    t = table([["", "", "", "", ""], HEADER, ["2.1", "", "Nominate for awards", "HR", ""]], [band])
    assert section_above_header(t.grid(), 1) == "Recognition"
    assert read_one(t, "Heading").rows[0].section == "Recognition"
    title = table([["Technician Commitment Action Plan 2024"], HEADER])
    assert section_above_header(title.grid(), 1) is None


def test_label_value_tables_are_records() -> None:
    from extractor.interpret.tables import record_rows

    t = table(
        [
            ["Action", "Run a survey of technical staff"],
            ["Lead", "HR"],
            ["Deadline", "March 2025"],
            ["Action", "Hold a forum"],
            ["Lead", "TCL"],
        ]
    )
    rows = record_rows(t.grid(), "Visibility")
    assert [(r.cells[ColumnRole.ACTION], r.cells[ColumnRole.OWNER]) for r in rows] == [
        ("Run a survey of technical staff", "HR"),
        ("Hold a forum", "TCL"),
    ]
    assert rows[0].cells[ColumnRole.END] == "March 2025"
    assert rows[0].section == "Visibility"
    assert rows[1].provenance.cell == "A4"
    assert record_rows(table([["Version", "3"]]).grid(), None) == []


def test_key_heading_row_ends_the_actions() -> None:
    from extractor.interpret.tables import starts_key

    assert starts_key(table([["Key to leads"]]).grid()[0])
    assert not starts_key(table([["Key", "x"]]).grid()[0])
    assert not starts_key(table([["Keep a register of technicians and their keys to labs"]]).grid()[0])


def test_a_block_of_single_cells_does_not_continue_a_table() -> None:
    first = read_one(table([HEADER, ["1.1", "", "Run a survey", "HR", ""]]))
    key = table([["Key", "", "", "", ""], ["HR = Human Resources", "", "", "", ""]])
    assert not continues_table(key, first.columns)


def test_group_label_over_period_columns() -> None:
    timeline = cell(0, 2, "Timeline", cols=2)
    rows = [["Action", "Lead", "", ""], ["", "", "Q1 2024", "Q2 2024"]]
    grid = table(rows, [timeline, cell(0, 0, "Action", rows=2), cell(0, 1, "Lead", rows=2)]).grid()
    top, last = header_extent(grid, find_header(grid) or 0)
    assert columns_from_header(grid, top, last).periods == ["2024-01", "2024-04"]


def test_note_across_the_table_is_no_action() -> None:
    note = cell(2, 0, "These actions build on the 2021 survey, and run for three years.", cols=5)
    rows = [HEADER, ["Visibility"], ["", "", "", "", ""], ["1.1", "", "Run a survey", "HR", ""]]
    reading = read_one(table(rows, [note]))
    assert [row.cells[ColumnRole.ACTION] for row in reading.rows] == ["Run a survey"]
    assert [rule for rule, _, _ in reading.rejected] == ["note_row"]


def test_a_second_header_inside_the_table() -> None:
    rows = [
        HEADER,
        ["1.1", "", "Run a survey", "HR", "Done"],
        ["Action", "Owner", "Deadline", "", ""],
        ["Hold a forum", "TCL", "May 2025", "", ""],
    ]
    reading = read_one(table(rows))
    assert reading.rows[1].cells == {
        ColumnRole.ACTION: "Hold a forum",
        ColumnRole.OWNER: "TCL",
        ColumnRole.END: "May 2025",
    }


def test_an_action_with_only_a_bar_is_no_section() -> None:
    rows = [["Action", "Lead", "Q1 2024", "Q2 2024"], ["Run a survey", "HR", "", ""], ["Hold a forum", "", "", ""]]
    reading = read_one(table(rows, [cell(2, 2, "", fill="#5b9bd5")]))
    assert [row.cells[ColumnRole.ACTION] for row in reading.rows] == ["Run a survey", "Hold a forum"]


def test_keys_side_by_side() -> None:
    from extractor.interpret.tables import key_entries

    assert key_entries(["TCL", "Technician Commitment Lead", "Green", "Complete or on track"]) == [
        ("TCL", "Technician Commitment Lead")
    ]
    assert key_entries(["TCL", "Lead", "HR", "Human Resources"]) == [("TCL", "Lead"), ("HR", "Human Resources")]
    rows = [
        ["Action", "Lead", "Status"],
        ["Run a survey", "HR", "Done"],
        ["Key", "", "RAG key", ""],
        ["HR", "Human Resources", "Green", "Complete"],
    ]
    reading = read_one(table(rows))
    assert len(reading.rows) == 1
    assert reading.legend == [("HR", "Human Resources")]
    side = table(
        [["Key", "", "RAG key", ""], ["HR", "Human Resources", "Green", "Complete"], ["TN", "Network", "", ""]]
    )
    assert key_table_entries(side.grid()) == [("HR", "Human Resources"), ("TN", "Network")]


def test_a_table_in_parts_keeps_the_section_row_in_force() -> None:
    first = read_one(table([HEADER, ["Visibility"], ["1.1", "", "Run a survey", "HR", "x"]]))
    assert first.last_section == "Visibility"
    parts = [table([HEADER, ["Visibility"], ["1.1", "", "Run a survey", "HR", "x"]])]
    again = table([HEADER, ["1.2", "", "Hold a forum", "TC", "x"]])
    other = table([["Action", "Owner"], ["Hold a forum", "TC"]])
    tables = [SourceTable(parts[0]), *(SourceTable(t, "Heading", after_heading=False) for t in (again, other))]
    read = read_tables(tables, FROM_DOCUMENT)
    assert read.tables[1].rows[0].section == "Visibility"
    assert read.tables[2].rows[0].section == "Heading"


def test_key_headings() -> None:
    from extractor.interpret.tables import starts_key

    for text in ("Key", "Owner key", "RAG status key", "Status key:", "Key to leads", "Abbreviations", "Owner codes"):
        assert starts_key(table([[text]]).grid()[0]), text
    assert starts_key(table([["Key", "", "Status key"]]).grid()[0])
    for text in ("Key priorities", "Keeping technicians informed", "Recognition"):
        assert not starts_key(table([[text]]).grid()[0]), text


def test_a_long_shaded_band_in_the_first_column_is_a_section() -> None:
    band = cell(
        1, 0, "Pillar one: Visibility, making the work of technicians seen across the whole university", fill="#dddddd"
    )
    reading = read_one(
        table([HEADER, ["", "", "", "", ""], ["1.1", "", "Run a survey", "HR", "x"]], [band]),
    )
    assert reading.rows[0].section == band.text


def test_undated_period_columns_are_warned_about() -> None:
    reading = read_one(table([["Action", "Lead", "Year 1", "Year 2"], ["Run a survey", "HR", "X", ""]]))
    assert reading.rows[0].timeline == ()
    assert [code for code, _, _ in reading.warnings] == ["undated_periods"]


def test_a_plain_row_under_a_bold_header_is_no_header() -> None:
    from extractor.interpret.tables import dressed_like_header

    bold = [cell(0, k, text, bold=True) for k, text in enumerate(["Ref", "Action", "Lead"])]
    rows = [["", "", ""], ["Engagement"], ["1.1", "Run a survey", "HR"]]
    t = table(rows, bold)
    assert not dressed_like_header(t.grid(), 0, 1)
    reading = read_one(t)
    assert [(r.cells[ColumnRole.REF], r.section) for r in reading.rows] == [("1.1", "Engagement")]
    target = [*bold, cell(1, 2, "date", bold=True)]
    assert dressed_like_header(table([["", "", ""], ["", "", ""]], target).grid(), 0, 1)


def test_rag_from_the_colour_of_a_leading_mark() -> None:
    from dataclasses import replace

    dot = replace(cell(1, 1, "\u25cf Complete"), mark_color="#00b050")
    assert cell_rag(dot) == "green"
    reading = read_one(table([["Action", "Status"], ["Run a survey", ""]], [dot]))
    assert [row.rag for row in reading.rows] == ["green"]


def test_owner_key_lines_under_the_actions_are_a_key() -> None:
    rows = [
        ["Ref", "Action", "Owner"],
        ["1.1", "Run a survey", "DTS"],
        ["", "", ""],
        ["", "Owners", ""],
        ["", "DTS \u2013 Director of Technical Services", ""],
        ["", "TFL: Technical Forum Lead", ""],
        ["", "Bars show the quarter of the work.", ""],
    ]
    t = table(rows, [cell(3, 1, "Owners", bold=True)])
    grid = t.grid()
    assert key_line(grid[4]) == ("DTS", "Director of Technical Services")
    assert key_line(grid[1]) is None
    assert starts_key_lines(grid, 3)
    assert starts_key_lines(grid, 4)
    assert not starts_key_lines(grid, 5)  # one line alone is no run
    reading = read_one(t)
    assert [row.cells[ColumnRole.ACTION] for row in reading.rows] == ["Run a survey"]
    assert reading.legend == [("DTS", "Director of Technical Services"), ("TFL", "Technical Forum Lead")]


def test_an_action_naming_a_code_is_not_a_key_line() -> None:
    rows = [["Action", "Owner"], ["HR - review the probation policy for technicians", "HR"], ["Run a survey", "TC"]]
    reading = read_one(table(rows))
    assert len(reading.rows) == 2


def test_note_explaining_the_gantt_mark_is_no_action() -> None:
    rows = [
        ["Action", "Owner", "Q1 2025", "Q2 2025"],
        ["Run a survey", "HR", "X", ""],
        ["", "", "", ""],
        ["X = work planned in the quarter", "", "", ""],
    ]
    t = table(rows)
    grid = t.grid()
    assert is_mark_note(grid[3], 3, frozenset({"X"}))
    assert not is_mark_note(grid[3], 3, frozenset({"\u25cf"}))  # not the mark this Gantt uses
    reading = read_one(t)
    assert [row.cells[ColumnRole.ACTION] for row in reading.rows] == ["Run a survey"]
    assert [code for code, _, _ in reading.rejected] == ["mark_note"]


# --- rules for a table carried on over a page break (shared by every format) ---


def test_legend_block_alone_in_a_row_is_no_action() -> None:
    from extractor.interpret.tables import is_legend_row

    key = "TCL: Technician Commitment Lead\nHR - Human Resources"
    assert is_legend_row(["", key, ""], min_lines=2)
    assert not is_legend_row([key, "Run a survey"], min_lines=2)  # beside an action: not a key
    assert not is_legend_row(["TCL: Technician Commitment Lead"], min_lines=2)  # one line is too few
    assert not is_legend_row(["Run a survey of all technicians\nand report"], min_lines=2)


def test_row_without_its_own_ref_continues_the_row_before() -> None:
    from extractor.interpret.tables import continues_previous_row

    before = {ColumnRole.REF: "1.2", ColumnRole.ACTION: "Run a survey of"}
    rest = {ColumnRole.ACTION: "all technicians"}
    assert continues_previous_row(rest, {ColumnRole.ACTION}, before, has_ref=True, marked=False)
    own = {ColumnRole.REF: "1.3", ColumnRole.ACTION: "Hold a forum"}
    assert not continues_previous_row(own, {ColumnRole.REF, ColumnRole.ACTION}, before, has_ref=True, marked=False)


def test_action_going_on_in_lower_case_continues_the_row_before() -> None:
    from extractor.interpret.tables import continues_previous_row

    before = {ColumnRole.ACTION: "Run a survey of", ColumnRole.OWNER: "HR"}
    assert continues_previous_row(
        {ColumnRole.ACTION: "all technicians"}, {ColumnRole.ACTION}, before, has_ref=False, marked=False
    )
    # an action of its own, with its owner, starts a new row
    new = {ColumnRole.ACTION: "Hold a forum", ColumnRole.OWNER: "TC"}
    assert not continues_previous_row(new, {ColumnRole.ACTION, ColumnRole.OWNER}, before, has_ref=False, marked=False)
    # capitalised, no owner here while the row before had one, and it stopped mid-sentence: the rest of it
    rest = {ColumnRole.ACTION: "Technicians in every school"}
    assert continues_previous_row(rest, {ColumnRole.ACTION}, before, has_ref=False, marked=False)
    assert not continues_previous_row(rest, {ColumnRole.ACTION}, before, has_ref=False, marked=True)


def test_theme_cut_by_the_page_break_is_rejoined() -> None:
    from extractor.interpret.tables import rejoin_split_groups

    earlier = [
        {ColumnRole.THEME: "Career development and", ColumnRole.ACTION: "A"},
        {ColumnRole.THEME: "Career development and", ColumnRole.ACTION: "B"},
    ]
    rewrite = rejoin_split_groups([(ColumnRole.THEME, "progression"), (ColumnRole.ACTION, "c")], earlier)
    whole = "Career development and\nprogression"
    assert [cells[ColumnRole.THEME] for cells in earlier] == [whole, whole]
    assert rewrite == {ColumnRole.THEME: ("progression", whole)}
    # a theme that ended its sentence is not joined to the next
    assert rejoin_split_groups([(ColumnRole.THEME, "visibility")], [{ColumnRole.THEME: "Recognition."}]) == {}


def test_continued_row_adds_its_cells_on_new_lines() -> None:
    from extractor.interpret.tables import join_cells

    cells = {ColumnRole.ACTION: "Run a survey of"}
    join_cells(cells, [(ColumnRole.ACTION, "all technicians "), (ColumnRole.OWNER, "HR")])
    assert cells == {ColumnRole.ACTION: "Run a survey of\nall technicians", ColumnRole.OWNER: "HR"}


def test_unmapped_warning_names_the_column() -> None:
    from extractor.interpret.tables import unmapped_warning

    assert unmapped_warning("Notes", None) == (
        "unmapped",
        "text in column 'Notes' fits no field; kept as unmapped",
        None,
    )
    assert "a column without a header" in unmapped_warning("", None)[1]


# --- tables measured on PDF pages: cells built by the layouts, read here ---

PAGE_BOX = (0.0, 80.0, 300.0, 400.0)


def _measured(
    header: list[str], rows: list[list[str]], *, page: int = 1, bold: bool = False, blank: tuple[int, ...] = ()
) -> Table:
    """A measured table as a PDF layout builds it: one header row (none when `header` is
    empty: the table goes on under the header before), then a band per row; `blank` columns
    get a blank cell in the first band."""
    names = header or ["Theme", "Ref", "Action"]
    columns = label_columns([(float(k), float(k + 1), (text,) if header else ()) for k, text in enumerate(names)])
    bands = []
    for r, texts in enumerate(rows):
        box = (0.0, 100.0 + 20 * r, 300.0, 118.0 + 20 * r)
        band = CellBand(box)
        for k, text in enumerate(texts):
            if text or (r == 0 and k in blank):
                band.cells.append((None, TableCell(row=0, col=k, text=text, provenance=place(page, box), bold=bold)))
        bands.append(band)
    return build_table(page, PAGE_BOX, columns, (0.0, 80.0, 300.0, 98.0) if header else None, bands)


def test_page_table_rows_carry_their_band_as_provenance() -> None:
    table = _measured(["Ref", "Action", "Lead"], [["1.1", "Run a survey", "HR"], ["1.2", "Hold a forum", "TC"]])
    output = read_pages(table)
    assert [row.cells[ColumnRole.ACTION] for row in output.rows] == ["Run a survey", "Hold a forum"]
    box = output.rows[1].provenance.bbox
    assert box is not None
    assert (box.top, box.bottom) == (120.0, 138.0)


def test_merged_cell_cut_into_bands_spans_them() -> None:
    columns = label_columns([(0.0, 1.0, ("Theme",)), (1.0, 2.0, ("Action",)), (2.0, 3.0, ("Lead",))])
    theme = TableCell(row=0, col=0, text="Engagement", provenance=place(1, (0, 0, 1, 40)))
    bands = [
        CellBand((0, 0, 3, 20), [("theme", theme), (None, replace(theme, col=1, text="Run a survey"))]),
        CellBand((0, 20, 3, 40), [("theme", theme), (None, replace(theme, col=1, text="Hold a forum"))]),
    ]
    table = build_table(1, (0, 0, 3, 40), columns, (0, -20, 3, 0), bands)
    grid = table.grid()
    assert grid[1][0] is grid[2][0]
    assert grid[2][0] is not None
    assert grid[2][0].row_span == 2
    assert len(table.row_places) == table.n_rows == 3
    assert [row.cells[ColumnRole.THEME] for row in read_pages(table).rows] == ["Engagement"] * 2


def test_marked_or_filled_period_cell_is_on_the_timeline() -> None:
    header = ["Action", "Lead", "Q1 2024", "Q2 2024"]
    table = _measured(header, [["Run a survey", "HR", "X", ""]])
    assert read_pages(table).rows[0].timeline == ("2024-01",)
    measured = label_columns([(float(k), k + 1.0, (text,)) for k, text in enumerate(header)])
    columns = TableColumns(columns=measured, header=[c.header.lower() for c in measured])
    action = TableCell(row=1, col=0, text="Run a survey", provenance=place(1, PAGE_BOX))
    bar = replace(action, col=3, text="", fill="#4472c4")
    assert row_timeline([action, None, None, bar], columns) == ["2024-04"]
    assert row_timeline([action, None, None, replace(bar, fill="#ffffff")], columns) == []


def test_bold_cell_alone_in_its_row_is_a_section() -> None:
    rows = [["", "Early wins", ""], ["1.1", "Run a survey", "HR"]]
    plain = read_pages(_measured(["Ref", "Action", "Lead"], rows)).rows
    assert [r.cells[ColumnRole.ACTION] for r in plain] == ["Early wins", "Run a survey"]
    table = _measured(["Ref", "Action", "Lead"], rows)
    bold = replace(table, cells=tuple(replace(c, bold=c.text == "Early wins") for c in table.cells))
    assert [r.section for r in read_pages(bold).rows] == ["Early wins"]


def test_blank_theme_at_the_top_of_a_continued_table_takes_the_theme_above() -> None:
    first = _measured(["Theme", "Ref", "Action"], [["Engagement", "1.1", "Run a survey"]])
    second = _measured([], [["", "1.2", "Hold a forum"]], page=2, blank=(0,))
    rows = read_pages(first, second).rows
    assert [r.cells.get(ColumnRole.THEME) for r in rows] == ["Engagement", "Engagement"]


def test_row_going_on_over_the_page_break_joins_the_row_before() -> None:
    first = _measured(["Ref", "Action", "Lead"], [["1.1", "Run a survey of", "HR"]])
    second = _measured([], [["", "all technicians", ""], ["1.2", "Hold a forum", "TC"]], page=2)
    rows = read_pages(first, second).rows
    assert [r.cells[ColumnRole.ACTION] for r in rows] == ["Run a survey of\nall technicians", "Hold a forum"]
    assert rows[0].provenance.pages == [1, 2]


# --- one reading for every source: what differs is a named fact of the source ---


def test_every_source_fact_is_described_and_the_presets_are_frozen() -> None:
    from dataclasses import FrozenInstanceError, fields

    import pytest

    for item in fields(TableSource):
        assert item.metadata.get("description"), item.name
    assert TableSource() == FROM_DOCUMENT
    assert FROM_PAGES.header_marked
    assert FROM_PAGES.cut_at_page_ends
    assert FROM_PAGES.wrapped_lines
    with pytest.raises(FrozenInstanceError):
        FROM_PAGES.wrapped_lines = False  # type: ignore[misc]


def test_typed_breaks_only_where_lines_are_not_wrapping() -> None:
    rows = [["Action", "Lead"], ["Run a survey", "HR\nTCL"]]
    assert read_one(table(rows)).rows[0].cells[ColumnRole.OWNER] == "HR\n\nTCL"
    wrapped = read_tables([SourceTable(table(rows))], replace(FROM_DOCUMENT, wrapped_lines=True))
    assert wrapped.output.rows[0].cells[ColumnRole.OWNER] == "HR\nTCL"


def test_a_table_cut_at_a_page_end_goes_on_only_where_the_source_says_so() -> None:
    first = _measured(["Ref", "Action", "Lead"], [["1.1", "Run a survey of", "HR"]])
    second = _measured([], [["", "all technicians", ""]], page=2)
    assert len(read_pages(first, second).rows) == 1
    separate = replace(FROM_PAGES, cut_at_page_ends=False)
    assert len(read_tables([SourceTable(first), SourceTable(second)], separate).output.rows) == 2


def test_section_row_holds_over_the_next_table_only_when_cut_at_page_ends() -> None:
    first = _measured(["Ref", "Action", "Lead"], [["", "Being seen", ""], ["1.1", "Run a survey", "HR"]], bold=True)
    second = _measured(["Ref", "Action", "Lead"], [["1.2", "Hold a forum", "TC"]], page=2)
    assert [r.section for r in read_pages(first, second).rows] == ["Being seen", "Being seen"]


# --- one section-row rule for a printed table and a document's ---


def test_a_pillar_named_alone_is_a_section_printed_or_not() -> None:
    rows = [["", "Career development", ""], ["1.1", "Run a survey", "HR"]]
    document_rows = read_one(table([["Ref", "Action", "Lead"], *rows])).rows
    printed_rows = read_pages(_measured(["Ref", "Action", "Lead"], rows)).rows
    for read in (document_rows, printed_rows):
        assert [(r.section, r.cells[ColumnRole.ACTION]) for r in read] == [("Career development", "Run a survey")]


def test_a_lone_cell_in_a_middle_column_of_a_dense_printed_table_is_no_section() -> None:
    rows = [["", "Early", ""], ["1.1", "Run a survey", "HR"], ["1.2", "Hold a forum", "TC"], ["1.3", "Mentor", "TC"]]
    read = read_pages(_measured(["Ref", "Action", "Lead"], rows)).rows
    assert [(r.section, r.cells[ColumnRole.ACTION]) for r in read][:2] == [(None, "Early"), (None, "Run a survey")]
    grid = _measured(["Ref", "Action", "Lead"], rows).grid()
    assert is_section_row(table([["Early"]]).grid()[0], 0, columns_from_header(grid, 0, 0), dense=True)


def test_a_date_written_across_start_and_end_is_no_section() -> None:
    dates = cell(1, 2, "Ongoing", cols=2)
    grid = table([["Action", "Lead", "Start", "End"], ["", "", "", ""]], [dates]).grid()
    assert not is_section_row(grid[1], 1, columns_from_header(grid, 0, 0), dense=False)


def test_a_shaded_band_ended_by_a_full_stop_is_a_section() -> None:
    band = cell(1, 0, "Visibility. Make the work of technicians seen.", cols=5, fill="#dddddd")
    reading = read_one(table([HEADER, ["", "", "", "", ""], ["1.1", "", "Run a survey", "HR", ""]], [band]))
    assert [row.section for row in reading.rows] == ["Visibility. Make the work of technicians seen."]


def test_a_key_heading_row_in_a_printed_table_starts_its_key() -> None:
    rows = [["1.1", "Run a survey", "HR"], ["Key to leads", "", ""], ["HR - Human Resources", "", ""]]
    rows.append(["TC - Technical Committee", "", ""])
    output = read_pages(_measured(["Ref", "Action", "Lead"], rows, bold=True))  # bold: a heading as printed
    assert [r.cells[ColumnRole.ACTION] for r in output.rows] == ["Run a survey"]
    assert output.legend == {"HR": "Human Resources", "TC": "Technical Committee"}


def test_a_note_across_a_printed_table_is_no_action() -> None:
    columns = label_columns([(float(k), k + 1.0, (text,)) for k, text in enumerate(["Ref", "Action", "Lead"])])
    note = TableCell(
        row=0,
        col=0,
        text="Actions 2.4 and 2.5 carry over from the last plan.",
        col_span=3,
        provenance=place(1, (0, 100, 300, 118)),
    )
    action = [(None, replace(note, col=k, col_span=1, text=t)) for k, t in enumerate(["1.1", "Run a survey", "HR"])]
    bands = [CellBand((0, 100, 300, 118), [(None, note)]), CellBand((0, 120, 300, 138), action)]
    output = read_pages(build_table(1, PAGE_BOX, columns, (0.0, 80.0, 300.0, 98.0), bands))
    assert [r.cells[ColumnRole.ACTION] for r in output.rows] == ["Run a survey"]
    assert [rule for rule, _, _ in output.rejected] == ["note_row"]
