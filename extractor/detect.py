"""Guess which layout parser fits a document, with the evidence for the guess.

PDF pages are read the way the parsers read them (and the reading is cached,
so parsing does not repeat it):

- a table header with three or more period columns (dates, quarters, months,
  phases) -> Gantt grid, ruled or not;
- a header inside a table drawn with ruling lines, with ruled rows under it -> ruled
  table (a header row that is only shaded, over a body with no rules, is not);
- a header line whose phrases stand apart by whitespace -> unruled table;
- no header on the first pages -> plain text (headings and bullets).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from extractor.layouts import LayoutKind
from extractor.layouts.pdf_page import page_data, words_to_lines
from extractor.layouts.pdf_tables import Column, label_columns, period_count
from extractor.layouts.ruled_table import find_header, header_columns, table_to_grid
from extractor.layouts.whitespace_columns import find_headers
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances
from extractor.sources import SourceDocument

logger = logging.getLogger(__name__)

PAGES_TO_READ = 15  # narrative pages may come before the action table
MIN_PERIOD_COLUMNS = 3


@dataclass(frozen=True)
class LayoutGuess:
    kind: LayoutKind
    evidence: list[str] = field(default_factory=list)


def _describe(columns: list[Column]) -> str:
    roles = [c.role.value for c in columns if c.role is not None]
    return "columns " + ", ".join(roles) if roles else "no named columns"


def _periods(columns: list[Column]) -> str:
    months = [c.period.month for c in columns if c.period is not None and c.period.month]
    span = f" ({months[0]}..{months[-1]})" if months else ""
    return f"{period_count(columns)} period columns{span}"


def detect_layout(source: SourceDocument, tol: LayoutTolerances = DEFAULT_TOLERANCES) -> LayoutGuess:
    """The layout of `source`, with one line of evidence per finding; its pages are read with
    the run's tolerances `tol`, so the parse that follows shares the readings."""
    if source.kind == "text" or source.pdf is None:
        return LayoutGuess(LayoutKind.PLAIN_TEXT, ["text file"])
    pages = min(PAGES_TO_READ, source.page_count or len(source.pdf.pages))
    unruled: tuple[int, list[Column]] | None = None
    header_only = False  # a ruled header with nothing ruled under it (yet)
    for number in range(1, pages + 1):
        pd = page_data(source, number, tol)
        for table in pd.tables:
            grid = table_to_grid(pd, table)
            header = find_header(grid)
            if header is None:
                if header_only and len(grid.ys) > 2:  # its ruled body starts on the next page
                    return LayoutGuess(LayoutKind.RULED_TABLE, [f"page {number}: ruled rows under a header above"])
                continue
            if header[1] + 1 >= len(grid.ys) - 1:
                # Nothing ruled under the header: a shaded header row over an unruled body, or a
                # header left at the foot of a page.
                header_only = True
                continue
            columns, _ = header_columns(grid, *header)
            evidence = [f"page {number}: ruled table header, {_describe(columns)}"]
            if period_count(columns) >= MIN_PERIOD_COLUMNS:
                shaded = sum(1 for f in pd.fills if f.top >= grid.ys[header[1] + 1] - 1)
                evidence += [_periods(columns), f"{shaded} filled cells below the header"]
                return LayoutGuess(LayoutKind.GANTT_GRID, evidence)
            return LayoutGuess(LayoutKind.RULED_TABLE, evidence)
        if unruled is None:
            headers = find_headers(words_to_lines(pd.words, tol.line_tolerance), tol=tol)
            if headers:
                block = headers[0][2]
                units = [(*block.extent(c), block.texts(c)) for c in range(len(block.phrases))]
                unruled = (number, label_columns(units, tol))
    if unruled is not None:
        number, columns = unruled
        evidence = [f"page {number}: header line aligned by whitespace, {_describe(columns)}", "no ruling lines"]
        if period_count(columns) >= MIN_PERIOD_COLUMNS:
            return LayoutGuess(LayoutKind.GANTT_GRID, [*evidence, _periods(columns)])
        return LayoutGuess(LayoutKind.UNRULED_TABLE, evidence)
    return LayoutGuess(LayoutKind.PLAIN_TEXT, [f"no table header on the first {pages} pages"])
