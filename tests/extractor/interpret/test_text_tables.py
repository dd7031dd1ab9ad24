"""Tables read from text lines: the cells a text reader builds, and the rules that read them."""

from __future__ import annotations

from dataclasses import replace

from extractor.document import TableCell
from extractor.interpret.tables import (
    FROM_TEXT,
    SourceTable,
    TextRow,
    guessed_columns,
    is_header_continuation,
    is_marked_section,
    is_text_section_cell,
    join_split_rows,
    looks_like_header,
    marked_section_above,
    printed_merged_columns,
    read_tables,
    read_text_tables,
    rebuild_merged_columns,
    row_lines,
    text_period_columns,
    text_rows_to_raw_rows,
    text_source_tables,
    text_table_rows,
)
from extractor.layouts.text_cells import cell_lines_to_table_rows
from extractor.layouts.text_guess import guess_headerless
from extractor.layouts.text_tables import Columns, header_cells, header_rows_to_columns, lines_to_table_rows
from extractor.layouts.text_themes import Break
from extractor.rows import ColumnRole
from extractor.sources import SourceLine
from schemas.plan import Provenance


def lines(text: str) -> list[SourceLine]:
    return [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]


TABS = "Recognition\nRef\tAction\tLead\tDeadline\n1.1\tRun an award\tHR\t2031\n1.2\tName technicians\tCM\t2032\n"


def test_a_text_table_is_a_table_of_cells_with_their_lines() -> None:
    scan = lines_to_table_rows(lines(TABS))
    assert scan.body_rows == 2
    assert scan.mode == "tab"
    (text_table,) = scan.tables
    table = text_table.table
    assert (table.n_rows, table.n_cols) == (4, 4)
    section = [c for c in table.cells if c.row == 0]
    assert [(c.text, c.col_span, c.provenance.line) for c in section] == [("Recognition", 4, 1)]
    assert all(c.header for c in table.cells if c.row == 1)
    action = next(c for c in table.cells if c.text == "Name technicians")
    assert (action.row, action.col, action.provenance.line) == (3, 1, 4)


def test_text_rows_carry_the_section_and_the_break() -> None:
    rows = text_table_rows(lines_to_table_rows(lines(TABS)).tables)
    assert [(r.section, r.brk, r.first) for r in rows] == [
        ("Recognition", Break.HARD, 3),
        ("Recognition", Break.NONE, 4),
    ]
    raw = read_text_tables(lines_to_table_rows(lines(TABS)).tables).rows
    assert raw[1].cells[ColumnRole.OWNER] == "CM"
    assert raw[1].provenance.line == 4


def test_a_repeated_header_is_a_soft_break() -> None:
    text = TABS + "Ref\tAction\tLead\tDeadline\n1.3\tHold a day\tHR\t2033\n"
    rows = text_table_rows(lines_to_table_rows(lines(text)).tables)
    assert [r.brk for r in rows] == [Break.HARD, Break.NONE, Break.SOFT]


def _row(cells: list[str], columns: Columns, line: int, brk: Break = Break.NONE) -> TextRow:
    return TextRow(cells, line, line, None, brk, columns)


def test_join_split_rows_joins_the_rest_of_a_row_cut_by_a_page() -> None:
    columns = Columns({0: ColumnRole.REF, 1: ColumnRole.ACTION, 2: ColumnRole.OWNER}, {}, 3, "tab", 1)
    rows = [
        _row(["1.1", "Run an award for", "HR"], columns, 2),
        _row(["", "technicians", ""], columns, 3),
        _row(["1.2", "Hold a day", "CM"], columns, 4),
        _row(["1.3", "Name staff", "CM"], columns, 5),
    ]
    joined = join_split_rows(rows)
    assert joined[0].cells == ["1.1", "Run an award for\ntechnicians", "HR"]
    assert (joined[0].first, joined[0].last, len(joined)) == (2, 3, 3)


def test_rebuild_merged_columns_joins_a_theme_printed_in_pieces() -> None:
    columns = Columns({0: ColumnRole.PILLAR, 1: ColumnRole.ACTION}, {}, 2, "tab", 1)
    rows = [_row(["Career", "Run a course"], columns, 2, Break.HARD), _row(["Development", "Hold a fair"], columns, 3)]
    assert rebuild_merged_columns(rows) == [{ColumnRole.PILLAR: "Career Development"}] * 2


def test_rebuild_merged_columns_fills_down_when_the_text_is_at_the_top() -> None:
    columns = Columns({0: ColumnRole.THEME, 1: ColumnRole.ACTION}, {}, 2, "pipe", 1)
    rows = [_row(["Awards", "Run a prize"], columns, 2, Break.HARD), _row(["", "Hold a fair"], columns, 3)]
    for row in rows:
        row.top_aligned = True
    assert rebuild_merged_columns(rows) == [{ColumnRole.THEME: "Awards"}] * 2


def test_text_period_columns() -> None:
    text = "Action\tLead\tQ1 2031\tQ2 2031\nRun a course\tHR\tX\t\n"
    tables = lines_to_table_rows(lines(text)).tables
    assert text_period_columns(tables) == ["2031-01", "2031-04"]
    read = read_text_tables(tables)
    assert read.rows[0].timeline == ("2031-01",)
    assert read.period_columns == ["2031-01", "2031-04"]


def test_a_period_label_spans_the_empty_header_cells_beside_it() -> None:
    rows = [[(t, 1, 1) for t in ["Action", "2031", "", ""]], [(t, 2, 2) for t in ["", "Q1", "Q2", "Q3"]]]
    cells = header_cells(rows, 0)
    assert [(c.text, c.row, c.col, c.col_span) for c in cells if c.text] == [
        ("Action", 0, 0, 1),
        ("2031", 0, 1, 3),
        ("Q1", 1, 1, 1),
        ("Q2", 1, 2, 1),
        ("Q3", 1, 3, 1),
    ]
    assert all(c.header for c in cells)


def test_a_text_header_is_read_as_any_table_header() -> None:
    columns = header_rows_to_columns(
        [["Action", "Lead", "2031", "", "", ""], ["", "", "Q1", "Q2", "Q3", "Q4"]], "tab", 1
    )
    assert columns.roles == {0: ColumnRole.ACTION, 1: ColumnRole.OWNER}
    assert columns.periods == {2: "2031-01", 3: "2031-04", 4: "2031-07", 5: "2031-10"}
    assert columns.width == 6


def test_is_text_section_cell() -> None:
    columns = Columns({0: ColumnRole.THEME, 1: ColumnRole.ACTION, 2: ColumnRole.OWNER}, {}, 3, "tab", 1)
    assert is_text_section_cell(1, "Career Development 2031", columns)  # alone in the Action column
    assert not is_text_section_cell(0, "Career Development", columns)  # a Theme cell's piece
    assert not is_text_section_cell(1, "Run a course for new staff.", columns)  # a sentence
    assert not is_text_section_cell(1, "Page header", columns, frozenset({"Page header"}))
    assert not is_text_section_cell(2, "HR", columns)
    piped = Columns({0: ColumnRole.THEME, 1: ColumnRole.ACTION}, {}, 2, "pipe", 1)
    assert is_text_section_cell(0, "**Visibility**", piped)


def test_looks_like_header() -> None:
    assert looks_like_header(["Ref", "Action", "Lead", "Deadline"])
    assert looks_like_header(["Action", "Owner", "Q1 2031", ""])
    assert not looks_like_header(["1.1", "Action", "Lead"])  # a ref value: a body row
    assert not looks_like_header(["Theme", "Notes", "Comments"])  # no Action column
    assert not looks_like_header(["Action", "Lead", "Alpha", "Beta", "Gamma"])  # most cells name no column


def test_is_header_continuation() -> None:
    roles = {0: ColumnRole.ACTION, 1: ColumnRole.OWNER}
    assert is_header_continuation(["", "", "Q1 2031", "Q2 2031"], roles)  # periods under the header
    assert is_header_continuation(["", "Name"], roles)  # a short label under an empty Action column
    assert not is_header_continuation(["Run a course", "HR"], roles)  # an action: the first body row
    assert not is_header_continuation(["", "Visibility"], roles)  # a pillar alone opens the first section
    assert not is_header_continuation(["", ""], roles)


def test_text_tables_are_read_with_the_from_text_facts() -> None:
    assert FROM_TEXT.sections_marked
    assert FROM_TEXT.header_marked
    assert FROM_TEXT.records_split_over_lines
    assert FROM_TEXT.merged_printed_once
    assert not FROM_TEXT.merged_at_top
    assert not FROM_TEXT.cut_at_page_ends


def test_is_marked_section() -> None:
    where = Provenance(line=1)
    assert is_marked_section([TableCell(0, 0, "Recognition", where, col_span=3)], 3)
    assert not is_marked_section([TableCell(0, 0, "Recognition", where, col_span=2)], 3)  # not across the table
    assert not is_marked_section([TableCell(0, 0, "Action", where, col_span=3, header=True)], 3)
    assert not is_marked_section([TableCell(0, 0, "a", where), TableCell(0, 1, "b", where)], 2)


def test_a_section_is_read_only_where_the_reader_marked_sections() -> None:
    tables = lines_to_table_rows(lines(TABS)).tables
    assert [r.section for r in text_table_rows(tables)] == ["Recognition", "Recognition"]
    unmarked = replace(FROM_TEXT, sections_marked=False)
    assert [(r.cells[0], r.section) for r in text_table_rows(tables, unmarked)] == [
        ("Recognition", None),  # left as a row of text
        ("1.1", None),
        ("1.2", None),
    ]


def test_split_records_are_joined_only_where_the_source_says_so() -> None:
    columns = Columns({0: ColumnRole.REF, 1: ColumnRole.ACTION, 2: ColumnRole.OWNER}, {}, 3, "tab", 1)
    rows = [_row(["1.1", "Run an award for", "HR"], columns, 2), _row(["", "technicians", ""], columns, 3)]
    assert len(text_rows_to_raw_rows(rows)) == 1
    assert len(text_rows_to_raw_rows(rows, replace(FROM_TEXT, records_split_over_lines=False))) == 2


def test_merged_values_are_rebuilt_only_where_printed_once() -> None:
    columns = Columns({0: ColumnRole.PILLAR, 1: ColumnRole.ACTION}, {}, 2, "tab", 1)
    rows = [_row(["Career", "Run a course"], columns, 2, Break.HARD), _row(["Development", "Hold a fair"], columns, 3)]
    assert printed_merged_columns(rows) == [{ColumnRole.PILLAR: "Career"}, {ColumnRole.PILLAR: "Development"}]
    every_row = replace(FROM_TEXT, merged_printed_once=False)
    assert [r.cells[ColumnRole.PILLAR] for r in text_rows_to_raw_rows(rows, every_row)] == ["Career", "Development"]
    assert [r.cells[ColumnRole.PILLAR] for r in text_rows_to_raw_rows(rows)] == ["Career Development"] * 2


def test_the_one_loop_reads_the_sections_a_text_reader_marked() -> None:
    text = TABS + "Development\n1.3\tRun a course\tHR\t2033\nRef\tAction\tLead\n2.1\tHold a day\tCM\n"
    tables = lines_to_table_rows(lines(text)).tables
    read = read_tables([SourceTable(t.table) for t in tables], FROM_TEXT).output
    assert [(r.cells[ColumnRole.ACTION], r.section) for r in read.rows] == [
        ("Run an award", "Recognition"),  # placed above the header
        ("Name technicians", "Recognition"),
        ("Run a course", "Development"),  # a section row in the body
        ("Hold a day", "Development"),  # in force over the next table
    ]
    assert [r.section for r in read.rows] == [r.section for r in read_text_tables(tables).rows]


def test_marked_section_above() -> None:
    table = lines_to_table_rows(lines(TABS)).tables[0].table
    assert marked_section_above(table.grid(), 1, table.n_cols) == "Recognition"
    assert marked_section_above(table.grid(), 0, table.n_cols) is None


WITHOUT_PASSES = replace(FROM_TEXT, records_split_over_lines=False, merged_printed_once=False)


def _both(tables: list) -> tuple[list, list]:
    def key(row: object) -> tuple:
        return (row.cells, row.section, row.timeline, row.unmapped, row.provenance, row.rag)  # type: ignore[attr-defined]

    one = read_tables(text_source_tables(tables), WITHOUT_PASSES).output.rows
    return [key(r) for r in one], [key(r) for r in read_text_tables(tables, WITHOUT_PASSES).rows]


def test_the_one_loop_reads_text_tables_as_the_text_loop_before_its_passes() -> None:
    text = TABS + "Development\n1.3\tRun a course\tHR\t2033\n"
    one, text_loop = _both(lines_to_table_rows(lines(text)).tables)
    assert one == text_loop
    assert len(one) == 3
    cells = "Ref\nAction\nLead\n1.1\nRun an award for\nnew staff\nHR\n1.2\nName technicians\nCM\n"
    one, text_loop = _both(cell_lines_to_table_rows(lines(cells)).tables)
    assert one == text_loop
    assert len(one) == 2
    guessed = guess_headerless([(["1.1", "Run an award for technicians", "HR", "2031"], 1)] * 3)
    one, text_loop = _both(guessed)
    assert one == text_loop
    assert len(one) == 3


def test_guessed_columns() -> None:
    columns = guessed_columns({1: ColumnRole.ACTION, 2: ColumnRole.OWNER}, 3)
    assert [c.role for c in columns.columns] == [None, ColumnRole.ACTION, ColumnRole.OWNER]
    assert columns.header == ["", "", ""]
    assert columns.periods == []


def test_row_lines_run_from_the_first_line_of_a_rows_cells_to_the_last() -> None:
    table = lines_to_table_rows(lines(TABS)).tables[0].table
    places = row_lines(table)
    assert [(p.line, p.end_line) for p in places] == [(1, 1), (2, 2), (3, 3), (4, 4)]
