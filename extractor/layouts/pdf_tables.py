"""Tables read from PDF pages: what their header says, and the heading above them.

The ruled, unruled and Gantt readers each turn a page region into a
`TableReading`: columns named by their header (`Column`: a role, or a period,
with month initials under a year and a year spread over its blank columns read
here) and body rows (`TableRow`) with the text of each column. What the rows
mean (sections, a row going on over a page break, merged cells carried down,
legends, timelines, unmapped text) is read by `extractor.interpret.tables`
(`read_tables` with the `FROM_PAGES` preset), the step every format's tables go through.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from extractor.document import Table, TableCell
from extractor.headings import (
    ABOVE_TABLE,
    Line,
    heading_text,
    is_heading,
)
from extractor.headings import heading_like as heading_like  # read by the table modules from here
from extractor.layouts.pdf_page import RGB, BBoxT, PageData, TextLine, words_to_lines
from extractor.layouts.periods import HALF, MONTH, QUARTER, YEAR, PeriodLabel, best_period
from extractor.rows import ColumnRole, header_role, is_header_row, map_header_to_roles
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.settings import LayoutTolerances
from schemas.plan import BBox, Provenance

logger = logging.getLogger(__name__)

# Header texts recur on every page and every candidate line: read each once.
GROUPING_ROLES = frozenset({ColumnRole.THEME, ColumnRole.PILLAR, ColumnRole.SECTION})
# Columns that hold a short value, written on a row's first line.
SHORT_ROLES = frozenset({ColumnRole.OWNER, ColumnRole.START, ColumnRole.END, ColumnRole.STATUS})
# A legend line: "TCL: Technician Commitment Lead", "HR - Human Resources".
_LEGEND_LINE = re.compile(r"^\S{1,12}\s*[:=\u2013-]\s+\S")
# A printed action reference: "1.2", "V3", "A-1", "12a".
REF_TEXT = re.compile(r"^[A-Z]{0,3}\d{1,3}([.\-]\d{1,3}){0,2}[a-z]?\.?$")


@dataclass
class Column:
    x0: float
    x1: float
    texts: tuple[str, ...]  # header texts, top to bottom
    role: ColumnRole | None = None
    period: PeriodLabel | None = None

    @property
    def header(self) -> str:
        return " ".join(" ".join(self.texts).split())


@dataclass
class CellBand:
    """A band of a table's body as a PDF layout measures it: its box across the table and the
    cells in it, before the bands are stacked into a `document.Table` (`build_table`).

    Each cell is given with a key naming what it was drawn from (a ruled cell), so that a cell
    cut across several bands (a merged Theme cell) becomes one cell spanning them; None for a
    cell made of the band's own words."""

    box: BBoxT
    cells: list[tuple[object | None, TableCell]] = field(default_factory=list)


@dataclass
class TableReading:
    """One table a PDF layout found: where it is, the columns its header names (or the table
    before it names, when it goes on without a header), its cells, and the heading above it."""

    page: int
    bbox: BBoxT
    columns: list[Column]
    table: Table
    has_header: bool = True
    heading_above: str | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (code, message) warnings about the table

    @property
    def body_rows(self) -> int:
        return self.table.n_rows - header_row_count(self.table)


def header_row_count(table: Table) -> int:
    """How many of a table's top rows are its header (cells marked as header cells)."""
    return max((cell.row + cell.row_span for cell in table.cells if cell.header), default=0)


def place(page: int, box: BBoxT) -> Provenance:
    """A place on a PDF page: the page and the box, in points rounded to hundredths."""
    x0, top, x1, bottom = box
    return Provenance(
        page=page, bbox=BBox(x0=round(x0, 2), top=round(top, 2), x1=round(x1, 2), bottom=round(bottom, 2))
    )


def rgb_hex(rgb: RGB | None) -> str | None:
    """An RGB colour in 0..1 as '#rrggbb', the way every reader writes a cell's fill; None stays None."""
    if rgb is None:
        return None
    return "#" + "".join(f"{round(min(1.0, max(0.0, v)) * 255):02x}" for v in rgb)


def build_table(
    page: int,
    bbox: BBoxT,
    columns: list[Column],
    header_box: BBoxT | None,
    bands: list[CellBand],
) -> Table:
    """The `document.Table` of a measured table: its header cells (each column's header texts,
    top to bottom, one per row, marked as header cells) when it has a header of its own, then a
    row per band. A cell met again in the next band under the same key spans both rows."""
    cells: list[TableCell] = []
    places: list[Provenance] = []
    height = 0
    if header_box is not None:
        height = max((len(c.texts) for c in columns), default=0)
        _x0, top, _x1, bottom = header_box
        for k, column in enumerate(columns):
            where = place(page, (column.x0, top, column.x1, bottom))
            for r, text in enumerate(column.texts):
                cells.append(TableCell(row=r, col=k, text=text, provenance=where, header=True))
        places += [place(page, header_box)] * height
    open_cells: dict[object, int] = {}  # key -> index in `cells` of the cell spanning down to the previous row
    for index, band in enumerate(bands):
        row = height + index
        still_open: dict[object, int] = {}
        for key, cell in band.cells:
            found = open_cells.get(key) if key is not None else None
            if found is not None and cells[found].col == cell.col:
                cells[found] = replace(cells[found], row_span=cells[found].row_span + 1)
                still_open[key] = found
                continue
            if key is not None:
                still_open[key] = len(cells)
            cells.append(replace(cell, row=row))
        open_cells = still_open
        places.append(place(page, band.box))
    return Table(
        cells=tuple(cells),
        provenance=place(page, bbox),
        n_rows=height + len(bands),
        n_cols=len(columns),
        row_places=tuple(places),
    )


def label_columns(units: list[tuple[float, float, tuple[str, ...]]], tol: LayoutTolerances = TOL) -> list[Column]:
    """Columns from header units (x0, x1, texts): periods first, then roles by meaning."""
    columns = [Column(x0, x1, tuple(t for t in texts if t.strip())) for x0, x1, texts in units]
    for column in columns:
        if column.texts and header_role(column.header) is None:
            column.period = best_period(list(column.texts))
    _read_month_initials(columns, tol)
    _divide_spanned_periods(columns)
    named = [i for i, c in enumerate(columns) if c.period is None]
    roles = map_header_to_roles([columns[i].header for i in named])
    for position, role in roles.items():
        columns[named[position]].role = role
    return columns


_INITIALS = "JFMAMJJASOND"


def _read_month_initials(columns: list[Column], tol: LayoutTolerances = TOL) -> None:
    """Month columns headed by initials, "J F M A M J J A S O N D" under a year: each letter's
    place in the run gives its month. The run starts at the year label's own first month
    when the letters fit there (a financial year's "A M J ..." from April), else wherever
    they fit one way only."""
    start = 0
    while start < len(columns):
        period = columns[start].period
        end = start
        while (
            end < len(columns)
            and period is not None
            and period.month
            and columns[end].period == period
            and columns[end].texts
            and len(columns[end].texts[-1]) == 1
            and columns[end].texts[-1] in _INITIALS
        ):
            end += 1
        letters = "".join(c.texts[-1] for c in columns[start:end])
        if len(letters) >= tol.month_initials_min and period is not None and period.month:
            year, first = (int(part) for part in period.month.split("-"))
            fits = [o for o in range(12) if all(_INITIALS[(o + i) % 12] == ch for i, ch in enumerate(letters))]
            offset = first - 1 if first - 1 in fits else (fits[0] if len(fits) == 1 else None)
            if offset is not None:
                for k in range(len(letters)):
                    index = year * 12 + offset + k
                    columns[start + k].period = PeriodLabel(f"{index // 12:04d}-{index % 12 + 1:02d}", MONTH)
        start = max(end, start + 1)


# Months in a period of each grade, for labels spanning several unlabelled columns.
_SPAN_MONTHS = {YEAR: 12, HALF: 6, QUARTER: 3}


def _divide_spanned_periods(columns: list[Column]) -> None:
    """A year (half, quarter) label over several columns with no labels of their own, "2024" over
    four blank columns, divides its period evenly between them: 2024-01, 2024-04, 2024-07, 2024-10."""
    start = 0
    while start < len(columns):
        period = columns[start].period
        end = start + 1
        while end < len(columns) and columns[end].period == period and columns[end].texts == columns[start].texts:
            end += 1
        count = end - start
        months = _SPAN_MONTHS.get(period.specificity, 0) if period is not None and period.month else 0
        if count > 1 and months and months % count == 0 and period is not None and period.month:
            year, month = (int(part) for part in period.month.split("-"))
            for k in range(count):
                index = year * 12 + month - 1 + k * (months // count)
                columns[start + k].period = PeriodLabel(f"{index // 12:04d}-{index % 12 + 1:02d}", period.specificity)
        start = end


def header_roles_ok(texts: list[str]) -> bool:
    """True when header texts name an action column and at least one more role."""
    return is_header_row([t for t in texts if header_role(t) is not None or best_period([t]) is None])


def period_count(columns: list[Column]) -> int:
    return sum(1 for c in columns if c.period is not None)


def is_label_text(text: str, tol: LayoutTolerances = TOL) -> bool:
    """A short header-like label: names a role or a period."""
    folded = " ".join(text.split())
    return (
        bool(folded)
        and len(folded.split()) <= tol.label_max_words
        and (header_role(folded) is not None or best_period([folded]) is not None)
    )


def heading_above(pd: PageData, floor: float, table_top: float, exclude: list[BBoxT], title: str | None) -> str | None:
    """The closest heading line between `floor` and a table's top (`headings.ABOVE_TABLE`: bold or
    larger than body text, in capitals, or naming a pillar). Words count by their middle: a line set tight under the
    table above can start a point inside its bottom rule."""
    words = [
        w
        for w in pd.words
        if floor <= w.yc <= table_top + pd.tol.heading_above_overlap
        and not any(_inside(w.xc, w.yc, box) for box in exclude)
    ]
    folded_title = " ".join((title or "").split()).lower()
    for line in reversed(words_to_lines(words, pd.tol.line_tolerance)):
        view = line_view(line, pd.body_size)
        if is_heading(view, ABOVE_TABLE, pd.tol) and line.text.lower() != folded_title:
            return heading_text(view.folded) or None
    return None


def line_view(line: TextLine, body_size: float) -> Line:
    """A page's text line as the heading rules see it: its text, type size and weight."""
    return Line(line.text, line.size, body_size, line.bold, len(line.words))


def _inside(x: float, y: float, box: BBoxT) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
