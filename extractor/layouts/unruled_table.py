"""Tables whose columns are aligned by whitespace only, with no borders.

Header lines and column boundaries come from `whitespace_columns`. Body lines start a new row at a reference
("1.2", "V3") when the table has a Ref column, otherwise at a vertical gap
wider than the line spacing inside a cell. A short bold or larger line alone
in a table is a section heading. Grouping columns (Theme, Pillar) are read as
blocks of text, so a theme printed once, at the top of its group or centred
on it, applies to every row of the group. Pages without a header continue the
table of the page before.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import TYPE_CHECKING

from extractor.document import TableCell
from extractor.headings import IN_TABLE, Line, ends_table, is_heading
from extractor.interpret.tables import FROM_PAGES, SourceTable, read_tables
from extractor.layouts.pdf_page import (
    BBoxT,
    PageData,
    TextLine,
    Word,
    page_data,
    same_colour,
    words_to_lines,
    words_to_text,
)
from extractor.layouts.pdf_tables import (
    GROUPING_ROLES,
    REF_TEXT,
    CellBand,
    Column,
    TableReading,
    build_table,
    header_roles_ok,
    heading_above,
    heading_like,
    label_columns,
    line_view,
    place,
    rgb_hex,
)
from extractor.layouts.row_bands import Band, assign_blocks, text_blocks
from extractor.layouts.whitespace_columns import HeaderBlock, column_bounds, column_of, find_headers, line_phrases
from extractor.rows import ColumnRole, LayoutOutput
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.settings import LayoutTolerances

if TYPE_CHECKING:
    from extractor.settings import ExtractionSettings
    from extractor.sources import SourceDocument

logger = logging.getLogger(__name__)

_FOOTER = re.compile(r"^(page\s+)?\d+(\s+(of|/)\s+\d+)?$", re.I)


def _is_stop_line(line: TextLine, bounds: list[tuple[float, float]], tol: LayoutTolerances = TOL) -> bool:
    """A paragraph running across the columns (a note under the table, the introduction of the
    next section) ends the table: a phrase over three columns, or a whole-line sentence over two."""
    phrases = line_phrases(line, tol)
    for phrase in phrases:
        columns = {column_of(bounds, w.xc) for w in phrase.words}
        if heading_like(phrase.text):
            continue
        if len(columns) >= tol.stop_phrase_min_columns and len(phrase.words) >= tol.stop_phrase_min_words:
            return True
        sentence = len(phrases) == 1 and phrase.text.endswith(".")
        if (
            sentence
            and len(columns) >= tol.stop_sentence_min_columns
            and len(phrase.words) >= tol.stop_sentence_min_words
        ):
            return True
    return False


def _is_heading_line(line: TextLine, body_size: float, tol: LayoutTolerances = TOL) -> bool:
    """A heading inside the table: one phrase (not cells side by side) that the heading rules
    take for a heading there (`headings.IN_TABLE`: heading-shaped, bold or larger type)."""
    return len(line_phrases(line, tol)) == 1 and is_heading(line_view(line, body_size), IN_TABLE, tol)


def _spacing(
    lines: list[TextLine], bounds: list[tuple[float, float]] | None = None, tol: LayoutTolerances = TOL
) -> float:
    """The gap above which two lines belong to different rows.

    With column bounds the gaps are measured down each column: when cells are centred
    vertically, a one-line cell sits between the lines of a wrapped cell beside it, and
    the page's lines overlap instead of showing the spacing inside a cell."""
    heights = [ln.bottom - ln.top for ln in lines] or [tol.fallback_line_height]
    if bounds:
        gaps = []
        for column in range(len(bounds)):
            words = [w for ln in lines for w in ln.words if column_of(bounds, w.xc) == column]
            gaps += [b.top - a.bottom for a, b in itertools.pairwise(words_to_lines(words, tol.line_tolerance))]
    else:
        gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines)]
    gaps = sorted(gap for gap in gaps if gap > tol.overlap_gap_floor)
    base_gap = gaps[int(len(gaps) * tol.base_gap_quantile)] if gaps else 0.0
    height = median(heights)
    # Tight leading: the first clear jump above the spacing inside cells separates the rows.
    step = max(tol.row_step_min, tol.row_step_ratio * height)
    row_gap = base_gap + max(tol.row_gap_min, tol.row_gap_ratio * height)
    for low, high in itertools.pairwise(g for g in gaps if g >= base_gap):
        if high - low >= step:
            return min((low + high) / 2, row_gap)
    return row_gap


def lines_to_bands(
    lines: list[TextLine],
    columns: list[Column],
    bounds: list[tuple[float, float]],
    body_size: float,
    pd: PageData | None = None,
    tol: LayoutTolerances = TOL,
) -> tuple[list[Band], list[Word]]:
    """Rows of words, and the grouping-column words apart. A row starts at a horizontal rule
    across the table, else at a reference, else at a wide gap (or, lines evenly spaced, at a
    line that fills the action column and another)."""
    ref_col = next((i for i, c in enumerate(columns) if c.role is ColumnRole.REF), None)
    action_col = next((i for i, c in enumerate(columns) if c.role is ColumnRole.ACTION), None)
    grouping = {i for i, c in enumerate(columns) if c.role in GROUPING_ROLES}
    threshold = _spacing(lines, bounds, tol)
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines)]
    even = bool(gaps) and max(gaps) - min(gaps) < threshold - min(gaps)  # no wider gap between rows
    left, right = bounds[0][0], bounds[-1][1]
    ruled = pd is not None and _rules_mark_rows(pd, lines, threshold, left, right)
    bands: list[Band] = []
    grouped: list[Word] = []
    for line in lines:
        heading = _is_heading_line(line, body_size, tol)
        own = list(line.words) if heading else [w for w in line.words if column_of(bounds, w.xc) not in grouping]
        if not heading:
            grouped += [w for w in line.words if column_of(bounds, w.xc) in grouping]
        if not own:
            continue
        top, bottom = min(w.top for w in own), max(w.bottom for w in own)
        starts = heading or not bands or bands[-1].heading
        if not starts and pd is not None and pd.rules_between(bands[-1].bottom, top, left, right):
            starts = True
        elif not starts and ruled:
            starts = False
        elif not starts and ref_col is not None:
            starts = any(column_of(bounds, w.xc) == ref_col and REF_TEXT.match(w.text) for w in own)
        elif not starts and even:
            starts = _opens_row(own, bounds, action_col)
        elif not starts:
            starts = top - bands[-1].bottom > threshold
        if starts:
            bands.append(Band(own, top, bottom, heading))
        else:
            bands[-1].words += own
            bands[-1].bottom = max(bands[-1].bottom, bottom)
            bands[-1].top = min(bands[-1].top, top)
    if action_col is not None and ref_col is None:
        bands = _attach_orphans(bands, bounds, action_col)
    return bands, grouped


def _rules_mark_rows(pd: PageData, lines: list[TextLine], threshold: float, left: float, right: float) -> bool:
    """True when horizontal rules run between rows: two or more between the lines, and one at every
    gap wide enough to part rows (so rules that only part sections are not taken for rows)."""
    count = 0
    for above, below in itertools.pairwise(lines):
        ruled = pd.rules_between(above.bottom, below.top, left, right)
        count += ruled
        if not ruled and below.top - above.bottom > threshold:
            return False
    return count >= pd.tol.row_rules_min


def _attach_orphans(bands: list[Band], bounds: list[tuple[float, float]], action_col: int) -> list[Band]:
    """A band with no action text is part of a neighbouring row, never a row of its own: the
    second paragraph of a cell (paragraph spacing is wider than line spacing), or, when cells
    are centred vertically, the first lines of a tall cell above a shorter action. It joins
    the nearer of the rows above and below it (not across a heading)."""
    out = list(bands)
    index = 0
    while index < len(out):
        band = out[index]
        if band.heading or any(column_of(bounds, w.xc) == action_col for w in band.words):
            index += 1
            continue
        before = out[index - 1] if index > 0 and not out[index - 1].heading else None
        after = out[index + 1] if index + 1 < len(out) and not out[index + 1].heading else None
        if before is None and after is None:
            index += 1
            continue
        up = band.top - before.bottom if before is not None else float("inf")
        down = after.top - band.bottom if after is not None else float("inf")
        target = before if up <= down else after
        if target is None:
            index += 1
            continue
        target.words += band.words
        target.top, target.bottom = min(target.top, band.top), max(target.bottom, band.bottom)
        del out[index]
    return out


def _opens_row(words: list[Word], bounds: list[tuple[float, float]], action_col: int | None) -> bool:
    """With evenly spaced lines: a line with action text (not a sentence going on in lower case)
    and text in another column starts a row."""
    columns = [column_of(bounds, w.xc) for w in words]
    action = [w for w, c in zip(words, columns, strict=True) if c == action_col]
    if not action or action[0].text[:1].islower():
        return False
    return any(c != action_col for c in columns)


def bands_to_rows(
    pd: PageData,
    bands: list[Band],
    grouped: list[list[Word]],
    columns: list[Column],
    bounds: list[tuple[float, float]],
) -> list[CellBand]:
    """The cells of each band: the text of each column's words. A heading line is one cell, marked
    bold (set apart in weight or size), spanning the columns its words run over. A period cell is
    filled when shaded otherwise than the row's action cell (a bar, not the row's own striping), a
    status cell carries the colour of its mark, and a grouping cell left blank in the first row of
    the page is kept as a blank cell (a merged cell going on from the page before)."""
    rows: list[CellBand] = []
    tol = pd.tol
    left, right = bounds[0][0], bounds[-1][1]
    status = next((i for i, c in enumerate(columns) if c.role is ColumnRole.STATUS), None)
    action = next((i for i, c in enumerate(columns) if c.role is ColumnRole.ACTION), None)
    grouping = {i for i, c in enumerate(columns) if c.role in GROUPING_ROLES}
    first_body = True
    cells: list[dict[int, list[Word]]] = []
    for band, extra in zip(bands, grouped, strict=True):
        by_column: dict[int, list[Word]] = {}
        if band.heading:
            by_column[column_of(bounds, min(w.x0 for w in band.words) + tol.heading_column_inset)] = list(band.words)
        else:
            for word in [*band.words, *extra]:
                by_column.setdefault(column_of(bounds, word.xc), []).append(word)
        cells.append(by_column)
    limits = _right_limits([by_column for band, by_column in zip(bands, cells, strict=True) if not band.heading], tol)
    for band, by_column in zip(bands, cells, strict=True):
        texts = {
            i: words_to_text(ws, tol.line_tolerance, right_limit=limits.get(i), tol=tol)
            for i, ws in sorted(by_column.items())
        }
        box = (left, band.top - tol.row_box_pad, right, band.bottom + tol.row_box_pad)
        fills: dict[int, str | None] = {}
        background = pd.fill_at((bounds[action][0], box[1], bounds[action][1], box[3])) if action is not None else None
        for index, column in enumerate(columns):
            if column.period is None or band.heading:
                continue
            shade = pd.shade_at((bounds[index][0], box[1], bounds[index][1], box[3]))
            if shade is not None and not same_colour(shade, background, tol):
                fills[index] = rgb_hex(shade)
        mark = None
        if status is not None and not band.heading:
            mark = rgb_hex(pd.mark_at((bounds[status][0], box[1], bounds[status][1], box[3])))
        # a grouping cell blank on the page's first row: a merged cell going on from the page before
        top_blank = frozenset(i for i in grouping if i not in texts) if first_body and not band.heading else frozenset()
        first_body = first_body and band.heading
        row = CellBand(box)
        for index, text in texts.items():
            span = 1
            if band.heading:
                reach = max(column_of(bounds, w.xc) for w in by_column[index])
                spread = len({column_of(bounds, w.xc) for w in by_column[index]}) > 1
                span = max(reach - index + 1, 2) if spread else 1
            cell_box = (bounds[index][0], box[1], bounds[min(index + span, len(bounds)) - 1][1], box[3])
            row.cells.append(
                (
                    None,
                    TableCell(
                        row=0,
                        col=index,
                        text=text,
                        provenance=place(pd.number, cell_box),
                        col_span=span,
                        fill=fills.get(index),
                        bold=band.heading,
                        mark_color=mark if index == status else None,
                    ),
                )
            )
        for index in sorted({*fills, *top_blank, *([status] if mark is not None else [])} - set(texts)):
            assert index is not None
            where = place(pd.number, (bounds[index][0], box[1], bounds[index][1], box[3]))
            cell = TableCell(
                row=0,
                col=index,
                text="",
                provenance=where,
                fill=fills.get(index),
                mark_color=mark if index == status else None,
            )
            row.cells.append((None, cell))
        row.cells.sort(key=lambda entry: entry[1].col)
        rows.append(row)
    return rows


def _right_limits(cells: list[dict[int, list[Word]]], tol: LayoutTolerances = TOL) -> dict[int, float]:
    """How far right each column's text may run, never overstated, for telling typed line
    breaks from wrapping when no cell edges are drawn.

    A column's text reaches at least as far as its longest line, and stops a gutter short
    of where the next left-aligned column's text starts. The narrowest gap seen between
    one column's reach and the next column's start is at least that gutter.
    """
    reach: dict[int, float] = {}
    starts: dict[int, list[float]] = {}
    for by_column in cells:
        for index, words in by_column.items():
            lines = words_to_lines(words, tol.line_tolerance)
            reach[index] = max(reach.get(index, 0.0), *(line.x1 for line in lines))
            starts.setdefault(index, []).extend(line.x0 for line in lines)
    lefts = {index: min(xs) for index, xs in starts.items()}
    left_edge = {  # columns set flush left, not centred
        index: lefts[index]
        for index, xs in starts.items()
        if sum(1 for x in xs if x - lefts[index] <= tol.flush_left_slack) >= tol.flush_left_share * len(xs)
    }
    gaps = {
        index: left_edge[index + 1] - reach[index]
        for index in reach
        if index + 1 in left_edge and left_edge[index + 1] > reach[index]
    }
    if not gaps:
        return reach
    gutter = min(gaps.values())
    return {index: (left_edge[index + 1] - gutter if index in gaps else edge) for index, edge in reach.items()}


def _repeated_lines(pages: Sequence[PageData], tol: LayoutTolerances = TOL) -> set[str]:
    """Running headers and footers: lines in the top or bottom tenth of the page printed on at
    least half the pages (three or more), table header lines excepted."""
    if len(pages) < tol.running_min_pages:
        return set()
    counts: Counter[str] = Counter()
    headers: set[str] = set()
    for pd in pages:
        margin = pd.height * tol.running_margin_share
        edge = [
            ln
            for ln in words_to_lines(pd.words, tol.line_tolerance)
            if ln.top < margin or ln.bottom > pd.height - margin
        ]
        counts.update({ln.text for ln in edge})
        headers.update(ln.text for ln in edge if header_roles_ok([p.text for p in line_phrases(ln, tol)]))
    least = max(tol.running_min_pages, len(pages) * tol.running_page_share)
    return {text for text, n in counts.items() if n >= least and text not in headers}


@dataclass
class _Table:
    columns: list[Column]
    bounds: list[tuple[float, float]]
    header_top: float = 0.0
    header_bottom: float = 0.0


def _body(
    lines: list[TextLine], bounds: list[tuple[float, float]], body_size: float, tol: LayoutTolerances = TOL
) -> list[TextLine]:
    """The table's lines: up to a paragraph across the columns, or a key/legend heading."""
    for index, line in enumerate(lines):
        if _is_stop_line(line, bounds, tol) or (
            _is_heading_line(line, body_size, tol) and ends_table(Line(line.text), tol)
        ):
            return lines[:index]
    return lines


def _make_table(block: HeaderBlock, body: list[TextLine], tol: LayoutTolerances = TOL) -> _Table:
    words = [w for ln in body for w in ln.words]
    left = min([block.extent(0)[0]] + [w.x0 for w in words]) - tol.row_box_pad
    right = max([block.extent(len(block.phrases) - 1)[1]] + [w.x1 for w in words]) + tol.row_box_pad
    bounds = column_bounds(block, words, left, right)
    units = [(x0, x1, block.texts(c)) for c, (x0, x1) in enumerate(bounds)]
    return _Table(label_columns(units, tol), bounds, block.top, block.bottom)


def read_unruled_tables(source: SourceDocument, tol: LayoutTolerances = TOL) -> list[TableReading]:
    """Every whitespace-aligned action table in reading order."""
    pages = [page_data(source, number, tol) for number in range(1, (source.page_count or 0) + 1)]
    return read_unruled_pages(pages, source.metadata.get("Title"), tol=tol)


def read_unruled_pages(
    pages: Sequence[PageData], title: str | None = None, *, even: bool = False, tol: LayoutTolerances = TOL
) -> list[TableReading]:
    """Every whitespace-aligned action table on these pages, in reading order. `even`: the
    lines are evenly spaced (text laid out in columns; see `find_headers`). `tol`: the run's
    tolerances (the pages were read with them)."""
    readings: list[TableReading] = []
    repeated = _repeated_lines(pages, tol)
    table: _Table | None = None
    for pd in pages:
        lines = [
            ln
            for ln in words_to_lines(pd.words, tol.line_tolerance)
            if not _FOOTER.match(ln.text.strip()) and ln.text not in repeated
        ]
        headers = find_headers(lines, even=even, tol=tol)
        starts = [first for first, _last, _block in headers] + [len(lines)]
        if table is not None and starts[0] > 0:  # the previous page's table goes on
            body = _body(lines[: starts[0]], table.bounds, pd.body_size, tol)
            # only lines that fill several columns show the table goes on (not a key or a note)
            if any(len({column_of(table.bounds, w.xc) for w in ln.words}) > 1 for ln in body):
                readings.append(_reading(pd, table, body, has_header=False, heading=None))
        floor = 0.0
        for k, (_first, last, block) in enumerate(headers):
            candidate = lines[last + 1 : starts[k + 1]]
            table = _make_table(block, candidate, tol)
            body = _body(candidate, table.bounds, pd.body_size, tol)
            heading = heading_above(pd, floor, block.top - tol.heading_above_gap, [], title)
            readings.append(_reading(pd, table, body, has_header=True, heading=heading))
            floor = body[-1].bottom if body else block.bottom
    return readings


def lines_to_rows(
    pd: PageData, lines: list[TextLine], columns: list[Column], bounds: list[tuple[float, float]]
) -> list[CellBand]:
    """Table rows from the body lines of a table whose columns are known."""
    tol = pd.tol
    bands, grouped_words = lines_to_bands(lines, columns, bounds, pd.body_size, pd, tol)
    grouped = assign_blocks(bands, text_blocks(grouped_words, _spacing(lines, bounds, tol), tol), tol)
    return bands_to_rows(pd, bands, grouped, columns, bounds)


def _reading(
    pd: PageData, table: _Table, body: list[TextLine], *, has_header: bool, heading: str | None
) -> TableReading:
    rows = lines_to_rows(pd, body, table.columns, table.bounds)
    top = min((ln.top for ln in body), default=0.0)
    bottom = max((ln.bottom for ln in body), default=0.0)
    bbox: BBoxT = (table.bounds[0][0], top, table.bounds[-1][1], bottom)
    header_box = (bbox[0], table.header_top, bbox[2], table.header_bottom) if has_header else None
    built = build_table(pd.number, bbox, table.columns, header_box, rows)
    return TableReading(pd.number, bbox, table.columns, built, has_header, heading)


def parse(source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput:
    """Rows of every whitespace-aligned action table in the PDF."""
    tol = settings.tolerances
    readings = read_unruled_tables(source, tol)
    tables = [SourceTable(r.table, r.heading_above, tuple(r.notes)) for r in readings]
    output = read_tables(tables, FROM_PAGES, tol).output
    if not readings:
        output.warnings.append(("no_header", "no table header (an action column and another role) was found", None))
    logger.debug("%s: %d unruled tables, %d rows", source.display_path, len(readings), len(output.rows))
    return output
