"""Word-style tables with cell borders: pdfplumber's "lines" strategy, merged cells kept.

Each table pdfplumber finds from ruling lines becomes a grid: every cell gets
the grid rows and columns it covers, and the words whose centre lies in it.
The header (one or more rows at the top naming roles or periods) labels the
columns by meaning. Each cell of the action column starts a body row; a cell
that spans several body rows (a merged Theme cell) gives its text to each of
them. A table with no header of its own on a later page continues the columns
of the table before it.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extractor.document import TableCell
from extractor.headings import Line, ends_table
from extractor.interpret.tables import FROM_PAGES, SourceTable, read_tables
from extractor.layouts.pdf_page import (
    RGB,
    BBoxT,
    PageData,
    RuledTable,
    Word,
    page_data,
    same_colour,
    text_right_limit,
    words_to_lines,
    words_to_text,
)
from extractor.layouts.pdf_tables import (
    CellBand,
    Column,
    TableReading,
    build_table,
    header_roles_ok,
    heading_above,
    is_label_text,
    label_columns,
    place,
    rgb_hex,
)
from extractor.layouts.periods import HALF, QUARTER, YEAR, best_period
from extractor.layouts.unruled_table import lines_to_rows
from extractor.layouts.whitespace_columns import column_of
from extractor.rows import ColumnRole, LayoutOutput
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.settings import LayoutTolerances
from schemas.plan import BBox, Provenance

if TYPE_CHECKING:
    from extractor.settings import ExtractionSettings
    from extractor.sources import SourceDocument

logger = logging.getLogger(__name__)

# Columns every action fills on its own line: a part of a tall row with one of them is an action.
KEY_ROLES = frozenset({ColumnRole.REF, ColumnRole.OWNER, ColumnRole.START, ColumnRole.END, ColumnRole.STATUS})
_CONTINUED = re.compile(r"\b(continued|cont'?d|overleaf)\b", re.I)


@dataclass
class GridCell:
    r0: int
    r1: int  # exclusive
    c0: int
    c1: int  # exclusive
    bbox: BBoxT
    text: str
    bold: bool


@dataclass
class Grid:
    page: PageData
    bbox: BBoxT
    xs: list[float]
    ys: list[float]
    cells: list[GridCell]

    def starting_in(self, row: int) -> list[GridCell]:
        return [c for c in self.cells if c.r0 == row]

    def covering(self, row: int) -> list[GridCell]:
        return [c for c in self.cells if c.r0 <= row < c.r1]


def _cluster(values: list[float], tolerance: float = TOL.grid_snap) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out


def _index(edges: list[float], value: float) -> int:
    """Index of the edge nearest `value`."""
    position = bisect.bisect_left(edges, value)
    if position == 0:
        return 0
    if position == len(edges):
        return len(edges) - 1
    return position if edges[position] - value < value - edges[position - 1] else position - 1


def table_to_grid(pd: PageData, table: RuledTable) -> Grid:
    """Cells of a ruled table with their grid spans and text."""
    xs = _cluster([v for c in table.cells for v in (c[0], c[2])], pd.tol.grid_snap)
    ys = _cluster([v for c in table.cells for v in (c[1], c[3])], pd.tol.grid_snap)
    cells: list[GridCell] = []
    owner: dict[tuple[int, int], int] = {}
    for box in table.cells:
        c0, c1 = _index(xs, box[0]), _index(xs, box[2])
        r0, r1 = _index(ys, box[1]), _index(ys, box[3])
        if c1 <= c0 or r1 <= r0:
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                owner.setdefault((r, c), len(cells))
        cells.append(GridCell(r0, r1, c0, c1, box, "", False))
    words_by_cell: dict[int, list] = {}
    for word in pd.words_in(table.bbox):
        r = bisect.bisect_right(ys, word.yc) - 1
        c = bisect.bisect_right(xs, word.xc) - 1
        found = owner.get((r, c))
        if found is not None:
            words_by_cell.setdefault(found, []).append(word)
    for index, words in words_by_cell.items():
        limit = text_right_limit(words, cells[index].bbox)
        cells[index].text = words_to_text(words, pd.tol.line_tolerance, right_limit=limit, tol=pd.tol)
        cells[index].bold = all(w.bold for w in words)
    cells.sort(key=lambda c: (c.r0, c.c0))
    return Grid(pd, table.bbox, xs, ys, cells)


def find_header(grid: Grid) -> tuple[int, int] | None:
    """(first, last) header rows: the first row naming an action column and another role,
    with label rows above it (a phase row) and below it (a row of dates)."""
    rows = len(grid.ys) - 1
    tol = grid.page.tol
    for head in range(min(tol.max_header_rows, rows)):
        if not header_roles_ok([c.text for c in grid.covering(head)]):
            continue
        first = head
        while first > 0 and all(not c.text or is_label_text(c.text, tol) for c in grid.starting_in(first - 1)):
            first -= 1
        last = max([head] + [c.r1 - 1 for c in grid.starting_in(head)])
        while last + 1 < rows:
            starting = [c for c in grid.starting_in(last + 1) if c.text]
            if not starting or not all(_sub_label(grid, c, first, last) for c in starting):
                break
            last += 1
        return first, last
    return None


def _sub_label(grid: Grid, cell: GridCell, first: int, last: int) -> bool:
    """A cell under the header that labels a period, or splits a wider header cell ("Start" under "Timescale")."""
    if best_period([cell.text]) is not None:
        return True
    if not is_label_text(cell.text, grid.page.tol):
        return False
    return any(
        h.r0 >= first and h.r1 - 1 <= last and h.c0 <= cell.c0 and cell.c1 <= h.c1 and h.c1 - h.c0 > cell.c1 - cell.c0
        for h in grid.cells
    )


def header_columns(grid: Grid, first: int, last: int) -> tuple[list[Column], list[int]]:
    """Columns named by the header rows, and the column index of every grid column."""
    keys: list[tuple[int, ...]] = []
    for c in range(len(grid.xs) - 1):
        keys.append(
            tuple(id(cell) for cell in grid.cells if cell.r0 <= last and cell.r1 > first and cell.c0 <= c < cell.c1)
        )
    units: list[tuple[float, float, tuple[str, ...]]] = []
    unit_of: list[int] = []
    for c, key in enumerate(keys):
        texts = tuple(cell.text for cell in grid.cells if id(cell) in key and cell.text)
        if c == 0 or key != keys[c - 1] or _spans_periods(texts):
            units.append((grid.xs[c], grid.xs[c + 1], texts))
        else:
            x0, _, texts = units[-1]
            units[-1] = (x0, grid.xs[c + 1], texts)
        unit_of.append(len(units) - 1)
    return label_columns(units, grid.page.tol), unit_of


def _spans_periods(texts: tuple[str, ...]) -> bool:
    """A year, half or quarter label: over several body columns, each column is a part of it."""
    label = best_period(list(texts)) if texts else None
    return label is not None and label.month is not None and label.specificity in (YEAR, HALF, QUARTER)


def continued_columns(grid: Grid, previous: list[Column]) -> list[int] | None:
    """Map a headerless table's grid columns onto the previous table's columns, if they line up."""
    if not previous:
        return None
    left, right = previous[0].x0, previous[-1].x1
    slack = grid.page.tol.continued_edge_slack
    if abs(grid.bbox[0] - left) > slack or abs(grid.bbox[2] - right) > slack:
        return None
    unit_of = []
    for c in range(len(grid.xs) - 1):
        centre = (grid.xs[c] + grid.xs[c + 1]) / 2
        widen = grid.page.tol.continued_centre_slack
        match = next((i for i, col in enumerate(previous) if col.x0 - widen <= centre <= col.x1 + widen), None)
        if match is None:
            return None
        unit_of.append(match)
    return unit_of


def grid_rows(grid: Grid, columns: list[Column], unit_of: list[int], body_start: int) -> tuple[list[CellBand], bool]:
    """Body rows: one per cell of the action column, merged cells repeated; and whether some
    rows had to be told apart by whitespace (no rules between them)."""
    rows_total = len(grid.ys) - 1
    anchor = next((i for i, c in enumerate(columns) if c.role is ColumnRole.ACTION), None)
    if anchor is None:
        anchor = max(range(len(columns)), key=lambda i: columns[i].x1 - columns[i].x0)
    anchor_cols = [c for c, u in enumerate(unit_of) if u == anchor]
    spans: list[tuple[int, int]] = []
    covered: set[int] = set()
    for cell in grid.cells:
        if cell.r0 >= body_start and cell.c0 <= anchor_cols[0] < cell.c1:
            spans.append((cell.r0, cell.r1))
            covered.update(range(cell.r0, cell.r1))
    spans += [(r, r + 1) for r in range(body_start, rows_total) if r not in covered]
    spans.sort()
    rows: list[CellBand] = []
    split = False
    for ra, rb in spans:
        row = _grid_row(grid, columns, unit_of, ra, rb, body_start)
        parts = _split_unruled(grid.page, columns, row.box)
        rows += parts or [row]
        split = split or parts is not None
    return rows, split


def _split_unruled(pd: PageData, columns: list[Column], box: BBoxT) -> list[CellBand] | None:
    """A tall row holding several actions, when no rules part the body rows. It is cut at strips
    of whitespace across the whole row taller than a line gap inside a cell, and only when two or
    more of the parts have their own action text and ref, owner, date or status."""
    words = sorted(pd.words_in(box), key=lambda w: w.top)
    tol = pd.tol
    if len(words) < tol.split_min_words:
        return None
    height = sorted(w.bottom - w.top for w in words)[len(words) // 2]
    parts: list[list[Word]] = [[words[0]]]
    reach = words[0].bottom
    for word in words[1:]:
        if word.top - reach > max(tol.split_gap_ratio * height, tol.split_gap_min):
            parts.append([])
        parts[-1].append(word)
        reach = max(reach, word.bottom)
    bounds = [(c.x0, c.x1) for c in columns]
    keyed = 0
    for part in parts:
        found = {columns[column_of(bounds, w.xc)].role for w in part}
        keyed += ColumnRole.ACTION in found and bool(found & KEY_ROLES)
    if keyed < tol.split_min_parts:
        return None
    return [r for part in parts for r in lines_to_rows(pd, words_to_lines(part, tol.line_tolerance), columns, bounds)]


def _grid_row(grid: Grid, columns: list[Column], unit_of: list[int], ra: int, rb: int, body_start: int) -> CellBand:
    """The cells of grid rows `ra`..`rb` as one band: each column's cell (the texts of the ruled
    cells starting in it, a cell running over several columns spanning them), and, where no text
    is: a blank cell at the top of the body (a merged cell going on from the page before), a
    period cell shaded as a bar, a status cell with a coloured mark. A row shaded across (a
    heading band) gives its fill to its cells; a period cell is filled only when it is shaded
    otherwise than the row's action cell (a bar, not the row's own striping)."""
    pd = grid.page
    groups: dict[int, list[GridCell]] = {}
    blank: set[int] = set()
    for cell in grid.cells:
        if cell.r1 <= ra or cell.r0 >= rb or cell.r0 < body_start:
            continue
        if cell.text:
            groups.setdefault(unit_of[cell.c0], []).append(cell)
        elif cell.r0 == body_start:
            blank.add(unit_of[cell.c0])
    row_box = (grid.bbox[0], grid.ys[ra], grid.bbox[2], grid.ys[rb])
    band_fill = pd.fill_at(row_box, pd.tol.emphasis_fill_cover)
    action = next((i for i, c in enumerate(columns) if c.role is ColumnRole.ACTION), None)
    anchor_fill = None
    if action is not None:
        anchor_fill = pd.fill_at((columns[action].x0, row_box[1], columns[action].x1, row_box[3]))
    fills: dict[int, RGB | None] = {}
    marks: dict[int, RGB | None] = {}
    for index, column in enumerate(columns):
        box = (column.x0, row_box[1], column.x1, row_box[3])
        if column.period is not None:
            shade = pd.shade_at(box)
            fills[index] = shade if shade is not None and not same_colour(shade, anchor_fill, pd.tol) else None
        else:
            fills[index] = band_fill
            if column.role is ColumnRole.STATUS:
                marks[index] = pd.mark_at(box)
    band = CellBand(row_box)
    taken: set[int] = set()
    for unit, cells in sorted(groups.items()):
        last = max(unit_of[c.c1 - 1] for c in cells) if len(cells) == 1 else unit
        box = (min(c.bbox[0] for c in cells), min(c.bbox[1] for c in cells), max(c.bbox[2] for c in cells))
        box = (*box, max(c.bbox[3] for c in cells))
        text_cell = TableCell(
            row=0,
            col=unit,
            text="\n".join(c.text for c in cells),
            provenance=place(pd.number, box),
            col_span=last - unit + 1,
            fill=rgb_hex(fills.get(unit)),
            bold=all(c.bold for c in cells),
            mark_color=rgb_hex(marks.get(unit)),
        )
        band.cells.append((tuple(id(c) for c in cells), text_cell))
        taken.update(range(unit, last + 1))
    for index, column in enumerate(columns):
        if index in taken:
            continue
        fill = fills.get(index) if column.period is not None else None
        mark = marks.get(index)
        if index in blank or fill is not None or mark is not None:
            where = place(pd.number, (column.x0, row_box[1], column.x1, row_box[3]))
            cell = TableCell(row=0, col=index, text="", provenance=where, fill=rgb_hex(fill), mark_color=rgb_hex(mark))
            band.cells.append((None, cell))
    band.cells.sort(key=lambda entry: entry[1].col)
    return band


def read_ruled_tables(
    source: SourceDocument, tol: LayoutTolerances = TOL
) -> tuple[list[TableReading], list[tuple[int, BBoxT]]]:
    """Every ruled table with a header (or continuing one) in reading order; plus headerless tables skipped."""
    readings: list[TableReading] = []
    skipped: list[tuple[int, BBoxT]] = []
    title = source.metadata.get("Title")
    previous: list[Column] = []
    waiting: str | None = None  # a heading at the foot of a page, for the table on the next
    for number in range(1, (source.page_count or 0) + 1):
        pd = page_data(source, number, tol)
        floor = 0.0
        boxes = [t.bbox for t in pd.tables]
        for table in sorted(pd.tables, key=lambda t: (t.bbox[1], t.bbox[0])):
            grid = table_to_grid(pd, table)
            header = find_header(grid)
            if header is not None:
                columns, unit_of = header_columns(grid, *header)
                body_start, has_header = header[1] + 1, True
            else:
                mapped = continued_columns(grid, previous)
                if mapped is None:
                    if len(grid.xs) > 2 and len(grid.ys) > 2:
                        skipped.append((number, table.bbox))
                    continue
                columns, unit_of, body_start, has_header = previous, mapped, 0, False
            heading = heading_above(pd, floor, table.bbox[1], boxes, title) or waiting
            bands, split = grid_rows(grid, columns, unit_of, body_start)
            header_box = (table.bbox[0], grid.ys[header[0]], table.bbox[2], grid.ys[body_start]) if header else None
            built = build_table(number, table.bbox, columns, header_box, bands)
            reading = TableReading(number, table.bbox, columns, built, has_header, heading)
            if split:
                reading.notes.append(("unruled_rows", "no rules between some table rows; rows told apart by spacing"))
            readings.append(reading)
            previous, waiting = columns, None
            floor = table.bbox[3]
        tail = heading_above(pd, floor, pd.height, boxes, title)
        if tail and not ends_table(Line(tail), tol) and not _CONTINUED.search(tail):
            waiting = tail
    return readings, skipped


def parse(source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput:
    """Rows of every ruled action table in the PDF."""
    tol = settings.tolerances
    readings, skipped = read_ruled_tables(source, tol)
    tables = [SourceTable(r.table, r.heading_above, tuple(r.notes)) for r in readings]
    output = read_tables(tables, FROM_PAGES, tol).output
    for number, (x0, top, x1, bottom) in skipped:
        where = Provenance(
            page=number, bbox=BBox(x0=round(x0, 2), top=round(top, 2), x1=round(x1, 2), bottom=round(bottom, 2))
        )
        output.warnings.append(
            ("no_header", f"a ruled table on page {number} has no recognisable header; skipped", where)
        )
    logger.debug("%s: %d ruled tables, %d rows", source.display_path, len(readings), len(output.rows))
    return output
