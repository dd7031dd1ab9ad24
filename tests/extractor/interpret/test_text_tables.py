"""Tables read from text lines: the cells a text reader builds, and the rules that read them."""

from __future__ import annotations

from dataclasses import replace

from extractor.document import Table, TableCell
from extractor.interpret.tables import (
    FROM_DOCUMENT,
    FROM_PAGES,
    FROM_TEXT,
    BodyRow,
    SourceTable,
    TableSource,
    columns_from_header,
    guessed_columns,
    header_break,
    is_header_continuation,
    is_marked_section,
    is_text_section_cell,
    join_texts,
    joined_rows,
    looks_like_header,
    marked_section_above,
    read_tables,
    rebuild_merged_columns,
    row_lines,
    text_source_tables,
)
from extractor.layouts.text_cells import cell_lines_to_table_rows
from extractor.layouts.text_guess import guess_headerless
from extractor.layouts.text_tables import Columns, header_cells, header_rows_to_columns, lines_to_table_rows
from extractor.layouts.text_themes import Break
from extractor.rows import ColumnRole, LayoutOutput, RawRow
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


def read(text: str, source: TableSource = FROM_TEXT) -> LayoutOutput:
    """A text's tab, pipe or space-separated tables as the one table loop reads them."""
    return read_tables(text_source_tables(lines_to_table_rows(lines(text)).tables), source).output


def test_text_rows_carry_the_section_and_their_lines() -> None:
    rows = read(TABS).rows
    assert [(r.section, r.provenance.line) for r in rows] == [("Recognition", 3), ("Recognition", 4)]
    assert rows[1].cells[ColumnRole.OWNER] == "CM"


def test_a_repeated_header_is_a_soft_break_and_a_new_one_a_hard_break() -> None:
    header = columns_from_header(lines_to_table_rows(lines(TABS)).tables[0].table.grid(), 1, 1)
    other = columns_from_header(lines_to_table_rows(lines("Action\tLead\nRun a day\tHR")).tables[0].table.grid(), 0, 0)
    assert header_break(header, header) is Break.SOFT
    assert header_break(header, other) is Break.HARD
    assert header_break(header, None) is Break.HARD


CUT = "Ref\tAction\tLead\n1.1\tRun an award for\tHR\n{between}\ttechnicians\t\n1.2\tHold a day\tCM\n"


def test_join_split_rows_joins_the_rest_of_a_row_cut_by_a_page() -> None:
    rows = read(CUT.format(between="") + "1.3\tName staff\tCM\n").rows
    assert [r.cells[ColumnRole.ACTION] for r in rows] == ["Run an award for\ntechnicians", "Hold a day", "Name staff"]
    assert (rows[0].provenance.line, rows[0].provenance.end_line) == (2, 3)
    assert rows[0].cells[ColumnRole.OWNER] == "HR"


def test_a_row_goes_on_over_a_repeated_header_but_not_over_a_section() -> None:
    over_header = read(CUT.format(between="Ref\tAction\tLead\n")).rows
    assert [r.cells[ColumnRole.ACTION] for r in over_header] == ["Run an award for\ntechnicians", "Hold a day"]
    over_section = read(CUT.format(between="Careers\n")).rows
    assert [(r.cells[ColumnRole.ACTION], r.section) for r in over_section] == [
        ("Run an award for", None),
        ("technicians", "Careers"),
        ("Hold a day", "Careers"),
    ]


def test_joined_rows_reads_the_joined_texts_as_any_row() -> None:
    columns = guessed_columns({0: ColumnRole.ACTION, 1: ColumnRole.OWNER}, 3)
    above = BodyRow(RawRow({}, Provenance(line=2, end_line=2)), ("Run an award for", "HR", "x"), Break.HARD, columns, 0)
    below = BodyRow(RawRow({}, Provenance(line=3, end_line=3)), ("technicians", "", "y"), Break.NONE, columns, 0)
    joined = joined_rows(above, below)
    assert joined.texts == ("Run an award for\ntechnicians", "HR", "x\ny")
    assert joined.raw.cells == {ColumnRole.ACTION: "Run an award for\ntechnicians", ColumnRole.OWNER: "HR"}
    assert joined.raw.unmapped == ("x\ny",)
    assert (joined.raw.provenance.line, joined.raw.provenance.end_line, joined.brk) == (2, 3, Break.HARD)


def test_join_texts() -> None:
    assert join_texts(("a", "", "c"), ("b", "d")) == ("a\nb", "d", "c")


PIECES = "Pillar\tAction\tLead\nCareer\tRun a course\tHR\nDevelopment\tHold a fair\tCM\n"


def test_rebuild_merged_columns_joins_a_pillar_printed_in_pieces() -> None:
    assert [r.cells[ColumnRole.PILLAR] for r in read(PIECES).rows] == ["Career Development"] * 2


PADDED = "{0}Theme{1}Action{1}Lead{2}\n{0}Awards{1}Run a prize{1}HR{2}\n{0}{1}Hold a fair{1}CM{2}\n" + (
    "{0}{1}Name a lab{1}CM{2}\n{0}Prizes{1}Give a cup{1}HR{2}\n"
)


def test_rebuild_merged_columns_fills_down_when_the_text_is_at_the_top() -> None:
    tabs = PADDED.format("", "\t", "")
    centred = [r.cells[ColumnRole.THEME] for r in read(tabs).rows]
    assert centred == ["Awards", "Awards", "Prizes", "Prizes"]  # a printed cell's text sits in its middle
    at_top = [r.cells[ColumnRole.THEME] for r in read(tabs, replace(FROM_TEXT, merged_at_top=True)).rows]
    assert at_top == ["Awards", "Awards", "Awards", "Prizes"]
    pipes = PADDED.format("| ", " | ", " |")  # the reader says a pipe table keeps it at the top
    assert [r.cells[ColumnRole.THEME] for r in read(pipes).rows] == at_top


def test_a_pipe_table_hands_over_its_merged_values_at_the_top() -> None:
    (piped,) = text_source_tables(lines_to_table_rows(lines(PADDED.format("| ", " | ", " |"))).tables)
    (tabbed,) = text_source_tables(lines_to_table_rows(lines(PADDED.format("", "\t", ""))).tables)
    assert piped.merged_at_top
    assert not tabbed.merged_at_top


def test_rebuild_merged_columns_over_body_rows() -> None:
    columns = guessed_columns({0: ColumnRole.PILLAR, 1: ColumnRole.ACTION}, 2)
    rows = [
        BodyRow(RawRow({}, Provenance(line=2)), ("Career", "Run a course"), Break.HARD, columns, 0),
        BodyRow(RawRow({}, Provenance(line=3)), ("Development", "Hold a fair"), Break.NONE, columns, 0),
    ]
    assert rebuild_merged_columns(rows, [False, False]) == [{ColumnRole.PILLAR: "Career Development"}] * 2


def test_text_period_columns() -> None:
    read_out = read("Action\tLead\tQ1 2031\tQ2 2031\nRun a course\tHR\tX\t\n")
    assert read_out.rows[0].timeline == ("2031-01",)
    assert read_out.period_columns == ["2031-01", "2031-04"]


def test_period_columns_of_every_text_table_in_time_order() -> None:
    text = "Action\tLead\tQ1 2032\tQ2 2032\nRun a course\tHR\tX\t\nAction\tLead\tQ4 2031\nHold a fair\tHR\tX\n"
    assert read(text).period_columns == ["2031-10", "2032-01", "2032-04"]


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


def test_a_section_is_read_so_only_where_the_reader_marked_sections() -> None:
    where = Provenance(line=1)
    cells = [
        TableCell(0, 0, "Action", where, header=True),
        TableCell(0, 1, "Lead", where, header=True),
        TableCell(1, 0, "Run by the forum, as agreed.", where, col_span=2),
        TableCell(2, 0, "Run a course", where),
        TableCell(2, 1, "HR", where),
    ]
    table = SourceTable(Table(tuple(cells), where, n_rows=3, n_cols=2))
    marked = read_tables([table], FROM_TEXT).output.rows
    assert [(r.cells[ColumnRole.ACTION], r.section) for r in marked] == [
        ("Run a course", "Run by the forum, as agreed.")
    ]
    unmarked = read_tables([table], replace(FROM_TEXT, sections_marked=False)).output.rows
    # judged as any table's cell: a sentence across the table is a note, no heading
    assert [(r.cells[ColumnRole.ACTION], r.section) for r in unmarked] == [("Run a course", None)]


def test_a_pillar_alone_in_a_theme_column_is_a_piece_of_it_where_the_reader_marks_sections() -> None:
    text = "Ref\tTheme\tAction\tOwner\n1.1\tCareer\tRun a course\tHR\n\tDevelopment\t\t\n1.2\t\tHold a fair\tCM\n"
    rows = read(text).rows
    assert [(r.cells[ColumnRole.THEME], r.section) for r in rows] == [("Career Development", None)] * 2


def test_split_records_are_joined_only_where_the_source_says_so() -> None:
    text = CUT.format(between="")
    assert len(read(text).rows) == 2
    assert len(read(text, replace(FROM_TEXT, records_split_over_lines=False)).rows) == 3


def test_merged_values_are_rebuilt_only_where_printed_once() -> None:
    every_row = replace(FROM_TEXT, merged_printed_once=False)
    assert [r.cells[ColumnRole.PILLAR] for r in read(PIECES, every_row).rows] == ["Career", "Development"]
    assert [r.cells[ColumnRole.PILLAR] for r in read(PIECES).rows] == ["Career Development"] * 2


def test_the_passes_are_off_for_documents_and_pages() -> None:
    for source in (FROM_DOCUMENT, FROM_PAGES):
        assert not source.records_split_over_lines
        assert not source.merged_printed_once


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


def test_marked_section_above() -> None:
    table = lines_to_table_rows(lines(TABS)).tables[0].table
    assert marked_section_above(table.grid(), 1, table.n_cols) == "Recognition"
    assert marked_section_above(table.grid(), 0, table.n_cols) is None


def test_the_one_loop_reads_every_text_readers_tables() -> None:
    text = TABS + "Development\n1.3\tRun a course\tHR\t2033\n"
    rows = read(text).rows
    assert [(r.cells[ColumnRole.REF], r.section, r.provenance.line) for r in rows] == [
        ("1.1", "Recognition", 3),
        ("1.2", "Recognition", 4),
        ("1.3", "Development", 6),
    ]
    cells = "Ref\nAction\nLead\n1.1\nRun an award\nHR\n1.2\nName technicians\nCM\n"
    by_line = read_tables(text_source_tables(cell_lines_to_table_rows(lines(cells)).tables), FROM_TEXT).output.rows
    assert [(r.cells[ColumnRole.ACTION], r.provenance.line, r.provenance.end_line) for r in by_line] == [
        ("Run an award", 4, 6),  # from the ref's line to the lead's
        ("Name technicians", 7, 9),
    ]
    guessed = guess_headerless([(["1.1", "Run an award for technicians", "HR", "2031"], n) for n in (1, 2, 3)])
    rows = read_tables(text_source_tables(guessed), FROM_TEXT).output.rows
    assert [(r.cells[ColumnRole.OWNER], r.cells[ColumnRole.END], r.provenance.line) for r in rows] == [
        ("HR", "2031", 1),
        ("HR", "2031", 2),
        ("HR", "2031", 3),
    ]


def test_guessed_columns() -> None:
    columns = guessed_columns({1: ColumnRole.ACTION, 2: ColumnRole.OWNER}, 3)
    assert [c.role for c in columns.columns] == [None, ColumnRole.ACTION, ColumnRole.OWNER]
    assert columns.header == ["", "", ""]
    assert columns.periods == []


def test_row_lines_run_from_the_first_line_of_a_rows_cells_to_the_last() -> None:
    table = lines_to_table_rows(lines(TABS)).tables[0].table
    places = row_lines(table)
    assert [(p.line, p.end_line) for p in places] == [(1, 1), (2, 2), (3, 3), (4, 4)]
