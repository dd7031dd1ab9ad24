"""Tables read from PDF pages, and how their rows become `RawRow`s.

The ruled, unruled and Gantt readers each turn a page region into a
`TableReading`: columns named by their header (`Column`: a role, or a period)
and body rows (`TableRow`) with the text of each column. `readings_to_output`
then does what every layout shares:

- section headings: a heading line above a table, or a row holding one short
  heading-like cell (spanning, bold or shaded, or in a table whose other rows
  fill several columns), applies to every row under it;
- a row that goes on over a page break (no ref, or no start of an action, in
  the first row of a table that continues the previous one) is joined to the
  previous row;
- a vertically merged cell that carries on at the top of the next page, left
  blank there, keeps its text for the rows under it (THEME/PILLAR/SECTION);
- Gantt periods: shaded or marked period cells give the row's timeline;
- text in a column without a role goes to `RawRow.unmapped` and one warning.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.headings import (
    ABOVE_TABLE,
    BAND,
    Line,
    ends_table,
    heading_like,
    heading_text,
    is_heading,
)
from extractor.layouts.pdf_page import BBoxT, PageData, TextLine, words_to_lines
from extractor.layouts.periods import HALF, MONTH, QUARTER, YEAR, PeriodLabel, best_period
from extractor.rows import ColumnRole, LayoutOutput, RawRow, header_role, is_header_row, map_header_to_roles
from extractor.settings import DEFAULT_TOLERANCES as TOL
from schemas.plan import BBox, Provenance

logger = logging.getLogger(__name__)

# Header texts recur on every page and every candidate line: read each once.
role_of = lru_cache(maxsize=8192)(header_role)
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
class TableRow:
    page: int
    bbox: BBoxT
    texts: dict[int, str]  # column index -> cell text, lines joined by "\n"
    cell_count: int  # distinct non-empty cells
    merged: frozenset[int] = frozenset()  # columns whose cell began in an earlier row
    top_blank: frozenset[int] = frozenset()  # blank cells starting at the table's first body row
    spanning: bool = False  # the only cell runs across several columns
    emphasised: bool = False  # bold, or shaded across the row
    marks: frozenset[int] = frozenset()  # period columns shaded or marked
    rag: str | None = None


@dataclass
class TableReading:
    page: int
    bbox: BBoxT
    columns: list[Column]
    rows: list[TableRow]
    has_header: bool = True
    heading_above: str | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (code, message) warnings about the table


def label_columns(units: list[tuple[float, float, tuple[str, ...]]]) -> list[Column]:
    """Columns from header units (x0, x1, texts): periods first, then roles by meaning."""
    columns = [Column(x0, x1, tuple(t for t in texts if t.strip())) for x0, x1, texts in units]
    for column in columns:
        if column.texts and role_of(column.header) is None:
            column.period = best_period(list(column.texts))
    _read_month_initials(columns)
    _divide_spanned_periods(columns)
    named = [i for i, c in enumerate(columns) if c.period is None]
    roles = map_header_to_roles([columns[i].header for i in named])
    for position, role in roles.items():
        columns[named[position]].role = role
    return columns


_INITIALS = "JFMAMJJASOND"


def _read_month_initials(columns: list[Column]) -> None:
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
        if len(letters) >= TOL.month_initials_min and period is not None and period.month:
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
    return is_header_row([t for t in texts if role_of(t) is not None or best_period([t]) is None])


def period_count(columns: list[Column]) -> int:
    return sum(1 for c in columns if c.period is not None)


def is_label_text(text: str) -> bool:
    """A short header-like label: names a role or a period."""
    folded = " ".join(text.split())
    return (
        bool(folded)
        and len(folded.split()) <= TOL.label_max_words
        and (role_of(folded) is not None or best_period([folded]) is not None)
    )


def heading_above(pd: PageData, floor: float, table_top: float, exclude: list[BBoxT], title: str | None) -> str | None:
    """The closest heading line between `floor` and a table's top (`headings.ABOVE_TABLE`: bold or
    larger than body text, in capitals, or naming a pillar). Words count by their middle: a line set tight under the
    table above can start a point inside its bottom rule."""
    words = [
        w
        for w in pd.words
        if floor <= w.yc <= table_top + TOL.heading_above_overlap
        and not any(_inside(w.xc, w.yc, box) for box in exclude)
    ]
    folded_title = " ".join((title or "").split()).lower()
    for line in reversed(words_to_lines(words)):
        view = line_view(line, pd.body_size)
        if is_heading(view, ABOVE_TABLE) and line.text.lower() != folded_title:
            return heading_text(view.folded) or None
    return None


def line_view(line: TextLine, body_size: float) -> Line:
    """A page's text line as the heading rules see it: its text, type size and weight."""
    return Line(line.text, line.size, body_size, line.bold, len(line.words))


def _inside(x: float, y: float, box: BBoxT) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


@dataclass
class _Pending:
    cells: dict[ColumnRole, str]
    page: int
    bbox: BBoxT
    pages: list[int]
    section: str | None
    timeline: list[str]
    rag: str | None
    unmapped: list[str] = field(default_factory=list)

    def freeze(self) -> RawRow:
        box = BBox(
            x0=round(self.bbox[0], 2),
            top=round(self.bbox[1], 2),
            x1=round(self.bbox[2], 2),
            bottom=round(self.bbox[3], 2),
        )
        provenance = Provenance(page=self.page, bbox=box, pages=self.pages if len(self.pages) > 1 else [])
        return RawRow(
            cells=dict(self.cells),
            provenance=provenance,
            section=self.section,
            timeline=tuple(self.timeline),
            rag=self.rag,
            unmapped=tuple(self.unmapped),
        )


def readings_to_output(readings: list[TableReading]) -> LayoutOutput:
    """Rows of all tables in reading order, with sections, page joins and warnings applied."""
    output = LayoutOutput(rows=[])
    pending: list[_Pending] = []
    section: str | None = None
    previous: TableReading | None = None
    warned: set[str] = set()
    for reading in readings:
        if reading.heading_above:
            section = reading.heading_above
        continues = (
            previous is not None and reading.page > previous.page and not reading.heading_above and bool(pending)
        )
        carried = {r: pending[-1].cells[r] for r in GROUPING_ROLES if pending and r in pending[-1].cells}
        dense = _is_dense(reading)
        first = True
        rewrite: dict[ColumnRole, tuple[str, str]] = {}
        for row in reading.rows:
            if not any(t.strip() for t in row.texts.values()) and not row.marks:
                continue
            if _is_legend_row(row) or _repeats_header(row, reading.columns):
                continue
            if _is_heading_row(row, reading.columns, dense):
                heading = " ".join(next(t for t in row.texts.values() if t.strip()).split())
                if ends_table(Line(heading)):
                    break  # the owner key or a glossary follows the table
                section = heading
                continues, first = False, False
                continue
            if first and continues:
                rewrite = _rejoin_split_groups(row, reading.columns, pending)
                if _continues_previous(row, reading.columns, pending[-1]):
                    _join(pending[-1], row, reading.columns, skip=set(rewrite))
                    first = False
                    continue
            first = False
            pending.append(_row_to_pending(row, reading.columns, section, carried if continues else {}))
            for role, (part, whole) in rewrite.items():
                if pending[-1].cells.get(role) == part:
                    pending[-1].cells[role] = whole
            _warn_unmapped(output, reading, row, warned)
        for column in reading.columns:
            if column.period is not None and column.period.month and column.period.month not in output.period_columns:
                output.period_columns.append(column.period.month)
        if any(c.period is not None and c.period.month is None for c in reading.columns) and "undated" not in warned:
            warned.add("undated")
            output.warnings.append(
                ("undated_periods", "period columns name no year; timeline left empty for them", _where(reading))
            )
        for code, message in reading.notes:
            output.warnings.append((code, message, _where(reading)))
        previous = reading
    output.rows = [p.freeze() for p in pending]
    return output


def _where(reading: TableReading) -> Provenance:
    x0, top, x1, bottom = reading.bbox
    return Provenance(
        page=reading.page, bbox=BBox(x0=round(x0, 2), top=round(top, 2), x1=round(x1, 2), bottom=round(bottom, 2))
    )


def _is_dense(reading: TableReading) -> bool:
    filled = [r for r in reading.rows if r.cell_count > 0]
    dense = sum(1 for r in filled if r.cell_count >= TOL.dense_row_cells)
    return bool(filled) and dense >= TOL.dense_row_share * len(filled)


def _is_heading_row(row: TableRow, columns: list[Column], dense: bool) -> bool:
    """A row holding one short heading-shaped cell (not a ref or a period, not a merged cell going
    on) that spans the table, is bold or shaded, or sits in a table whose other rows fill several
    cells; a bold or shaded band across the table is a heading even when long (`headings.BAND`)."""
    if row.cell_count != 1 or (row.marks and not row.emphasised):  # a bold heading may carry a summary bar
        return False
    filled = [i for i, t in row.texts.items() if t.strip()]
    if len(filled) != 1 or row.merged & set(filled):
        return False
    column = columns[filled[0]]
    if (column.role is ColumnRole.REF and REF_TEXT.match(row.texts[filled[0]].strip())) or column.period is not None:
        return False
    text = row.texts[filled[0]]
    if row.spanning and row.emphasised:  # a bold or shaded band across the table: a heading, even a long one
        return is_heading(Line(text), BAND)
    return heading_like(text) and (row.spanning or row.emphasised or dense)


def _repeats_header(row: TableRow, columns: list[Column]) -> bool:
    """A header printed again inside the table body (no page break in between)."""
    filled = {i: " ".join(t.split()).lower() for i, t in row.texts.items() if t.strip()}
    if len(filled) < 2:
        return False
    return all(
        text in {columns[i].header.lower(), *(" ".join(h.split()).lower() for h in columns[i].texts)}
        for i, text in filled.items()
    )


def _is_legend_row(row: TableRow) -> bool:
    """A block of 'CODE: meaning' lines alone in a row is an owner key, not an action."""
    filled = [t for t in row.texts.values() if t.strip()]
    if len(filled) != 1:
        return False
    lines = [ln for ln in filled[0].split("\n") if ln.strip()]
    return len(lines) >= TOL.legend_min_lines and all(_LEGEND_LINE.match(ln.strip()) for ln in lines)


def _cells_by_role(row: TableRow, columns: list[Column]) -> dict[ColumnRole, str]:
    cells: dict[ColumnRole, str] = {}
    for index, text in sorted(row.texts.items()):
        role = columns[index].role
        if role is not None and text.strip():
            cells[role] = text.strip()
    return cells


def _continues_previous(row: TableRow, columns: list[Column], prev: _Pending) -> bool:
    """First row of a continued table: is it the rest of the previous page's last row?"""
    cells = _cells_by_role(row, columns)
    roles = {c.role for c in columns}
    own = {columns[i].role for i, t in row.texts.items() if t.strip() and i not in row.merged}
    if ColumnRole.REF in roles and prev.cells.get(ColumnRole.REF):
        return not cells.get(ColumnRole.REF) and bool(own - {None})
    action = cells.get(ColumnRole.ACTION, "")
    if not action:
        return bool(own - {None} - GROUPING_ROLES)
    if action[0].islower():
        return True
    short_here = any(cells.get(r) for r in SHORT_ROLES)
    short_before = any(prev.cells.get(r) for r in SHORT_ROLES)
    ends_open = not re.search(r"[.!?:;)]$", prev.cells.get(ColumnRole.ACTION, ""))
    return short_before and not short_here and not row.marks and ends_open


def _rejoin_split_groups(
    row: TableRow, columns: list[Column], pending: list[_Pending]
) -> dict[ColumnRole, tuple[str, str]]:
    """A merged Theme/Pillar cell whose text goes on over the page break (the part on the new
    page starts in lower case, the part before ends mid-sentence): join the parts on the rows
    before the break; return {role: (part on this page, whole text)} for the rows after it."""
    rewrite: dict[ColumnRole, tuple[str, str]] = {}
    for index, text in row.texts.items():
        role = columns[index].role
        part = text.strip()
        if role not in GROUPING_ROLES or not part or index in row.merged or not part[0].islower():
            continue
        before = pending[-1].cells.get(role)  # type: ignore[arg-type]
        if not before or re.search(r"[.!?]$", before):
            continue
        whole = f"{before}\n{part}"
        for earlier in reversed(pending):
            if earlier.cells.get(role) != before:  # type: ignore[arg-type]
                break
            earlier.cells[role] = whole  # type: ignore[index]
        rewrite[role] = (part, whole)  # type: ignore[index]
    return rewrite


def _join(prev: _Pending, row: TableRow, columns: list[Column], skip: set[ColumnRole]) -> None:
    for index, text in sorted(row.texts.items()):
        role = columns[index].role
        if role is None or role in skip or not text.strip() or index in row.merged:
            continue
        before = prev.cells.get(role, "")
        prev.cells[role] = f"{before}\n{text.strip()}" if before else text.strip()
    for month in _timeline(row, columns):
        if month not in prev.timeline:
            prev.timeline.append(month)
    prev.timeline.sort()
    prev.rag = prev.rag or row.rag
    if row.page not in prev.pages:
        prev.pages.append(row.page)


def _timeline(row: TableRow, columns: list[Column]) -> list[str]:
    months: list[str] = []
    for index in sorted(row.marks):
        period = columns[index].period
        if period is not None and period.month and period.month not in months:
            months.append(period.month)
    return months


def _row_to_pending(
    row: TableRow, columns: list[Column], section: str | None, carried: dict[ColumnRole, str]
) -> _Pending:
    cells = _cells_by_role(row, columns)
    for index in row.top_blank:
        role = columns[index].role
        if role in carried and not cells.get(role):
            cells[role] = carried[role]  # type: ignore[index]
    unmapped = [
        row.texts[i].strip()
        for i in sorted(row.texts)
        if row.texts[i].strip() and columns[i].role is None and columns[i].period is None
    ]
    return _Pending(
        cells=cells,
        page=row.page,
        bbox=row.bbox,
        pages=[row.page],
        section=section,
        timeline=_timeline(row, columns),
        rag=row.rag,
        unmapped=unmapped,
    )


def _warn_unmapped(output: LayoutOutput, reading: TableReading, row: TableRow, warned: set[str]) -> None:
    for index, text in sorted(row.texts.items()):
        column = reading.columns[index]
        if not text.strip() or column.role is not None or column.period is not None:
            continue
        key = f"unmapped:{column.header}"
        if key in warned:
            continue
        warned.add(key)
        name = f"column {column.header!r}" if column.header else "a column without a header"
        output.warnings.append(("unmapped", f"text in {name} fits no field; kept as unmapped", _row_provenance(row)))


def _row_provenance(row: TableRow) -> Provenance:
    x0, top, x1, bottom = row.bbox
    return Provenance(
        page=row.page, bbox=BBox(x0=round(x0, 2), top=round(top, 2), x1=round(x1, 2), bottom=round(bottom, 2))
    )
