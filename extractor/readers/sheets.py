"""A spreadsheet's sheet as blocks, whatever program wrote it (.xlsx, .ods).

A reader fills a `Sheet` with the cells that hold text or a visible fill, its
merged ranges and its hidden rows and columns; `sheet_blocks` turns it into what a
reader of the sheet sees:

* a level-1 `Heading` with the sheet's name, unless it is a default name such as
  'Sheet1' (`is_default_sheet_name`), which tells a reader nothing;
* for each region of rows holding text (`row_regions`: a gap of `TABLE_GAP_ROWS` or
  more empty rows starts a new region), leading rows with a single text cell are
  title lines, read as `Paragraph`s; a region whose rows never hold more than one
  cell is read as paragraphs too; the rest is one `Table` over the region's used
  columns, hidden rows and columns left out, merged ranges as spans over the visible
  rows and columns they cover, and filled empty cells kept for their colour.

Dates are rendered as a plan reader says them (`render_date`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from extractor.document import Block, Heading, Paragraph, Table, TableCell
from schemas.plan import Provenance

TABLE_GAP_ROWS = 2  # this many empty rows in a row end a table; one empty row is a spacer inside it
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class SheetCell:
    """One cell with text or a fill; rows and columns count from 1 as the sheet shows them."""

    row: int
    col: int
    text: str
    value: str | None = None  # the ISO date behind a date's text
    fill: str | None = None
    bold: bool = False
    color: str | None = None


@dataclass(frozen=True)
class Merge:
    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], SheetCell] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)


def cell_ref(row: int, col: int) -> str:
    """'B7' for row 7, column 2."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def render_date(value: date, number_format: str = "") -> str:
    """A date as the sheet shows it: through the cell's own number format when that is a
    date format ('dd/mm/yyyy' gives '01/11/2025', 'mmm yyyy' gives 'Nov 2025'), so the raw
    text keeps what the reader of the sheet saw; with no date format ('General'), as a plan
    reader would say it: 'Mar 2025' for the first of a month, else '12 Mar 2025'."""
    shown = format_date(value, number_format)
    if shown is not None:
        return shown
    if value.day == 1 or not shows_day(number_format):
        return f"{MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


_FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_CODE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|y+|m+|d+|[^"\\\[ymd]+', re.IGNORECASE)
# Time and number codes: a format holding any of these is not a plain date format.
_NOT_DATE = re.compile(r"[hs0#?@]|am/pm", re.IGNORECASE)


def format_date(value: date, number_format: str) -> str | None:
    """`value` through an Excel date format (codes d, dd, ddd, dddd, m, mm, mmm, mmmm, yy,
    yyyy; quoted text and escaped characters kept; [colour] and [locale] parts dropped),
    or None when the format is not a plain date format.

    >>> format_date(date(2025, 11, 1), "dd/mm/yyyy"), format_date(date(2025, 11, 1), "mmm yyyy")
    ('01/11/2025', 'Nov 2025')
    >>> format_date(date(2025, 3, 7), "d mmmm yy"), format_date(date(2025, 3, 7), "General")
    ('7 March 25', None)
    """
    code = number_format.split(";")[0]
    if not code or code.lower() == "general" or _NOT_DATE.search(re.sub(r'"[^"]*"|\[[^\]]*\]', "", code)):
        return None
    parts: list[str] = []
    dated = False
    for token in _DATE_CODE.findall(code):
        lower = token.lower()
        if token.startswith('"'):
            parts.append(token.strip('"'))
        elif token.startswith("\\"):
            parts.append(token[1:])
        elif token.startswith("["):
            continue
        elif lower[0] == "y":
            parts.append(f"{value.year % 100:02d}" if len(token) <= 2 else str(value.year))
            dated = True
        elif lower[0] == "m":
            width = len(token)
            month = value.month
            parts.append(
                str(month) if width == 1 else f"{month:02d}" if width == 2
                else MONTHS[month - 1] if width == 3 else _FULL_MONTHS[month - 1]
            )  # fmt: skip
            dated = True
        elif lower[0] == "d":
            width = len(token)
            weekday = _DAYS[value.weekday()]
            parts.append(
                str(value.day) if width == 1 else f"{value.day:02d}" if width == 2
                else weekday[:3] if width == 3 else weekday
            )  # fmt: skip
            dated = True
        else:
            parts.append(token)
    return "".join(parts).strip() if dated else None


def shows_day(number_format: str) -> bool:
    """Whether an Excel number format shows the day ('dd/mm/yyyy' does, 'mmm-yy' does not).

    Quoted text and [bracketed] parts are not format codes; 'General' or no format
    (a date typed in a cell formatted as nothing special) is taken to show the day.
    """
    if not number_format or number_format.lower() == "general":
        return True
    quoted = False
    bracket = False
    for char in number_format:
        if char == '"':
            quoted = not quoted
        elif char == "[" and not quoted:
            bracket = True
        elif char == "]" and not quoted:
            bracket = False
        elif char.lower() == "d" and not quoted and not bracket:
            return True
    return False


def is_default_sheet_name(name: str) -> bool:
    """'Sheet1', 'Sheet 2', 'Sheet': the name a program gives a sheet nobody named; it tells a reader nothing."""
    rest = name.strip().lower().removeprefix("sheet").strip()
    return rest == "" or rest.isdigit()


def row_regions(rows: list[int], hidden: set[int]) -> list[list[int]]:
    """Group sorted occupied rows into regions: TABLE_GAP_ROWS or more empty visible rows end a region.

    Hidden rows between two occupied rows are no gap a reader sees.
    """
    regions: list[list[int]] = []
    for row in rows:
        if regions:
            previous = regions[-1][-1]
            gap = sum(1 for between in range(previous + 1, row) if between not in hidden)
            if gap < TABLE_GAP_ROWS:
                regions[-1].append(row)
                continue
        regions.append([row])
    return regions


def sheet_blocks(sheet: Sheet) -> list[Block]:
    """One sheet's blocks: its name as a heading, then each region of rows as paragraphs or a table."""
    texts = {key: cell for key, cell in sheet.cells.items() if cell.text}
    if not texts:
        return []
    max_row = max(r for r, _ in texts)
    max_col = max(c for _, c in texts)
    merges: dict[tuple[int, int], Merge] = {}
    covered_rows: set[int] = set()
    for merge in sheet.merges:
        if (merge.min_row, merge.min_col) not in sheet.cells or merge.min_row > max_row or merge.min_col > max_col:
            continue
        clamped = Merge(merge.min_row, merge.min_col, min(merge.max_row, max_row), min(merge.max_col, max_col))
        merges[merge.min_row, merge.min_col] = clamped
        covered_rows.update(range(clamped.min_row, clamped.max_row + 1))
    visible = {
        (r, c): cell for (r, c), cell in texts.items() if r not in sheet.hidden_rows and c not in sheet.hidden_cols
    }
    blocks: list[Block] = []
    if not is_default_sheet_name(sheet.name):
        blocks.append(Heading(text=sheet.name, level=1, provenance=Provenance(sheet=sheet.name)))
    occupied = sorted({r for r, _ in visible} | (covered_rows - sheet.hidden_rows))
    for region in row_regions(occupied, sheet.hidden_rows):
        blocks += _region_blocks(sheet, region, visible, merges)
    return blocks


def _region_blocks(
    sheet: Sheet, region: list[int], texts: dict[tuple[int, int], SheetCell], merges: dict[tuple[int, int], Merge]
) -> list[Block]:
    """Title lines above a table as paragraphs, then the table; a one-cell-per-row region as paragraphs."""
    first, last = region[0], region[-1]
    rows = [r for r in range(first, last + 1) if r not in sheet.hidden_rows]
    by_row: dict[int, list[int]] = {}
    for r, c in sorted(texts):
        if first <= r <= last:
            by_row.setdefault(r, []).append(c)
    if all(len(by_row.get(r, [])) <= 1 for r in rows):
        return [_paragraph(sheet, texts[r, by_row[r][0]]) for r in rows if by_row.get(r)]
    blocks: list[Block] = []
    while rows and len(by_row.get(rows[0], [])) <= 1:
        r = rows.pop(0)
        if by_row.get(r):
            blocks.append(_paragraph(sheet, texts[r, by_row[r][0]]))
    cols_used = {c for r in rows for c in by_row.get(r, [])}
    for (r, c), merge in merges.items():
        if r in rows:
            cols_used.update(range(c, merge.max_col + 1))
    columns = [c for c in range(min(cols_used), max(cols_used) + 1) if c not in sheet.hidden_cols]
    blocks.append(_table(sheet, rows, columns, merges))
    return blocks


def _paragraph(sheet: Sheet, cell: SheetCell) -> Paragraph:
    return Paragraph(
        text=cell.text, provenance=Provenance(sheet=sheet.name, cell=cell_ref(cell.row, cell.col)), bold=cell.bold
    )


def _table(sheet: Sheet, rows: list[int], columns: list[int], merges: dict[tuple[int, int], Merge]) -> Table:
    """The region's grid: a cell for each text, each filled empty cell, and each merge (as spans)."""
    row_index = {r: i for i, r in enumerate(rows)}
    col_index = {c: i for i, c in enumerate(columns)}
    covered: set[tuple[int, int]] = set()
    for (r, c), merge in merges.items():
        if r in row_index:
            for rr in range(r, merge.max_row + 1):
                covered.update((rr, cc) for cc in range(c, merge.max_col + 1))
            covered.discard((r, c))
    cells: list[TableCell] = []
    for r in rows:
        for c in columns:
            cell = sheet.cells.get((r, c))
            if cell is None or (r, c) in covered or not (cell.text or cell.fill):
                continue
            merge = merges.get((r, c))
            row_span = col_span = 1
            if merge is not None:
                row_span = max(1, sum(1 for rr in range(r, merge.max_row + 1) if rr in row_index))
                col_span = max(1, sum(1 for cc in range(c, merge.max_col + 1) if cc in col_index))
            cells.append(
                TableCell(
                    row=row_index[r],
                    col=col_index[c],
                    text=cell.text,
                    provenance=Provenance(sheet=sheet.name, cell=cell_ref(r, c)),
                    row_span=row_span,
                    col_span=col_span,
                    fill=cell.fill,
                    bold=cell.bold,
                    color=cell.color,
                    value=cell.value,
                )
            )
    return Table(
        cells=tuple(cells),
        provenance=Provenance(sheet=sheet.name, cell=cell_ref(rows[0], columns[0]) if rows and columns else None),
        n_rows=len(rows),
        n_cols=len(columns),
    )
