"""Tables of a `Document` as rows of actions.

A reader hands over each table as a grid of cells that know their span, fill and
weight, so nothing here guesses at ruling lines or word positions. What a reader of
the plan sees, and the rule that reads it:

- the header is the first row (within the first `MAX_HEADER_SEARCH` rows) whose cells
  name an action column and one more role (`find_header`); rows above it are a
  caption or the plan's title; a second or third header row of periods or short
  labels under it belongs to it (`header_extent`);
- a cell merged over several rows or columns applies to every position it covers
  (`Table.grid()`), so a merged Theme or Pillar cell fills down;
- a row whose one filled cell spans the table, or is bold or shaded, names a pillar, or sits
  alone in the first column of a table whose other rows fill several columns, is a section
  row (`is_section_row`, the same for a printed table and a document's); a row of key
  headings (`headings.names_key`) ends the actions and the rows under it are the owner key,
  one or several side by side (`starts_key`, `key_entries`);
  so does a run of rows each holding one "CODE - Name" line, with or without a short
  heading over it (`starts_key_lines`, `key_line`), and nothing under a key is an action;
- a row whose one cell explains the Gantt's mark ("X = work planned in the quarter") is
  a note, not an action (`is_mark_note`);
- a cell spanning every column with a role is a note, not an action (`is_note_row`); a
  header row inside the body naming other columns starts a new layout (`is_new_header`);
- a table of labels and values ("Action | ...", "Lead | ...") gives one action per
  "Action" label (`record_rows`);
- a row repeating the header is skipped (`repeats_header`);
- a status cell's fill (or the colour of a mark opening its text, or its text colour) gives
  the RAG rating (`cell_rag`);
- a period column (a header naming a date, quarter, month or year,
  `extractor.layouts.periods`) whose cell is filled with a colour other than the
  action cell's, or holds a mark, puts its month on the row's timeline (`is_marked`);
- a table with no header whose width is that of the table before continues it
  (`continues_table`); a two-column table of codes and names is an owner key
  (`key_table_entries`).

Every table of a file is read by one loop, `read_tables(tables, source)`: a document's
tables (`FROM_DOCUMENT`: Word, Excel, web pages, OpenDocument), those a PDF layout or the
column-aligned text reader measures on its pages (`FROM_PAGES`: cells built from words, header
cells marked, each row's band in `Table.row_places`, the heading line above), and those the text
readers split from lines (`FROM_TEXT`, via `text_source_tables`). What is different
about a source is a named fact of `TableSource`, not a format test: the reader marked the header
cells (`header_marked`), cell lines are wrapping, not typed (`wrapped_lines`), the tables are one table cut at page ends
(`cut_at_page_ends`: a row going on over the break is joined to the row before,
`continues_previous_row`, `join_cells`; a Theme cut by the break is rejoined,
`rejoin_split_groups`, or carried into the blank cell under it, `carried_groups`; a section row
holds over the pieces after it). The rules every source shares run for all: keys in the grid, a
block of "CODE: meaning" lines (`is_legend_row`), the Gantt's mark note, section rows
(`is_section_row`: a printed table's heading rows and a document's alike; none where the reader
marked the sections), notes across the
table (`is_note_row`), a repeated header, cells merged down, marked period cells, RAG, and text
under no field warned about once per column (`unmapped_warning`).

The tables a text layout hands over (`TextTable`) are described by the `FROM_TEXT` facts: header
cells marked; sections decided by the reader and handed over as one cell across the table
(`sections_marked`); a record may be split over lines (`records_split_over_lines`); a merged value
printed once for its group (`merged_printed_once`), at its top in a spreadsheet
(`merged_at_top`, or a table the reader hands over with `SourceTable.merged_at_top`). The last
facts switch two passes the one loop makes over the rows of all the tables once they are read,
each row kept until then as a `BodyRow` (its texts by column, its break, its columns): rows a
page break cut in two are joined (`join_split_rows`) and merged cells printed in pieces are
rebuilt (`rebuild_merged_columns`). For documents and pages the passes are off.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractor.document import Table, TableCell
from extractor.headings import (
    BAND,
    KEY_HEADING_MAX_WORDS,
    TITLE_LIKE,
    Line,
    heading_text,
    is_heading,
    names_key,
)
from extractor.layouts.pdf_page import RGB, classify_rag, is_white, same_colour
from extractor.layouts.pdf_tables import (
    REF_TEXT,
    Column,
    header_roles_ok,
    header_row_count,
    heading_like,
    label_columns,
)
from extractor.layouts.periods import parse_period_label
from extractor.layouts.text_guess import STATUS_CELL
from extractor.layouts.text_tables import (
    MERGED_ROLES,
    REF_LIKE,
    Columns,
    TextTable,
)
from extractor.layouts.text_themes import Break, Piece, rebuild_merged_cells, ref_major
from extractor.normalise.pillars import classify_pillar, names_pillar
from extractor.rows import ColumnRole, LayoutOutput, RawRow, header_role, is_header_row
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

# A header sits near the top: a caption, the plan's title and an intro may come first.
MAX_HEADER_SEARCH = 25
# A header printed over more rows than this is not a header (years, quarters, months is three).
MAX_HEADER_ROWS = 3
# Share of a table's filled rows that fill two cells or more for it to count as dense:
# there, a row with a single short cell in the first column is a section heading.
DENSE_SHARE = 0.6
# Share of a two-column table's rows that must read "CODE | Name" for it to be an owner key.
KEY_SHARE = 0.6
_DATE_ROLES = frozenset({ColumnRole.START, ColumnRole.END})
_CODE = re.compile(r"^[A-Z][A-Za-z0-9&/.+]{0,11}$")

Warning_ = tuple[str, str, Provenance | None]


@dataclass(eq=False)
class TableColumns:
    """What each grid column of a table holds, from its header."""

    columns: list[Column]
    header: list[str]  # each column's header text, whitespace folded and lower-cased

    @property
    def width(self) -> int:
        return len(self.columns)

    def index_of(self, role: ColumnRole) -> int | None:
        return next((k for k, column in enumerate(self.columns) if column.role is role), None)

    @property
    def periods(self) -> list[str]:
        return [c.period.month for c in self.columns if c.period is not None and c.period.month]

    @property
    def roles(self) -> dict[int, ColumnRole]:
        """Each grid column's role, for the columns that have one."""
        return {k: c.role for k, c in enumerate(self.columns) if c.role is not None}

    @property
    def layout(self) -> tuple[dict[int, ColumnRole], dict[int, str]]:
        """What the header says each column holds: its role, or the month of its period."""
        months = {k: c.period.month for k, c in enumerate(self.columns) if c.period is not None and c.period.month}
        return self.roles, months


@dataclass
class TableReading:
    """What one table gave: its actions, a key, and what later tables need to know."""

    rows: list[RawRow] = field(default_factory=list)
    columns: TableColumns | None = None
    legend: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    rejected: list[tuple[str, str, Provenance | None]] = field(default_factory=list)
    header_row: int | None = None  # grid row of the header's first row, None when the table has none
    last_section: str | None = None  # the section a section row inside the table set last


@dataclass
class BodyRow:
    """One body row as the loop reads it, from any source, until the passes over every table's
    rows have run (`join_split_rows`, `rebuild_merged_columns`): what it gives (`raw`), the text
    of its own cells by grid column (`texts`), what stands between it and the row above (`brk`:
    nothing, a repeated header, or a section or a new header), the columns of its table, and
    which table it is in (its place in the tables read)."""

    raw: RawRow
    texts: tuple[str, ...]
    brk: Break
    columns: TableColumns
    table: int

    def text(self, role: ColumnRole) -> str:
        """The row's own text in its table's first column with this role ("" when it has none)."""
        k = self.columns.index_of(role)
        return self.texts[k] if k is not None and k < len(self.texts) else ""


def join_texts(above: Sequence[str], below: Sequence[str]) -> tuple[str, ...]:
    """Two rows' texts by column as one row's: each column's text of the row below under the
    text of the row above, on a new line."""
    width = max(len(above), len(below))
    return tuple(
        "\n".join(t for t in (above[k] if k < len(above) else "", below[k] if k < len(below) else "") if t)
        for k in range(width)
    )


def cell_text(cell: TableCell | None) -> str:
    """A cell's text with each line trimmed and blank lines kept as typed breaks."""
    if cell is None:
        return ""
    return "\n".join(line.strip() for line in cell.text.replace("\r", "").split("\n")).strip()


def typed_breaks(text: str) -> str:
    """A cell's line breaks as typed breaks (a blank line, as the text rules mark a line ended
    by hand): a document's cell never wraps by itself, so every break in it was typed, and one
    measure or owner per line splits as the writer meant."""
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n\n".join(lines)


def fold(text: str) -> str:
    return " ".join(text.split())


def hex_to_rgb(value: str | None) -> RGB | None:
    """'#rrggbb' as an RGB triple in 0..1, None for anything else."""
    if not value or not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return None
    return (int(value[1:3], 16) / 255, int(value[3:5], 16) / 255, int(value[5:7], 16) / 255)


def cell_rag(cell: TableCell | None, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> str | None:
    """Red, amber or green from a status cell: its fill, else the colour of the mark its text
    opens with (a green "●" before "On track"), else the colour of its text."""
    if cell is None:
        return None
    return (
        classify_rag(hex_to_rgb(cell.fill), tol)
        or classify_rag(hex_to_rgb(cell.mark_color), tol)
        or classify_rag(hex_to_rgb(cell.color), tol)
    )


def row_texts(row: list[TableCell | None], index: int, *, own_only: bool = False) -> list[str]:
    """Each column's text in grid row `index`; with `own_only`, cells merged down from a row
    above read as empty (what the row itself adds)."""
    return [cell_text(c) if c is not None and (not own_only or c.row == index) else "" for c in row]


def distinct_cells(row: list[TableCell | None]) -> list[TableCell]:
    """The cells of a grid row, each once, left to right, that hold text."""
    seen: list[TableCell] = []
    for cell in row:
        if cell is not None and cell_text(cell) and all(cell is not other for other in seen):
            seen.append(cell)
    return seen


def find_header(grid: list[list[TableCell | None]]) -> int | None:
    """The first row, among the first `MAX_HEADER_SEARCH`, whose cells name an action column
    and one more role: the header, whatever caption or title rows sit above it."""
    for index, row in enumerate(grid[:MAX_HEADER_SEARCH]):
        texts = [fold(t) for t in row_texts(row, index)]
        if header_roles_ok(_unique(texts)):
            return index
    return None


def _unique(texts: list[str]) -> list[str]:
    """Texts once each, in order: a header cell spanning two columns names one column."""
    out: list[str] = []
    for text in texts:
        if text and text not in out:
            out.append(text)
    return out


def header_extent(grid: list[list[TableCell | None]], first: int) -> tuple[int, int]:
    """(first, last) rows of a header found at `first`: a row of periods just above it (years
    over quarter columns) and rows below it holding only periods or short labels under an
    empty action column belong to it, up to `MAX_HEADER_ROWS` rows in all."""
    top = first
    if top > 0:
        above = [t for t in row_texts(grid[top - 1], top - 1) if t]
        if above and all(_is_period(t) for t in above):
            top -= 1
    last = first
    while last + 1 < len(grid) and last - top + 1 < MAX_HEADER_ROWS:
        probe = columns_from_header(grid, top, last)
        below = [fold(t) for t in row_texts(grid[last + 1], last + 1, own_only=True)]
        roles = {k: c.role for k, c in enumerate(probe.columns) if c.role is not None}
        if not is_header_continuation(below, roles) or not dressed_like_header(grid, first, last + 1):
            break
        last += 1
    return top, last


def is_dressed(cell: TableCell) -> bool:
    """Set apart as a header is: marked as one, bold, or shaded."""
    return cell.header or cell.bold or (cell.fill is not None and not _is_white_hex(cell.fill))


def dressed_like_header(grid: list[list[TableCell | None]], header: int, index: int) -> bool:
    """Whether row `index` can be more of the header found at row `header`: when every header
    cell is set apart (bold, shaded or marked), so must the row's own cells be, unless they
    are all periods; a plain "Engagement" under a bold header is the first section, not a
    second header row. With a plain header, nothing is known from dress."""
    header_cells = distinct_cells(grid[header])
    if not header_cells or not all(is_dressed(cell) for cell in header_cells):
        return True
    own = [cell for cell in distinct_cells(grid[index]) if cell.row == index]
    return all(is_dressed(cell) or _is_period(fold(cell_text(cell))) for cell in own)


def _is_period(text: str) -> bool:
    return header_role(text) is None and parse_period_label(text) is not None


def columns_from_header(grid: list[list[TableCell | None]], first: int, last: int) -> TableColumns:
    """Roles and periods of the header rows `first`..`last`: each column's texts top to bottom
    (a cell spanning columns names each of them, so a year over four quarters gives each
    quarter its year), read by `extractor.layouts.pdf_tables.label_columns`. A cell's lines
    are kept as they stand: a printed Gantt's period label set over two lines reads as a
    period only line by line."""
    width = len(grid[0]) if grid else 0
    units: list[tuple[float, float, tuple[str, ...]]] = []
    for k in range(width):
        texts: list[str] = []
        previous: TableCell | None = None
        for r in range(first, last + 1):
            cell = grid[r][k]
            text = cell_text(cell) if cell is not None and cell is not previous else ""
            if cell is not None and text and not is_group_label(cell, text, grid, r, last, k):
                texts.append(text)
            previous = cell
        units.append((float(k), float(k + 1), tuple(texts)))
    columns = label_columns(units)
    return TableColumns(columns=columns, header=[c.header.lower() for c in columns])


def section_above_header(grid: list[list[TableCell | None]], top: int) -> str | None:
    """A band above the header that names a part of the plan ("Visibility" across the top of
    its table): the section of the table's rows. A title naming the plan or a year is not."""
    for index in range(top - 1, -1, -1):
        cells = distinct_cells(grid[index])
        if not cells:
            continue
        text = fold(cell_text(cells[0]))
        if len(cells) == 1 and heading_like(text) and not TITLE_LIKE.search(text):
            return heading_text(text)
        return None
    return None


# Share of a label-value table's rows whose label names a field for it to be read as records.
RECORD_SHARE = 0.6


def record_rows(grid: list[list[TableCell | None]], section: str | None) -> list[RawRow]:
    """A table of labels and values, one action per block ("Action | ...", "Lead | ...",
    "Deadline | ..."): most rows' first cell names a field and one of them is the action.
    Each row labelled as the action opens a new action; the other labels fill its fields."""
    labelled: list[tuple[ColumnRole | None, str, TableCell]] = []
    for row in grid:
        cells = distinct_cells(row)
        if not cells:
            continue
        label = fold(cell_text(cells[0]))
        role = header_role(label) if len(label) <= 40 and len(label.split()) <= 5 else None
        value = "\n\n".join(typed_breaks(cell_text(c)) for c in cells[1:])
        labelled.append((role if len(cells) > 1 else None, value, cells[0]))
    named = [role for role, _, _ in labelled if role is not None]
    if not labelled or ColumnRole.ACTION not in named or len(named) < RECORD_SHARE * len(labelled):
        return []
    rows: list[RawRow] = []
    current: dict[ColumnRole, str] | None = None
    where: Provenance | None = None
    for role, value, cell in labelled:
        if role is ColumnRole.ACTION:
            if current is not None and where is not None:
                rows.append(RawRow(cells=current, provenance=where, section=section))
            current, where = {ColumnRole.ACTION: value}, cell.provenance.model_copy()
        elif role is not None and current is not None and value:
            current.setdefault(role, value)
        elif role is not None and value:
            current, where = {role: value}, cell.provenance.model_copy()
    if current is not None and where is not None:
        rows.append(RawRow(cells=current, provenance=where, section=section))
    return rows


def is_group_label(
    cell: TableCell, text: str, grid: list[list[TableCell | None]], row: int, last: int, column: int
) -> bool:
    """A header cell spanning columns that are each named by a period below it ("Timeline" or
    "Timescale" over "Q1 2024", "Q2 2024" ...): a label for the group, not the column's role."""
    if cell.col_span < 2 or _is_period(text):
        return False
    below = [grid[r][column] for r in range(row + 1, last + 1)]
    return any(c is not None and c is not cell and _is_period(fold(cell_text(c))) for c in below)


def continues_table(table: Table, previous: TableColumns | None) -> bool:
    """A table with no header of its own, as wide as the table before it, whose rows fill
    several cells: the same table carried on (a word processor splits a table at a page
    break or a paragraph; a spreadsheet's blocks are split at blank rows). A block of one
    cell per row (a key typed under the grid) does not continue it."""
    if previous is None or table.n_cols != previous.width:
        return False
    grid = table.grid()
    return is_dense(grid, range(len(grid)))


def same_header(columns: TableColumns, previous: TableColumns | None) -> bool:
    """Two tables with the same header texts: one table printed in parts."""
    return previous is not None and columns.header == previous.header


def is_dense(grid: list[list[TableCell | None]], body: range, share: float = DENSE_SHARE, cells: int = 2) -> bool:
    """Most filled rows (`share` of them) fill two cells or more (`cells`)."""
    counts = [len(distinct_cells(grid[r])) for r in body]
    filled = [n for n in counts if n]
    return bool(filled) and sum(1 for n in filled if n >= cells) >= share * len(filled)


def is_section_row(
    row: list[TableCell | None],
    index: int,
    columns: TableColumns,
    dense: bool,
    tol: LayoutTolerances = DEFAULT_TOLERANCES,
) -> bool:
    """One filled cell, begun in this row, that reads as a section heading, in a document's
    table or one printed on a page alike: a bold or shaded band across the table or in its
    first column (`headings.BAND`: a heading even when long or ended by a full stop), or a
    heading-like phrase that spans columns, is bold or shaded, names a pillar, or stands
    alone in the first column of a dense table. A ref, a period cell or a date written once
    across Start and End ("Ongoing") is never a heading, nor is a plain cell whose row has a
    bar on the Gantt."""
    cells = distinct_cells(row)
    if len(cells) != 1 or cells[0].row != index:
        return False
    cell = cells[0]
    text = fold(cell_text(cell))
    if cell.col < columns.width and _holds_a_value(cell, text, columns):
        return False
    spanning = cell.col_span > 1
    emphasised = cell.bold or (cell.fill is not None and not _is_white_hex(cell.fill))
    first_column = cell.col == 0 or cell.col == min(
        (k for k, c in enumerate(columns.columns) if c.role is not None), default=0
    )
    if emphasised and (spanning or first_column):  # a bold or shaded band: a heading, even a long one
        return is_heading(Line(text), BAND, tol)
    if row_timeline(row, columns, tol) and not emphasised:
        return False  # an action with a bar on the Gantt and nothing else filled in
    if not heading_like(text):
        return False
    return spanning or emphasised or classify_pillar(text) is not None or (dense and first_column)


def _holds_a_value(cell: TableCell, text: str, columns: TableColumns) -> bool:
    """A lone cell that is a value of its column, not a heading: a ref in the Ref column, a
    period cell, or a date written once across the Start and End columns ("Ongoing")."""
    column = columns.columns[cell.col]
    if column.period is not None or (column.role is ColumnRole.REF and REF_TEXT.match(text)):
        return True
    covered = range(cell.col + 1, min(cell.col + cell.col_span, columns.width))
    return column.role in _DATE_ROLES and any(columns.columns[k].role in _DATE_ROLES for k in covered)


def _is_white_hex(value: str) -> bool:
    rgb = hex_to_rgb(value)
    return rgb is None or is_white(rgb)


def starts_key(row: list[TableCell | None]) -> bool:
    """A row holding only the headings of keys, legends or glossaries (`headings.names_key`:
    "Key", "Owner key", "Key to leads", "Abbreviations"; one, or one per key printed side by
    side): the actions end there and the keys follow."""
    texts = [fold(cell_text(cell)) for cell in distinct_cells(row)]
    return bool(texts) and all(names_key(text) for text in texts)


# A key typed line by line under the actions has at least this many "CODE - Name" rows in a run.
MIN_KEY_LINES = 2


def key_line(row: list[TableCell | None]) -> tuple[str, str] | None:
    """(code, name) of a row whose one filled cell reads as a line of an owner key, "DTS -
    Director of Technical Services", "HTS: Head of Technical Services", "TF = Technician
    Forum": a code, a separator and the name it stands for. None for any other row."""
    from extractor.metadata import find_legend

    cells = distinct_cells(row)
    if len(cells) != 1:
        return None
    text = fold(cell_text(cells[0]))
    entry = find_legend(["Key", text])
    if len(entry) != 1:
        return None
    code, name = next(iter(entry.items()))
    return (code, name) if text.startswith(code) and is_code(code) and is_key_name(name) else None


def starts_key_lines(grid: list[list[TableCell | None]], index: int) -> bool:
    """Row `index` opens an owner key typed in the grid one entry per row, as a spreadsheet
    keeps it under the plan: it and the filled rows right under it are key lines
    (`MIN_KEY_LINES` or more in a run), or it is a short heading alone in its row
    ("Owners", "Who's who") with such a run right under it. Only the rows up to the end
    of the run are looked at."""
    cells = distinct_cells(grid[index])
    if len(cells) != 1:
        return False
    headed = key_line(grid[index]) is None
    if headed and len(fold(cell_text(cells[0])).split()) > KEY_HEADING_MAX_WORDS:
        return False
    run = 0 if headed else 1
    for r in range(index + 1, len(grid)):
        if not distinct_cells(grid[r]):
            continue
        if key_line(grid[r]) is None:
            break
        run += 1
        if run >= MIN_KEY_LINES:
            return True
    return run >= MIN_KEY_LINES


# The explanation of a Gantt's mark names it in a few characters: "X", "●", "✓".
_MARK_NOTE = re.compile(r"^(\S{1,3}?)\s*(?:=|:|\u2013|\u2014|-)\s*\w")


def period_marks(grid: list[list[TableCell | None]], body: range, columns: TableColumns) -> frozenset[str]:
    """The texts written in the period columns of the table's body: the marks of its Gantt."""
    marks: set[str] = set()
    for r in body:
        for k, column in enumerate(columns.columns):
            if column.period is not None and k < len(grid[r]) and (text := fold(cell_text(grid[r][k]))):
                marks.add(text)
    return frozenset(marks)


def is_mark_note(row: list[TableCell | None], index: int, marks: frozenset[str]) -> bool:
    """One cell explaining the Gantt's mark, "X = work planned in the quarter": it opens with
    a mark the table's period cells hold, then "=", ":" or a dash."""
    cells = distinct_cells(row)
    if len(cells) != 1 or cells[0].row != index:
        return False
    match = _MARK_NOTE.match(fold(cell_text(cells[0])))
    return match is not None and match.group(1) in marks


def is_note_row(row: list[TableCell | None], index: int, columns: TableColumns) -> bool:
    """One cell, begun in this row, spanning every column that has a role: a note or an
    introduction across the table (an action's text never spans its owner and date cells)."""
    cells = distinct_cells(row)
    if len(cells) != 1 or cells[0].row != index:
        return False
    roled = [k for k, c in enumerate(columns.columns) if c.role is not None]
    cell = cells[0]
    return len(roled) >= 2 and cell.col <= roled[0] and cell.col + cell.col_span - 1 >= roled[-1]


def is_new_header(row: list[TableCell | None], index: int, columns: TableColumns) -> bool:
    """A header row inside the body that names other columns than the header in force (a
    second block of the table laid out differently)."""
    texts = _unique([fold(t) for t in row_texts(row, index)])
    if not header_roles_ok(texts) or any(len(t.split()) > 6 for t in texts):
        return False
    return not repeats_header(row, index, columns)


def repeats_header(row: list[TableCell | None], index: int, columns: TableColumns) -> bool:
    """A row repeating the header (a word processor's repeated header row, or a header
    printed again between groups): two or more cells, each its column's header text."""
    texts = row_texts(row, index)
    filled = {k: fold(t).lower() for k, t in enumerate(texts) if t}
    if len(filled) < 2 or len(set(filled.values())) < 2:
        return False
    return all(
        k < columns.width and (text == columns.header[k] or text in (t.lower() for t in columns.columns[k].texts))
        for k, text in filled.items()
    )


def is_marked(cell: TableCell | None, anchor_fill: str | None, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> bool:
    """A Gantt period cell that is on: it holds a mark, or is filled with a colour that is
    neither white nor the fill of the row's action cell (zebra striping is not a bar)."""
    if cell is None:
        return False
    if cell_text(cell):
        return True
    rgb = hex_to_rgb(cell.fill)
    if rgb is None or is_white(rgb, tol):
        return False
    return not same_colour(rgb, hex_to_rgb(anchor_fill), tol)


def is_code(text: str) -> bool:
    """A short code as an owner key writes it: one word, two capitals or more ("TCL", "HoD")."""
    return bool(_CODE.match(text)) and sum(1 for c in text if c.isupper()) >= 2


def key_entries(texts: list[str]) -> list[tuple[str, str]]:
    """(code, name) pairs of a key row, left to right: cells in pairs, each a code followed by
    the name it stands for; two keys printed side by side give two pairs ("TCL | Lead | HR |
    Human Resources"); a colour swatch's words ("Green | Complete") are no pair."""
    filled = [fold(t) for t in texts if t.strip()]
    if len(filled) % 2:
        return []
    pairs = zip(filled[::2], filled[1::2], strict=True)
    return [(code, name) for code, name in pairs if is_code(code) and is_key_name(name)]


def is_key_name(text: str) -> bool:
    """What a code stands for: words (a role or a team), not another code, a date or a number."""
    from extractor.layouts.periods import parse_period_label

    return not is_code(text) and len(text) <= MAX_KEY_NAME and text[:1].isalpha() and parse_period_label(text) is None


# A name in a key is a role or a team, never a paragraph.
MAX_KEY_NAME = 160


def key_table_entries(grid: list[list[TableCell | None]]) -> list[tuple[str, str]]:
    """A table of owner codes and what they stand for ("TCL | Technician Commitment Lead"),
    with or without a header ("Code | Name", "Key"), one key or several side by side: its
    entries; [] for any other table (most rows must give a pair)."""
    rows = [_unique([fold(t) for t in row_texts(row, r)]) for r, row in enumerate(grid)]
    rows = [row for row in rows if row]
    while rows and not key_entries(rows[0]) and all(len(t.split()) <= 3 for t in rows[0]):
        rows = rows[1:]  # the key's own header: "Code | Name", "Key | RAG key"
    found = [key_entries(row) for row in rows]
    if not rows or sum(1 for entries in found if entries) < KEY_SHARE * len(rows):
        return []
    return [entry for entries in found for entry in entries]


def row_provenance(row: list[TableCell | None], columns: TableColumns, table: Table) -> Provenance:
    """Where the row is: its action cell's place (sheet and cell, or element path), else its
    first filled cell's, else the table's."""
    action = columns.index_of(ColumnRole.ACTION)
    cell = row[action] if action is not None and action < len(row) and cell_text(row[action]) else None
    if cell is None:
        cell = next(iter(distinct_cells(row)), None)
    return (cell.provenance if cell is not None else table.provenance).model_copy()


def row_cells(
    row: list[TableCell | None], columns: TableColumns, *, wrapped: bool = False
) -> tuple[dict[ColumnRole, str], list[str]]:
    """Each role's text in a body row, and text in columns with no role.

    A cell spanning columns gives its text to the first column with a role it covers
    (and "Ongoing" merged across Start and End to both dates)."""
    cells: dict[ColumnRole, str] = {}
    unmapped: list[str] = []
    for cell in distinct_cells(row):
        covered = [k for k in range(cell.col, cell.col + cell.col_span) if k < columns.width]
        roled = [k for k in covered if columns.columns[k].role is not None]
        text = cell_text(cell) if wrapped else typed_breaks(cell_text(cell))
        if not roled:
            if not any(columns.columns[k].period is not None for k in covered):
                unmapped.append(text)
            continue
        first = columns.columns[roled[0]].role
        assert first is not None
        cells.setdefault(first, text)
        if first in _DATE_ROLES:
            for k in roled[1:]:
                role = columns.columns[k].role
                if role in _DATE_ROLES:
                    cells.setdefault(role, text)  # type: ignore[arg-type]
    return cells, unmapped


def row_timeline(
    row: list[TableCell | None], columns: TableColumns, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> list[str]:
    """YYYY-MM of every period column marked in the row, in column order."""
    action = columns.index_of(ColumnRole.ACTION)
    anchor = row[action].fill if action is not None and action < len(row) and row[action] is not None else None
    months: list[str] = []
    for k, column in enumerate(columns.columns):
        if column.period is None or not column.period.month or k >= len(row):
            continue
        if is_marked(row[k], anchor, tol) and column.period.month not in months:
            months.append(column.period.month)
    return months


def only_carried(row: list[TableCell | None], index: int) -> bool:
    """A row whose every filled cell is merged down from a row above (a merged Theme cell
    taller than its actions): nothing of its own to read."""
    cells = distinct_cells(row)
    return bool(cells) and all(cell.row < index for cell in cells)


def _unmapped_column(columns: TableColumns, k: int) -> bool:
    column = columns.columns[k]
    return column.role is None and column.period is None


def _continue_row(
    body: BodyRow, cells: dict[ColumnRole, str], unmapped: list[str], months: list[str], texts: Sequence[str]
) -> None:
    """A row under an action cell merged down over it: its other cells add to that action."""
    last = body.raw
    body.texts = join_texts(body.texts, texts)
    merged = dict(last.cells)
    for role, text in cells.items():
        if role is ColumnRole.ACTION or merged.get(role) == text:
            continue
        merged[role] = f"{merged[role]}\n\n{text}" if merged.get(role) else text
    timeline = tuple(sorted({*last.timeline, *months}))
    body.raw = RawRow(
        cells=merged,
        provenance=last.provenance,
        section=last.section,
        timeline=timeline,
        rag=last.rag,
        unmapped=(*last.unmapped, *unmapped),
    )


# --- Rules for a table carried on from one page (or block) to the next --------------------------

# A line of an owner key printed in a cell: "TCL: Technician Commitment Lead", "HR - Human Resources".
LEGEND_LINE = re.compile(r"^\S{1,12}\s*[:=\u2013-]\s+\S")
# Columns that group actions: a merged cell of one of them goes on over a page break.
GROUPING_ROLES = frozenset({ColumnRole.THEME, ColumnRole.PILLAR, ColumnRole.SECTION})
# Columns that hold a short value, written on a row's first line.
SHORT_ROLES = frozenset({ColumnRole.OWNER, ColumnRole.START, ColumnRole.END, ColumnRole.STATUS})


def is_legend_row(texts: list[str], min_lines: int) -> bool:
    """A row whose one filled cell is a block of `min_lines` or more "CODE: meaning" lines
    ("TCL: Technician Commitment Lead", "HR - Human Resources"): the owner key printed in the
    table, not an action."""
    filled = [t for t in texts if t.strip()]
    if len(filled) != 1:
        return False
    lines = [ln for ln in filled[0].split("\n") if ln.strip()]
    return len(lines) >= min_lines and all(LEGEND_LINE.match(ln.strip()) for ln in lines)


def continues_previous_row(
    cells: dict[ColumnRole, str],
    own: set[ColumnRole | None],
    previous: dict[ColumnRole, str],
    *,
    has_ref: bool,
    marked: bool,
) -> bool:
    """Whether the first row of a table carried on from the page before is the rest of that
    page's last row (`previous`), cut by the page break. `cells` are the row's texts by role,
    `own` the roles of the cells that begin in it (a merged cell going on is not its own), `marked`
    whether it has a bar on the Gantt. With a Ref column: no ref of its own where the row before
    had one. Else: no action text but other cells of its own; an action starting in lower case
    (a sentence going on); or the row before had an owner, date or status, this one has none, no
    bar, and the action before stopped mid-sentence."""
    if has_ref and previous.get(ColumnRole.REF):
        return not cells.get(ColumnRole.REF) and bool(own - {None})
    action = cells.get(ColumnRole.ACTION, "")
    if not action:
        return bool(own - {None} - GROUPING_ROLES)
    if action[0].islower():
        return True
    short_here = any(cells.get(r) for r in SHORT_ROLES)
    short_before = any(previous.get(r) for r in SHORT_ROLES)
    ends_open = not re.search(r"[.!?:;)]$", previous.get(ColumnRole.ACTION, ""))
    return short_before and not short_here and not marked and ends_open


def rejoin_split_groups(
    parts: list[tuple[ColumnRole, str]], earlier: list[dict[ColumnRole, str]]
) -> dict[ColumnRole, tuple[str, str]]:
    """A merged Theme or Pillar cell whose text goes on over a page break: the part on the new
    page (`parts`: the grouping cells that begin in its first row) starts in lower case and the
    part before ends mid-sentence. The parts are joined on the rows before the break (`earlier`,
    changed in place, back to the first row that held the first part); the answer is {role: (part
    on this page, whole text)} for the rows after it."""
    rewrite: dict[ColumnRole, tuple[str, str]] = {}
    for role, text in parts:
        part = text.strip()
        if role not in GROUPING_ROLES or not part or not part[0].islower() or not earlier:
            continue
        before = earlier[-1].get(role)
        if not before or re.search(r"[.!?]$", before):
            continue
        whole = f"{before}\n{part}"
        for cells in reversed(earlier):
            if cells.get(role) != before:
                break
            cells[role] = whole
        rewrite[role] = (part, whole)
    return rewrite


def join_cells(previous: dict[ColumnRole, str], additions: list[tuple[ColumnRole, str]]) -> None:
    """A row that goes on from the one before (over a page break): each of its cells adds its
    text to the same field of the row before, on a new line."""
    for role, text in additions:
        before = previous.get(role, "")
        previous[role] = f"{before}\n{text.strip()}" if before else text.strip()


def unmapped_warning(header: str, where: Provenance | None) -> Warning_:
    """The warning for text in a column whose header names no field: the text is kept on the
    row as unmapped, and the reader is told which column it came from (once per column)."""
    name = f"column {header!r}" if header else "a column without a header"
    return ("unmapped", f"text in {name} fits no field; kept as unmapped", where)


# --- Tables measured on a page (PDF) -------------------------------------------------------------


def _distinct(row: list[TableCell | None]) -> list[TableCell]:
    """The cells of a grid row, each once, left to right, blank ones too."""
    seen: list[TableCell] = []
    for cell in row:
        if cell is not None and all(cell is not other for other in seen):
            seen.append(cell)
    return seen


def _own_cells(row: list[TableCell | None], index: int, columns: TableColumns) -> dict[ColumnRole, str]:
    """Each role's text in the cells that begin in this row (a merged cell going on from a row
    above is not the row's own), line breaks kept as read."""
    own = [cell if cell is not None and cell.row == index else None for cell in row]
    return row_cells(own, columns, wrapped=True)[0]


def _page_continues(
    row: list[TableCell | None], index: int, columns: TableColumns, previous: RawRow, tol: LayoutTolerances
) -> bool:
    """Whether the row is the rest of `previous`, cut by a page break (`continues_previous_row`)."""
    own: set[ColumnRole | None] = set(_own_cells(row, index, columns))
    return continues_previous_row(
        row_cells(row, columns, wrapped=True)[0],
        own,
        previous.cells,
        has_ref=columns.index_of(ColumnRole.REF) is not None,
        marked=bool(row_timeline(row, columns, tol)),
    )


def _page_join(
    previous: RawRow,
    row: list[TableCell | None],
    index: int,
    columns: TableColumns,
    where: Provenance,
    skip: set[ColumnRole],
    tol: LayoutTolerances,
) -> RawRow:
    """The row before with this row, its rest over the page break, added to it (`join_cells`)."""
    additions = [(role, text) for role, text in _own_cells(row, index, columns).items() if role not in skip]
    join_cells(previous.cells, additions)
    pages = list(previous.provenance.pages or [previous.provenance.page])
    if where.page not in pages:
        pages.append(where.page)
    before = previous.provenance
    provenance = Provenance(page=before.page, bbox=before.bbox, pages=pages if len(pages) > 1 else [])
    status = columns.index_of(ColumnRole.STATUS)
    rag = cell_rag(row[status], tol) if status is not None and status < len(row) else None
    return RawRow(
        cells=previous.cells,
        provenance=provenance,
        section=previous.section,
        timeline=tuple(sorted({*previous.timeline, *row_timeline(row, columns, tol)})),
        rag=previous.rag or rag,
        unmapped=previous.unmapped,
    )


def carried_groups(
    row: list[TableCell | None],
    index: int,
    columns: list[Column],
    cells: dict[ColumnRole, str],
    carried: dict[ColumnRole, str],
) -> None:
    """A Theme or Pillar cell left blank in the first row of a table that goes on from the page
    before is the merged cell of the last row there, going on: it takes that row's text."""
    for cell in _distinct(row):
        role = columns[cell.col].role if cell.col < len(columns) else None
        if cell.row == index and not cell.text and role in carried and not cells.get(role):  # type: ignore[operator]
            cells[role] = carried[role]  # type: ignore[index]


# --- One reading for every format's tables --------------------------------------------------------


@dataclass(frozen=True)
class TableSource:
    """What is different about where a format's tables come from. Every table is read by the
    one loop of `read_tables`; these facts about the source switch the rules that only hold
    for some sources. One preset per kind of source: `FROM_DOCUMENT`, `FROM_PAGES`, `FROM_TEXT`."""

    header_marked: bool = field(
        default=False,
        metadata={
            "description": "The reader marked the header cells it measured: the header is the rows they fill "
            "(`header_row_count`), not searched for by meaning (`find_header`, `is_new_header` inside the body), "
            "and a table without header cells goes on under the columns before."
        },
    )
    wrapped_lines: bool = field(
        default=False,
        metadata={
            "description": "A cell's line breaks are where the printed line wrapped, not typed: its lines are "
            "kept as one paragraph, not made typed breaks (`typed_breaks`) that split one owner or measure a line."
        },
    )
    cut_at_page_ends: bool = field(
        default=False,
        metadata={
            "description": "The tables are the pages' pieces of one printed table: a section row holds over the "
            "pieces after it, and the first row of a piece may be the rest of the row cut at the page end "
            "(`continues_previous_row`, `rejoin_split_groups`, `carried_groups`). Otherwise a table goes on "
            "from the one before only when it has no header of its own or the same one (`continues_table`)."
        },
    )
    sections_marked: bool = field(
        default=False,
        metadata={
            "description": "The reader already decided which rows are section headings and handed each over as "
            "one cell across the table (above the header when the heading stood before it): such a lone cell is "
            "a section row, whatever its text, and no other row is judged one (`is_section_row`: a pillar's name "
            "left alone in a Theme column is a piece of a merged cell there); one above the header sets the section "
            "of the rows under it (`marked_section_above`), and a section holds over the tables after it until "
            "the next (a new header is no new section)."
        },
    )
    records_split_over_lines: bool = field(
        default=False,
        metadata={
            "description": "A record may be split over lines (a page break or a wrapped line cut a row in two): a "
            "row without a ref, owner or status whose action is empty or goes on in lower case is the rest of the "
            "row above and is joined to it, over a repeated header too but never over a section or a new header "
            "(`join_split_rows`, a pass over the rows of every table once they are read)."
        },
    )
    merged_printed_once: bool = field(
        default=False,
        metadata={
            "description": "A merged Theme, Pillar or Section value is printed once for its group, in pieces "
            "or in one row (its group's middle), and the other rows of the group are blank: each row's value "
            "is rebuilt from the pieces (`rebuild_merged_columns`, a pass over the rows of every table once they "
            "are read, after `join_split_rows`). Otherwise each row keeps the value its own cell holds."
        },
    )
    merged_at_top: bool = field(
        default=False,
        metadata={
            "description": "A merged value printed once stands in its group's top row (a spreadsheet's, pasted "
            "or saved as CSV), so it fills down rather than being centred in its group. A reader that knows this "
            "of one table only says so on it (`SourceTable.merged_at_top`)."
        },
    )


FROM_DOCUMENT = TableSource()
FROM_PAGES = TableSource(
    header_marked=True,
    wrapped_lines=True,
    cut_at_page_ends=True,
)
FROM_TEXT = TableSource(
    header_marked=True,
    wrapped_lines=True,
    sections_marked=True,
    records_split_over_lines=True,
    merged_printed_once=True,
)


@dataclass(frozen=True)
class SourceTable:
    """A table as a reader hands it over: its cells, the heading in force above it (a PDF's line
    printed above the table, a document's heading or caption), whether a heading stands between
    it and the table before, and remarks on how it was read ((code, message) pairs)."""

    table: Table
    heading: str | None = None
    notes: tuple[tuple[str, str], ...] = ()
    after_heading: bool | None = None  # None: when `heading` is set
    guessed: dict[int, ColumnRole] | None = None  # column roles a reader guessed for a table with no header
    # A merged value printed once stands in its group's top row in this table, whatever the source
    # (a web page's row-spanning cell flattened into rows of text): see `TableSource.merged_at_top`.
    merged_at_top: bool = False

    @property
    def fresh(self) -> bool:
        """Whether a heading stands between this table and the one before."""
        return bool(self.heading) if self.after_heading is None else self.after_heading


@dataclass
class TablesReading:
    """What the tables of a file gave: every row in reading order with the key, warnings and
    period columns (`output`), and what each table gave (`tables`, in the order read)."""

    output: LayoutOutput
    tables: list[TableReading]


@dataclass
class _InForce:
    """What holds from one table to the next."""

    section: str | None = None
    carried: str | None = None  # the section a section row set last, for a table that goes on
    columns: TableColumns | None = None
    page: int | None = None
    rows: list[BodyRow] = field(default_factory=list)
    warned: set[str] = field(default_factory=set)
    brk: Break = Break.NONE  # what stands before the next body row: nothing, a repeated header, a section
    table: int = 0  # the place of the table being read among the tables read


def read_tables(
    tables: Sequence[SourceTable], source: TableSource, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> TablesReading:
    """The rows of every table of a file, in reading order, by one set of rules whatever the
    format; `source` says what is different about where the tables come from (`TableSource`).
    Each table's body rows are read in turn (`_read_one`) and kept as `BodyRow`s; where the source
    says so, two passes then go over the rows of all the tables (a record split over lines joined,
    `join_split_rows`; a merged value printed once rebuilt for its group, `rebuild_merged_columns`)
    before they are handed on, in the output and table by table."""
    output = LayoutOutput(rows=[])
    state = _InForce()
    readings: list[TableReading] = []
    for number, source_table in enumerate(tables):
        state.table = number
        reading = _read_one(source_table, state, source, tol)
        readings.append(reading)
        output.warnings.extend(reading.warnings)
        output.rejected.extend(reading.rejected)
        for code, name in reading.legend:
            output.legend.setdefault(code, name)
        for month in reading.columns.periods if reading.columns is not None else []:
            if month not in output.period_columns:
                output.period_columns.append(month)
        for code, message in source_table.notes:
            output.warnings.append((code, message, source_table.table.provenance))
    output.period_columns.sort()  # every table's periods, in time order
    rows = state.rows
    if source.records_split_over_lines:
        rows = join_split_rows(rows, wrapped=source.wrapped_lines, tol=tol)
    if source.merged_printed_once:
        top = [source.merged_at_top or tables[body.table].merged_at_top for body in rows]
        for body, merged in zip(rows, rebuild_merged_columns(rows, top), strict=True):
            kept = {role: text for role, text in body.raw.cells.items() if role not in MERGED_ROLES}
            body.raw = replace(body.raw, cells={**kept, **merged})
    for body in rows:
        readings[body.table].rows.append(body.raw)
    output.rows = [body.raw for body in rows]
    return TablesReading(output=output, tables=readings)


def _read_one(source_table: SourceTable, state: _InForce, source: TableSource, tol: LayoutTolerances) -> TableReading:
    table = source_table.table
    reading = TableReading()
    page = table.provenance.page or 0
    continues = False
    if source.cut_at_page_ends:
        if source_table.heading:
            state.section = source_table.heading
        continues = state.page is not None and page > state.page and not source_table.heading and bool(state.rows)
        state.page = page
    elif not source.sections_marked or source_table.heading:
        state.section = source_table.heading
        if source_table.fresh:
            state.carried = None
    grid = table.grid()
    if source.header_marked:
        height = header_row_count(table)
        top = 0
        if source.sections_marked:  # the header starts under the sections placed above it
            top = min((cell.row for cell in table.cells if cell.header), default=0)
            above = marked_section_above(grid, top, table.n_cols)
            if above is not None:
                state.brk = Break.HARD
            state.section = above or state.section
        if height:
            columns = columns_from_header(grid, top, height - 1)
            state.brk = max(state.brk, header_break(columns, state.columns))
            state.columns = columns
        elif source_table.guessed is not None:
            state.columns = guessed_columns(source_table.guessed, table.n_cols)
        reading.columns = state.columns or TableColumns(columns=[], header=[])
        body = range(height, table.n_rows)
    else:
        if not grid or table.n_cols == 0:
            return reading
        found = _header_or_other(table, grid, state, reading)
        if found is None:
            return reading
        body = found
    _read_rows(table, grid, body, state, reading, source, continues, tol)
    if reading.columns is not None and reading.columns.columns:
        state.columns = reading.columns
    if not source.cut_at_page_ends:
        state.carried = reading.last_section or state.carried
    columns = reading.columns.columns if reading.columns is not None else []
    warned = state.warned
    if any(c.period is not None and c.period.month is None for c in columns) and "undated" not in warned:
        warned.add("undated")
        reading.warnings.append(
            ("undated_periods", "period columns name no year; timeline left empty for them", table.provenance)
        )
    return reading


def header_break(columns: TableColumns, previous: TableColumns | None) -> Break:
    """What a table's header is to the rows above it: the header before printed again (a page's
    repeated header, `Break.SOFT`), or a new layout of columns (`Break.HARD`)."""
    return Break.SOFT if previous is not None and previous.layout == columns.layout else Break.HARD


def guessed_columns(roles: dict[int, ColumnRole], width: int) -> TableColumns:
    """The columns of a table printed with no header, as a reader guessed their roles from what
    the cells hold (`extractor.layouts.text_guess`): no header text, no periods."""
    columns = [Column(float(k), float(k + 1), (), roles.get(k)) for k in range(width)]
    return TableColumns(columns=columns, header=["" for _ in columns])


def marked_section_above(grid: list[list[TableCell | None]], top: int, width: int) -> str | None:
    """The last section a reader that marks sections (`TableSource.sections_marked`) placed above
    a table's header, starting at grid row `top`: the section of the rows under the header."""
    found: str | None = None
    for row in grid[:top]:
        cells = distinct_cells(row)
        if is_marked_section(cells, width):
            found = cells[0].text
    return found


def _header_or_other(
    table: Table, grid: list[list[TableCell | None]], state: _InForce, reading: TableReading
) -> range | None:
    """The body rows of a table whose header is found by meaning (setting the section and
    columns on `reading`), or None when the table gave records, a key or nothing."""
    section = state.section
    previous = state.columns
    found = find_header(grid)
    if found is not None:
        top, last = header_extent(grid, found)
        reading.columns = columns_from_header(grid, top, last)
        reading.header_row = top
        state.brk = max(state.brk, header_break(reading.columns, previous))
        if same_header(reading.columns, previous) and state.carried:
            section = state.carried
        state.section = section_above_header(grid, top) or section
        return range(last + 1, len(grid))
    if continues_table(table, previous):
        reading.columns = previous
        state.section = state.carried or section
        return range(len(grid))
    if records := record_rows(grid, section):  # each record a block of its own labels
        state.rows.extend(BodyRow(raw, (), Break.HARD, _NO_COLUMNS, state.table) for raw in records)
        return None
    reading.legend = key_table_entries(grid)
    if not reading.legend and any(distinct_cells(row) for row in grid):
        reading.warnings.append(("table_without_header", "a table with no action header was skipped", table.provenance))
    return None


_NO_COLUMNS = TableColumns(columns=[], header=[])


def status_column_by_contents(
    columns: TableColumns, grid: list[list[TableCell | None]], body: range, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> TableColumns:
    """`columns` with a column whose header names no field ("Where we are") taken as the status
    column when most of its filled cells are statuses as a plan prints them ("Complete",
    "Underway", "Not started": `STATUS_CELL`; `status_column_share` of them, two at least), as a
    reader takes a column of such words for the status whatever its header says. Unchanged when
    the header already names a status column.

    >>> head = TableColumns(columns=[Column(0, 1, ("Action",), ColumnRole.ACTION), Column(1, 2, ("Now",))],
    ...     header=["action", "now"])
    >>> grid = [[TableCell(r, k, t, Provenance()) for k, t in enumerate(texts)]
    ...     for r, texts in enumerate([("Run a tour", "Complete"), ("Buy a lathe", "Not started")])]
    >>> status_column_by_contents(head, grid, range(0, 2)).roles
    {0: <ColumnRole.ACTION: 'action'>, 1: <ColumnRole.STATUS: 'status'>}
    """
    if columns.index_of(ColumnRole.STATUS) is not None:
        return columns
    for k, column in enumerate(columns.columns):
        if column.role is not None or column.period is not None:
            continue
        texts = [fold(cell_text(grid[i][k])) for i in body if k < len(grid[i]) and grid[i][k] is not None]
        filled = [text for text in texts if text]
        statuses = sum(1 for text in filled if STATUS_CELL.match(text))
        if statuses >= 2 and statuses >= tol.status_column_share * len(filled):
            retyped = [replace(c, role=ColumnRole.STATUS) if i == k else c for i, c in enumerate(columns.columns)]
            return replace(columns, columns=retyped)
    return columns


def _read_rows(
    table: Table,
    grid: list[list[TableCell | None]],
    body: range,
    state: _InForce,
    reading: TableReading,
    source: TableSource,
    continues: bool,
    tol: LayoutTolerances,
) -> None:
    """The body rows of one table as actions, under the section in force (`state`)."""
    assert reading.columns is not None
    columns = reading.columns = status_column_by_contents(reading.columns, grid, body, tol)
    rows = state.rows
    start = len(rows)
    section = state.section
    dense = is_dense(grid, body, tol.dense_row_share, tol.dense_row_cells)
    warned = state.warned
    status = columns.index_of(ColumnRole.STATUS)
    action = columns.index_of(ColumnRole.ACTION)
    marks = period_marks(grid, body, columns)
    carried = {r: rows[-1].raw.cells[r] for r in GROUPING_ROLES if rows and r in rows[-1].raw.cells}
    in_key = False
    previous_action: TableCell | None = None
    skip_to = -1  # the last row of a header met inside the body
    first = True
    rewrite: dict[ColumnRole, tuple[str, str]] = {}
    for index in body:
        row = grid[index]
        texts = row_texts(row, index)
        if in_key:
            reading.legend.extend(key_entries(_unique([fold(t) for t in texts])) or filter(None, [key_line(row)]))
            continue
        on = row_timeline(row, columns, tol)
        if not any(texts) and not on:
            continue
        if is_legend_row([cell_text(cell) for cell in distinct_cells(row)], tol.legend_min_lines):
            continue
        if only_carried(row, index):
            continue
        if repeats_header(row, index, columns):
            state.brk = max(state.brk, Break.SOFT)
            continue
        if source.sections_marked and is_marked_section(distinct_cells(row), table.n_cols):
            section, state.brk = cell_text(distinct_cells(row)[0]), Break.HARD
            continue
        if starts_key(row) or starts_key_lines(grid, index):
            in_key = True
            if entry := key_line(row):
                reading.legend.append(entry)
            continue
        if is_mark_note(row, index, marks):
            reading.rejected.append(("mark_note", fold(" ".join(texts))[:120], row_provenance(row, columns, table)))
            continue
        if not source.sections_marked and is_section_row(row, index, columns, dense, tol):
            section = reading.last_section = fold(cell_text(distinct_cells(row)[0]))
            state.brk = Break.HARD
            continues, first = False, False
            continue
        if is_note_row(row, index, columns):
            reading.rejected.append(("note_row", fold(" ".join(texts))[:120], row_provenance(row, columns, table)))
            continue
        if not source.header_marked and index > body.start and is_new_header(row, index, columns):
            top, last = header_extent(grid, index)
            columns = reading.columns = columns_from_header(grid, top, last)
            skip_to = last
            state.brk = Break.HARD
            continue
        if index <= skip_to:
            continue
        where = table.row_places[index] if table.row_places else row_provenance(row, columns, table)
        own = row_texts(row, index, own_only=True)
        if first and continues:
            rewrite = rejoin_split_groups(list(_own_cells(row, index, columns).items()), [r.raw.cells for r in rows])
            if _page_continues(row, index, columns, rows[-1].raw, tol):
                rows[-1].raw = _page_join(rows[-1].raw, row, index, columns, where, set(rewrite), tol)
                rows[-1].texts = join_texts(rows[-1].texts, own)
                first = False
                continue
        first = False
        cells, unmapped = row_cells(row, columns, wrapped=source.wrapped_lines)
        carried_groups(row, index, columns.columns, cells, carried if continues else {})
        timeline = row_timeline(row, columns, tol)
        action_cell = row[action] if action is not None and action < len(row) else None
        merged_down = action_cell is not None and action_cell is previous_action and action_cell.row < index
        if len(rows) > start and merged_down:
            _continue_row(rows[-1], cells, unmapped, timeline, own)
            continue
        previous_action = action_cell
        rag = cell_rag(row[status], tol) if status is not None and status < len(row) else None
        raw = RawRow(
            cells=cells,
            provenance=where.model_copy(),
            section=section,
            timeline=tuple(timeline),
            rag=rag,
            unmapped=tuple(unmapped),
        )
        rows.append(BodyRow(raw, tuple(own), state.brk, columns, state.table))
        state.brk = Break.NONE
        for role, (part, whole) in rewrite.items():
            if raw.cells.get(role) == part:
                raw.cells[role] = whole
        for cell in distinct_cells(row):
            key = f"unmapped:{columns.columns[cell.col].header}" if cell.col < columns.width else ""
            if key and key not in warned and _unmapped_column(columns, cell.col):
                warned.add(key)
                reading.warnings.append(
                    unmapped_warning(columns.columns[cell.col].header, where if table.row_places else cell.provenance)
                )
    state.section = section


# --- Passes over the rows of every table read ---------------------------------------------------
# Where the source says so (`TableSource.records_split_over_lines`, `merged_printed_once`), the
# rows of all the tables, in reading order, go through two more steps before they are handed on:
# a record a page break or a wrapped line cut in two is joined, and a merged value printed once
# for its group is rebuilt for every row of the group. They read each row's texts by column, its
# break and its columns (`BodyRow`); for any other source the rows are handed on as read.

# A row's own cells, besides its action: a wrapped line of text fills none of them.
_ROW_OWN_ROLES = (ColumnRole.OWNER, ColumnRole.START, ColumnRole.END, ColumnRole.STATUS)


def join_split_rows(
    rows: list[BodyRow], *, wrapped: bool = True, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> list[BodyRow]:
    """Join a row cut in two by a page break to the row above.

    The second part has no ref (in a table whose rows mostly carry one) or, in a
    table without refs, neither owner nor status; and its Action cell is empty or
    starts in lowercase, or, with refs, it holds nothing but text (no owner, date or
    status): a wrapped line that starts with a name ("Executive."). A section or a new
    header between the two (`Break.HARD`), or other columns, keep them apart.
    """
    with_ref = sum(1 for r in rows if r.text(ColumnRole.REF))
    # out of the rows that hold more than wrapped text (wrapped lines are rows here too)
    whole = sum(1 for r in rows if r.text(ColumnRole.REF) or any(r.text(role) for role in _ROW_OWN_ROLES))
    numbered = with_ref >= 2 and with_ref >= 0.5 * whole
    joined: list[BodyRow] = []
    for row in rows:
        action = row.text(ColumnRole.ACTION)
        previous = joined[-1] if joined else None
        if previous is None or previous.columns.roles != row.columns.roles or row.brk is Break.HARD:
            joined.append(row)
            continue
        if row.columns.index_of(ColumnRole.REF) is not None and numbered:
            incomplete = not row.text(ColumnRole.REF)
        else:
            incomplete = not row.text(ColumnRole.OWNER) and not row.text(ColumnRole.STATUS)
        # with refs on most rows, a line with no ref and nothing but wrapped text (no owner,
        # date or status) goes on from the row above, even when it starts with a capital
        text_only = all(not row.text(role) for role in _ROW_OWN_ROLES)
        if incomplete and (not action or action[:1].islower() or (numbered and text_only)):
            joined[-1] = joined_rows(previous, row, wrapped=wrapped, tol=tol)
            continue
        joined.append(row)
    return joined


def joined_rows(
    above: BodyRow, below: BodyRow, *, wrapped: bool = True, tol: LayoutTolerances = DEFAULT_TOLERANCES
) -> BodyRow:
    """One record from a row and the rest of it in the row below: each column's texts joined
    (`join_texts`) and read as any row's cells are (`row_cells`, `row_timeline`), from the first
    line of the row above to the last of the row below."""
    texts = join_texts(above.texts, below.texts)
    place = above.raw.provenance.model_copy(update={"end_line": below.raw.provenance.end_line})
    grid_row: list[TableCell | None] = [TableCell(0, k, t, place) if t else None for k, t in enumerate(texts)]
    cells, unmapped = row_cells(grid_row, above.columns, wrapped=wrapped)
    raw = RawRow(
        cells=cells,
        provenance=place,
        section=above.raw.section,
        timeline=tuple(row_timeline(grid_row, above.columns, tol)),
        rag=above.raw.rag or below.raw.rag,
        unmapped=tuple(unmapped),
    )
    return BodyRow(raw, texts, above.brk, above.columns, above.table)


def row_height(row: BodyRow) -> float:
    """Rough printed height of a row: its longest cell wraps at about 60 characters a line."""
    return max(1.0, max((len(t) for t in row.texts), default=0) / 60)


def rebuild_merged_columns(rows: Sequence[BodyRow], top_aligned: Sequence[bool]) -> list[dict[ColumnRole, str]]:
    """Full merged-cell text (Theme, Pillar, Section columns) for every row, from the pieces
    of it printed in each row (`extractor.layouts.text_themes.rebuild_merged_cells`), over each
    run of rows whose columns have the role; where the run's first row is `top_aligned`, each
    merged cell's text is in its top row, so it fills down."""
    result: list[dict[ColumnRole, str]] = [{} for _ in rows]
    for role in MERGED_ROLES:
        run: list[int] = []
        for position in range(len(rows) + 1):
            has_role = position < len(rows) and rows[position].columns.index_of(role) is not None
            if has_role:
                run.append(position)
                continue
            if run:
                pieces = [
                    Piece(
                        text=" ".join(rows[p].text(role).split()),
                        major=ref_major(rows[p].text(ColumnRole.REF)),
                        brk=rows[p].brk if k else Break.HARD,
                        height=row_height(rows[p]),
                    )
                    for k, p in enumerate(run)
                ]
                is_name = names_pillar if role is ColumnRole.PILLAR else None
                top = top_aligned[run[0]]
                for p, text in zip(run, rebuild_merged_cells(pieces, is_name, top_aligned=top), strict=True):
                    if text:
                        result[p][role] = text
                run = []
    return result


# --- Tables read from text lines ---------------------------------------------------------
# A text reader (`extractor.layouts.text_tables`, `text_cells`, `text_guess`) hands over each
# table as the `Table` of the cells it split the lines into: its header row(s) as header
# cells, a section heading as one cell across the table, each body row's cells with their
# lines. They are read by `read_tables` with the `FROM_TEXT` facts; the rules below are the
# text readers' own (what a header line or a section line of a text table looks like).


def text_source_tables(tables: Sequence[TextTable]) -> list[SourceTable]:
    """The tables a text reader built, as `read_tables` takes them: each row's place is the lines
    its cells stand on, first to last (`row_lines`), a table printed with no header brings the
    column roles the reader guessed, and one whose merged values the reader knows to stand in
    their group's top row says so (`TextTable.merged_at_top`)."""
    return [
        SourceTable(replace(t.table, row_places=row_lines(t.table)), guessed=t.guessed, merged_at_top=t.merged_at_top)
        for t in tables
    ]


def row_lines(table: Table) -> tuple[Provenance, ...]:
    """Each grid row's place in a text: from the first line of its cells to the last."""
    by_row: dict[int, list[TableCell]] = {}
    for cell in table.cells:
        by_row.setdefault(cell.row, []).append(cell)
    places: list[Provenance] = []
    for index in range(table.n_rows):
        cells = by_row.get(index, [])
        first = min((c.provenance.line or 0 for c in cells), default=0)
        last = max((c.provenance.end_line or c.provenance.line or 0 for c in cells), default=0)
        places.append(Provenance(line=first, end_line=last))
    return tuple(places)


def is_marked_section(cells: Sequence[TableCell], width: int) -> bool:
    """A grid row that is one cell across the whole table and no header: a reader that decides
    the sections itself (`TableSource.sections_marked`) hands a section heading over so, above
    the header when the heading stood before it."""
    return len(cells) == 1 and not cells[0].header and cells[0].col_span == width


# A header cell names a column in a few words; longer text is a row's.
MAX_HEADER_CELL_CHARS = 60
MAX_HEADER_CELL_WORDS = 8
# Share of a text header row's filled cells that must name a column role or a period.
HEADER_NAMED_SHARE = 0.5
# A second header row's label ("Lead", "Start date") under an empty Action column is short.
MAX_SUBHEADER_CHARS = 25
MAX_SUBHEADER_WORDS = 3


def looks_like_header(cells: Sequence[str]) -> bool:
    """A header row of a text table: short cells, most of them naming a column role or a
    period, no ref values, and an Action column with one more role (`is_header_row`)."""
    filled = [c for c in cells if c]
    if not filled or any(
        len(c) > MAX_HEADER_CELL_CHARS or len(c.split()) > MAX_HEADER_CELL_WORDS or REF_LIKE.match(c) for c in filled
    ):
        return False
    if not is_header_row(list(cells)):
        return False
    named = sum(1 for c in filled if header_role(c) is not None or parse_period_label(c) is not None)
    return named >= HEADER_NAMED_SHARE * len(filled)


def is_header_continuation(cells: Sequence[str], roles: dict[int, ColumnRole]) -> bool:
    """A second header row under a header with these `roles`: only period dates, or short
    words under an empty Action column. A pillar's name alone under the header opens the
    first section instead."""
    filled = [(k, c) for k, c in enumerate(cells) if c]
    if not filled:
        return False
    if all(_is_period(c) for _, c in filled):
        return True
    action = next((k for k, r in roles.items() if r is ColumnRole.ACTION), None)
    if action is not None and action < len(cells) and cells[action]:
        return False
    if len(filled) == 1 and classify_pillar(filled[0][1]) is not None:
        return False  # "Visibility" alone under the header opens the first section
    return all(
        len(c) <= MAX_SUBHEADER_CHARS and len(c.split()) <= MAX_SUBHEADER_WORDS and not REF_LIKE.match(c)
        for _, c in filled
    )


# "**Visibility**": a Markdown cell all in bold
_WHOLLY_BOLD = re.compile(r"^(\*\*|__)(?=\S)[^*_]{1,120}(?<=\S)\1$")
# Inside a table a section heading may name a year and run to this many words (or characters).
MAX_SECTION_CELL_WORDS = 15
MAX_SECTION_CELL_CHARS = 120


def is_text_section_cell(index: int, text: str, columns: Columns, furniture: frozenset[str] = frozenset()) -> bool:
    """A text table row whose only text sits in column `index`, the first (or the Action)
    column, and reads as a heading: a section over the rows below it. Inside a table a
    heading may name a year and run to 15 words, but it is no sentence: it has no closing
    full stop and starts with a capital or a number. A line printed on every page
    (`furniture`) is none; in a Markdown table a cell all in bold is one, even over a Theme
    column."""
    role = columns.roles.get(index)
    first_column = index == 0 or index == min(columns.roles, default=0)
    if first_column and columns.mode == "pipe" and _WHOLLY_BOLD.match(text.strip()):
        return True  # "| **Visibility** | | |": a bold section row, even over a Theme column
    if not (first_column or role is ColumnRole.ACTION) or role is ColumnRole.THEME:
        return False
    folded = " ".join(text.split())
    if folded in furniture or len(folded) > MAX_SECTION_CELL_CHARS or len(folded.split()) > MAX_SECTION_CELL_WORDS:
        return False
    return not folded.endswith((".", ";", ",")) and (folded[:1].isupper() or folded[:1].isdigit())
