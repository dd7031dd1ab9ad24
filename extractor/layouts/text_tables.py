"""Tables in text: rows of tab-separated cells, Markdown pipe tables, space-aligned columns.

`lines_to_table_rows` walks the lines once and splits them into the cells of
`document.Table`s, one table per header printed (a header repeated on the next
page starts a new one): the header row(s) as header cells, a section heading as
one cell across the table (a heading line above the rows, or a row whose only
text is a heading), each body row's cells where they stand, with the line they
came from. What the cells mean (column roles, sections, rows a page break cut
in two, merged Theme cells printed in pieces, Gantt period columns) is read by
`extractor.interpret.tables.read_tables` with the `FROM_TEXT` facts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from extractor.document import Table, TableCell
from extractor.headings import heading_text, is_text_heading, names_its_items
from extractor.layouts.periods import parse_period_label
from extractor.layouts.text_common import clean_cell, repeated_lines
from extractor.normalise.pillars import classify_pillar, names_pillar
from extractor.rows import ColumnRole, header_role
from extractor.sources import SourceLine
from schemas.plan import Provenance

if TYPE_CHECKING:
    from extractor.interpret.tables import TableColumns

logger = logging.getLogger(__name__)

Warning_ = tuple[str, str, Provenance | None]

SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a code in capitals before a hyphen ("VIS-01") is a ref too, as is a plan code and a pillar's letter
# joined by one ("P-R2": plan P, pillar R, item 2); a month before one ("Jun-25") is a date
REF_LIKE = re.compile(
    r"^(ref\.?\s*)?(?:[A-Za-z]{1,3}|[A-Za-z][.\-]|(?-i:[A-Z]{2,4})-|(?-i:[A-Z]{1,4}-[A-Z]{1,2}))?"
    r"\d{1,3}([.\-]\d{1,3}){0,3}(?:[a-z]|\([a-z]\))?[.):]?$",  # "2.1", "V1", "3b", "1(a)"
    re.I,
)
_SPACE_SPLIT = re.compile(r"\s{2,}|\t")
_SPACE_RUN = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
# Roles whose cells are merged vertically in published tables and so come out in pieces.
MERGED_ROLES = (ColumnRole.THEME, ColumnRole.PILLAR, ColumnRole.SECTION)
_MAX_HEADER_CONTINUATIONS = 3


@dataclass(eq=False)
class Columns:
    """What each column of one table holds."""

    roles: dict[int, ColumnRole]
    periods: dict[int, str]  # column -> YYYY-MM of a Gantt period column
    width: int
    mode: str  # "tab", "pipe", "space" or "lines"
    line: int  # the header's first line

    @cached_property
    def _index(self) -> dict[ColumnRole, int]:
        return {role: k for k, role in sorted(self.roles.items(), reverse=True)}

    def index_of(self, role: ColumnRole) -> int | None:
        return self._index.get(role)


@dataclass(frozen=True)
class TextTable:
    """One table read from text lines, as the `Table` of its cells, and how its lines were
    split (`mode`: "tab", "pipe", "space:N" or "lines"). `guessed`: the column roles a reader
    guessed from the cells' contents, for a table printed with no header. `merged_at_top`: a
    value merged over several rows is printed once, in its group's top row (`merged_at_top`)."""

    table: Table
    mode: str
    guessed: dict[int, ColumnRole] | None = None
    merged_at_top: bool = False  # a merged value printed once stands in its group's top row


Cell = tuple[str, int, int]  # a cell's text, its first and last line
_Section = tuple[str, int]  # a section heading's name and its line


class TableBuilder:
    """Collects the text tables of one document as `Table`s, a row at a time.

    A header starts a table; a section heading is one cell across the table (above the
    header when it stands before it); a body row is its cells where they stand, each with
    its lines. An empty cell is kept (it holds its column's place)."""

    def __init__(self) -> None:
        self.tables: list[TextTable] = []
        self.body_rows = 0
        self._open = False
        self._header: list[list[Cell]] = []
        self._rows: list[list[Cell] | _Section] = []
        self._pending: list[_Section] = []  # sections met before the next header
        self._mode = ""
        self._line = 0
        self._guessed: dict[int, ColumnRole] | None = None

    def header(
        self, rows: list[list[Cell]], mode: str, line: int, guessed: dict[int, ColumnRole] | None = None
    ) -> None:
        """A header of one or more rows at `line` (none for a guessed table): a new table."""
        self.close()
        self._open = True
        self._header, self._mode, self._line, self._guessed = rows, mode, line, guessed
        self._rows, self._pending = [*self._pending], []

    def section(self, name: str, line: int) -> None:
        """A section heading in force from here on."""
        (self._rows if self._open else self._pending).append((name, line))

    def clear_sections(self) -> None:
        """A title line before any body row: the headings so far were the title block."""
        self._pending = []
        self._rows = [row for row in self._rows if isinstance(row, list)]

    def row(self, cells: list[Cell]) -> None:
        self._rows.append(cells)
        self.body_rows += 1

    def close(self) -> list[TextTable]:
        """The tables so far, the one being built closed."""
        if not self._open:
            return self.tables
        self._open = False
        lead = 0  # sections above the header
        while lead < len(self._rows) and isinstance(self._rows[lead], tuple):
            lead += 1
        body = [row for row in self._rows if isinstance(row, list)]
        width = max([len(r) for r in self._header] + [len(r) for r in body] + [_MIN_WIDTH])
        rows = [*self._rows[:lead], *self._header, *self._rows[lead:]]
        cells = header_cells(self._header, lead)
        for index, item in enumerate(rows):
            if isinstance(item, tuple):
                cells.append(TableCell(index, 0, item[0], Provenance(line=item[1]), col_span=width))
            elif not lead <= index < lead + len(self._header):
                for k, (text, first, last) in enumerate(item):
                    cells.append(TableCell(index, k, text, Provenance(line=first, end_line=last)))
        cells.sort(key=lambda cell: (cell.row, cell.col))
        table = Table(tuple(cells), Provenance(line=self._line), n_rows=len(rows), n_cols=width)
        self.tables.append(TextTable(table, self._mode, self._guessed, merged_at_top(self._mode)))
        return self.tables


def merged_at_top(mode: str) -> bool:
    """Whether a table split from lines this way keeps a merged value in its group's top row:
    Markdown pipe rows are a web page's or a converter's table written out row by row, where a
    cell spanning rows is written in the first of them (a PDF's text centres it instead)."""
    return mode == "pipe"


_MIN_WIDTH = 2  # a section cell spans the table; a body cell never spans two columns


@dataclass
class TableScan:
    """The text tables of a document, and what lay outside them."""

    tables: list[TextTable] = field(default_factory=list)
    headerless: list[tuple[list[str], int]] = field(default_factory=list)  # (cells, line) before any header
    warnings: list[Warning_] = field(default_factory=list)
    body_rows: int = 0  # body rows read

    @property
    def mode(self) -> str | None:
        """How the lines of the first table with body rows were split."""
        return next((t.mode for t in self.tables if _has_body(t.table)), None)


def _has_body(table: Table) -> bool:
    return any(not cell.header and cell.col_span == 1 for cell in table.cells)


def split_pipe(text: str) -> list[str]:
    """Cells of a Markdown pipe-table line; an escaped '\\|' stays in its cell."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.replace("\\|", "|") for cell in _PIPE_SPLIT.split(inner)]


def split_table_line(text: str, mode: str | None) -> tuple[list[str], str] | None:
    """Cells and the separator kind, or None for a line that is not a table row.

    Space-aligned tables ("space:N") are found by a header whose cells are
    separated by runs of two or more spaces; N, the shortest run in that header,
    is the width of one separator, so a longer run in a row (leading runs too)
    marks empty cells: tabs replaced by N spaces keep their columns. A line
    with no such run is not a row.
    """
    if mode is not None and mode.startswith("space:"):
        cells = _split_runs(text.rstrip(), int(mode[6:]))
        return (cells, mode) if len(cells) > 1 else None
    if mode is not None and mode.startswith(_FIXED):
        cells = cells_at_columns(text.rstrip(), [int(n) for n in mode[len(_FIXED) :].split(",")])
        return (cells, mode) if sum(1 for cell in cells if cell) > 1 else None
    if "\t" in text:
        return text.split("\t"), "tab"
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return split_pipe(stripped), "pipe"
    if "  " not in stripped:
        return None
    parts = _SPACE_SPLIT.split(stripped)
    if len(parts) >= 3 and _header_row(parts):
        runs = [len(run) for run in _SPACE_RUN.findall(stripped) if "\t" not in run]
        unit = min(runs, default=2)
        cells = _split_runs(text.rstrip(), unit)
        if "\t" not in text and len(cells) > len(parts) and any(run % unit for run in runs):
            # runs of any width, not tabs turned into spaces (runs of one width, or two, three ... of it): a
            # header set in fixed-width columns, each of its words opening a column
            starts = column_starts(text.rstrip())
            return cells_at_columns(text.rstrip(), starts), _FIXED + ",".join(map(str, starts))
        return cells, f"space:{unit}"
    return None


_FIXED = "space-at:"  # a fixed-width table: the split mode names where each column starts
_COLUMN_SLACK = 2  # a row's cell may start this many characters right of its column's header


def column_starts(header: str) -> list[int]:
    """Where each column of a fixed-width table starts: where each of its header's words
    (parted by runs of two or more spaces) begins.

    >>> column_starts("Action        Owner    Date")
    [0, 14, 23]
    """
    starts, position = [], 0
    for run in _SPACE_RUN.finditer(header):
        if header[position : run.start()].strip():
            starts.append(position)
        position = run.end()
    return [*starts, position] if header[position:].strip() else starts


def cells_at_columns(text: str, starts: Sequence[int]) -> list[str]:
    """A fixed-width table's row (cells padded with spaces to columns of any width, as a page
    set in a monospaced font prints it) split at its header's columns (`column_starts`): each
    piece between runs of two or more spaces goes to the column it starts in, allowing
    `_COLUMN_SLACK` characters where a long cell pushed the next one on; pieces in one
    column join.

    >>> cells_at_columns("Run a fair for staff   Estates Office   May 2026", [0, 22, 40])
    ['Run a fair for staff', 'Estates Office', 'May 2026']
    >>> cells_at_columns("Run a fair                                May 2026", [0, 22, 40])
    ['Run a fair', '', 'May 2026']
    """
    cells = [""] * len(starts)
    position = 0
    pieces: list[tuple[int, str]] = []
    for run in _SPACE_RUN.finditer(text):
        pieces.append((position, text[position : run.start()]))
        position = run.end()
    pieces.append((position, text[position:]))
    for at, piece in pieces:
        if not piece.strip():
            continue
        column = max((k for k, start in enumerate(starts) if start <= at + _COLUMN_SLACK), default=0)
        cells[column] = f"{cells[column]} {piece.strip()}".strip()
    return cells


def _header_row(cells: Sequence[str]) -> bool:
    from extractor.interpret.tables import looks_like_header  # the interpreter reads the layouts' tables

    return looks_like_header(cells)


def _split_runs(text: str, unit: int) -> list[str]:
    """Cells of a space-aligned row: a run of k x `unit` spaces (or k tabs) is k separators."""
    cells: list[str] = []
    position = 0
    for run in _SPACE_RUN.finditer(text):
        cells.append(text[position : run.start()])
        spaces = len(run.group().replace("\t", ""))
        separators = run.group().count("\t") + max(0 if "\t" in run.group() else 1, int(spaces / unit + 0.34))
        cells.extend([""] * max(0, separators - 1))
        position = run.end()
    cells.append(text[position:])
    return cells


def _is_period_text(text: str) -> bool:
    return header_role(text) is None and parse_period_label(text) is not None


def header_rows_to_columns(header_rows: list[list[str]], mode: str, line: int) -> Columns:
    """Roles and Gantt periods of a header printed on one or more rows, as the one header
    reader reads a `Table`'s header (`extractor.interpret.tables.columns_from_header`); a
    period label over several columns is a cell spanning them (`header_cells`)."""
    from extractor.interpret.tables import columns_from_header  # the interpreter reads the layouts' tables

    width = max(len(r) for r in header_rows)
    cells = header_cells([[(text, line, line) for text in row] for row in header_rows], 0)
    grid = Table(tuple(cells), Provenance(line=line), n_rows=len(header_rows), n_cols=width).grid()
    return table_columns(columns_from_header(grid, 0, len(header_rows) - 1), mode, line, width)


def table_columns(read: TableColumns, mode: str, line: int, width: int) -> Columns:
    """A header's reading as the columns of a text table."""
    roles = {k: column.role for k, column in enumerate(read.columns) if column.role is not None}
    periods = {k: c.period.month for k, c in enumerate(read.columns) if c.period is not None and c.period.month}
    return Columns(roles=roles, periods=periods, width=width, mode=mode, line=line)


def header_cells(header_rows: list[list[Cell]], top: int) -> list[TableCell]:
    """The header cells of a text table whose first header row is grid row `top`. A period
    label over several columns ("Phase 1 - 2022/23", "2023/24") is printed in its first
    column only: above the last header row it spans the empty cells beside it, so
    "2023/24" over "Q1 .. Q4" reads as four quarters (the period conventions are those of
    `extractor.layouts.periods`)."""
    cells: list[TableCell] = []
    for r, row in enumerate(header_rows):
        k = 0
        while k < len(row):
            text, first, last = row[k]
            span = 1
            if r < len(header_rows) - 1 and text and _is_period_text(text):
                while k + span < len(row) and not row[k + span][0]:
                    span += 1
            cells.append(TableCell(top + r, k, text, Provenance(line=first, end_line=last), col_span=span, header=True))
            k += span
    return cells


def lines_to_table_rows(lines: Sequence[SourceLine], furniture: frozenset[str] = frozenset()) -> TableScan:
    """Every table in the lines, as the cells of its header, sections and body rows.

    A heading line sets the section for the rows after it, unless it is printed
    more than once (a line printed on several pages is a running header or
    footer, not a section).
    """
    from extractor.interpret.tables import (  # the interpreter reads the layouts' tables
        is_header_continuation,
        is_text_section_cell,
        looks_like_header,
    )

    lines = outer_pipes(lines)
    scan = TableScan()
    builder = TableBuilder()
    columns: Columns | None = None
    twice = repeated_lines(lines, minimum=2)
    pending: tuple[str, int] | None = None  # a heading line, until we see what follows it
    pending_repeated = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        text = line.text.replace("\r", "")
        if not text.strip() or (SEPARATOR_ROW.match(text) and "-" in text):
            continue
        split = split_table_line(text, columns.mode if columns else None)
        if split is None:
            if is_text_heading(text, furniture, allow_title=names_its_items(text)):  # "Our priorities for 2025"
                pending, pending_repeated = (heading_text(text), line.number), " ".join(text.split()) in twice
            elif columns is None and is_text_heading(text, furniture, allow_title=True):
                pending = None  # a title line: what came before it was part of the title block
            continue
        cells = [clean_cell(c) for c in split[0]]
        if looks_like_header(cells):
            header_rows = [cells]
            header_lines = [line.number]
            while len(header_rows) <= _MAX_HEADER_CONTINUATIONS:
                ahead = index
                while ahead < len(lines) and not lines[ahead].text.strip():
                    ahead += 1
                nxt = split_table_line(lines[ahead].text, split[1]) if ahead < len(lines) else None
                probe = header_rows_to_columns(header_rows, split[1], line.number)
                if nxt is None or not is_header_continuation([clean_cell(c) for c in nxt[0]], probe.roles):
                    break
                header_rows.append([clean_cell(c) for c in nxt[0]])
                header_lines.append(lines[ahead].number)
                index = ahead + 1
            if pending is not None:
                if not pending_repeated:
                    builder.section(*pending)
                pending = None
            columns = header_rows_to_columns(header_rows, split[1], line.number)
            builder.header(
                [[(c, n, n) for c in row] for row, n in zip(header_rows, header_lines, strict=True)],
                split[1],
                line.number,
            )
            continue
        filled = [(k, c) for k, c in enumerate(cells) if c]
        if not filled:
            continue
        if columns is None:
            scan.headerless.append((cells, line.number))
            continue
        if pending is not None:
            if not pending_repeated:
                builder.section(*pending)
            pending = None
        if len(filled) == 1 and is_text_section_cell(filled[0][0], filled[0][1], columns, furniture):
            builder.section(heading_text(filled[0][1]), line.number)
            continue
        cells = unshift_merged_cell(cells, columns)
        builder.row([(c, line.number, line.number) for c in cells])
    scan.tables = builder.close()
    scan.body_rows = builder.body_rows
    return scan


_REF_CELL = re.compile(r"^[A-Za-z]{0,3}\.?\d{1,3}(?:[.\-]\d{1,3}){0,3}[a-z]?[.):]?$")


def unshift_merged_cell(cells: list[str], columns: Columns) -> list[str]:
    """A row's cells back under their header when a page dropped the merged first cell (a
    pillar or theme printed once over its group) and the rest moved one column left: the
    first column is a merged one, the row's first cell holds what the second column holds
    (`reads_as_second_column`: a ref under a Ref column, a sentence under an Action column, or
    anything but a pillar's name when the first column is the Pillar), and the row ends with an
    empty cell (or stops short of the header's width, cut off). Any other row as it is.

    >>> cols = Columns(roles={0: ColumnRole.PILLAR, 1: ColumnRole.REF, 2: ColumnRole.ACTION}, periods={}, width=3,
    ...     mode="pipe", line=1)
    >>> unshift_merged_cell(["V.2", "Run a showcase", ""], cols), unshift_merged_cell(["Vis", "V.1", "Run"], cols)
    (['', 'V.2', 'Run a showcase'], ['Vis', 'V.1', 'Run'])
    >>> unshift_merged_cell(["V.3", "Run a sho"], cols)
    ['', 'V.3', 'Run a sho']
    >>> cols = Columns(roles={0: ColumnRole.PILLAR, 1: ColumnRole.ACTION, 2: ColumnRole.OWNER}, periods={}, width=3,
    ...     mode="pipe", line=1)
    >>> unshift_merged_cell(["Hold a lab tour", "Estates", ""], cols)
    ['', 'Hold a lab tour', 'Estates']
    >>> unshift_merged_cell(["Recognition", "Hold a lab tour", ""], cols)
    ['Recognition', 'Hold a lab tour', '']
    """
    merged = columns.roles.get(0)
    if (
        len(cells) < 2
        or (cells[-1].strip() and len(cells) >= columns.width)  # full, or cut off where the page stopped
        or merged not in MERGED_ROLES
        or not reads_as_second_column(cells[0], columns.roles.get(1), merged)
    ):
        return cells
    return ["", *(cells if cells[-1].strip() else cells[:-1])]


def outer_pipes(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The lines with the outer pipes a Markdown table may leave off put back: a header of
    ``|``-joined cells directly above a row of dashes ("Action | Lead" / "--- | ---") opens a
    table, and every line with a ``|`` below it, blank lines between them allowed, is one of
    its rows, up to the first line without one. Other lines as they are.

    >>> page = [SourceLine(1, "Action | Lead"), SourceLine(2, "--- | ---"), SourceLine(3, "Run a tour | HR |"),
    ...     SourceLine(4, "Key: done")]
    >>> [line.text for line in outer_pipes(page)]
    ['| Action | Lead |', '--- | ---', '| Run a tour | HR | |', 'Key: done']
    """
    out = list(lines)
    index = 0
    while index + 1 < len(out):
        head, rule = out[index].text.strip(), out[index + 1].text.strip()
        if head.startswith("|") or "|" not in head or not (SEPARATOR_ROW.match(rule) and "-" in rule and "|" in rule):
            index += 1
            continue
        out[index] = replace(out[index], text=f"| {head} |")
        index += 2
        while index < len(out) and (not out[index].text.strip() or "|" in out[index].text):
            text = out[index].text.strip()
            if text and not text.startswith("|"):
                out[index] = replace(out[index], text=f"| {text} |")
            index += 1
    return out


_MAX_MERGED_LABEL_WORDS = 5  # a pillar or theme printed over a group of rows is a short label


def reads_as_second_column(cell: str, role: ColumnRole | None, merged: ColumnRole | None = None) -> bool:
    """Whether a row's first cell holds what the second column holds, not the merged label of
    the first (whose role is `merged`): a ref under a Ref column ("V.2"); when the first column
    is the Pillar, any words but a pillar's name (a pillar cell holds nothing else); else a
    sentence under an Action column, longer than a group's label and naming no pillar ("Run a
    showcase for schools each spring").

    >>> reads_as_second_column("V.2", ColumnRole.REF), reads_as_second_column("Visibility", ColumnRole.ACTION)
    (True, False)
    >>> reads_as_second_column("Run a showcase for schools each spring", ColumnRole.ACTION)
    True
    >>> reads_as_second_column("Hold a tour", ColumnRole.ACTION, ColumnRole.PILLAR)
    True
    """
    text = cell.strip()
    if role is ColumnRole.REF:
        return bool(_REF_CELL.match(text))
    if merged is ColumnRole.PILLAR:
        return bool(text) and not names_pillar(text)
    if role is ColumnRole.ACTION:
        return len(text.split()) > _MAX_MERGED_LABEL_WORDS and classify_pillar(text) is None
    return False
